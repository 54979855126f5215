package dev.rudderiam.role;

import java.util.regex.Pattern;

/**
 * The name of an inline or managed policy: 1 to 128 characters of letters, digits and {@code _+=,.@-} (the
 * CreatePolicy / PutRolePolicy API pattern).
 *
 * @param value the name
 * @see <a href="https://docs.aws.amazon.com/IAM/latest/APIReference/API_PutRolePolicy.html">PutRolePolicy:
 *     PolicyName</a>
 */
public record PolicyName(String value) {
    private static final Pattern PATTERN = Pattern.compile("[\\w+=,.@-]+");

    /** Checks IAM's length and character rules. */
    public PolicyName {
        Limits.check("policy name", value, 1, 128, PATTERN,
                "IAM policy names are 1 to 128 characters of letters, digits and _+=,.@-");
    }

    /** {@return the policy name {@code value}} */
    public static PolicyName of(String value) {
        return new PolicyName(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
