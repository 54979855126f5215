package dev.rudderiam.validation.rules;

import dev.rudderiam.policy.StatementElement;
import dev.rudderiam.validation.Finding;
import dev.rudderiam.validation.Severity;
import java.util.List;
import java.util.Set;

/**
 * {@code UNSUPPORTED_WILDCARD_IN_PRINCIPAL}: a principal ARN cannot hold wildcards; to match many principals, use
 * {@code "*"} with a condition on {@code aws:PrincipalArn}.
 *
 * @see <a href="https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_principal.html#principal-anonymous">Principal:
 *     wildcards</a>
 */
final class UnsupportedWildcardInPrincipal extends StatementRule {
    UnsupportedWildcardInPrincipal() {
        super("UNSUPPORTED_WILDCARD_IN_PRINCIPAL", Severity.ERROR, "Principal ARNs hold no wildcards.", Types.TRUST);
    }

    @Override
    public Set<StatementElement> inspects() {
        return Elements.PRINCIPAL;
    }

    @Override
    void check(StatementView view, List<Finding> findings) {
        int index = view.index;
        for (PrincipalEntry entry : view.principals()) {
            if (entry.value().startsWith("arn:") && entry.hasWildcard()) {
                findings.add(finding(entry.path(), "Principal '" + entry.value() + "' in statement " + index
                        + " has a wildcard, which principal ARNs do not support: use \"*\" with an aws:PrincipalArn"
                        + " condition instead."));
            }
        }
    }
}
