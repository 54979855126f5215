package dev.rudderiam.validation.rules;

import dev.rudderiam.arn.internal.ArnText;
import org.jspecify.annotations.Nullable;

/** ARN parsing for the rules: null rather than an exception or an empty Optional for text that is not an ARN. */
final class Arns {
    private Arns() {
    }

    static @Nullable ArnText parse(String text) {
        return text.startsWith("arn:") ? ArnText.tryParse(text).orElse(null) : null;
    }

    /** {@return whether {@code text} is a 12-digit account id}, like {@code AccountId.isValid} without a regex */
    static boolean isAccountId(String text) {
        if (text.length() != 12) {
            return false;
        }
        for (int i = 0; i < 12; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }
}
