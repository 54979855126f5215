package dev.rudderiam.validation.rules;

import dev.rudderiam.policy.Statement;
import dev.rudderiam.policy.StatementElement;
import dev.rudderiam.validation.Finding;
import dev.rudderiam.validation.Severity;
import java.util.List;

/** {@code MISSING_PRINCIPAL}: a trust policy statement names who may assume the role. */
final class MissingPrincipal extends StatementRule {
    MissingPrincipal() {
        super("MISSING_PRINCIPAL", Severity.ERROR, "Trust policy statements have a Principal.", Types.TRUST);
    }

    @Override
    void check(StatementView view, List<Finding> findings) {
        int index = view.index;
        Statement statement = view.statement;
        if (!statement.has(StatementElement.PRINCIPAL) && !statement.has(StatementElement.NOT_PRINCIPAL)) {
            findings.add(finding(Pointers.statement(index), "Statement " + index
                    + " has no Principal: a role trust policy statement names who may assume the role."));
        }
    }
}
