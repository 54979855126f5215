package dev.rudderiam.pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class PrefixIndexProperties {

    @Example
    void visitsTheStoredPrefixesOfATextShortestFirst() {
        PrefixIndex index = PrefixIndex.create();
        index.add("s3:Get", 0);
        index.add("s3:", 1);
        index.add("s3:Put", 2);
        assertEquals(List.of(1, 0), visited(index, "s3:GetObject", Integer.MAX_VALUE));
        assertEquals(List.of(1), visited(index, "s3:Pu", Integer.MAX_VALUE));
        assertEquals(List.of(), visited(index, "ec2:RunInstances", Integer.MAX_VALUE));
    }

    /**
     * The ids visited are exactly those stored under a prefix of the text, shortest prefix first and in insertion
     * order for equal prefixes, as a scan of every stored entry finds them.
     */
    @Property(tries = 300)
    void visitsExactlyTheIdsStoredUnderAPrefixOfTheText(@ForAll("prefixes") List<String> prefixes,
            @ForAll("texts") String text) {
        PrefixIndex index = PrefixIndex.create();
        for (int id = 0; id < prefixes.size(); id++) {
            index.add(prefixes.get(id), id);
        }
        List<Integer> expected = IntStream.range(0, prefixes.size()).boxed()
                .filter(id -> text.startsWith(prefixes.get(id)))
                .sorted(Comparator.comparingInt(id -> prefixes.get(id).length()))
                .toList();
        assertEquals(expected, visited(index, text, Integer.MAX_VALUE));
    }

    /** A visitor that says stop after {@code limit} ids sees those first ids, and the search reports it stopped. */
    @Property(tries = 200)
    void aVisitorStopsTheSearch(@ForAll("prefixes") List<String> prefixes, @ForAll("texts") String text,
            @ForAll @IntRange(min = 1, max = 4) int limit) {
        PrefixIndex index = PrefixIndex.create();
        for (int id = 0; id < prefixes.size(); id++) {
            index.add(prefixes.get(id), id);
        }
        List<Integer> all = visited(index, text, Integer.MAX_VALUE);
        List<Integer> seen = new ArrayList<>();
        boolean finished = index.visitPrefixesOf(text, id -> {
            seen.add(id);
            return seen.size() < limit;
        });
        if (all.size() < limit) {
            assertTrue(finished);
            assertEquals(all, seen);
        } else {
            assertFalse(finished);
            assertEquals(all.subList(0, limit), seen);
        }
    }

    private static List<Integer> visited(PrefixIndex index, String text, int limit) {
        List<Integer> seen = new ArrayList<>();
        assertTrue(index.visitPrefixesOf(text, id -> {
            seen.add(id);
            return seen.size() < limit;
        }) || seen.size() == limit);
        return seen;
    }

    @Provide
    Arbitrary<List<String>> prefixes() {
        return Arbitraries.strings().withChars("ab:").ofMaxLength(4).list().ofMaxSize(12);
    }

    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.strings().withChars("ab:").ofMaxLength(6);
    }
}
