package dev.rudderiam.policy;

import dev.rudderiam.arn.AccountId;
import dev.rudderiam.arn.Arn;
import java.util.Objects;

/**
 * One principal inside a {@link PrincipalSet}: its type and its identifier as written.
 *
 * @param type the principal type, such as {@link PrincipalType#AWS}
 * @param value the identifier: an account id, an ARN, a service name, a provider or a canonical user id
 * @see <a href="https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_principal.html">IAM
 *     JSON policy elements: Principal</a>
 */
public record PrincipalId(PrincipalType type, String value) {

    /** Checks for nulls. */
    public PrincipalId {
        Objects.requireNonNull(type, "principal type");
        Objects.requireNonNull(value, "principal id");
    }

    /** {@return the principal {@code value} of {@code type}} */
    public static PrincipalId of(PrincipalType type, String value) {
        return new PrincipalId(type, value);
    }

    /** {@return an {@code AWS} principal: an account id, an IAM ARN or {@code "*"}} */
    public static PrincipalId aws(String value) {
        return new PrincipalId(PrincipalType.AWS, value);
    }

    /** {@return the {@code AWS} principal naming an account's root ARN, which stands for the whole account} */
    public static PrincipalId account(AccountId account, dev.rudderiam.arn.Partition partition) {
        return aws(account.rootArn(partition).toString());
    }

    /** {@return an {@code AWS} principal for an IAM ARN} */
    public static PrincipalId aws(Arn arn) {
        return aws(arn.toString());
    }

    /** {@return a {@code Service} principal such as {@code lambda.amazonaws.com}} */
    public static PrincipalId service(String value) {
        return new PrincipalId(PrincipalType.SERVICE, value);
    }

    /** {@return a {@code Federated} principal such as {@code cognito-identity.amazonaws.com}} */
    public static PrincipalId federated(String value) {
        return new PrincipalId(PrincipalType.FEDERATED, value);
    }

    /** {@return a {@code CanonicalUser} principal} */
    public static PrincipalId canonicalUser(String value) {
        return new PrincipalId(PrincipalType.CANONICAL_USER, value);
    }

    @Override
    public String toString() {
        return type + ":" + value;
    }
}
