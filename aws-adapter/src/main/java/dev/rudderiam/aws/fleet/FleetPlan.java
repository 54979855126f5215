package dev.rudderiam.aws.fleet;

import dev.rudderiam.arn.AccountId;
import dev.rudderiam.aws.CallCounts;
import dev.rudderiam.aws.Plan;
import dev.rudderiam.json.JsonStyle;
import dev.rudderiam.json.JsonValues;
import dev.rudderiam.json.PolicyParseException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A fleet plan to review now and apply later, as {@code plan --out} and {@code apply --plan} do for one role: the
 * {@link FleetResult} people review, and the {@link Plan} of every account that planned. {@link FleetApply#apply(
 * FleetManifest, FleetPlan)} applies each account's saved plan exactly, and {@link dev.rudderiam.aws.RoleManager#apply}
 * refuses it with no write when the role changed since ("the role changed since the plan was made"); an account
 * whose planning failed is not applied.
 *
 * <p>Saved form ({@link #toSavedJson()}): {@code {"rudderIamFleetPlan": 1, "accounts": [...]}}, each account either
 * {@code {"accountId", "plan"}} with the account's saved plan ({@link Plan#toSavedJson()}) or {@code {"accountId",
 * "failed", "state"}}. Reading it back plans each account again from what it observed
 * ({@link Plan#parse}), so an edited file whose changes do not follow from its observed role is refused.
 *
 * @param result what the plan showed, one result per account in manifest order
 * @param plans the plan of every account whose planning succeeded, by account
 */
public record FleetPlan(FleetResult result, Map<AccountId, Plan> plans) {
    /** The most characters a saved fleet plan may have: four saved plans' worth per account would be 64. */
    public static final int MAX_SAVED_CHARS = 16 << 20;

    /** Checks that {@code result} is a plan with a saved plan for each account that succeeded, and copies. */
    public FleetPlan {
        Objects.requireNonNull(result, "result");
        if (result.applied()) {
            throw new IllegalArgumentException("a fleet plan holds the result of a plan, not of an apply");
        }
        for (AccountResult account : result.accounts()) {
            if (account.succeeded() != plans.containsKey(account.account())) {
                throw new IllegalArgumentException("account " + account.account() + ": " + (account.succeeded()
                        ? "planned but its plan is missing" : "failed but has a plan"));
            }
        }
        if (plans.size() != result.accounts().stream().filter(AccountResult::succeeded).count()) {
            throw new IllegalArgumentException("the plans name accounts the result does not list");
        }
        plans = Collections.unmodifiableMap(new LinkedHashMap<>(plans));
    }

    /** {@return the fleet plan to save, as the class documents it} */
    public String toSavedJson() {
        List<Object> accounts = new ArrayList<>();
        for (AccountResult account : result.accounts()) {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("accountId", account.account().value());
            Plan plan = plans.get(account.account());
            if (plan != null) {
                json.put("plan", JsonValues.read(plan.toSavedJson(), MAX_SAVED_CHARS));
            } else {
                json.put("failed", Objects.requireNonNull(account.reason()));
                json.put("state", account.state());
            }
            accounts.add(json);
        }
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("rudderIamFleetPlan", 1);
        json.put("accounts", accounts);
        return JsonValues.write(json, JsonStyle.PRETTY);
    }

    /**
     * {@return the fleet plan saved by {@link #toSavedJson()}}
     *
     * @throws IllegalArgumentException naming the JSON pointer and the problem when {@code json} is not a saved
     *     fleet plan, is longer than {@value #MAX_SAVED_CHARS} characters, names an account twice, or holds a plan
     *     that is not a saved plan of that account (see {@link Plan#parse})
     */
    public static FleetPlan parse(String json) {
        Objects.requireNonNull(json, "json");
        Object root;
        try {
            root = JsonValues.read(json, MAX_SAVED_CHARS);
        } catch (PolicyParseException e) {
            throw new IllegalArgumentException("saved fleet plan is not JSON, at '" + e.pointer() + "': "
                    + e.reason(), e);
        }
        Map<?, ?> top = object(root, "");
        Object format = top.get("rudderIamFleetPlan");
        if (!(format instanceof BigDecimal) || ((BigDecimal) format).intValue() != 1) {
            throw new IllegalArgumentException("saved fleet plan at '/rudderIamFleetPlan' is " + format
                    + ": this version reads format 1, as 'fleet plan --out' writes it");
        }
        if (!(top.get("accounts") instanceof List) || ((List<?>) top.get("accounts")).isEmpty()) {
            throw new IllegalArgumentException("saved fleet plan at '/accounts': a non-empty list of accounts is"
                    + " required");
        }
        List<AccountResult> results = new ArrayList<>();
        Map<AccountId, Plan> plans = new LinkedHashMap<>();
        List<?> accounts = (List<?>) top.get("accounts");
        for (int i = 0; i < accounts.size(); i++) {
            String at = "/accounts/" + i;
            Map<?, ?> account = object(accounts.get(i), at);
            AccountId id = AccountId.tryParse(text(account, "accountId", at)).orElseThrow(() ->
                    new IllegalArgumentException("saved fleet plan at '" + at + "/accountId': not a 12-digit"
                            + " account id"));
            if (results.stream().anyMatch(result -> result.account().equals(id))) {
                throw new IllegalArgumentException("saved fleet plan at '" + at + "/accountId': account " + id
                        + " is listed twice");
            }
            if (account.get("plan") == null) {
                results.add(new AccountResult(id, AccountResult.Outcome.FAILED, null, List.of(), List.of(),
                        text(account, "failed", at), text(account, "state", at), CallCounts.NONE));
                continue;
            }
            Plan plan;
            try {
                plan = Plan.parse(JsonValues.write(account.get("plan")));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("saved fleet plan at '" + at + "/plan': " + e.getMessage(), e);
            }
            if (plan.account().isPresent() && !plan.account().get().equals(id.value())) {
                throw new IllegalArgumentException("saved fleet plan at '" + at + "/plan': the plan was made in"
                        + " account " + plan.account().get() + ", not " + id);
            }
            plans.put(id, plan);
            results.add(FleetApply.planned(id, plan, CallCounts.NONE));
        }
        return new FleetPlan(new FleetResult(false, results), plans);
    }

    private static Map<?, ?> object(Object value, String at) {
        if (!(value instanceof Map)) {
            throw new IllegalArgumentException("saved fleet plan at '" + at + "': an object is required");
        }
        return (Map<?, ?>) value;
    }

    private static String text(Map<?, ?> object, String key, String at) {
        Object value = object.get(key);
        if (!(value instanceof String)) {
            throw new IllegalArgumentException("saved fleet plan at '" + at + "/" + key + "': a string is required");
        }
        return (String) value;
    }
}
