package dev.rudderiam.validation.rules;

import dev.rudderiam.arn.Arn;
import dev.rudderiam.policy.StatementElement;
import dev.rudderiam.role.RoleSpec;
import dev.rudderiam.role.RudderStack;
import dev.rudderiam.validation.Finding;
import dev.rudderiam.validation.PolicyContext;
import dev.rudderiam.validation.PolicyRule;
import dev.rudderiam.validation.RoleContext;
import dev.rudderiam.validation.RoleRule;
import dev.rudderiam.validation.Severity;
import java.util.List;
import java.util.Set;

/**
 * {@code RUDDERSTACK_PARTITION}: RudderStack runs in the {@code aws} partition, and access cannot be delegated
 * across partitions, so the role lives there too: every ARN with a literal partition, in the documents (principals,
 * resources) and among the role's attached policies and boundary, is in {@code aws}.
 *
 * @see <a href="https://docs.aws.amazon.com/IAM/latest/UserGuide/reference-arns.html">IAM identifiers: ARNs and
 *     partitions</a>
 */
final class RudderStackPartition extends BaseRule implements PolicyRule, RoleRule {
    RudderStackPartition() {
        super("RUDDERSTACK_PARTITION", Severity.ERROR, RudderStackTrust.DOC,
                "Every ARN of the role is in the aws partition, where RudderStack runs.");
    }

    @Override
    public Set<StatementElement> inspects() {
        return Elements.ARNS;
    }

    @Override
    public void check(PolicyContext context, List<Finding> findings) {
        for (StatementView view : StatementView.of(context)) {
            for (ResourceEntry entry : view.resources()) {
                if (entry.arn() != null && outside(entry.arn().partition())) {
                    findings.add(finding(entry.path(), message(entry.value(), entry.arn().partition())));
                }
            }
            for (PrincipalEntry entry : view.principals()) {
                if (entry.arn() != null && outside(entry.arn().partition())) {
                    findings.add(finding(entry.path(), message(entry.value(), entry.arn().partition())));
                }
            }
        }
    }

    @Override
    public void check(RoleContext context, List<Finding> findings) {
        RoleSpec role = context.role();
        List<Arn> managed = role.managedPolicyArns();
        for (int i = 0; i < managed.size(); i++) {
            if (outside(managed.get(i).partition())) {
                findings.add(finding("/managedPolicyArns/" + i, message(managed.get(i).toString(),
                        managed.get(i).partition())));
            }
        }
        Arn boundary = role.permissionsBoundary();
        if (boundary != null && outside(boundary.partition())) {
            findings.add(finding("/permissionsBoundary", message(boundary.toString(), boundary.partition())));
        }
    }

    /** {@return whether an ARN's partition part names a partition other than RudderStack's} */
    private static boolean outside(String partition) {
        return !partition.equals(RudderStack.PARTITION.id()) && !ResourceEntry.isDynamic(partition);
    }

    private static String message(String value, String partition) {
        return "'" + value + "' is in partition '" + partition + "', but RudderStack runs"
                + " in '" + RudderStack.PARTITION + "' and access cannot cross partitions: create the role and its"
                + " resources in the aws partition.";
    }
}
