package dev.rudderiam.validation.rules;

import dev.rudderiam.role.PolicyName;
import dev.rudderiam.validation.Finding;
import dev.rudderiam.validation.RoleContext;
import dev.rudderiam.validation.RoleRule;
import dev.rudderiam.validation.Severity;
import dev.rudderiam.validation.Validator;
import java.util.List;

/**
 * {@code ROLE_POLICY_SIZE_EXCEEDS_QUOTA}: all inline policies of a role share one quota (10,240 characters without
 * white space); IAM refuses the policy that crosses it ("Maximum policy size of 10240 bytes exceeded for role").
 * Reported when the policies fit one by one but not together (one policy over the quota alone is reported on that
 * policy).
 *
 * @see <a href="https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_iam-quotas.html#reference_iam-quotas-entity-length">IAM
 *     quotas: role policy size</a>
 */
final class RolePolicySizeQuota extends BaseRule implements RoleRule {
    RolePolicySizeQuota() {
        super("ROLE_POLICY_SIZE_EXCEEDS_QUOTA", Severity.ERROR,
                "https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_iam-quotas.html"
                        + "#reference_iam-quotas-entity-length",
                "A role's inline policies together fit the role policy quota.");
    }

    @Override
    public void check(RoleContext context, List<Finding> findings) {
        int quota = context.quotas().roleInlinePolicies();
        long atMost = 0;
        for (PolicyName name : context.role().inlinePolicies().keySet()) {
            atMost += context.permissionPolicy(name).sizeAtMost();
        }
        if (atMost <= quota) {
            return;
        }
        int total = 0;
        for (PolicyName name : context.role().inlinePolicies().keySet()) {
            int size = context.permissionPolicy(name).size();
            if (size > quota) {
                return;
            }
            total += size;
        }
        if (total > quota) {
            findings.add(finding(Validator.PERMISSION_POLICIES_PATH, "The role's " + context.role().inlinePolicies()
                    .size() + " inline policies have " + total + " characters together, not counting white space,"
                    + " more than the role policy quota of " + quota + ": move some into managed policies."));
        }
    }
}
