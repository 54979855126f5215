package dev.rudderiam.validation.rules;

import dev.rudderiam.policy.Statement;
import dev.rudderiam.policy.StatementElement;
import dev.rudderiam.validation.Finding;
import dev.rudderiam.validation.Severity;
import java.util.List;
import java.util.Set;

/** {@code ROLE_TRUST_POLICY_SYNTAX_ERROR_RESOURCE}: the resource of a trust policy is the role itself. */
final class TrustResource extends StatementRule {
    TrustResource() {
        super("ROLE_TRUST_POLICY_SYNTAX_ERROR_RESOURCE", Severity.ERROR,
                "Trust policies have no Resource or NotResource.", Types.TRUST);
    }

    @Override
    public Set<StatementElement> inspects() {
        return Elements.RESOURCES;
    }

    @Override
    void check(StatementView view, List<Finding> findings) {
        int index = view.index;
        Statement statement = view.statement;
        for (StatementElement element : List.of(StatementElement.RESOURCE, StatementElement.NOT_RESOURCE)) {
            if (statement.has(element)) {
                findings.add(finding(Pointers.statement(index) + "/" + element.json(), "Statement " + index
                        + " has a " + element.json() + " element, which a role trust policy does not support: the"
                        + " resource is the role itself; remove it."));
            }
        }
    }
}
