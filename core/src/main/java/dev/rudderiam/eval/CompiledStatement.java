package dev.rudderiam.eval;

import dev.rudderiam.policy.Action;
import dev.rudderiam.policy.ConditionClause;
import dev.rudderiam.policy.Effect;
import dev.rudderiam.policy.PolicyDocument;
import dev.rudderiam.policy.Resource;
import dev.rudderiam.policy.Statement;
import dev.rudderiam.policy.StatementElement;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A statement compiled for matching: action and resource patterns, principal matcher and condition clauses.
 *
 * <p>A statement applies when its action, resource, principal (resource policies only) and every condition clause
 * match (<a href="https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition.html">Condition</a>: clauses are ANDed).
 * {@code NotAction}/{@code NotResource} match what their list does not
 * (<a href="https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_notaction.html">NotAction</a>,
 * <a href="https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_notresource.html">NotResource</a>). A statement
 * with neither {@code Resource} nor {@code NotResource} (a trust policy's) applies to the resource the policy is
 * attached to; one with neither {@code Action} nor {@code NotAction} applies to nothing. Policy variables are
 * expanded only in version {@code 2012-10-17} (<a href="https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_variables.html">policy
 * variables</a>: "policy variables ... are not
 * supported in version 2008-10-17", where {@code ${...}} is literal text).
 */
final class CompiledStatement {
    final StatementRef ref;
    final Effect effect;
    private final Glob[] actions;
    private final boolean notAction;
    private final boolean hasAction;
    private final Glob[] resources;
    private final boolean notResource;
    private final boolean anyResource;
    private final @Nullable PrincipalMatcher principal;
    private final @Nullable PrincipalMatcher notPrincipal;
    private final ConditionMatcher[] conditions;

    CompiledStatement(StatementRef ref, Statement statement, boolean variables) {
        this.ref = ref;
        this.effect = statement.effect();
        this.notAction = statement.has(StatementElement.NOT_ACTION);
        this.hasAction = notAction || statement.has(StatementElement.ACTION);
        List<Action> actionList = notAction ? statement.notActions() : statement.actions();
        this.actions = actionList.stream().map(a -> Glob.of(a.value(), Glob.Syntax.ACTION)).toArray(Glob[]::new);
        this.notResource = statement.has(StatementElement.NOT_RESOURCE);
        this.anyResource = !notResource && !statement.has(StatementElement.RESOURCE);
        List<Resource> resourceList = notResource ? statement.notResources() : statement.resources();
        Glob.Syntax syntax = variables ? Glob.Syntax.PATTERN : Glob.Syntax.PATTERN_NO_VARIABLES;
        this.resources = resourceList.stream().map(r -> Glob.of(r.value(), syntax)).toArray(Glob[]::new);
        this.principal = statement.principal() == null ? null : new PrincipalMatcher(statement.principal());
        this.notPrincipal = statement.notPrincipal() == null ? null : new PrincipalMatcher(statement.notPrincipal());
        List<ConditionClause> clauses = statement.condition().clauses();
        this.conditions = clauses.stream().map(c -> new ConditionMatcher(c, variables))
                .toArray(ConditionMatcher[]::new);
    }

    static boolean variablesSupported(PolicyDocument document) {
        return PolicyDocument.VERSION_2012_10_17.equals(document.version());
    }

    /** {@return whether action, resource and conditions match; the principal is checked apart} */
    boolean matches(Request request) {
        return matchesAction(request) && matchesResource(request) && matchesConditions(request);
    }

    boolean matchesAction(Request request) {
        if (!hasAction) {
            return false;
        }
        boolean listed = false;
        String action = request.actionLowerCase();
        for (Glob glob : actions) {
            if (glob.matches(action)) {
                listed = true;
                break;
            }
        }
        return listed != notAction;
    }

    private boolean matchesResource(Request request) {
        if (anyResource) {
            return true;
        }
        boolean listed = false;
        for (Glob glob : resources) {
            if (glob.matches(request.resource(), request.variables())) {
                listed = true;
                break;
            }
        }
        return listed != notResource;
    }

    private boolean matchesConditions(Request request) {
        for (ConditionMatcher condition : conditions) {
            if (!condition.test(request)) {
                return false;
            }
        }
        return true;
    }

    /**
     * {@return how this resource-policy statement names the caller}. {@code NotPrincipal} names everyone it does
     * not exempt; with {@code Deny} it also names every principal that has a permissions boundary, whatever it
     * lists (<a href="https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_notprincipal.html">NotPrincipal</a>, "Key points").
     */
    PrincipalMatcher.Match principalMatch(PrincipalMatcher.Caller caller, boolean callerHasBoundary) {
        if (principal != null) {
            return principal.match(caller);
        }
        if (notPrincipal != null) {
            if (effect == Effect.DENY && callerHasBoundary) {
                return PrincipalMatcher.Match.DIRECT;
            }
            return notPrincipal.exempts(caller) ? PrincipalMatcher.Match.NONE : PrincipalMatcher.Match.DIRECT;
        }
        return PrincipalMatcher.Match.NONE;
    }
}
