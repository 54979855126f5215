package dev.rudderiam.catalog;

import java.util.Objects;

/**
 * An action a template grants although no {@link RudderStackCall} of the template needs it, kept on purpose.
 *
 * @param action the IAM action, such as {@code s3:GetObject}
 * @param reason why it is granted
 */
public record DeliberateGrant(String action, String reason) {
    /** Checks for null. */
    public DeliberateGrant {
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(reason, "reason");
    }
}
