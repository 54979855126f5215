package dev.rudderiam.eval;

import dev.rudderiam.pattern.Glob;
import dev.rudderiam.pattern.StatementPattern;
import dev.rudderiam.policy.Action;
import dev.rudderiam.policy.ConditionClause;
import dev.rudderiam.policy.Effect;
import dev.rudderiam.policy.PolicyDocument;
import dev.rudderiam.policy.Statement;
import dev.rudderiam.policy.StatementElement;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A statement compiled for deciding requests: its action and resource patterns ({@link StatementPattern}, which
 * says what "applies" means and cites AWS), its principal matchers and its condition clauses, ANDed.
 */
final class CompiledStatement {
    final StatementRef ref;
    final Effect effect;
    private final StatementPattern pattern;
    private final @Nullable PrincipalMatcher principal;
    private final @Nullable PrincipalMatcher notPrincipal;
    private final ConditionMatcher[] conditions;
    /** The entries of its {@code Action} or {@code NotAction} list, as {@link ActionIndex} reads them. */
    final List<Action> actionEntries;
    /** Whether the action element is {@code NotAction}. */
    private final boolean notAction;
    /** The entries of the action element that hold a wildcard, compiled as actions. */
    private final Glob[] wildcardActions;
    /**
     * Whether, once its action matches, it applies to every resource without condition (no condition clause; no
     * resource element, or {@code "*"} among its {@code Resource} entries), so nothing else needs testing.
     */
    private final boolean anyResourceWithoutCondition;
    /**
     * Whether to test the conditions before the resource: when every clause has a simple form
     * ({@link ConditionMatcher#simple()}), a clause that fails costs less than the resource patterns it spares (a
     * bucket policy's TLS deny on a secure request). Either order gives the same answer: both tests only read the
     * request, and the statement applies only when both hold.
     */
    private final boolean conditionsFirst;

    CompiledStatement(StatementRef ref, Statement statement, boolean variables) {
        this.ref = ref;
        this.effect = statement.effect();
        this.pattern = StatementPattern.of(statement, variables);
        this.principal = statement.principal() == null ? null : new PrincipalMatcher(statement.principal());
        this.notPrincipal = statement.notPrincipal() == null ? null : new PrincipalMatcher(statement.notPrincipal());
        List<ConditionClause> clauses = statement.condition().clauses();
        this.conditions = clauses.stream().map(c -> new ConditionMatcher(c, variables))
                .toArray(ConditionMatcher[]::new);
        this.notAction = statement.has(StatementElement.NOT_ACTION);
        this.actionEntries = notAction ? statement.notActions() : statement.actions();
        this.wildcardActions = actionEntries.stream().filter(a -> Glob.hasWildcard(a.value()))
                .map(a -> Glob.of(a.value(), Glob.Syntax.ACTION)).toArray(Glob[]::new);
        this.anyResourceWithoutCondition = conditions.length == 0 && (pattern.anyResource()
                || !pattern.notResource() && pattern.resources().stream().anyMatch(Glob::matchesAll));
        boolean simple = true;
        for (ConditionMatcher condition : conditions) {
            simple &= condition.simple();
        }
        this.conditionsFirst = simple;
    }

    static boolean variablesSupported(PolicyDocument document) {
        return StatementPattern.variablesSupported(document);
    }

    /**
     * {@return whether resource and conditions match, for a statement whose action is known to match}; the principal
     * is checked apart ({@link #principalMatch})
     */
    boolean matchesBesidesAction(Request request) {
        if (anyResourceWithoutCondition) {
            return true;
        }
        return conditionsFirst
                ? matchesConditions(request) && pattern.appliesToResource(request.resource(), request.variables())
                : pattern.appliesToResource(request.resource(), request.variables()) && matchesConditions(request);
    }

    /** {@return whether the action element matches {@code lowerCaseAction}} */
    boolean matchesAction(String lowerCaseAction) {
        return pattern.appliesToAction(lowerCaseAction);
    }

    /**
     * {@return whether the action element matches {@code lowerCaseAction}, an action none of the evaluator's
     * statements names without wildcard}: then only the entries with a wildcard can match it
     */
    boolean matchesUnnamedAction(String lowerCaseAction) {
        for (Glob glob : wildcardActions) {
            if (glob.matches(lowerCaseAction)) {
                return !notAction;
            }
        }
        return notAction;
    }

    /** How far the action element reaches into the actions of a service that no statement names. */
    enum Reach {
        /** It matches none of them. */
        NONE,
        /** It may match some: test each. */
        SOME,
        /** It matches every one. */
        ALL
    }

    /**
     * {@return how the action element reaches the actions of {@code lowerCaseService} (null: of any service) that
     * no statement names without wildcard}: a plain entry matches only the action it names, so only the entries
     * with a wildcard decide, and whether they cover or overlap {@code service:*} is answered soundly
     * ({@link Glob#covers}, {@link Glob#overlaps})
     */
    Reach reachOfUnnamed(@Nullable String lowerCaseService) {
        // No wildcard entry (or no entry at all): a NotAction reaches all of them, an Action none.
        Glob service = lowerCaseService == null ? null : Glob.of(lowerCaseService + ":*", Glob.Syntax.ACTION);
        boolean covered = false;
        boolean overlapped = false;
        for (Glob glob : wildcardActions) {
            covered |= service != null && glob.covers(service);
            overlapped |= service == null || glob.overlaps(service);
        }
        if (notAction) {
            return covered ? Reach.NONE : overlapped ? Reach.SOME : Reach.ALL;
        }
        return covered ? Reach.ALL : overlapped ? Reach.SOME : Reach.NONE;
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
