package dev.rudderiam.validation.rules;

import dev.rudderiam.arn.AccountId;
import dev.rudderiam.arn.Arn;
import dev.rudderiam.policy.PrincipalType;
import dev.rudderiam.policy.Statement;
import dev.rudderiam.validation.Finding;
import dev.rudderiam.validation.Severity;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

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
    void check(int index, Statement statement, List<Finding> findings) {
        for (PrincipalEntry entry : PrincipalEntry.of(index, statement)) {
            String value = entry.value();
            if (value.equals("*") || (value.startsWith("arn:") && Wildcards.hasWildcard(value))) {
                continue;
            }
            expected(entry.type(), value).ifPresent(rule -> findings.add(finding(entry.path(), "Principal '"
                    + value + "' of type " + entry.type() + " in statement " + index + " is not valid: " + rule)));
        }
    }

    /** {@return the rule {@code value} breaks, or empty when it is well formed} */
    private static Optional<String> expected(PrincipalType type, String value) {
        if (type.equals(PrincipalType.AWS)) {
            boolean ok = AccountId.isValid(value) || Arn.tryParse(value)
                    .filter(arn -> (arn.service().equals("iam") || arn.service().equals("sts"))
                            && arn.accountId().isPresent())
                    .isPresent();
            return ok ? Optional.empty() : Optional.of("an AWS principal is a 12-digit account id or an IAM or STS"
                    + " ARN such as arn:aws:iam::123456789012:root.");
        }
        if (type.equals(PrincipalType.SERVICE)) {
            return SERVICE.matcher(value).matches() ? Optional.empty()
                    : Optional.of("a service principal is a service host name such as lambda.amazonaws.com.");
        }
        if (type.equals(PrincipalType.FEDERATED)) {
            boolean ok = HOST.matcher(value).matches() || Arn.tryParse(value)
                    .filter(arn -> arn.service().equals("iam") && arn.accountId().isPresent()
                            && (arn.resource().startsWith("saml-provider/")
                                    || arn.resource().startsWith("oidc-provider/")))
                    .isPresent();
            return ok ? Optional.empty() : Optional.of("a federated principal is an IAM SAML or OIDC provider ARN"
                    + " or a provider host name such as cognito-identity.amazonaws.com.");
        }
        if (type.equals(PrincipalType.CANONICAL_USER)) {
            return CANONICAL.matcher(value).matches() ? Optional.empty()
                    : Optional.of("a canonical user id is 64 hexadecimal digits.");
        }
        return Optional.empty();
    }
}
