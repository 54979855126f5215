package dev.rudderiam.policy;

import java.util.Objects;
import java.util.Optional;

/**
 * A statement's {@code Effect}: IAM's grammar allows exactly {@code "Allow"} and {@code "Deny"}.
 *
 * @see <a href="https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_effect.html">IAM JSON
 *     policy elements: Effect</a>
 */
public enum Effect {
    /** Grants the request when no statement denies it. */
    ALLOW("Allow"),
    /** Denies the request, overriding every allow. */
    DENY("Deny");

    private final String json;

    Effect(String json) {
        this.json = json;
    }

    /** {@return the value as IAM writes it, {@code Allow} or {@code Deny}} */
    public String json() {
        return json;
    }

    /** {@return the effect written {@code text} (case-sensitive, as IAM reads it), or empty} */
    public static Optional<Effect> fromJson(String text) {
        Objects.requireNonNull(text, "effect");
        for (Effect effect : values()) {
            if (effect.json.equals(text)) {
                return Optional.of(effect);
            }
        }
        return Optional.empty();
    }
}
