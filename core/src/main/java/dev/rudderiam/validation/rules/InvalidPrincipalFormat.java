package dev.rudderiam.validation.rules;

import dev.rudderiam.arn.internal.ArnText;
import dev.rudderiam.policy.PrincipalType;
import dev.rudderiam.policy.StatementElement;
import dev.rudderiam.validation.Finding;
import dev.rudderiam.validation.Severity;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * {@code INVALID_PRINCIPAL_FORMAT}: an {@code AWS} principal is {@code *}, a 12-digit account id or an IAM or STS
 * ARN with a 12-digit account; a service principal is a service host name such as {@code lambda.amazonaws.com}; a
 * federated principal is an IAM identity provider ARN or a provider host name; a canonical user id is 64 hex digits.
 * ARNs with wildcards are left to {@code UNSUPPORTED_WILDCARD_IN_PRINCIPAL}.
 *
 * @see <a href="https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_principal.html">IAM
 *     JSON policy elements: Principal</a>
 */
final class InvalidPrincipalFormat extends StatementRule {
    private static final Pattern HOST = Pattern.compile("[a-z0-9-]+(\\.[a-z0-9-]+)+");
    private static final Pattern SERVICE = Pattern.compile("[a-z0-9-]+(\\.[a-z0-9-]+)*\\.amazonaws\\.com(\\.cn)?");
    private static final Pattern CANONICAL = Pattern.compile("[0-9a-f]{64}");

    InvalidPrincipalFormat() {
        super("INVALID_PRINCIPAL_FORMAT", Severity.ERROR,
                "Principals are account ids, IAM/STS ARNs, service names or identity providers.", Types.TRUST);
    }

    @Override
    public Set<StatementElement> inspects() {
        return Elements.PRINCIPAL;
    }

    @Override
    void check(StatementView view, List<Finding> findings) {
        for (PrincipalEntry entry : view.principals()) {
            String value = entry.value();
            if (value.equals("*") || (value.startsWith("arn:") && entry.hasWildcard())) {
                continue;
            }
            String rule = broken(entry);
            if (rule != null) {
                findings.add(finding(entry.path(), "Principal '" + value + "' of type " + entry.type()
                        + " in statement " + view.index + " is not valid: " + rule));
            }
        }
    }

    /** {@return the rule the entry breaks, or null when it is well formed} */
    private static @Nullable String broken(PrincipalEntry entry) {
        PrincipalType type = entry.type();
        String value = entry.value();
        ArnText arn = entry.arn();
        if (type.equals(PrincipalType.AWS)) {
            boolean ok = Arns.isAccountId(value) || arn != null
                    && (arn.service().equals("iam") || arn.service().equals("sts")) && Arns.isAccountId(arn.account());
            return ok ? null : "an AWS principal is a 12-digit account id or an IAM or STS ARN such as"
                    + " arn:aws:iam::123456789012:root.";
        }
        if (type.equals(PrincipalType.SERVICE)) {
            return SERVICE.matcher(value).matches() ? null
                    : "a service principal is a service host name such as lambda.amazonaws.com.";
        }
        if (type.equals(PrincipalType.FEDERATED)) {
            boolean ok = HOST.matcher(value).matches() || arn != null && arn.service().equals("iam")
                    && Arns.isAccountId(arn.account()) && (arn.resource().startsWith("saml-provider/")
                            || arn.resource().startsWith("oidc-provider/"));
            return ok ? null : "a federated principal is an IAM SAML or OIDC provider ARN or a provider host name"
                    + " such as cognito-identity.amazonaws.com.";
        }
        if (type.equals(PrincipalType.CANONICAL_USER)) {
            return CANONICAL.matcher(value).matches() ? null : "a canonical user id is 64 hexadecimal digits.";
        }
        return null;
    }
}
