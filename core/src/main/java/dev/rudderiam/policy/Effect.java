package dev.rudderiam.policy;

import java.util.Objects;

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

    /**
     * {@return the effect written {@code text}}: case-sensitive, as IAM reads it ({@code allow} is not an effect).
     *
     * @throws IllegalArgumentException naming the value and the two effects IAM accepts
     */
    public static Effect parse(String text) {
        Objects.requireNonNull(text, "effect");
        for (Effect effect : values()) {
            if (effect.json.equals(text)) {
                return effect;
            }
        }
        throw new IllegalArgumentException("Effect '" + text + "' is invalid; it is \"Allow\" or \"Deny\"");
    }
}
