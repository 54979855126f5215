package dev.rudderiam.validation.rules;

import dev.rudderiam.policy.Statement;
import dev.rudderiam.policy.StatementElement;
import dev.rudderiam.validation.Finding;
import dev.rudderiam.validation.Severity;
import java.util.List;
import java.util.Set;

/**
 * {@code ROLE_TRUST_POLICY_UNSUPPORTED_WILDCARD_IN_PRINCIPAL}: a role trust policy refuses {@code "Principal": "*"}
 * and {@code "*"} as a service or federated principal ({@code {"AWS": "*"}} is accepted, and the security rules
 * report it).
 *
 * @see <a href="https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_principal.html">IAM
 *     JSON policy elements: Principal</a>
 */
final class TrustWildcardPrincipal extends StatementRule {
    TrustWildcardPrincipal() {
        super("ROLE_TRUST_POLICY_UNSUPPORTED_WILDCARD_IN_PRINCIPAL", Severity.ERROR,
                "A trust policy has no \"Principal\": \"*\" and no \"*\" service or federated principal.",
                Types.TRUST);
    }

    @Override
    public Set<StatementElement> inspects() {
        return Elements.PRINCIPAL;
    }

    @Override
    void check(StatementView view, List<Finding> findings) {
        int index = view.index;
        for (PrincipalEntry entry : view.principals()) {
            if (entry.value().equals("*") && (entry.bare() || !entry.isAws())) {
                String written = entry.bare() ? "\"Principal\": \"*\"" : "\"" + entry.type() + "\": \"*\"";
                findings.add(finding(entry.path(), "Statement " + index + " uses " + written
                        + ", which a role trust policy does not support: name the trusted principal."));
            }
        }
    }
}
