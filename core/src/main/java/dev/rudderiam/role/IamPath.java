package dev.rudderiam.role;

import java.util.regex.Pattern;

/**
 * An IAM path: {@code /} alone, or 1 to 512 characters starting and ending with {@code /} with characters
 * U+0021 to U+007F between. A role's path can never change.
 *
 * @param value the path
 * @see <a href="https://docs.aws.amazon.com/IAM/latest/APIReference/API_CreateRole.html">CreateRole: Path</a>
 */
public record IamPath(String value) {
    private static final Pattern PATTERN = Pattern.compile("/|/[\\u0021-\\u007F]+/");

    /** The default path. */
    public static final IamPath ROOT = new IamPath("/");

    /** Checks IAM's length and shape rules. */
    public IamPath {
        Limits.check("path", value, 1, 512, PATTERN,
                "an IAM path is '/' or 1 to 512 characters beginning and ending with '/' with U+0021 to U+007F"
                        + " between");
    }

    /** {@return the path {@code value}} */
    public static IamPath of(String value) {
        return new IamPath(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
