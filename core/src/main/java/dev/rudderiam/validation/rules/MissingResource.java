package dev.rudderiam.validation.rules;

import dev.rudderiam.policy.Statement;
import dev.rudderiam.validation.Finding;
import dev.rudderiam.validation.Severity;
import java.util.List;

/** {@code MISSING_RESOURCE}: a statement of an identity policy or boundary names its resources. */
final class MissingResource extends StatementRule {
    MissingResource() {
        super("MISSING_RESOURCE", Severity.ERROR,
                "Identity policy and boundary statements have a non-empty Resource or NotResource.",
                Types.PERMISSIONS);
    }

    @Override
    void check(StatementView view, List<Finding> findings) {
        int index = view.index;
        Statement statement = view.statement;
        if (statement.resources().isEmpty() && statement.notResources().isEmpty()) {
            findings.add(finding(Pointers.statement(index), "Statement " + index + " has no resource: an identity"
                    + " policy statement needs a Resource or NotResource element with at least one resource."));
        }
    }
}
