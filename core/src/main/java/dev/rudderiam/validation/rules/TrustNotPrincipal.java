package dev.rudderiam.validation.rules;

import dev.rudderiam.policy.Statement;
import dev.rudderiam.policy.StatementElement;
import dev.rudderiam.validation.Finding;
import dev.rudderiam.validation.Severity;
import java.util.List;
import java.util.Set;

/** {@code ROLE_TRUST_POLICY_SYNTAX_ERROR_NOTPRINCIPAL}: role trust policies do not support {@code NotPrincipal}. */
final class TrustNotPrincipal extends StatementRule {
    TrustNotPrincipal() {
        super("ROLE_TRUST_POLICY_SYNTAX_ERROR_NOTPRINCIPAL", Severity.ERROR,
                "Trust policies have no NotPrincipal.", Types.TRUST);
    }

    @Override
    public Set<StatementElement> inspects() {
        return Elements.NOT_PRINCIPAL;
    }

    @Override
    void check(StatementView view, List<Finding> findings) {
        int index = view.index;
        Statement statement = view.statement;
        if (statement.has(StatementElement.NOT_PRINCIPAL)) {
            findings.add(finding(Pointers.statement(index) + "/NotPrincipal", "Statement " + index
                    + " uses NotPrincipal, which a role trust policy does not support: name the principals in"
                    + " Principal."));
        }
    }
}
