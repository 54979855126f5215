package dev.rudderiam.role;

import java.util.regex.Pattern;

/**
 * A role name: 1 to 64 characters of letters, digits and {@code _+=,.@-}. Names are unique within an account
 * ignoring case, and a role can never be renamed.
 *
 * @param value the name
 * @see <a href="https://docs.aws.amazon.com/IAM/latest/APIReference/API_CreateRole.html">CreateRole: RoleName</a>
 */
public record RoleName(String value) {
    private static final Pattern PATTERN = Pattern.compile("[\\w+=,.@-]+");

    /** Checks IAM's length and character rules. */
    public RoleName {
        Limits.check("role name", value, 1, 64, PATTERN,
                "IAM role names are 1 to 64 characters of letters, digits and _+=,.@-");
    }

    /** {@return the role name {@code value}} */
    public static RoleName of(String value) {
        return new RoleName(value);
    }

    /** {@return whether IAM would consider the two names the same role (names are compared ignoring case)} */
    public boolean collidesWith(RoleName other) {
        return value.equalsIgnoreCase(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
