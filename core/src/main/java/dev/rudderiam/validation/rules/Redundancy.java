package dev.rudderiam.validation.rules;

import dev.rudderiam.pattern.Glob;
import dev.rudderiam.pattern.PrefixIndex;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Groups the values of one list that cover each other: two values are linked when one's wildcards match
 * everything the other matches (or they are equal), and each group of linked values is one redundancy.
 *
 * <p>No pairs are compared wholesale. Values without wildcards link only to an equal value, found by hashing; a
 * value with wildcards can only cover a value whose text starts with its own text before its first wildcard
 * ({@code s3:Get*} covers {@code s3:GetObject}, never {@code s3:PutObject}), so each value is compared only with the
 * wildcard values stored under a prefix of its own ({@link PrefixIndex}). Each candidate visited and each
 * comparison (the product of the two lengths) is paid from the run's {@link Effort}. The work is O(n) lookups for
 * n values plus at most that fixed budget, so a list of 60,000 actions takes milliseconds instead of minutes. Once
 * the budget is spent, links that need a comparison go unreported (an adversarial document: tens of thousands of
 * wildcard values sharing a prefix); the finding is a suggestion, and a partial one is still true.
 */
final class Redundancy {
    private Redundancy() {
    }

    /**
     * {@return the groups of two or more linked values among the first {@code n} (actions or resources as written),
     * each as indexes in ascending order, in list order}
     */
    static List<List<Integer>> groups(PatternEntry[] values, int n, boolean ignoreCase, Effort effort) {
        if (n < 2) {
            return List.of();
        }
        int[] parent = new int[n];
        boolean linked = false;
        Map<String, Integer> literals = new HashMap<>();
        boolean anyWildcard = false;
        for (int i = 0; i < n; i++) {
            parent[i] = i;
            if (values[i].hasWildcard()) {
                anyWildcard = true;
            } else {
                Integer first = literals.putIfAbsent(fold(values[i].text(), ignoreCase), i);
                if (first != null) {
                    parent[find(parent, i)] = find(parent, first);
                    linked = true;
                }
            }
        }
        // Without a wildcard entry only equal values link, and no pattern needs to be compiled or looked up.
        if (anyWildcard) {
            linked |= linkCovered(values, n, ignoreCase, effort, parent);
        }
        if (!linked) {
            return List.of();
        }
        Map<Integer, List<Integer>> byRoot = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            byRoot.computeIfAbsent(find(parent, i), r -> new ArrayList<>()).add(i);
        }
        List<List<Integer>> groups = new ArrayList<>();
        for (List<Integer> group : byRoot.values()) {
            if (group.size() > 1) {
                groups.add(group);
            }
        }
        groups.sort((x, y) -> Integer.compare(x.get(0), y.get(0)));
        return groups;
    }

    /**
     * Links each of the first {@code n} values to a wildcard value that covers it, through the wildcards' literal
     * prefixes; a value is compiled only when some wildcard's prefix is a prefix of its own.
     *
     * @return whether a value was linked
     */
    private static boolean linkCovered(PatternEntry[] values, int n, boolean ignoreCase, Effort effort, int[] parent) {
        PrefixIndex wildcards = PrefixIndex.create();
        String[] prefixes = new String[n];
        for (int i = 0; i < n; i++) {
            if (values[i].hasWildcard()) {
                prefixes[i] = values[i].glob().literalPrefix();
                wildcards.add(prefixes[i], i);
            } else {
                // Compared as a pattern's literal prefix is: character by character, lower case when case is
                // ignored (a literal entry needs no compiled pattern to be looked up).
                String text = values[i].text();
                prefixes[i] = ignoreCase ? lowerEachCharacter(text) : text;
            }
        }
        boolean linked = false;
        boolean[] spent = {false};
        for (int i = 0; i < n && !spent[0]; i++) {
            int self = i;
            boolean[] found = {false};
            wildcards.visitPrefixesOf(prefixes[i], j -> {
                Glob general = values[j].glob();
                if (!effort.spend(1 + (long) general.text().length() * values[self].text().length())) {
                    spent[0] = true;
                    return false;
                }
                if (j != self && find(parent, j) != find(parent, self) && general.covers(values[self].glob())) {
                    parent[find(parent, self)] = find(parent, j);
                    found[0] = true;
                }
                return true;
            });
            linked |= found[0];
        }
        return linked;
    }

    /** {@return {@code text} with each character in lower case, as a case-insensitive pattern's tokens are} */
    private static String lowerEachCharacter(String text) {
        char[] out = new char[text.length()];
        for (int i = 0; i < out.length; i++) {
            out[i] = Character.toLowerCase(text.charAt(i));
        }
        return new String(out);
    }

    /**
     * {@return {@code text} folded for equality of whole values: as written, or, when case is ignored, through
     * upper case as {@link String#equalsIgnoreCase} does}
     */
    private static String fold(String text, boolean ignoreCase) {
        if (!ignoreCase) {
            return text;
        }
        char[] out = new char[text.length()];
        for (int i = 0; i < out.length; i++) {
            out[i] = Character.toLowerCase(Character.toUpperCase(text.charAt(i)));
        }
        return new String(out);
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }
}
