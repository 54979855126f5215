package dev.rudderiam.validation.rules;

import dev.rudderiam.policy.Statement;
import dev.rudderiam.validation.Finding;
import dev.rudderiam.validation.Severity;
import java.util.List;

/** {@code MISSING_ACTION}: every statement names actions in {@code Action} or {@code NotAction}. */
final class MissingAction extends StatementRule {
    MissingAction() {
        super("MISSING_ACTION", Severity.ERROR, "Every statement has a non-empty Action or NotAction.", Types.ALL);
    }

    @Override
    void check(StatementView view, List<Finding> findings) {
        int index = view.index;
        Statement statement = view.statement;
        if (statement.actions().isEmpty() && statement.notActions().isEmpty()) {
            findings.add(finding(Pointers.statement(index), "Statement " + index
                    + " has no action: add an Action or NotAction element with at least one action."));
        }
    }
}
