package dev.rudderiam.aws.fleet;

import dev.rudderiam.aws.Change;
import dev.rudderiam.json.JsonStyle;
import dev.rudderiam.json.JsonValues;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The result of a fleet plan or apply: one {@link AccountResult} per account of the manifest, in manifest order.
 *
 * @param applied true for an apply, false for a plan (whose outcomes say what an apply would do)
 * @param accounts the result of each account
 */
public record FleetResult(boolean applied, List<AccountResult> accounts) {
    /** Copies the list. */
    public FleetResult {
        accounts = List.copyOf(accounts);
    }

    /** {@return whether every account succeeded} */
    public boolean succeeded() {
        return accounts.stream().allMatch(AccountResult::succeeded);
    }

    /** {@return the number of accounts per outcome, every outcome listed} */
    public Map<AccountResult.Outcome, Integer> counts() {
        Map<AccountResult.Outcome, Integer> counts = new EnumMap<>(AccountResult.Outcome.class);
        for (AccountResult.Outcome outcome : AccountResult.Outcome.values()) {
            counts.put(outcome, 0);
        }
        accounts.forEach(account -> counts.merge(account.outcome(), 1, Integer::sum));
        return counts;
    }

    /** {@return the result for people: a line per account, its changes, then the totals} */
    public String toText() {
        String nl = System.lineSeparator();
        StringBuilder text = new StringBuilder();
        for (AccountResult account : accounts) {
            text.append(account.account()).append(": ").append(word(account.outcome()));
            if (account.roleArn() != null) {
                text.append(" (").append(account.roleArn()).append(')');
            }
            text.append('.').append(nl);
            if (account.reason() != null) {
                text.append("  reason: ").append(account.reason()).append(nl);
            }
            List<Change> changes = applied ? account.applied() : account.planned();
            changes.forEach(change -> text.append("  ").append(describe(change)).append(nl));
            if (!account.succeeded()) {
                text.append("  now: ").append(account.state()).append(nl);
            }
        }
        text.append(accounts.size()).append(accounts.size() == 1 ? " account: " : " accounts: ")
                .append(counts().entrySet().stream().map(e -> e.getValue() + " " + word(e.getKey()))
                        .collect(Collectors.joining(", ")))
                .append('.').append(nl);
        return text.toString();
    }

    /**
     * {@return the result as JSON}: {@code mode} ({@code plan} or {@code apply}), {@code accounts} (each with
     * {@code accountId}, {@code outcome}, {@code roleArn}, {@code planned} and {@code applied} (each change as
     * {@code "Operation description"}), {@code reason},
     * {@code state} and {@code calls} {@code {read, write}}) and {@code counts} per outcome
     */
    public String toJson(JsonStyle style) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("mode", applied ? "apply" : "plan");
        json.put("accounts", accounts.stream().map(FleetResult::json).toList());
        Map<String, Object> counts = new LinkedHashMap<>();
        counts().forEach((outcome, count) -> counts.put(outcome.name(), count));
        json.put("counts", counts);
        return JsonValues.write(json, style);
    }

    private static Map<String, Object> json(AccountResult account) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("accountId", account.account().value());
        json.put("outcome", account.outcome().name());
        json.put("roleArn", Objects.requireNonNullElse(account.roleArn(), JsonValues.NULL));
        json.put("planned", account.planned().stream().map(FleetResult::describe).toList());
        json.put("applied", account.applied().stream().map(FleetResult::describe).toList());
        json.put("reason", Objects.requireNonNullElse(account.reason(), JsonValues.NULL));
        json.put("state", account.state());
        Map<String, Object> calls = new LinkedHashMap<>();
        calls.put("read", account.calls().reads());
        calls.put("write", account.calls().writes());
        json.put("calls", calls);
        return json;
    }

    /** {@return the change as {@code "Operation description"}} */
    static String describe(Change change) {
        return change.operation() + " " + change.describe();
    }

    private String word(AccountResult.Outcome outcome) {
        String name = outcome.name().toLowerCase(Locale.ROOT);
        if (applied || outcome == AccountResult.Outcome.FAILED || outcome == AccountResult.Outcome.UNCHANGED) {
            return name;
        }
        return outcome == AccountResult.Outcome.CREATED ? "to create" : "to update";
    }
}
