package dev.rudderiam.validation.rules;

import dev.rudderiam.policy.StatementElement;
import dev.rudderiam.validation.Finding;
import dev.rudderiam.validation.Severity;
import java.util.List;
import java.util.Set;

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

    private static int colons(String text) {
        int count = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == ':') {
                count++;
            }
        }
        return count;
    }

    @Override
    public Set<StatementElement> inspects() {
        return Elements.RESOURCES;
    }

    @Override
    void check(StatementView view, List<Finding> findings) {
        int index = view.index;
        for (ResourceEntry entry : view.resources()) {
            if (entry.value().startsWith("arn:") && colons(entry.value()) < FIELDS - 1) {
                findings.add(finding(entry.path(), "Resource '" + entry.value() + "' in statement " + index
                        + " lacks ARN fields: an ARN is arn:partition:service:region:account-id:resource."));
            }
        }
    }
}
