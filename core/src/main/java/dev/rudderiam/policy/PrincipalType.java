package dev.rudderiam.policy;

import java.util.Objects;

/**
 * A key of a principal object: {@code AWS}, {@code Service}, {@code Federated} or {@code CanonicalUser}. The type
 * is open so that a document with an unknown key still parses and the validator can report it.
 *
 * @param key the key as written
 * @see <a href="https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_principal.html">IAM
 *     JSON policy elements: Principal</a>
 */
public record PrincipalType(String key) {
    /** AWS accounts, IAM users and roles, assumed-role sessions, or {@code "*"}. */
    public static final PrincipalType AWS = new PrincipalType("AWS");
    /** AWS service principals such as {@code lambda.amazonaws.com}. */
    public static final PrincipalType SERVICE = new PrincipalType("Service");
    /** Web identity or SAML federation providers. */
    public static final PrincipalType FEDERATED = new PrincipalType("Federated");
    /** Amazon S3 canonical user ids. */
    public static final PrincipalType CANONICAL_USER = new PrincipalType("CanonicalUser");

    /** Checks for null. */
    public PrincipalType {
        Objects.requireNonNull(key, "principal type");
    }

    /** {@return the principal type written {@code key}, such as {@code AWS}; any key is held, as written} */
    public static PrincipalType of(String key) {
        return new PrincipalType(key);
    }

    /** {@return whether this is one of the four keys IAM's grammar defines} */
    public boolean isKnown() {
        return equals(AWS) || equals(SERVICE) || equals(FEDERATED) || equals(CANONICAL_USER);
    }

    @Override
    public String toString() {
        return key;
    }
}
