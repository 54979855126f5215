package dev.rudderiam.validation.rules;

import dev.rudderiam.policy.Effect;
import dev.rudderiam.policy.Statement;
import dev.rudderiam.policy.StatementElement;
import dev.rudderiam.validation.Finding;
import dev.rudderiam.validation.Severity;
import java.util.List;
import java.util.Set;

/**
 * {@code ALLOW_WITH_NOT_PRINCIPAL}: {@code Allow} with {@code NotPrincipal} allows everyone not listed, anonymous
 * callers included.
 *
 * @see <a href="https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_notprincipal.html">IAM
 *     JSON policy elements: NotPrincipal</a>
 */
final class AllowWithNotPrincipal extends StatementRule {
    AllowWithNotPrincipal() {
        super("ALLOW_WITH_NOT_PRINCIPAL", Severity.SECURITY_WARNING, "No Allow statement uses NotPrincipal.",
                Types.ALL);
    }

    @Override
    public Set<StatementElement> inspects() {
        return Elements.NOT_PRINCIPAL;
    }

    @Override
    void check(StatementView view, List<Finding> findings) {
        int index = view.index;
        Statement statement = view.statement;
        if (statement.effect() == Effect.ALLOW && statement.has(StatementElement.NOT_PRINCIPAL)) {
            findings.add(finding(Pointers.statement(index) + "/NotPrincipal", "Statement " + index + " allows"
                    + " with NotPrincipal, which grants everyone not listed, anonymous callers included: list the"
                    + " allowed principals in Principal."));
        }
    }
}
