package dev.rudderiam.pattern;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Laws of {@link Glob}: a pattern matches its own samples; {@link Glob#covers} is sound (whatever the covered
 * pattern matches, the covering one matches); {@link Glob#overlaps} is sound (a text matched by both proves an
 * overlap); matching agrees with a regular expression built from the pattern.
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
    void coverIsSound(@ForAll("patterns") String a, @ForAll("patterns") String b,
            @ForAll List<@From("texts") String> texts) {
        Glob covering = Glob.of(a, Glob.Syntax.PATTERN);
        Glob covered = Glob.of(b, Glob.Syntax.PATTERN);
        if (covering.covers(covered)) {
            for (String text : texts) {
                assertTrue(!covered.matches(text) || covering.matches(text), a + " covers " + b + " but not " + text);
            }
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
