package dev.rudderiam.aws.fleet;

import dev.rudderiam.arn.AccountId;
import dev.rudderiam.arn.Arn;
import dev.rudderiam.role.ExternalId;
import dev.rudderiam.json.JsonValues;
import dev.rudderiam.json.PolicyParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The accounts one role blueprint goes to, and what is shared among them: read from JSON by {@link #parse}.
 *
 * <pre>{@code
 * {
 *   "roleName": "rudderstack-destinations",           // required; the same in every account
 *   "path": "/",                                      // optional, default "/"
 *   "description": "RudderStack destinations",        // optional
 *   "tags": {"team": "data"},                         // optional
 *   "workspaceId": "2Nk4t3WkHTGYzbTvG2zLXJXKNoF",     // optional default for the accounts
 *   "destinations": {"S3": {"bucketName": "acme-events"}},   // optional defaults: every account gets these
 *   "accounts": [                                     // required, at least one, each account once
 *     {"accountId": "111122223333", "profile": "prod",
 *      "destinations": {"S3": {"bucketName": "acme-prod-events"}}},
 *     {"accountId": "444455556666", "roleArn": "arn:aws:iam::444455556666:role/OrganizationAccountAccessRole",
 *      "externalId": "fleet-2026", "durationSeconds": "1800",   // optional, only with roleArn
 *      "workspaceId": "2Nk4t3WkHTGYzbTvG2zLXJXKNoG",
 *      "destinations": {"KINESIS": {"region": "eu-west-1", "accountId": "444455556666", "streamName": "events"}}}
 *   ]
 * }
 * }</pre>
 *
 * <p>An account's destinations are the shared ones plus its own; for a destination in both, each parameter the
 * account gives replaces the shared one. Every value is a JSON string. Unknown keys are refused (a misspelt
 * {@code "profle"} must not silently fall back to the default credentials), and so is an account listed twice
 * (two runs on one role at once).
 *
 * @param roleName the role name in every account
 * @param path the role's IAM path
 * @param description the role description, or null
 * @param tags the role's tags
 * @param accounts the accounts, in manifest order
 */
public record FleetManifest(String roleName, String path, @Nullable String description, Map<String, String> tags,
        List<AccountEntry> accounts) {
    private static final Set<String> TOP_KEYS = Set.of("roleName", "path", "description", "tags", "workspaceId",
            "destinations", "accounts");
    private static final Set<String> ACCOUNT_KEYS = Set.of("accountId", "profile", "roleArn", "externalId",
            "durationSeconds", "workspaceId",
            "destinations");

    /** Checks the manifest: a role name, at least one account, each account once. */
    public FleetManifest {
        Objects.requireNonNull(roleName, "roleName");
        Objects.requireNonNull(path, "path");
        tags = Collections.unmodifiableMap(new LinkedHashMap<>(tags));
        accounts = List.copyOf(accounts);
        if (accounts.isEmpty()) {
            throw new IllegalArgumentException("manifest /accounts is empty: list at least one account");
        }
        Set<AccountId> seen = new HashSet<>();
        for (AccountEntry account : accounts) {
            if (!seen.add(account.accountId())) {
                throw new IllegalArgumentException("manifest /accounts: account " + account.accountId()
                        + " is listed twice: list each account once (two applies on one role at once)");
            }
        }
    }

    /**
     * {@return the manifest in {@code json}}
     *
     * @throws IllegalArgumentException naming the JSON pointer, the problem and the rule, when the text is not a
     *     manifest
     */
    public static FleetManifest parse(String json) {
        Object root;
        try {
            root = JsonValues.read(json, Integer.MAX_VALUE);
        } catch (PolicyParseException e) {
            throw new IllegalArgumentException("manifest is not valid JSON at '" + e.pointer() + "': " + e.reason(),
                    e);
        }
        Map<String, Object> top = object(root, "");
        known(top, TOP_KEYS, "");
        String roleName = string(top, "roleName", "", true);
        String path = string(top, "path", "", false);
        String sharedWorkspace = string(top, "workspaceId", "", false);
        Map<String, Map<String, String>> shared = destinations(top.get("destinations"), "/destinations");
        Object list = top.get("accounts");
        if (!(list instanceof List)) {
            throw new IllegalArgumentException("manifest /accounts is " + (list == null ? "missing" : "not an array")
                    + ": list the accounts as [{\"accountId\": ..., ...}]");
        }
        List<AccountEntry> accounts = new ArrayList<>();
        List<?> items = (List<?>) list;
        for (int i = 0; i < items.size(); i++) {
            accounts.add(account(items.get(i), "/accounts/" + i, sharedWorkspace, shared));
        }
        return new FleetManifest(Objects.requireNonNull(roleName), path == null ? "/" : path,
                string(top, "description", "", false), strings(top.get("tags"), "/tags"), accounts);
    }

    private static AccountEntry account(Object value, String pointer, @Nullable String sharedWorkspace,
            Map<String, Map<String, String>> shared) {
        Map<String, Object> account = object(value, pointer);
        known(account, ACCOUNT_KEYS, pointer);
        String id = Objects.requireNonNull(string(account, "accountId", pointer, true));
        if (!AccountId.isValid(id)) {
            throw new IllegalArgumentException("manifest " + pointer + "/accountId '" + id + "' is not an AWS"
                    + " account id: 12 digits");
        }
        String workspace = string(account, "workspaceId", pointer, false);
        if (workspace == null) {
            workspace = sharedWorkspace;
        }
        if (workspace == null) {
            throw new IllegalArgumentException("manifest " + pointer + "/workspaceId is missing and there is no"
                    + " shared /workspaceId: give the RudderStack workspace id");
        }
        String roleArn = string(account, "roleArn", pointer, false);
        Arn arn;
        try {
            arn = roleArn == null ? null : Arn.parse(roleArn);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("manifest " + pointer + "/roleArn: " + e.getMessage(), e);
        }
        Map<String, Map<String, String>> merged = new LinkedHashMap<>();
        shared.forEach((destination, parameters) -> merged.put(destination, new LinkedHashMap<>(parameters)));
        destinations(account.get("destinations"), pointer + "/destinations").forEach((destination, parameters) ->
                merged.computeIfAbsent(destination, d -> new LinkedHashMap<>()).putAll(parameters));
        String external = string(account, "externalId", pointer, false);
        ExternalId externalId;
        try {
            externalId = external == null ? null : ExternalId.of(external);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("manifest " + pointer + "/externalId: " + e.getMessage(), e);
        }
        String duration = string(account, "durationSeconds", pointer, false);
        int seconds = 0;
        if (duration != null) {
            seconds = duration.matches("[0-9]{1,5}") ? Integer.parseInt(duration) : -1;
            if (!AccountEntry.validDuration(seconds)) {
                throw new IllegalArgumentException("manifest " + pointer + "/durationSeconds '" + duration
                        + "' is out of range: " + AccountEntry.DURATION_RULE);
            }
        }
        try {
            return new AccountEntry(AccountId.of(id), string(account, "profile", pointer, false), arn, externalId,
                    seconds, workspace, merged);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("manifest " + pointer + ": " + e.getMessage(), e);
        }
    }

    private static Map<String, Map<String, String>> destinations(@Nullable Object value, String pointer) {
        Map<String, Map<String, String>> destinations = new LinkedHashMap<>();
        if (value != null) {
            object(value, pointer).forEach((id, parameters) ->
                    destinations.put(id, strings(parameters, pointer + "/" + id)));
        }
        return destinations;
    }

    private static Map<String, String> strings(@Nullable Object value, String pointer) {
        Map<String, String> strings = new LinkedHashMap<>();
        if (value != null) {
            object(value, pointer).forEach((key, item) -> {
                if (!(item instanceof String)) {
                    throw new IllegalArgumentException("manifest " + pointer + "/" + key + " is not a string: give"
                            + " every value as a JSON string");
                }
                strings.put(key, (String) item);
            });
        }
        return strings;
    }

    private static @Nullable String string(Map<String, Object> object, String key, String pointer,
            boolean required) {
        Object value = object.get(key);
        if (value == null) {
            if (required) {
                throw new IllegalArgumentException("manifest " + pointer + "/" + key + " is missing");
            }
            return null;
        }
        if (!(value instanceof String)) {
            throw new IllegalArgumentException("manifest " + pointer + "/" + key + " is not a string");
        }
        return (String) value;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> object(@Nullable Object value, String pointer) {
        if (!(value instanceof Map)) {
            throw new IllegalArgumentException("manifest " + (pointer.isEmpty() ? "" : pointer + " ")
                    + "is not a JSON object");
        }
        return (Map<String, Object>) value;
    }

    private static void known(Map<String, Object> object, Set<String> keys, String pointer) {
        object.keySet().stream().filter(key -> !keys.contains(key)).findFirst().ifPresent(key -> {
            throw new IllegalArgumentException("manifest " + pointer + "/" + key + " is not a manifest key: the"
                    + " keys here are " + String.join(", ", keys.stream().sorted().toList()));
        });
    }
}
