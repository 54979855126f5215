package dev.rudderiam.role;

import java.util.Objects;
import java.util.regex.Pattern;

/** Shared length and pattern checks for the attribute values of this package. */
final class Limits {
    private Limits() {
    }

    static void check(String field, String value, int min, int max, Pattern pattern, String rule) {
        Objects.requireNonNull(value, field);
        int length = value.length();
        if (length < min || length > max) {
            throw new IllegalArgumentException(field + " '" + abbreviate(value) + "' is invalid: it has " + length
                    + " characters; " + rule);
        }
        if (!pattern.matcher(value).matches()) {
            throw new IllegalArgumentException(field + " '" + abbreviate(value)
                    + "' is invalid: it contains a character outside the allowed set; " + rule);
        }
    }

    private static String abbreviate(String value) {
        return value.length() <= 80 ? value : value.substring(0, 77) + "...";
    }
}
