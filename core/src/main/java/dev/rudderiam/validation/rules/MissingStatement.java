package dev.rudderiam.validation.rules;

import dev.rudderiam.validation.Finding;
import dev.rudderiam.validation.PolicyContext;
import dev.rudderiam.validation.Severity;
import java.util.List;

/** {@code MISSING_STATEMENT}: a document without statements grants nothing and IAM refuses it. */
final class MissingStatement extends DocumentRule {
    MissingStatement() {
        super("MISSING_STATEMENT", Severity.ERROR, "A policy has at least one statement.", Types.ALL);
    }

    @Override
    void checkDocument(PolicyContext context, List<Finding> findings) {
        if (context.document().statements().isEmpty()) {
            findings.add(finding("/Statement", "The policy has no statement: add at least one statement."));
        }
    }
}
