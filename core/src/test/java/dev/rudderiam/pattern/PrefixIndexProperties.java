package dev.rudderiam.pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The law {@link PrefixIndex} is built on, against the obvious search: for any entries and any text, the ids visited
 * are exactly those whose prefix the text starts with, shortest prefix first, then in insertion order.
 */
class PrefixIndexProperties {

    /** Pieces with the character of code 0, so that prefixes of different lengths share a hash ("" and "\0": 0). */
    private static final List<String> PIECES = List.of("", "\0", "a", "b", "ab", "\0a");

    private static Arbitrary<String> joined(int pieces) {
        return Arbitraries.of(PIECES).list().ofMaxSize(pieces).map(list -> String.join("", list));
    }

    @Provide
    Arbitrary<List<String>> prefixes() {
        return joined(2).list().ofMaxSize(12);
    }

    @Provide
    Arbitrary<String> texts() {
        return joined(3);
    }

    @Property(tries = 500)
    void visitsExactlyThePrefixesOfTheText(@ForAll("prefixes") List<String> prefixes, @ForAll("texts") String text) {
        PrefixIndex index = new PrefixIndex();
        List<Integer> expected = new ArrayList<>();
        for (int id = 0; id < prefixes.size(); id++) {
            index.add(prefixes.get(id), id);
            if (text.startsWith(prefixes.get(id))) {
                expected.add(id);
            }
        }
        expected.sort(Comparator.comparingInt((Integer id) -> prefixes.get(id).length()).thenComparingInt(id -> id));
        List<Integer> visited = new ArrayList<>();
        index.visitPrefixesOf(text, visited::add);
        assertEquals(expected, visited, () -> prefixes + " / " + text);
    }
}
