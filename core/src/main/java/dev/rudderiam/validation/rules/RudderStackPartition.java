package dev.rudderiam.validation.rules;

import dev.rudderiam.arn.Arn;
import dev.rudderiam.policy.Statement;
import dev.rudderiam.role.RoleSpec;
import dev.rudderiam.role.RudderStack;
import dev.rudderiam.validation.Finding;
import dev.rudderiam.validation.PolicyContext;
import dev.rudderiam.validation.PolicyRule;
import dev.rudderiam.validation.RoleContext;
import dev.rudderiam.validation.RoleRule;
import dev.rudderiam.validation.Severity;
import java.util.List;
import java.util.Optional;

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
    public void check(PolicyContext context, List<Finding> findings) {
        List<Statement> statements = context.document().statements();
        for (int i = 0; i < statements.size(); i++) {
            for (ResourceEntry entry : ResourceEntry.of(i, statements.get(i))) {
                check(entry.value(), entry.path(), findings);
            }
            for (PrincipalEntry entry : PrincipalEntry.of(i, statements.get(i))) {
                check(entry.value(), entry.path(), findings);
            }
        }
    }

    @Override
    public void check(RoleContext context, List<Finding> findings) {
        RoleSpec role = context.role();
        List<Arn> managed = role.managedPolicyArns();
        for (int i = 0; i < managed.size(); i++) {
            check(managed.get(i).toString(), "/managedPolicyArns/" + i, findings);
        }
        if (role.permissionsBoundary() != null) {
            check(role.permissionsBoundary().toString(), "/permissionsBoundary", findings);
        }
    }

    private void check(String value, String path, List<Finding> findings) {
        Optional<Arn> arn = value.startsWith("arn:") ? Arn.tryParse(value) : Optional.empty();
        if (arn.isPresent() && !ResourceEntry.isDynamic(arn.get().partition())
                && !arn.get().partition().equals(RudderStack.PARTITION.id())) {
            findings.add(finding(path, "'" + value + "' is in partition '" + arn.get().partition() + "', but"
                    + " RudderStack runs in '" + RudderStack.PARTITION + "' and access cannot cross partitions:"
                    + " create the role and its resources in the aws partition."));
        }
    }
}
