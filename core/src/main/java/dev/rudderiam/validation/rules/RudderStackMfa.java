package dev.rudderiam.validation.rules;

import dev.rudderiam.policy.ConditionKey;
import dev.rudderiam.policy.Effect;
import dev.rudderiam.policy.Statement;
import dev.rudderiam.policy.StatementElement;
import dev.rudderiam.validation.Finding;
import dev.rudderiam.validation.Severity;
import java.util.List;
import java.util.Set;

/**
 * {@code RUDDERSTACK_MFA_CONDITION}: RudderStack assumes the role from its servers, without multi-factor
 * authentication, so a trust statement that tests {@code aws:MultiFactorAuthPresent} or
 * {@code aws:MultiFactorAuthAge} (an {@code Allow} trusting RudderStack, or any {@code Deny}) shuts it out.
 *
 * @see <a href="https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-keys.html#condition-keys-multifactorauthpresent">aws:MultiFactorAuthPresent</a>
 */
final class RudderStackMfa extends StatementRule {
    RudderStackMfa() {
        super("RUDDERSTACK_MFA_CONDITION", Severity.ERROR, RudderStackTrust.DOC,
                "No trust statement that applies to RudderStack tests MFA.", Types.TRUST);
    }

    @Override
    public Set<StatementElement> inspects() {
        return Elements.CONDITION;
    }

    @Override
    void check(StatementView view, List<Finding> findings) {
        int index = view.index;
        Statement statement = view.statement;
        boolean applies = statement.effect() == Effect.DENY || RudderStackTrust.letsAssume(view);
        if (!applies) {
            return;
        }
        for (ClauseEntry clause : view.clauses()) {
            if (clause.key.sameKeyAs(ConditionKey.MULTI_FACTOR_AUTH_PRESENT)
                    || clause.key.sameKeyAs(ConditionKey.MULTI_FACTOR_AUTH_AGE)) {
                findings.add(finding(clause.path(),
                        "Statement " + index + " tests " + clause.key + ", but RudderStack assumes the role"
                                + " without MFA: remove the MFA condition (uncheck \"Require MFA\")."));
            }
        }
    }
}
