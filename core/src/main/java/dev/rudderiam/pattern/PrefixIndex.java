package dev.rudderiam.pattern;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Patterns indexed by their literal prefix (the text before their first wildcard), to find the few that may cover a
 * given pattern without comparing all pairs. A pattern covers another only if its literal prefix is a prefix of the
 * other's literal prefix ({@code s3:Get*} can cover {@code s3:GetObject} or {@code s3:GetObject*}, never
 * {@code s3:Put*}), so the candidates for covering a pattern are the entries stored under one of the prefixes of
 * its literal prefix. Finding them costs time linear in that prefix's length (a rolling hash, each hit checked
 * character by character) plus the candidates visited, which the caller bounds by stopping the visit.
 *
 * <p>The ids are the caller's (typically indexes into its own list of patterns); the index keeps only the prefixes
 * and ids. For example, with {@code s3:Get} stored as 0 and {@code s3:} as 1, visiting the prefixes of
 * {@code s3:GetObject} yields 1 then 0; those of {@code s3:Put} yield 1.
 *
 * <p>Not thread-safe; build one per task with {@link #create()}.
 */
public final class PrefixIndex {
    private static final long MULTIPLIER = 1_000_003L;

    private final Map<Long, List<Entry>> byHash = new HashMap<>();
    private final BitSet lengths = new BitSet();

    private record Entry(String prefix, int id) {
    }

    private PrefixIndex() {
    }

    /** {@return a new index with nothing stored} */
    public static PrefixIndex create() {
        return new PrefixIndex();
    }

    /**
     * Stores {@code id} under the literal prefix {@code prefix}; the same id may be stored under several prefixes,
     * and several ids under one.
     */
    public void add(String prefix, int id) {
        Objects.requireNonNull(prefix, "prefix");
        byHash.computeIfAbsent(hash(prefix, prefix.length()), h -> new ArrayList<>(1)).add(new Entry(prefix, id));
        lengths.set(prefix.length());
    }

    /** Receives candidate ids; returns false to stop the search. */
    @FunctionalInterface
    public interface Visitor {
        /** {@return whether to go on} */
        boolean visit(int id);
    }

    /**
     * Visits, shortest prefix first and in insertion order for equal prefixes, the ids stored under a prefix of
     * {@code text}, until the visitor says stop.
     *
     * @return whether every candidate was visited (false when the visitor stopped the search)
     */
    public boolean visitPrefixesOf(String text, Visitor visitor) {
        long hash = 0;
        for (int length = 0; length <= text.length(); length++) {
            if (length > 0) {
                hash = hash * MULTIPLIER + text.charAt(length - 1);
            }
            if (!lengths.get(length)) {
                continue;
            }
            List<Entry> entries = byHash.get(hash);
            if (entries == null) {
                continue;
            }
            for (Entry entry : entries) {
                if (entry.prefix.length() != length || !text.startsWith(entry.prefix)) {
                    continue;
                }
                if (!visitor.visit(entry.id)) {
                    return false;
                }
            }
        }
        return true;
    }

    private static long hash(String text, int length) {
        long hash = 0;
        for (int i = 0; i < length; i++) {
            hash = hash * MULTIPLIER + text.charAt(i);
        }
        return hash;
    }
}
