package dev.rudderiam.policy;

import dev.rudderiam.arn.AccountId;
import dev.rudderiam.arn.Arn;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The order- and duplicate-free form of statements that {@link PolicyDocument#semanticallyEquals} compares.
 * Each statement becomes a record of sets, so record equality is semantic equality.
 */
final class SemanticForm {
    private SemanticForm() {
    }

    record StatementForm(
            @Nullable String sid,
            Effect effect,
            Set<StatementElement> present,
            @Nullable Map<String, Set<String>> principal,
            @Nullable Map<String, Set<String>> notPrincipal,
            Set<String> actions,
            Set<String> notActions,
            Set<String> resources,
            Set<String> notResources,
            Map<String, Map<String, Set<Set<String>>>> condition) {
    }

    static Set<StatementForm> of(List<Statement> statements) {
        return statements.stream().map(SemanticForm::of).collect(Collectors.toSet());
    }

    private static StatementForm of(Statement s) {
        return new StatementForm(
                s.sid(),
                s.effect(),
                Set.copyOf(presentElements(s)),
                principal(s.principal()),
                principal(s.notPrincipal()),
                set(s.actions(), a -> a.value().toLowerCase(Locale.ROOT)),
                set(s.notActions(), a -> a.value().toLowerCase(Locale.ROOT)),
                set(s.resources(), Resource::value),
                set(s.notResources(), Resource::value),
                condition(s.condition()));
    }

    private static Set<StatementElement> presentElements(Statement s) {
        Set<StatementElement> present = new HashSet<>();
        for (StatementElement element : StatementElement.values()) {
            if (s.has(element)) {
                present.add(element);
            }
        }
        return present;
    }

    private static <T> Set<String> set(List<T> values, Function<T, String> normalize) {
        return values.stream().map(normalize).collect(Collectors.toSet());
    }

    private static @Nullable Map<String, Set<String>> principal(@Nullable Principal principal) {
        if (principal == null) {
            return null;
        }
        if (principal instanceof AnyPrincipal) {
            return Map.of(PrincipalType.AWS.key(), Set.of("*"));
        }
        Map<String, Set<String>> form = new HashMap<>();
        ((PrincipalSet) principal).byType().forEach((type, ids) -> form.merge(type.key(),
                set(ids, id -> type.equals(PrincipalType.AWS) ? awsPrincipal(id) : id),
                SemanticForm::union));
        return form;
    }

    /** A bare account id and the account's root ARN name the same principal; IAM stores the first as the second. */
    private static String awsPrincipal(String id) {
        if (AccountId.isValid(id)) {
            return "account:" + id;
        }
        Optional<Arn> arn = Arn.tryParse(id);
        if (arn.isPresent() && arn.get().isAccountRoot()) {
            return "account:" + arn.get().account();
        }
        return id;
    }

    /**
     * Per operator, per condition key ignoring case, the value sets written for it. A key written twice in one
     * operator block in different case is two conditions that must both hold (keys of a block are ANDed, values of
     * one key ORed:
     * <a href="https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-logic-multiple-context-keys-or-values.html">condition
     * logic with multiple context keys or values</a>), so its value sets are kept apart, never united: joining
     * them would take the narrower policy for the wider one.
     */
    private static Map<String, Map<String, Set<Set<String>>>> condition(Condition condition) {
        Map<String, Map<String, Set<Set<String>>>> form = new HashMap<>();
        condition.operators().forEach((operator, keys) -> {
            Map<String, Set<Set<String>>> keyForm = form.computeIfAbsent(operator.name(), o -> new HashMap<>());
            keys.forEach((key, values) -> keyForm.computeIfAbsent(key.normalized(), k -> new HashSet<>())
                    .add(set(values, ConditionValue::text)));
        });
        return form;
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> union = new HashSet<>(a);
        union.addAll(b);
        return union;
    }
}
