package dev.rudderiam.validation.rules;

import dev.rudderiam.pattern.Glob;
import org.jspecify.annotations.Nullable;

/**
 * An entry of {@code Action}, {@code NotAction}, {@code Resource}, {@code NotResource} or {@code Principal}: text
 * that may hold wildcards, looked for once per run however many rules ask.
 */
abstract class PatternEntry {
    /** Whether the text has a wildcard: 0 until looked up, 1 no, 2 yes. */
    private byte wildcard;
    private @Nullable Glob glob;

    /** {@return the entry as written} */
    abstract String text();

    /** {@return how the text reads as a pattern: actions ignore case, resources do not} */
    abstract Glob.Syntax syntax();

    /** {@return the text as written, compiled under {@link #syntax()} once per run} */
    final Glob glob() {
        if (glob == null) {
            glob = Glob.of(text(), syntax());
        }
        return glob;
    }

    /** {@return whether the text holds {@code *} or {@code ?}} */
    final boolean hasWildcard() {
        if (wildcard == 0) {
            wildcard = Glob.hasWildcard(text()) ? (byte) 2 : 1;
        }
        return wildcard == 2;
    }
}
