package dev.rudderiam.role;

import java.time.Duration;

/**
 * A role's maximum session duration: 3,600 to 43,200 seconds (1 to 12 hours), 3,600 by default.
 *
 * @param seconds the duration in seconds
 * @see <a href="https://docs.aws.amazon.com/IAM/latest/APIReference/API_CreateRole.html">CreateRole:
 *     MaxSessionDuration</a>
 */
public record MaxSessionDuration(int seconds) {
    /** The default, one hour. */
    public static final MaxSessionDuration DEFAULT = new MaxSessionDuration(3600);

    /** Checks IAM's range. */
    public MaxSessionDuration {
        if (seconds < 3600 || seconds > 43200) {
            throw new IllegalArgumentException("max session duration '" + seconds
                    + "' is invalid: IAM allows 3600 to 43200 seconds (1 to 12 hours)");
        }
    }

    /** {@return the duration of {@code seconds} seconds} */
    public static MaxSessionDuration ofSeconds(int seconds) {
        return new MaxSessionDuration(seconds);
    }

    /** {@return the duration as a {@link Duration}} */
    public Duration toDuration() {
        return Duration.ofSeconds(seconds);
    }
}
