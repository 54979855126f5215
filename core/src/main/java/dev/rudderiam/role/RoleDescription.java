package dev.rudderiam.role;

import java.util.regex.Pattern;

/**
 * A role description: up to 1,000 characters of tab, line feed, carriage return, U+0020 to U+007E and U+00A1 to
 * U+00FF. It can be changed after creation.
 *
 * @param value the description
 * @see <a href="https://docs.aws.amazon.com/IAM/latest/APIReference/API_CreateRole.html">CreateRole: Description</a>
 */
public record RoleDescription(String value) {
    private static final Pattern PATTERN = Pattern.compile("[\\u0009\\u000A\\u000D\\u0020-\\u007E\\u00A1-\\u00FF]*");

    /** Checks IAM's length and character rules. */
    public RoleDescription {
        Limits.check("description", value, 0, 1000, PATTERN,
                "a role description is at most 1000 characters of tab, newline and U+0020-U+007E, U+00A1-U+00FF");
    }

    /** {@return the description {@code value}} */
    public static RoleDescription of(String value) {
        return new RoleDescription(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
