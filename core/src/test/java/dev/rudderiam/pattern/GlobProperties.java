package dev.rudderiam.pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Laws of {@link Glob}, the one wildcard engine: matching agrees with a regular expression built from the pattern
 * and ignores case for actions; a pattern matches its own samples and covers its specialisations; a literal
 * character covers no wildcard; {@link Glob#overlaps} is sound, and exact without variables. That a cover is sound
 * is shown once, through the evaluator, by {@link CoversProperties}.
 */
class GlobProperties {

    @Provide
    Arbitrary<String> patterns() {
        return Arbitraries.strings().withChars("ab*?/").ofMaxLength(7);
    }

    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.strings().withChars("ab/").ofMaxLength(8);
    }

    @Property
    void matchingAgreesWithARegularExpression(@ForAll("patterns") String pattern, @ForAll("texts") String text) {
        String regex = pattern.replace("*", ".*").replace("?", ".");
        assertTrue(Glob.of(pattern, Glob.Syntax.PATTERN).matches(text) == text.matches(regex), pattern + " " + text);
    }

    @Property
    void aLiteralCharacterDoesNotCoverAWildcard(@ForAll("texts") String prefix) {
        assertFalse(Glob.of(prefix + "a", Glob.Syntax.PATTERN).covers(Glob.of(prefix + "?", Glob.Syntax.PATTERN)));
        assertFalse(Glob.of(prefix + "?", Glob.Syntax.PATTERN).covers(Glob.of(prefix + "*", Glob.Syntax.PATTERN)));
    }

    @Property
    void actionsCompareIgnoringCase(@ForAll("patterns") String pattern, @ForAll("texts") String text) {
        Glob action = Glob.of(pattern.toUpperCase(Locale.ROOT), Glob.Syntax.ACTION);
        assertEquals(Glob.of(pattern, Glob.Syntax.PATTERN).matches(text), action.matches(text), pattern);
    }

    @Provide
    Arbitrary<String> shortPatterns() {
        return Arbitraries.strings().withChars('a', 'b', '*', '?').ofMaxLength(4);
    }

    /**
     * Overlap is exact for patterns without variables: two patterns of at most four characters overlap exactly when
     * some text over {a, b} of at most 8 matches both (the validator's ARN format test relies on it).
     */
    @Property
    void overlapIsACommonText(@ForAll("shortPatterns") String a, @ForAll("shortPatterns") String b) {
        Glob one = Glob.of(a, Glob.Syntax.PATTERN_NO_VARIABLES);
        Glob other = Glob.of(b, Glob.Syntax.PATTERN_NO_VARIABLES);
        boolean witness = false;
        for (int length = 0; length <= 8 && !witness; length++) {
            for (int bits = 0; bits < 1 << length && !witness; bits++) {
                StringBuilder text = new StringBuilder();
                for (int k = 0; k < length; k++) {
                    text.append((bits >>> k & 1) == 1 ? 'a' : 'b');
                }
                witness = one.matches(text.toString()) && other.matches(text.toString());
            }
        }
        assertEquals(witness, one.overlaps(other), a + " / " + b);
        assertEquals(one.overlaps(other), other.overlaps(one));
    }

    @Provide
    Arbitrary<String> starPatterns() {
        return Arbitraries.strings().withChars("ab/*").ofMaxLength(8);
    }

    /** The one-pass cover of a pattern whose only wildcards are stars decides as the general table does. */
    @Property(tries = 2000)
    void aStarPatternCoversAsTheTableDecides(@ForAll("starPatterns") String a, @ForAll("patterns") String b) {
        for (Glob.Syntax syntax : List.of(Glob.Syntax.PATTERN_NO_VARIABLES, Glob.Syntax.ACTION)) {
            Glob wide = Glob.of(a, syntax);
            Glob narrow = Glob.of(b, syntax);
            assertEquals(wide.coversByTable(narrow), wide.covers(narrow), a + " over " + b);
        }
    }

    @Property
    void aPatternCoversItsSpecialisations(@ForAll("patterns") String a, @ForAll("texts") String fill) {
        String special = a.replace("*", fill).replace("?", "b");
        assertTrue(Glob.of(a, Glob.Syntax.PATTERN).covers(Glob.of(special, Glob.Syntax.PATTERN)), a + " / " + special);
    }

    @Property
    void overlapIsSound(@ForAll("patterns") String a, @ForAll("patterns") String b,
            @ForAll List<@From("texts") String> texts) {
        Glob one = Glob.of(a, Glob.Syntax.PATTERN);
        Glob other = Glob.of(b, Glob.Syntax.PATTERN);
        for (String text : texts) {
            if (one.matches(text) && other.matches(text)) {
                assertTrue(one.overlaps(other) && other.overlaps(one), a + " and " + b + " both match " + text);
            }
        }
        assertTrue(one.overlaps(Glob.of(sample(a), Glob.Syntax.PATTERN)));
    }

    @Property
    void aPatternMatchesItsSamplesAndCoversItself(@ForAll("patterns") String pattern) {
        Glob glob = Glob.of(pattern, Glob.Syntax.PATTERN);
        assertTrue(glob.matches(sample(pattern)));
        assertTrue(glob.covers(glob));
    }

    /** A text the wildcard pattern (without variables) matches. */
    private static String sample(String pattern) {
        return pattern.replace("*", "").replace("?", "x");
    }
}
