package dev.rudderiam.validation.rules;

import dev.rudderiam.policy.Action;
import dev.rudderiam.policy.ConditionKey;
import dev.rudderiam.policy.ConditionOperator;
import dev.rudderiam.policy.ConditionValue;
import dev.rudderiam.policy.Resource;
import dev.rudderiam.policy.Statement;
import dev.rudderiam.policy.StatementElement;
import dev.rudderiam.validation.PolicyContext;
import dev.rudderiam.validation.internal.Memo;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A statement with its index and the entries the rules look at, each built on first use and shared by all rules of
 * a run through the context's {@link Memo}: validating costs one pass per element, not one per rule. Entries come as
 * arrays, which the rules loop over without allocating an iterator each (dozens of rules run per statement).
 */
final class StatementView {
    private static final Object KEY = new Object();
    private static final StatementElement[] ELEMENTS = StatementElement.values();
    private static final ClauseEntry[] NO_CLAUSES = {};

    final int index;
    final Statement statement;
    private final Resolutions resolutions;
    /** The run's budget for comparisons behind suggestions, shared by all statements. */
    final Effort effort;
    private ActionEntry @Nullable [] actions;
    private ActionEntry @Nullable [] allActions;
    private ResourceEntry @Nullable [] resources;
    private PrincipalEntry @Nullable [] principals;
    private ClauseEntry @Nullable [] clauses;
    private ClauseEntry @Nullable [] externalIdClauses;
    private @Nullable Boolean allowsAssumeRole;
    private int elements = -1;

    private StatementView(int index, Statement statement, Resolutions resolutions, Effort effort) {
        this.index = index;
        this.statement = statement;
        this.resolutions = resolutions;
        this.effort = effort;
    }

    /** {@return the views of the context's statements, in order} */
    static StatementView[] of(PolicyContext context) {
        return Memo.of(context, KEY, c -> {
            List<Statement> statements = c.document().statements();
            StatementView[] views = new StatementView[statements.size()];
            Resolutions resolutions = new Resolutions();
            Effort effort = new Effort();
            for (int i = 0; i < views.length; i++) {
                views[i] = new StatementView(i, statements.get(i), resolutions, effort);
            }
            return views;
        });
    }

    /** {@return the elements the statement has ({@link Statement#has}), as bits by ordinal} */
    int elements() {
        if (elements < 0) {
            int bits = 0;
            for (StatementElement element : ELEMENTS) {
                if (statement.has(element)) {
                    bits |= 1 << element.ordinal();
                }
            }
            elements = bits;
        }
        return elements;
    }

    /** {@return the entries of {@code Action}} */
    ActionEntry[] actions() {
        if (actions == null) {
            actions = ActionEntry.of(index, StatementElement.ACTION, statement.actions(), resolutions);
        }
        return actions;
    }

    /** {@return the entries of {@code Action}, then those of {@code NotAction}} */
    ActionEntry[] allActions() {
        if (allActions == null) {
            List<Action> notActions = statement.notActions();
            allActions = notActions.isEmpty() ? actions() : concat(actions(),
                    ActionEntry.of(index, StatementElement.NOT_ACTION, notActions, resolutions));
        }
        return allActions;
    }

    /**
     * {@return the entries of {@code Resource} (the first {@code statement.resources().size()}), then those of
     * {@code NotResource}}
     */
    ResourceEntry[] resources() {
        if (resources == null) {
            List<Resource> notResources = statement.notResources();
            ResourceEntry[] entries = ResourceEntry.of(index, StatementElement.RESOURCE, statement.resources());
            resources = notResources.isEmpty() ? entries
                    : concat(entries, ResourceEntry.of(index, StatementElement.NOT_RESOURCE, notResources));
        }
        return resources;
    }

    /** {@return the entries of {@code Principal}} */
    PrincipalEntry[] principals() {
        if (principals == null) {
            principals = PrincipalEntry.of(index, "Principal", statement.principal());
        }
        return principals;
    }

    /** {@return the condition's clauses, operator by operator and key by key} */
    ClauseEntry[] clauses() {
        if (clauses == null) {
            Map<ConditionOperator, Map<ConditionKey, List<ConditionValue>>> operators =
                    statement.condition().operators();
            int count = 0;
            for (Map<ConditionKey, List<ConditionValue>> keys : operators.values()) {
                count += keys.size();
            }
            ClauseEntry[] entries = count == 0 ? NO_CLAUSES : new ClauseEntry[count];
            int[] next = {0};
            operators.forEach((operator, keys) -> keys.forEach((key, values) ->
                    entries[next[0]++] = new ClauseEntry(index, operator, key, values)));
            clauses = entries;
        }
        return clauses;
    }

    /** {@return the condition's clauses on {@code sts:ExternalId}, {@link Conditions#on} shared by the rules} */
    ClauseEntry[] externalIdClauses() {
        if (externalIdClauses == null) {
            externalIdClauses = Conditions.on(this, ConditionKey.STS_EXTERNAL_ID);
        }
        return externalIdClauses;
    }

    /** {@return whether {@code Action} allows {@code sts:AssumeRole}, {@link Conditions#allows} shared by the rules} */
    boolean allowsAssumeRole() {
        if (allowsAssumeRole == null) {
            allowsAssumeRole = Conditions.allows(this, "sts:AssumeRole");
        }
        return allowsAssumeRole;
    }

    private static <T> T[] concat(T[] first, T[] second) {
        T[] all = Arrays.copyOf(first, first.length + second.length);
        System.arraycopy(second, 0, all, first.length, second.length);
        return all;
    }
}
