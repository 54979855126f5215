package dev.rudderiam.validation.rules;

import dev.rudderiam.arn.internal.ArnText;
import dev.rudderiam.arn.Partition;
import dev.rudderiam.policy.StatementElement;
import dev.rudderiam.validation.Finding;
import dev.rudderiam.validation.Severity;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * {@code INVALID_PARTITION}: the partition of a resource or principal ARN is one AWS has ({@code aws},
 * {@code aws-cn}, {@code aws-us-gov}, the isolated ones) or a pattern.
 *
 * @see <a href="https://docs.aws.amazon.com/IAM/latest/UserGuide/reference-arns.html">IAM identifiers: ARNs</a>
 */
final class InvalidPartition extends StatementRule {
    InvalidPartition() {
        super("INVALID_PARTITION", Severity.ERROR, "ARN partitions are AWS partitions such as aws.", Types.ALL);
    }

    @Override
    public Set<StatementElement> inspects() {
        return Elements.ARNS;
    }

    @Override
    void check(StatementView view, List<Finding> findings) {
        for (ResourceEntry entry : view.resources()) {
            if (unknown(entry.arn())) {
                findings.add(finding(entry.path(), message(view.index, entry.value(), entry.arn())));
            }
        }
        for (PrincipalEntry entry : view.principals()) {
            if (unknown(entry.arn())) {
                findings.add(finding(entry.path(), message(view.index, entry.value(), entry.arn())));
            }
        }
    }

    private static boolean unknown(@Nullable ArnText arn) {
        if (arn == null || arn.partition().equals("aws") || ResourceEntry.isDynamic(arn.partition())) {
            return false;
        }
        return !Partition.tryParse(arn.partition()).map(Partition::isKnown).orElse(false);
    }

    private static String message(int index, String value, @Nullable ArnText arn) {
        return "Partition '" + (arn == null ? "" : arn.partition()) + "' of '" + value + "' in statement " + index
                + " is not an AWS partition: use aws, aws-cn or aws-us-gov.";
    }
}
