package dev.rudderiam.validation.rules;

import dev.rudderiam.validation.Finding;
import dev.rudderiam.validation.RoleContext;
import dev.rudderiam.validation.RoleRule;
import dev.rudderiam.validation.Severity;
import java.util.List;

/**
 * {@code ATTACHED_POLICIES_PER_ROLE_EXCEEDS_QUOTA}: a role has at most 10 managed policies attached unless the
 * account raised the quota (to at most 20); a warning because the quota can be raised.
 *
 * @see <a href="https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_iam-quotas.html">IAM quotas: managed
 *     policies attached to an IAM role</a>
 */
final class ManagedPoliciesPerRole extends BaseRule implements RoleRule {
    static final int DEFAULT_QUOTA = 10;

    ManagedPoliciesPerRole() {
        super("ATTACHED_POLICIES_PER_ROLE_EXCEEDS_QUOTA", Severity.WARNING,
                "https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_iam-quotas.html",
                "A role has at most 10 managed policies attached (the default quota).");
    }

    @Override
    public void check(RoleContext context, List<Finding> findings) {
        int count = context.role().managedPolicyArns().size();
        if (count > DEFAULT_QUOTA) {
            findings.add(finding("/managedPolicyArns", "The role attaches " + count + " managed policies, more than"
                    + " IAM's default quota of " + DEFAULT_QUOTA + " per role: IAM refuses the eleventh unless the"
                    + " account's quota was raised."));
        }
    }
}
