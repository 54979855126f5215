package dev.rudderiam.validation.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Laws of IAM wildcard matching, subsumption and overlap over a small alphabet, so that matches are frequent. */
class WildcardsProperties {

    @Provide
    Arbitrary<String> patterns() {
        return Arbitraries.strings().withChars('a', 'b', '/', '*', '?').ofMaxLength(8);
    }

    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.strings().withChars('a', 'b', '/').ofMaxLength(8);
    }

    @Property
    void aLiteralMatchesItselfOnly(@ForAll("texts") String text, @ForAll("texts") String other) {
        assertTrue(Wildcards.matches(text, text, false));
        assertEquals(text.equals(other), Wildcards.matches(text, other, false));
    }

    @Property
    void aPatternWithPartsTurnedIntoStarsSubsumesTheOriginalAndMatchesItsInstances(@ForAll("patterns") String specific,
            @ForAll long mask, @ForAll("texts") String filler) {
        StringBuilder general = new StringBuilder();
        StringBuilder instance = new StringBuilder();
        for (int i = 0; i < specific.length(); i++) {
            char c = specific.charAt(i);
            general.append((mask >>> (i % 64) & 1) == 1 ? '*' : c);
            instance.append(c == '*' ? filler : c == '?' ? "a" : String.valueOf(c));
        }
        assertTrue(Wildcards.subsumes(general.toString(), specific, false));
        assertTrue(Wildcards.matches(specific, instance.toString(), false));
        assertTrue(Wildcards.matches(general.toString(), instance.toString(), false));
    }

    @Property
    void aLiteralCharacterDoesNotSubsumeAWildcard(@ForAll("texts") String prefix) {
        assertFalse(Wildcards.subsumes(prefix + "a", prefix + "?", false));
        assertFalse(Wildcards.subsumes(prefix + "?", prefix + "*", false));
    }

    @Property
    void overlapWithALiteralIsMatching(@ForAll("patterns") String pattern, @ForAll("texts") String text) {
        assertEquals(Wildcards.matches(pattern, text, false), Wildcards.overlap(pattern, text));
        assertEquals(Wildcards.overlap(pattern, text), Wildcards.overlap(text, pattern));
    }

    @Property
    void aStarCoversEverything(@ForAll("patterns") String pattern) {
        assertTrue(Wildcards.subsumes("*", pattern, false));
        assertTrue(Wildcards.overlap("*", pattern));
    }

    @Property
    void actionsCompareIgnoringCase(@ForAll("texts") String text) {
        assertTrue(Wildcards.matches(text.toUpperCase(java.util.Locale.ROOT), text, true));
    }

    @Property(tries = 2000)
    void aPatternCutAtItsStarsSubsumesWhatTheWholePatternSubsumes(@ForAll("starPatterns") String pattern,
            @ForAll("patterns") String text) {
        String[] segments = Wildcards.segments(pattern);
        assertEquals(Wildcards.subsumes(pattern, text, false), Wildcards.subsumes(segments, text),
                () -> pattern + " over " + text);
    }

    @Property
    void aPatternWithAQuestionMarkIsNotCut(@ForAll("patterns") String pattern) {
        assertEquals(pattern.indexOf('?') >= 0, Wildcards.segments(pattern) == null);
    }

    @Provide
    Arbitrary<String> starPatterns() {
        return Arbitraries.strings().withChars('a', 'b', '/', '*').ofMaxLength(8);
    }

    @Provide
    Arbitrary<String> shortPatterns() {
        return Arbitraries.strings().withChars('a', 'b', '*', '?').ofMaxLength(4);
    }

    /** Two patterns of at most four characters overlap exactly when some text over {a, b} of at most 8 matches both. */
    @Property
    void overlapIsACommonText(@ForAll("shortPatterns") String a, @ForAll("shortPatterns") String b) {
        boolean witness = false;
        for (int length = 0; length <= 8 && !witness; length++) {
            for (int bits = 0; bits < 1 << length && !witness; bits++) {
                StringBuilder text = new StringBuilder();
                for (int k = 0; k < length; k++) {
                    text.append((bits >>> k & 1) == 1 ? 'a' : 'b');
                }
                witness = Wildcards.matches(a, text.toString(), false) && Wildcards.matches(b, text.toString(), false);
            }
        }
        assertEquals(witness, Wildcards.overlap(a, b), a + " / " + b);
        assertEquals(Wildcards.overlap(a, b), Wildcards.overlap(b, a));
    }

    /** Turning variables into stars in one pass gives what the regular expression gives. */
    @Property
    void variablesAsStarsIsTheRegularExpression(@ForAll("variableTexts") String text) {
        assertEquals(text.replaceAll("\\$\\{[^}]*\\}", "*"), ResourceEntry.variablesAsStars(text), text);
    }

    @Provide
    Arbitrary<String> variableTexts() {
        return Arbitraries.strings().withChars('$', '{', '}', 'a', '*').ofMaxLength(12);
    }
}
