package dev.rudderiam.validation.rules;

import dev.rudderiam.policy.PolicyDocument;
import dev.rudderiam.validation.Finding;
import dev.rudderiam.validation.PolicyContext;
import dev.rudderiam.validation.Severity;
import java.util.List;

/** {@code INVALID_VERSION}: IAM knows the versions 2012-10-17 and 2008-10-17 only. */
final class InvalidVersion extends DocumentRule {
    InvalidVersion() {
        super("INVALID_VERSION", Severity.ERROR, "Version is 2012-10-17 or 2008-10-17.", Types.ALL);
    }

    @Override
    void checkDocument(PolicyContext context, List<Finding> findings) {
        String version = context.document().version();
        if (version != null && !version.equals(PolicyDocument.VERSION_2012_10_17)
                && !version.equals(PolicyDocument.VERSION_2008_10_17)) {
            findings.add(finding("/Version", "Version '" + version + "' is not a policy language version: use "
                    + PolicyDocument.VERSION_2012_10_17 + "."));
        }
    }
}
