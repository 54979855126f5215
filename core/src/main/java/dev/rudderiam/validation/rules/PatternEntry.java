package dev.rudderiam.validation.rules;

/**
 * An entry of {@code Action}, {@code NotAction}, {@code Resource}, {@code NotResource} or {@code Principal}: text
 * that may hold wildcards, looked for once per run however many rules ask.
 */
abstract class PatternEntry {
    /** Whether the text has a wildcard: 0 until looked up, 1 no, 2 yes. */
    private byte wildcard;

    /** {@return the entry as written} */
    abstract String text();

    /** {@return whether the text holds {@code *} or {@code ?}} */
    final boolean hasWildcard() {
        if (wildcard == 0) {
            wildcard = Wildcards.hasWildcard(text()) ? (byte) 2 : 1;
        }
        return wildcard == 2;
    }
}
