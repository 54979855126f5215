package dev.rudderiam.aws;

import dev.rudderiam.arn.Arn;
import dev.rudderiam.json.JsonValues;
import dev.rudderiam.json.PolicyJson;
import dev.rudderiam.json.PolicyParseException;
import dev.rudderiam.policy.PolicyDocument;
import dev.rudderiam.role.IamPath;
import dev.rudderiam.role.MaxSessionDuration;
import dev.rudderiam.role.PolicyName;
import dev.rudderiam.role.RoleDescription;
import dev.rudderiam.role.RoleName;
import dev.rudderiam.role.RoleSpec;
import dev.rudderiam.role.Tag;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The plain values ({@link JsonValues#write}) that plans, results and saved plans print as JSON, and the reading of
 * a saved plan. A role has one shape everywhere, the keys of the catalog's JSON bundle: {@code roleName},
 * {@code path}, {@code description}, {@code maxSessionDuration}, {@code trustPolicy}, {@code permissionPolicies}
 * (inline policy name to document), {@code managedPolicyArns}, {@code permissionsBoundary}, {@code tags}; a role
 * as IAM holds it adds {@code arn} and {@code roleId}.
 */
final class JsonForm {
    /** The longest saved plan read: IAM's quotas keep a real one far smaller. */
    static final int MAX_SAVED_PLAN = 4 << 20;

    private JsonForm() {
    }

    static Map<String, Object> calls(CallCounts calls) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("read", calls.reads());
        json.put("write", calls.writes());
        return json;
    }

    static List<Map<String, Object>> changes(List<Change> changes) {
        return changes.stream().map(Change::toJsonValues).collect(Collectors.toList());
    }

    /** {@return the role {@code spec} describes, in the one role shape} */
    static Map<String, Object> spec(RoleSpec spec) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("roleName", spec.name().value());
        json.put("path", spec.path().value());
        json.put("description", spec.description() == null ? JsonValues.NULL : spec.description().value());
        json.put("maxSessionDuration", spec.maxSessionDuration().seconds());
        json.put("trustPolicy", spec.trustPolicy());
        json.put("permissionPolicies", policies(spec.inlinePolicies()));
        json.put("managedPolicyArns", spec.managedPolicyArns().stream().map(Arn::toString)
                .collect(Collectors.toList()));
        json.put("permissionsBoundary", spec.permissionsBoundary() == null ? JsonValues.NULL
                : spec.permissionsBoundary().toString());
        Map<String, Object> tags = new LinkedHashMap<>();
        spec.tags().forEach(tag -> tags.put(tag.key(), tag.value()));
        json.put("tags", tags);
        return json;
    }

    /** {@return the role as IAM holds it, in the one role shape plus {@code arn} and {@code roleId}} */
    static Map<String, Object> state(RoleState state) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("roleName", state.name().value());
        json.put("path", state.path().value());
        json.put("arn", state.arn().toString());
        json.put("roleId", state.roleId());
        json.put("description", orNull(state.description()));
        json.put("maxSessionDuration", state.maxSessionDuration().seconds());
        json.put("trustPolicy", state.trustPolicy());
        json.put("permissionPolicies", policies(state.inlinePolicies()));
        json.put("managedPolicyArns", state.managedPolicyArns().stream().map(Arn::toString)
                .collect(Collectors.toList()));
        json.put("permissionsBoundary", orNull(state.permissionsBoundary()));
        json.put("tags", state.tags());
        return json;
    }

    /**
     * {@return the saved form of {@code plan}}: {@code rudderIamPlan} (the format, 1), {@code partition} and
     * {@code account} (null when unknown), {@code spec}, {@code observed} (the role as read, null when it did not
     * exist), {@code managedDocuments} (by ARN), and for people {@code changes} and {@code errors}
     */
    static Map<String, Object> saved(Plan plan) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("rudderIamPlan", 1);
        json.put("partition", plan.partition().map(Object.class::cast).orElse(JsonValues.NULL));
        json.put("account", plan.account().map(Object.class::cast).orElse(JsonValues.NULL));
        json.put("spec", spec(plan.spec()));
        json.put("observed", plan.current().map(JsonForm::state).map(Object.class::cast).orElse(JsonValues.NULL));
        Map<String, Object> documents = new LinkedHashMap<>();
        plan.managedDocuments().forEach((arn, document) -> documents.put(arn.toString(), document));
        json.put("managedDocuments", documents);
        json.put("changes", changes(plan.changes()));
        json.put("errors", plan.errors());
        return json;
    }

    /**
     * Reads a saved plan and plans again from what it observed, with the documents it recorded; the result must
     * have the saved changes, so that what runs is what was reviewed.
     *
     * @throws IllegalArgumentException naming the JSON pointer and the problem when the text is not a saved plan,
     *     or its changes do not follow from what it observed
     */
    static Plan parseSaved(String text) {
        Map<String, Object> json;
        try {
            json = object(JsonValues.read(text, MAX_SAVED_PLAN), "");
        } catch (PolicyParseException e) {
            throw new IllegalArgumentException("saved plan is not JSON, at '" + e.pointer() + "': " + e.reason(), e);
        }
        Object format = json.get("rudderIamPlan");
        if (!(format instanceof BigDecimal) || ((BigDecimal) format).intValue() != 1) {
            throw new IllegalArgumentException("saved plan at '/rudderIamPlan' is " + format
                    + ": this version reads format 1, as 'plan --out' writes it");
        }
        RoleSpec spec = readSpec(object(json.get("spec"), "/spec"), "/spec");
        Object observed = json.get("observed");
        RoleState state = observed == null || observed == JsonValues.NULL ? null
                : readState(object(observed, "/observed"), "/observed");
        Map<Arn, PolicyDocument> documents = new LinkedHashMap<>();
        object(json.getOrDefault("managedDocuments", Map.of()), "/managedDocuments").forEach((arn, document) ->
                documents.put(typed(arn, "/managedDocuments/" + arn, Arn::parse),
                        document(document, "/managedDocuments/" + arn)));
        String partition = optionalString(json.get("partition"), "/partition");
        String account = optionalString(json.get("account"), "/account");
        Plan plan = Plan.between(spec, state, arn -> java.util.Optional.ofNullable(documents.get(arn)), account,
                CallCounts.NONE);
        Object savedChanges = json.getOrDefault("changes", JsonValues.NULL);
        if (!JsonValues.write(changes(plan.changes())).equals(JsonValues.write(savedChanges))) {
            throw new IllegalArgumentException("saved plan at '/changes' does not follow from its '/observed' role"
                    + " and '/spec' (edited, or made by another version): make a new plan");
        }
        if (partition != null && state != null && !plan.partition().orElse("").equals(partition)) {
            throw new IllegalArgumentException("saved plan at '/partition' is '" + partition
                    + "' but its observed role is in '" + plan.partition().orElse("") + "'");
        }
        return plan.withPartition(partition);
    }

    private static RoleSpec readSpec(Map<String, Object> json, String at) {
        try {
            RoleSpec.Builder spec = RoleSpec.builder().name(string(json.get("roleName"), at + "/roleName"))
                    .path(IamPath.of(string(json.get("path"), at + "/path")))
                    .maxSessionDuration(MaxSessionDuration.ofSeconds(number(json.get("maxSessionDuration"),
                            at + "/maxSessionDuration")))
                    .trustPolicy(document(json.get("trustPolicy"), at + "/trustPolicy"));
            String description = optionalString(json.get("description"), at + "/description");
            if (description != null) {
                spec.description(RoleDescription.of(description));
            }
            object(json.get("permissionPolicies"), at + "/permissionPolicies").forEach((name, document) ->
                    spec.inlinePolicy(PolicyName.of(name), document(document, at + "/permissionPolicies/" + name)));
            for (Object arn : list(json.get("managedPolicyArns"), at + "/managedPolicyArns")) {
                spec.addManagedPolicyArn(Arn.parse(string(arn, at + "/managedPolicyArns")));
            }
            String boundary = optionalString(json.get("permissionsBoundary"), at + "/permissionsBoundary");
            if (boundary != null) {
                spec.permissionsBoundary(Arn.parse(boundary));
            }
            object(json.get("tags"), at + "/tags").forEach((key, value) ->
                    spec.tag(Tag.of(key, string(value, at + "/tags/" + key))));
            return spec.build();
        } catch (IllegalArgumentException e) {
            throw e.getMessage() != null && e.getMessage().startsWith("saved plan") ? e
                    : new IllegalArgumentException("saved plan at '" + at + "': " + e.getMessage(), e);
        }
    }

    private static RoleState readState(Map<String, Object> json, String at) {
        Map<PolicyName, PolicyDocument> inline = new LinkedHashMap<>();
        object(json.get("permissionPolicies"), at + "/permissionPolicies").forEach((name, document) ->
                inline.put(typed(name, at + "/permissionPolicies", PolicyName::of),
                        document(document, at + "/permissionPolicies/" + name)));
        List<Arn> managed = new ArrayList<>();
        list(json.get("managedPolicyArns"), at + "/managedPolicyArns").forEach(arn -> managed.add(
                typed(string(arn, at + "/managedPolicyArns"), at + "/managedPolicyArns", Arn::parse)));
        Map<String, String> tags = new LinkedHashMap<>();
        object(json.get("tags"), at + "/tags").forEach((key, value) -> tags.put(key, string(value, at + "/tags/"
                + key)));
        String description = optionalString(json.get("description"), at + "/description");
        String boundary = optionalString(json.get("permissionsBoundary"), at + "/permissionsBoundary");
        return new RoleState(typed(string(json.get("roleName"), at + "/roleName"), at + "/roleName", RoleName::of),
                typed(string(json.get("path"), at + "/path"), at + "/path", IamPath::of),
                typed(string(json.get("arn"), at + "/arn"), at + "/arn", Arn::parse),
                string(json.get("roleId"), at + "/roleId"),
                description == null ? null : typed(description, at + "/description", RoleDescription::of),
                document(json.get("trustPolicy"), at + "/trustPolicy"), inline, managed,
                boundary == null ? null : typed(boundary, at + "/permissionsBoundary", Arn::parse), tags,
                typed(number(json.get("maxSessionDuration"), at + "/maxSessionDuration"), at + "/maxSessionDuration",
                        MaxSessionDuration::ofSeconds));
    }

    private static <V, T> T typed(V value, String at, Function<V, T> type) {
        try {
            return type.apply(value);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("saved plan at '" + at + "': " + e.getMessage(), e);
        }
    }

    private static Map<String, Object> policies(Map<PolicyName, PolicyDocument> policies) {
        Map<String, Object> json = new LinkedHashMap<>();
        policies.forEach((name, document) -> json.put(name.value(), document));
        return json;
    }

    private static PolicyDocument document(@Nullable Object value, String at) {
        Map<String, Object> document = object(value, at);
        try {
            return PolicyJson.readValue(document);
        } catch (PolicyParseException e) {
            throw new IllegalArgumentException("saved plan at '" + at + e.pointer() + "': " + e.reason(), e);
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> object(@Nullable Object value, String at) {
        if (!(value instanceof Map)) {
            throw new IllegalArgumentException("saved plan at '" + at + "' is " + (value == null ? "missing"
                    : "not a JSON object") + ": a saved plan is what 'plan --out' writes");
        }
        return (Map<String, Object>) value;
    }

    private static List<?> list(@Nullable Object value, String at) {
        if (!(value instanceof List)) {
            throw new IllegalArgumentException("saved plan at '" + at + "' is " + (value == null ? "missing"
                    : "not a JSON array") + ": a saved plan is what 'plan --out' writes");
        }
        return (List<?>) value;
    }

    private static String string(@Nullable Object value, String at) {
        if (!(value instanceof String)) {
            throw new IllegalArgumentException("saved plan at '" + at + "' is " + (value == null ? "missing"
                    : "not a string") + ": a saved plan is what 'plan --out' writes");
        }
        return (String) value;
    }

    private static @Nullable String optionalString(@Nullable Object value, String at) {
        return value == null || value == JsonValues.NULL ? null : string(value, at);
    }

    private static int number(@Nullable Object value, String at) {
        if (!(value instanceof BigDecimal)) {
            throw new IllegalArgumentException("saved plan at '" + at + "' is " + (value == null ? "missing"
                    : "not a number") + ": a saved plan is what 'plan --out' writes");
        }
        try {
            return ((BigDecimal) value).intValueExact();
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException("saved plan at '" + at + "' is " + value + ": not a whole number of"
                    + " seconds", e);
        }
    }

    private static Object orNull(@Nullable Object value) {
        return value == null ? JsonValues.NULL : value.toString();
    }
}
