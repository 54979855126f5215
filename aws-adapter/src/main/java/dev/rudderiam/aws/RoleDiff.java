package dev.rudderiam.aws;

import dev.rudderiam.arn.Arn;
import dev.rudderiam.json.JsonValues;
import dev.rudderiam.json.PolicyJson;
import dev.rudderiam.policy.Action;
import dev.rudderiam.policy.AnyPrincipal;
import dev.rudderiam.policy.ConditionClause;
import dev.rudderiam.policy.ConditionValue;
import dev.rudderiam.policy.PolicyDocument;
import dev.rudderiam.policy.Principal;
import dev.rudderiam.policy.PrincipalSet;
import dev.rudderiam.policy.Resource;
import dev.rudderiam.policy.Statement;
import dev.rudderiam.role.PolicyName;
import dev.rudderiam.role.RoleSpec;
import dev.rudderiam.role.Tag;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * What differs between a role as IAM holds it and a spec, for people to review line by line: old -> new for
 * attributes and tags, managed policies added and removed, and per document (trust policy, each inline policy) the
 * statements added and removed and, within a changed statement, the actions, resources, principals and condition
 * values added and removed. Semantic: statements and values compare as sets (IAM reorders what it stores), actions
 * ignoring case, tag keys ignoring case; a reordering is no difference.
 *
 * <p>Text marks what the role has and the spec drops with {@code -} and what the spec adds with {@code +};
 * {@link #toJsonValues()} has the same structure.
 */
final class RoleDiff {
    private final Map<String, Object> json = new LinkedHashMap<>();
    private final List<String> lines = new ArrayList<>();

    private RoleDiff() {
    }

    /** {@return the differences from {@code current} (the role as read) to {@code spec}} */
    static RoleDiff between(RoleState current, RoleSpec spec) {
        RoleDiff diff = new RoleDiff();
        diff.attributes(current, spec);
        diff.tags(current, spec);
        diff.document("trust policy", "trustPolicy", current.trustPolicy(), spec.trustPolicy(), diff.lines, "  ");
        diff.inline(current, spec);
        diff.managed(current, spec);
        return diff;
    }

    boolean isEmpty() {
        return json.isEmpty();
    }

    /** {@return the lines for people, each indented and marked} */
    List<String> lines() {
        return List.copyOf(lines);
    }

    Map<String, Object> toJsonValues() {
        return json;
    }

    private void attributes(RoleState current, RoleSpec spec) {
        List<Object> changed = new ArrayList<>();
        String description = spec.description() == null || spec.description().value().isEmpty() ? null
                : spec.description().value();
        attribute(changed, "description", current.description() == null ? null : current.description().value(),
                description);
        attribute(changed, "maxSessionDuration", current.maxSessionDuration().seconds(),
                spec.maxSessionDuration().seconds());
        attribute(changed, "permissionsBoundary", current.permissionsBoundary() == null ? null
                : current.permissionsBoundary().toString(),
                spec.permissionsBoundary() == null ? null : spec.permissionsBoundary().toString());
        if (!changed.isEmpty()) {
            json.put("attributes", changed);
        }
    }

    private void attribute(List<Object> changed, String name, @Nullable Object old, @Nullable Object updated) {
        if (Objects.equals(old, updated)) {
            return;
        }
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("name", name);
        entry.put("old", old == null ? JsonValues.NULL : old);
        entry.put("new", updated == null ? JsonValues.NULL : updated);
        changed.add(entry);
        lines.add("  " + name + ": " + shown(old) + " -> " + shown(updated));
    }

    private static String shown(@Nullable Object value) {
        return value == null ? "(none)" : value instanceof String ? "'" + value + "'" : value.toString();
    }

    /** Tag keys compare ignoring case; the {@code aws:} tags AWS sets are neither the spec's nor changed. */
    private void tags(RoleState current, RoleSpec spec) {
        Map<String, String> old = new LinkedHashMap<>();
        current.tags().forEach((key, value) -> {
            if (!key.toLowerCase(Locale.ROOT).startsWith("aws:")) {
                old.put(key.toLowerCase(Locale.ROOT), key + "=" + value);
            }
        });
        Map<String, String> updated = new LinkedHashMap<>();
        spec.tags().forEach(tag -> updated.put(tag.key().toLowerCase(Locale.ROOT), tag.key() + "=" + tag.value()));
        List<String> removed = new ArrayList<>();
        List<String> added = new ArrayList<>();
        List<Object> changed = new ArrayList<>();
        List<String> text = new ArrayList<>();
        old.forEach((key, pair) -> {
            if (!updated.containsKey(key)) {
                removed.add(pair);
                text.add("    - " + pair);
            }
        });
        for (Tag tag : spec.tags()) {
            String key = tag.key().toLowerCase(Locale.ROOT);
            String was = old.get(key);
            if (was == null) {
                added.add(updated.get(key));
                text.add("    + " + updated.get(key));
            } else if (!was.substring(was.indexOf('=') + 1).equals(tag.value())) {
                String oldValue = was.substring(was.indexOf('=') + 1);
                changed.add(Map.of("key", tag.key(), "old", oldValue, "new", tag.value()));
                text.add("    ~ " + tag.key() + ": '" + oldValue + "' -> '" + tag.value() + "'");
            }
        }
        if (!text.isEmpty()) {
            json.put("tags", Map.of("added", added, "removed", removed, "changed", changed));
            lines.add("  tags:");
            lines.addAll(text);
        }
    }

    private void inline(RoleState current, RoleSpec spec) {
        Map<PolicyName, PolicyDocument> wanted = spec.inlinePolicies();
        Map<String, Object> added = new LinkedHashMap<>();
        Map<String, Object> removed = new LinkedHashMap<>();
        Map<String, Object> changed = new LinkedHashMap<>();
        current.inlinePolicies().forEach((name, document) -> {
            PolicyDocument updated = wanted.get(name);
            if (updated == null) {
                removed.put(name.value(), document);
                lines.add("  - inline policy " + name + ": " + PolicyJson.write(document));
            } else {
                List<String> text = new ArrayList<>();
                Map<String, Object> documentDiff = documentDiff(document, updated, text, "    ");
                if (!documentDiff.isEmpty()) {
                    changed.put(name.value(), documentDiff);
                    lines.add("  inline policy " + name + ":");
                    lines.addAll(text);
                }
            }
        });
        wanted.forEach((name, document) -> {
            if (!current.inlinePolicies().containsKey(name)) {
                added.put(name.value(), document);
                lines.add("  + inline policy " + name + ": " + PolicyJson.write(document));
            }
        });
        if (!added.isEmpty() || !removed.isEmpty() || !changed.isEmpty()) {
            json.put("permissionPolicies", Map.of("added", added, "removed", removed, "changed", changed));
        }
    }

    private void managed(RoleState current, RoleSpec spec) {
        List<String> removed = current.managedPolicyArns().stream()
                .filter(arn -> !spec.managedPolicyArns().contains(arn)).map(Arn::toString).collect(Collectors.toList());
        List<String> added = spec.managedPolicyArns().stream()
                .filter(arn -> !current.managedPolicyArns().contains(arn)).map(Arn::toString)
                .collect(Collectors.toList());
        if (!removed.isEmpty() || !added.isEmpty()) {
            json.put("managedPolicyArns", Map.of("added", added, "removed", removed));
            lines.add("  managed policies:");
            removed.forEach(arn -> lines.add("    - " + arn));
            added.forEach(arn -> lines.add("    + " + arn));
        }
    }

    private void document(String title, String key, PolicyDocument old, PolicyDocument updated, List<String> out,
            String indent) {
        List<String> text = new ArrayList<>();
        Map<String, Object> diff = documentDiff(old, updated, text, indent + "  ");
        if (!diff.isEmpty()) {
            json.put(key, diff);
            out.add(indent + title + ":");
            out.addAll(text);
        }
    }

    /**
     * Statements equal in both are no difference; the others pair up as changed statements (by {@code Sid}, else
     * by effect and a shared action or resource, else by effect in order) or are added or removed whole.
     */
    private static Map<String, Object> documentDiff(PolicyDocument old, PolicyDocument updated, List<String> text,
            String indent) {
        List<Statement> removed = new ArrayList<>(old.statements());
        List<Statement> added = new ArrayList<>(updated.statements());
        removed.removeIf(statement -> added.stream().anyMatch(other -> same(statement, other)));
        added.removeIf(statement -> old.statements().stream().anyMatch(other -> same(statement, other)));
        List<Object> changed = new ArrayList<>();
        for (int pass = 0; pass < 3; pass++) {
            for (Statement was : new ArrayList<>(removed)) {
                Statement match = null;
                for (Statement candidate : added) {
                    if (pairs(was, candidate, pass)) {
                        match = candidate;
                        break;
                    }
                }
                if (match != null) {
                    removed.remove(was);
                    added.remove(match);
                    changed.add(statementDiff(was, match, text, indent));
                }
            }
        }
        removed.forEach(statement -> text.add(indent + "- statement " + statementJson(statement)));
        added.forEach(statement -> text.add(indent + "+ statement " + statementJson(statement)));
        Map<String, Object> diff = new LinkedHashMap<>();
        if (!removed.isEmpty() || !added.isEmpty() || !changed.isEmpty()) {
            diff.put("added", added.stream().map(RoleDiff::statementValue).collect(Collectors.toList()));
            diff.put("removed", removed.stream().map(RoleDiff::statementValue).collect(Collectors.toList()));
            diff.put("changed", changed);
        }
        return diff;
    }

    private static boolean pairs(Statement was, Statement candidate, int pass) {
        if (pass == 0) {
            return was.sid() != null && was.sid().equals(candidate.sid());
        }
        if (was.effect() != candidate.effect()) {
            return false;
        }
        if (pass == 1) {
            return !intersection(actions(was.actions()), actions(candidate.actions())).isEmpty()
                    || !intersection(resources(was.resources()), resources(candidate.resources())).isEmpty();
        }
        return true;
    }

    private static Map<String, Object> statementDiff(Statement old, Statement updated, List<String> text,
            String indent) {
        Map<String, Object> diff = new LinkedHashMap<>();
        String name = updated.sid() != null ? updated.sid() : updated.effect().json();
        diff.put("sid", updated.sid() == null ? JsonValues.NULL : updated.sid());
        text.add(indent + "statement " + name + ":");
        String inner = indent + "  ";
        if (old.effect() != updated.effect()) {
            diff.put("effect", Map.of("old", old.effect().json(), "new", updated.effect().json()));
            text.add(inner + "effect: " + old.effect().json() + " -> " + updated.effect().json());
        }
        element(diff, text, inner, "actions", actions(old.actions()), actions(updated.actions()));
        element(diff, text, inner, "notActions", actions(old.notActions()), actions(updated.notActions()));
        element(diff, text, inner, "resources", resources(old.resources()), resources(updated.resources()));
        element(diff, text, inner, "notResources", resources(old.notResources()), resources(updated.notResources()));
        element(diff, text, inner, "principals", principals(old.principal()), principals(updated.principal()));
        element(diff, text, inner, "notPrincipals", principals(old.notPrincipal()),
                principals(updated.notPrincipal()));
        element(diff, text, inner, "condition", condition(old), condition(updated));
        return diff;
    }

    private static void element(Map<String, Object> diff, List<String> text, String indent, String name,
            Set<String> old, Set<String> updated) {
        boolean ignoreCase = name.endsWith("ctions");
        List<String> removed = old.stream().filter(value -> !contains(updated, value, ignoreCase))
                .collect(Collectors.toList());
        List<String> added = updated.stream().filter(value -> !contains(old, value, ignoreCase))
                .collect(Collectors.toList());
        if (removed.isEmpty() && added.isEmpty()) {
            return;
        }
        diff.put(name, Map.of("added", added, "removed", removed));
        text.add(indent + name + ":");
        removed.forEach(value -> text.add(indent + "  - " + value));
        added.forEach(value -> text.add(indent + "  + " + value));
    }

    /** Actions compare ignoring case (IAM matches them so); every other value exactly. */
    private static boolean contains(Set<String> values, String value, boolean ignoreCase) {
        return values.stream().anyMatch(v -> ignoreCase ? v.equalsIgnoreCase(value) : v.equals(value));
    }

    private static Set<String> actions(List<Action> actions) {
        return values(actions, action -> action.value());
    }

    private static Set<String> resources(List<Resource> resources) {
        return values(resources, Resource::value);
    }

    private static <T> Set<String> values(List<T> values, Function<T, String> text) {
        return values.stream().map(text).collect(Collectors.toCollection(LinkedHashSet::new));
    }

    private static Set<String> intersection(Set<String> one, Set<String> other) {
        Set<String> folded = other.stream().map(v -> v.toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
        return one.stream().filter(v -> folded.contains(v.toLowerCase(Locale.ROOT))).collect(Collectors.toSet());
    }

    private static Set<String> principals(@Nullable Principal principal) {
        Set<String> out = new LinkedHashSet<>();
        if (principal instanceof AnyPrincipal) {
            out.add("*");
        } else if (principal instanceof PrincipalSet) {
            ((PrincipalSet) principal).byType().forEach((type, ids) -> ids.forEach(id -> out.add(type.key() + " "
                    + id)));
        }
        return out;
    }

    private static Set<String> condition(Statement statement) {
        Set<String> out = new LinkedHashSet<>();
        for (ConditionClause clause : statement.condition().clauses()) {
            for (ConditionValue value : clause.values()) {
                out.add(clause.operator() + " " + clause.key() + " " + value.text());
            }
        }
        return out;
    }

    private static boolean same(Statement one, Statement other) {
        return single(one).semanticallyEquals(single(other));
    }

    private static PolicyDocument single(Statement statement) {
        return PolicyDocument.builder().addStatement(statement).build();
    }

    private static String statementJson(Statement statement) {
        return JsonValues.write(statementValue(statement));
    }

    private static Object statementValue(Statement statement) {
        Object document = JsonValues.of(single(statement));
        Object statements = Objects.requireNonNull(((Map<?, ?>) document).get("Statement"), "Statement");
        return statements instanceof List ? Objects.requireNonNull(((List<?>) statements).get(0)) : statements;
    }
}
