package dev.rudderiam.catalog.blueprint;

import dev.rudderiam.policy.Action;
import dev.rudderiam.policy.Resource;
import dev.rudderiam.policy.Statement;
import dev.rudderiam.policy.StatementElement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Combines the statements of several destination policies without changing what they allow or deny, so that a
 * role's policies hold no duplicates:
 * <ol>
 * <li>statements with the same effect, condition and actions become one statement on the union of their
 *     resources ({@code "*"} absorbs the rest);</li>
 * <li>statements with the same effect, condition and resources become one statement with the union of their
 *     actions;</li>
 * <li>a statement identical to an earlier one disappears (a special case of both).</li>
 * </ol>
 * Both merges are exact: a statement grants (or denies) each of its actions on each of its resources under its
 * condition, so two statements sharing one side and the condition equal one statement over the union of the other
 * side. Statements with a principal, {@code NotAction} or {@code NotResource} are kept as they are. Sids stay
 * those of the first statement of each group, made unique by a numeric suffix.
 *
 * @see <a href="https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic.html">Policy
 *     evaluation logic</a>
 */
final class StatementMerger {
    private StatementMerger() {
    }

    static List<Statement> merge(List<Statement> statements) {
        List<Statement> byActions = group(statements, s -> actionKey(s.actions()), StatementMerger::unionResources);
        List<Statement> byResources = group(byActions, s -> Set.copyOf(s.resources()), StatementMerger::unionActions);
        return uniqueSids(byResources);
    }

    /** Groups mergeable statements by effect, condition and {@code side}; others stay alone, in place. */
    private static List<Statement> group(List<Statement> statements, Function<Statement, Object> side,
            Function<List<Statement>, Statement> combine) {
        Map<Object, List<Statement>> groups = new LinkedHashMap<>();
        for (Statement statement : statements) {
            Object key = mergeable(statement)
                    ? List.of(statement.effect(), statement.condition(), side.apply(statement))
                    : new Object();
            groups.computeIfAbsent(key, k -> new ArrayList<>()).add(statement);
        }
        // A statement that is not mergeable stays exactly as written: combining it, even alone, would mark Action
        // or Resource present beside its NotAction or NotResource.
        return groups.values().stream().map(group -> mergeable(group.get(0)) ? combine.apply(group) : group.get(0))
                .collect(Collectors.toList());
    }

    private static boolean mergeable(Statement statement) {
        return !statement.has(StatementElement.PRINCIPAL) && !statement.has(StatementElement.NOT_PRINCIPAL)
                && !statement.has(StatementElement.NOT_ACTION) && !statement.has(StatementElement.NOT_RESOURCE)
                && statement.has(StatementElement.ACTION) && statement.has(StatementElement.RESOURCE);
    }

    /** Actions compare ignoring case, as IAM matches them. */
    private static Set<String> actionKey(List<Action> actions) {
        return actions.stream().map(a -> a.value().toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
    }

    private static Statement unionResources(List<Statement> group) {
        Set<Resource> resources = new LinkedHashSet<>();
        group.forEach(s -> resources.addAll(s.resources()));
        if (resources.contains(Resource.ALL)) {
            resources.retainAll(Set.of(Resource.ALL));
        }
        return group.get(0).toBuilder().resources(resources).build();
    }

    private static Statement unionActions(List<Statement> group) {
        Map<String, Action> actions = new LinkedHashMap<>();
        group.forEach(s -> s.actions().forEach(a -> actions.putIfAbsent(a.value().toLowerCase(Locale.ROOT), a)));
        return group.get(0).toBuilder().actions(actions.values()).build();
    }

    private static List<Statement> uniqueSids(List<Statement> statements) {
        Set<String> used = new HashSet<>();
        List<Statement> result = new ArrayList<>();
        for (Statement statement : statements) {
            String sid = statement.sid();
            if (sid == null || used.add(sid)) {
                result.add(statement);
                continue;
            }
            int suffix = 2;
            while (!used.add(sid + suffix)) {
                suffix++;
            }
            result.add(statement.toBuilder().sid(Objects.requireNonNull(sid) + suffix).build());
        }
        return result;
    }
}
