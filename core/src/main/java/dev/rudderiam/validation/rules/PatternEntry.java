package dev.rudderiam.validation.rules;

/**
 * An entry of {@code Action}, {@code NotAction}, {@code Resource} or {@code NotResource}: text that may hold
 * wildcards.
 */
interface PatternEntry {
    /** {@return the entry as written} */
    String text();

    /** {@return whether the text holds {@code *} or {@code ?}} */
    boolean hasWildcard();
}
