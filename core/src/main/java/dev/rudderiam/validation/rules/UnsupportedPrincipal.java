package dev.rudderiam.validation.rules;

import dev.rudderiam.policy.Statement;
import dev.rudderiam.policy.StatementElement;
import dev.rudderiam.validation.Finding;
import dev.rudderiam.validation.Severity;
import java.util.List;
import java.util.Set;

/**
 * {@code UNSUPPORTED_PRINCIPAL}: identity policies and boundaries apply to the identity they are attached to, so
 * they have no {@code Principal} or {@code NotPrincipal}.
 */
final class UnsupportedPrincipal extends StatementRule {
    UnsupportedPrincipal() {
        super("UNSUPPORTED_PRINCIPAL", Severity.ERROR, "Identity policies and boundaries have no Principal.",
                Types.PERMISSIONS);
    }

    @Override
    public Set<StatementElement> inspects() {
        return Elements.PRINCIPALS;
    }

    @Override
    void check(StatementView view, List<Finding> findings) {
        int index = view.index;
        Statement statement = view.statement;
        for (StatementElement element : List.of(StatementElement.PRINCIPAL, StatementElement.NOT_PRINCIPAL)) {
            if (statement.has(element)) {
                findings.add(finding(Pointers.statement(index) + "/" + element.json(), "Statement " + index
                        + " has a " + element.json() + " element, which an identity policy does not support:"
                        + " remove it."));
            }
        }
    }
}
