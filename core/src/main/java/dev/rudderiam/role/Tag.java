package dev.rudderiam.role;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A role tag. The key has 1 to 128 characters, the value 0 to 256, both Unicode letters, digits, spaces and
 * {@code _.:/=+-@}; keys starting with {@code aws:} are reserved for AWS. On roles, keys are compared ignoring case.
 *
 * @param key the tag key
 * @param value the tag value, possibly empty
 * @see <a href="https://docs.aws.amazon.com/IAM/latest/APIReference/API_Tag.html">IAM API: Tag</a>
 * @see <a href="https://docs.aws.amazon.com/IAM/latest/UserGuide/id_tags.html">Tagging IAM resources</a>
 */
public record Tag(String key, String value) {
    private static final Pattern PATTERN = Pattern.compile("[\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*");

    /** Checks IAM's length, character and reserved-prefix rules. */
    public Tag {
        Limits.check("tag key", key, 1, 128, PATTERN,
                "a tag key is 1 to 128 Unicode letters, digits, spaces and _.:/=+-@");
        Limits.check("tag value", value, 0, 256, PATTERN,
                "a tag value is 0 to 256 Unicode letters, digits, spaces and _.:/=+-@");
        if (key.toLowerCase(Locale.ROOT).startsWith("aws:")) {
            throw new IllegalArgumentException(
                    "tag key '" + key + "' is invalid: the prefix aws: is reserved for AWS use");
        }
    }

    /** {@return the tag {@code key}={@code value}} */
    public static Tag of(String key, String value) {
        return new Tag(key, value);
    }

    /** {@return whether the two tags have the same key as IAM compares role tag keys, ignoring case} */
    public boolean sameKeyAs(Tag other) {
        Objects.requireNonNull(other, "tag");
        return key.equalsIgnoreCase(other.key);
    }
}
