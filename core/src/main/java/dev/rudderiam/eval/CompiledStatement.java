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
import java.util.Locale;
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
    /** The entries of its {@code Action} or {@code NotAction} list, lower case, as {@link ActionIndex} reads them. */
    final List<String> actionEntries;
    /**
     * Whether, once its action matches, it applies to every resource without condition (no condition clause; no
     * resource element, or {@code "*"} among its {@code Resource} entries), so nothing else needs testing.
     */
    private final boolean anyResourceWithoutCondition;

    CompiledStatement(StatementRef ref, Statement statement, boolean variables) {
        this.ref = ref;
        this.effect = statement.effect();
        this.pattern = StatementPattern.of(statement, variables);
        this.principal = statement.principal() == null ? null : new PrincipalMatcher(statement.principal());
        this.notPrincipal = statement.notPrincipal() == null ? null : new PrincipalMatcher(statement.notPrincipal());
        List<ConditionClause> clauses = statement.condition().clauses();
        this.conditions = clauses.stream().map(c -> new ConditionMatcher(c, variables))
                .toArray(ConditionMatcher[]::new);
        List<Action> actions = statement.has(StatementElement.NOT_ACTION) ? statement.notActions()
                : statement.actions();
        this.actionEntries = actions.stream().map(a -> a.value().toLowerCase(Locale.ROOT)).toList();
        this.anyResourceWithoutCondition = conditions.length == 0 && (pattern.anyResource()
                || !pattern.notResource() && pattern.resources().stream().anyMatch(Glob::matchesAll));
    }

    static boolean variablesSupported(PolicyDocument document) {
        return StatementPattern.variablesSupported(document);
    }

    /** {@return whether action, resource and conditions match; the principal is checked apart} */
    boolean matches(Request request) {
        return matchesAction(request.actionLowerCase()) && matchesBesidesAction(request);
    }

    /** {@return whether resource and conditions match, for a statement whose action is known to match} */
    boolean matchesBesidesAction(Request request) {
        return anyResourceWithoutCondition
                || pattern.appliesToResource(request.resource(), request.variables()) && matchesConditions(request);
    }

    /** {@return whether the action element matches {@code lowerCaseAction}} */
    boolean matchesAction(String lowerCaseAction) {
        return pattern.appliesToAction(lowerCaseAction);
    }

    /**
     * {@return whether the action element may match some action of {@code lowerCaseService}} (sound: false only
     * when it matches none)
     */
    boolean mayMatchService(String lowerCaseService) {
        return pattern.mayApplyToAction(Glob.of(lowerCaseService + ":*", Glob.Syntax.ACTION));
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
