package dev.rudderiam.validation.rules;

import dev.rudderiam.validation.Finding;
import dev.rudderiam.validation.PolicyContext;
import dev.rudderiam.validation.Severity;
import java.util.List;

/**
 * {@code MISSING_VERSION}: without {@code Version}, IAM reads the document as version 2008-10-17, which has no
 * policy variables.
 */
final class MissingVersion extends DocumentRule {
    MissingVersion() {
        super("MISSING_VERSION", Severity.WARNING, "A policy states Version 2012-10-17.", Types.ALL);
    }

    @Override
    void checkDocument(PolicyContext context, List<Finding> findings) {
        if (context.document().version() == null) {
            findings.add(finding("", "The policy has no Version, so IAM reads it as 2008-10-17, without policy"
                    + " variables: add \"Version\": \"2012-10-17\"."));
        }
    }
}
