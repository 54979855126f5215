package dev.rudderiam.validation.rules;

import dev.rudderiam.policy.Effect;
import dev.rudderiam.policy.Statement;
import dev.rudderiam.policy.StatementElement;
import dev.rudderiam.validation.Finding;
import dev.rudderiam.validation.Severity;
import java.util.List;
import java.util.Set;

/**
 * Trust statements that let any AWS principal assume the role: {@code ALLOW_WITH_WILDCARD_PRINCIPAL} when the
 * statement has no condition at all, {@code TRUST_CONDITION_SATISFIABLE_BY_ANYONE} when it has conditions but none
 * narrows who matches (only negated operators, {@code IfExists}, {@code ForAllValues:}, {@code Null} or
 * {@code "*"} patterns), so every caller in every account satisfies them.
 *
 * @see <a href="https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_principal.html#principal-anonymous">Principal:
 *     all principals</a>
 */
final class WildcardPrincipal extends StatementRule {
    private final boolean withConditions;

    private WildcardPrincipal(String code, String summary, boolean withConditions) {
        super(code, Severity.SECURITY_WARNING,
                "https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_principal.html"
                        + "#principal-anonymous", summary, Types.TRUST);
        this.withConditions = withConditions;
    }

    static WildcardPrincipal unconditioned() {
        return new WildcardPrincipal("ALLOW_WITH_WILDCARD_PRINCIPAL",
                "No trust statement lets any principal (\"*\") assume the role.", false);
    }

    static WildcardPrincipal satisfiableByAnyone() {
        return new WildcardPrincipal("TRUST_CONDITION_SATISFIABLE_BY_ANYONE",
                "A trust statement for \"*\" has a condition that narrows who matches.", true);
    }

    @Override
    public Set<StatementElement> inspects() {
        return Elements.PRINCIPAL;
    }

    @Override
    void check(StatementView view, List<Finding> findings) {
        int index = view.index;
        Statement statement = view.statement;
        if (statement.effect() != Effect.ALLOW || statement.condition().isEmpty() == withConditions) {
            return;
        }
        for (PrincipalEntry entry : view.principals()) {
            if (entry.isAws() && entry.value().equals("*")) {
                if (!withConditions) {
                    findings.add(finding(entry.path(), "Statement " + index + " lets any AWS principal, in any"
                            + " account, assume the role: name the trusted account or role instead of \"*\"."));
                } else if (!Conditions.anyRestricts(view)) {
                    findings.add(finding(Pointers.statement(index) + "/Condition", "Statement " + index + " trusts"
                            + " \"*\" and its condition does not narrow who matches (negated, IfExists, ForAllValues"
                            + " or Null operators, or \"*\" patterns): any principal can satisfy it."));
                }
                return;
            }
        }
    }
}
