package dev.rudderiam.pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link PrefixIndex} finds exactly the entries stored under a prefix of a text, shortest prefix first and in
 * insertion order among equal prefixes, whatever the hashes of the prefixes: an entry whose prefix merely hashes
 * like one of the text's prefixes is never a candidate.
 */
class PrefixIndexTest {

    private static List<Integer> visited(PrefixIndex index, String text) {
        List<Integer> out = new ArrayList<>();
        assertTrue(index.visitPrefixesOf(text, id -> out.add(id)));
        return out;
    }

    @Test
    void visitsThePrefixesOfTheTextShortestFirstThenInInsertionOrder() {
        PrefixIndex index = PrefixIndex.create();
        index.add("s3:Get", 1);
        index.add("s3:", 2);
        index.add("s3:", 3);
        index.add("s3:GetObject", 4);
        index.add("s3:Put", 5);
        index.add("", 6);
        index.add("s3:GetObjectAclX", 7);
        assertEquals(List.of(6, 2, 3, 1, 4), visited(index, "s3:GetObjectAcl"));
        assertEquals(List.of(6, 2, 3, 1), visited(index, "s3:Get"), "a prefix as long as the text");
        assertEquals(List.of(6), visited(index, "s3"));
        assertEquals(List.of(6), visited(index, ""));
        assertEquals(List.of(), visited(PrefixIndex.create(), "s3:Get"));
    }

    @Test
    void theVisitorStopsTheSearch() {
        PrefixIndex index = PrefixIndex.create();
        index.add("a", 1);
        index.add("ab", 2);
        index.add("abc", 3);
        List<Integer> seen = new ArrayList<>();
        assertFalse(index.visitPrefixesOf("abcd", id -> seen.add(id) && id < 2));
        assertEquals(List.of(1, 2), seen);
    }

    /** "WRCAAAFAAANA" and "AAAGLKAFDWAS" have the same rolling hash (found by lattice reduction). */
    @Test
    void anEntryThatOnlySharesAHashIsNoCandidate() {
        PrefixIndex index = PrefixIndex.create();
        index.add("WRCAAAFAAANA", 1);
        assertEquals(List.of(), visited(index, "AAAGLKAFDWAS/more"));
        assertEquals(List.of(1), visited(index, "WRCAAAFAAANA/more"));
    }

    /** The empty prefix and a single NUL character hash alike (0): each is found at its own length only. */
    @Test
    void anEntryIsVisitedOnlyAtItsOwnLength() {
        PrefixIndex index = PrefixIndex.create();
        index.add("", 1);
        index.add("\0", 2);
        assertEquals(List.of(1, 2), visited(index, "\0y"));
        assertEquals(List.of(1), visited(index, "y"));
    }

    @Test
    void aNullPrefixIsRefused() {
        NullPointerException e = assertThrows(NullPointerException.class, () -> PrefixIndex.create().add(null, 1));
        assertEquals("prefix", e.getMessage());
    }
}
