package dev.rudderiam.role;

import java.util.regex.Pattern;

/**
 * An external id, the value a third party passes to {@code sts:AssumeRole} so the role's trust policy can tell
 * which of its customers it acts for: 2 to 1,224 characters of letters, digits and {@code _+=,.@:/-}.
 * RudderStack uses the workspace id. It is not a secret.
 *
 * @param value the external id
 * @see <a href="https://docs.aws.amazon.com/STS/latest/APIReference/API_AssumeRole.html">AssumeRole: ExternalId</a>
 * @see <a href="https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_create_for-user_externalid.html">Access
 *     to AWS accounts owned by third parties</a>
 */
public record ExternalId(String value) {
    private static final Pattern PATTERN = Pattern.compile("[\\w+=,.@:/-]*");

    /** Checks STS's length and character rules. */
    public ExternalId {
        Limits.check("external id", value, 2, 1224, PATTERN,
                "an external id is 2 to 1224 characters of letters, digits and _+=,.@:/-");
    }

    /** {@return the external id {@code value}} */
    public static ExternalId of(String value) {
        return new ExternalId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
