package dev.rudderiam.arn;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A 12-digit AWS account id, kept as a string because leading zeros are significant.
 *
 * @param value the twelve digits
 * @see <a href="https://docs.aws.amazon.com/accounts/latest/reference/manage-acct-identifiers.html">AWS account
 *     identifiers</a>
 */
public record AccountId(String value) {
    private static final Pattern TWELVE_DIGITS = Pattern.compile("[0-9]{12}");

    /** Checks that {@code value} is exactly twelve ASCII digits. */
    public AccountId {
        Objects.requireNonNull(value, "account id");
        if (!isValid(value)) {
            throw new IllegalArgumentException(
                    "account id '" + value + "' is invalid: an AWS account id is exactly 12 digits");
        }
    }

    /** {@return the account id {@code value}} */
    public static AccountId of(String value) {
        return new AccountId(value);
    }

    /** {@return whether {@code value} is a well-formed account id} */
    public static boolean isValid(String value) {
        return TWELVE_DIGITS.matcher(value).matches();
    }

    /** {@return the account id in {@code value}, or empty when it is not twelve digits} */
    public static Optional<AccountId> tryParse(String value) {
        return isValid(value) ? Optional.of(new AccountId(value)) : Optional.empty();
    }

    /** {@return the ARN of this account's root, which in a principal stands for the whole account} */
    public Arn rootArn(Partition partition) {
        return new Arn(partition.id(), "iam", "", value, "root");
    }

    @Override
    public String toString() {
        return value;
    }
}
