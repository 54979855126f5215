package dev.rudderiam.validation.rules;

import dev.rudderiam.policy.Statement;
import dev.rudderiam.validation.Finding;
import dev.rudderiam.validation.Severity;
import java.util.List;

/**
 * {@code MISSING_ARN_FIELD}: an ARN has six colon-separated fields
 * ({@code arn:partition:service:region:account-id:resource}).
 *
 * @see <a href="https://docs.aws.amazon.com/IAM/latest/UserGuide/reference-arns.html">IAM identifiers: ARNs</a>
 */
final class MissingArnField extends StatementRule {
    private static final int FIELDS = 6;

    MissingArnField() {
        super("MISSING_ARN_FIELD", Severity.ERROR,
                "A resource ARN is arn:partition:service:region:account:resource.", Types.PERMISSIONS);
    }

    @Override
    void check(int index, Statement statement, List<Finding> findings) {
        for (ResourceEntry entry : ResourceEntry.of(index, statement)) {
            if (entry.value().startsWith("arn:") && entry.value().split(":", -1).length < FIELDS) {
                findings.add(finding(entry.path(), "Resource '" + entry.value() + "' in statement " + index
                        + " lacks ARN fields: an ARN is arn:partition:service:region:account-id:resource."));
            }
        }
    }
}
