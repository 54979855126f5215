package dev.rudderiam.validation.rules;

import dev.rudderiam.arn.Arn;
import dev.rudderiam.arn.Partition;
import dev.rudderiam.policy.Statement;
import dev.rudderiam.validation.Finding;
import dev.rudderiam.validation.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

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
    void check(int index, Statement statement, List<Finding> findings) {
        List<String[]> arns = new ArrayList<>();
        ResourceEntry.of(index, statement).forEach(e -> arns.add(new String[] {e.value(), e.path()}));
        PrincipalEntry.of(index, statement).forEach(e -> arns.add(new String[] {e.value(), e.path()}));
        for (String[] valueAndPath : arns) {
            Optional<Arn> arn = valueAndPath[0].startsWith("arn:") ? Arn.tryParse(valueAndPath[0]) : Optional.empty();
            if (arn.isEmpty() || ResourceEntry.isDynamic(arn.get().partition())) {
                continue;
            }
            boolean known = arn.get().partitionOrEmpty().map(Partition::isKnown).orElse(false);
            if (!known) {
                findings.add(finding(valueAndPath[1], "Partition '" + arn.get().partition() + "' of '"
                        + valueAndPath[0] + "' in statement " + index + " is not an AWS partition: use aws, aws-cn"
                        + " or aws-us-gov."));
            }
        }
    }
}
