package dev.rudderiam.validation.rules;

import dev.rudderiam.policy.Action;
import dev.rudderiam.policy.ConditionClause;
import dev.rudderiam.policy.ConditionKey;
import dev.rudderiam.policy.Resource;
import dev.rudderiam.policy.Statement;
import dev.rudderiam.policy.StatementElement;
import dev.rudderiam.validation.PolicyContext;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A statement with its index and the entries the rules look at, each list built on first use and shared by all
 * rules of a run through {@link PolicyContext#memo}: validating costs one pass per element, not one per rule.
 */
final class StatementView {
    private static final Object KEY = new Object();

    final int index;
    final Statement statement;
    private @Nullable List<ActionEntry> actions;
    private @Nullable List<ActionEntry> allActions;
    private @Nullable List<ResourceEntry> resources;
    private @Nullable List<PrincipalEntry> principals;
    private @Nullable List<ConditionClause> clauses;
    private @Nullable List<ConditionClause> externalIdClauses;
    private @Nullable Boolean allowsAssumeRole;

    private StatementView(int index, Statement statement) {
        this.index = index;
        this.statement = statement;
    }

    /** {@return the views of the context's statements, in order} */
    static List<StatementView> of(PolicyContext context) {
        return context.memo(KEY, c -> {
            List<Statement> statements = c.document().statements();
            List<StatementView> views = new ArrayList<>(statements.size());
            for (int i = 0; i < statements.size(); i++) {
                views.add(new StatementView(i, statements.get(i)));
            }
            return views;
        });
    }

    /** {@return the entries of {@code Action}} */
    List<ActionEntry> actions() {
        if (actions == null) {
            actions = ActionEntry.of(index, StatementElement.ACTION, statement.actions());
        }
        return actions;
    }

    /** {@return the entries of {@code Action}, then those of {@code NotAction}} */
    List<ActionEntry> allActions() {
        if (allActions == null) {
            List<Action> notActions = statement.notActions();
            allActions = notActions.isEmpty() ? actions() : concat(actions(),
                    ActionEntry.of(index, StatementElement.NOT_ACTION, notActions));
        }
        return allActions;
    }

    /** {@return the entries of {@code Resource}, then those of {@code NotResource}} */
    List<ResourceEntry> resources() {
        if (resources == null) {
            List<Resource> notResources = statement.notResources();
            List<ResourceEntry> entries = ResourceEntry.of(index, StatementElement.RESOURCE, statement.resources());
            resources = notResources.isEmpty() ? entries
                    : concat(entries, ResourceEntry.of(index, StatementElement.NOT_RESOURCE, notResources));
        }
        return resources;
    }

    /** {@return the entries of {@code Principal}} */
    List<PrincipalEntry> principals() {
        if (principals == null) {
            principals = PrincipalEntry.of(index, "Principal", statement.principal());
        }
        return principals;
    }

    /** {@return the condition's clauses} */
    List<ConditionClause> clauses() {
        if (clauses == null) {
            clauses = statement.condition().isEmpty() ? List.of() : statement.condition().clauses();
        }
        return clauses;
    }

    /** {@return the condition's clauses on {@code sts:ExternalId}, {@link Conditions#on} shared by the rules} */
    List<ConditionClause> externalIdClauses() {
        if (externalIdClauses == null) {
            externalIdClauses = Conditions.on(this, ConditionKey.STS_EXTERNAL_ID);
        }
        return externalIdClauses;
    }

    /** {@return whether {@code Action} allows {@code sts:AssumeRole}, {@link Conditions#allows} shared by the rules} */
    boolean allowsAssumeRole() {
        if (allowsAssumeRole == null) {
            allowsAssumeRole = Conditions.allows(statement, "sts:AssumeRole");
        }
        return allowsAssumeRole;
    }

    private static <T> List<T> concat(List<T> first, List<T> second) {
        List<T> all = new ArrayList<>(first.size() + second.size());
        all.addAll(first);
        all.addAll(second);
        return all;
    }
}
