package dev.rudderiam.validation.rules;

import dev.rudderiam.eval.PrefixIndex;
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
 * wildcard values stored under a prefix of its own ({@link PrefixIndex}), at most {@value #CANDIDATES} of them, and
 * all comparisons of one list together cost at most {@value #EFFORT} units (a comparison costs the product of the
 * two lengths). The work is O(n) lookups for a list of n values plus that fixed effort, so a list of 60,000
 * actions takes milliseconds instead of minutes. Past a limit some links of an adversarial list (tens of thousands
 * of wildcard values sharing a prefix) go unreported: the finding is a suggestion, and a partial one is still true.
 */
final class Redundancy {
    /** The most wildcard values one value is compared with. */
    static final int CANDIDATES = 16;
    /** The total cost of the comparisons of one list, in products of the compared lengths. */
    static final long EFFORT = 20_000_000L;

    private Redundancy() {
    }

    /**
     * {@return the groups of two or more linked values among the first {@code n} (actions or resources as written),
     * each as indexes in ascending order, in list order}
     */
    static List<List<Integer>> groups(PatternEntry[] values, int n, boolean ignoreCase) {
        int[] parent = new int[n];
        boolean linked = false;
        Map<String, Integer> literals = new HashMap<>();
        PrefixIndex wildcards = new PrefixIndex();
        String[] prefixes = new String[n];
        for (int i = 0; i < n; i++) {
            parent[i] = i;
            String text = values[i].text();
            if (values[i].hasWildcard()) {
                prefixes[i] = fold(text, literalLength(text), ignoreCase, false);
                wildcards.add(prefixes[i], i);
            } else {
                prefixes[i] = fold(text, text.length(), ignoreCase, false);
                Integer first = literals.putIfAbsent(fold(text, text.length(), ignoreCase, true), i);
                if (first != null) {
                    parent[find(parent, i)] = find(parent, first);
                    linked = true;
                }
            }
        }
        long[] effort = {EFFORT};
        for (int i = 0; i < n; i++) {
            int self = i;
            String text = values[i].text();
            boolean[] found = {false};
            wildcards.visitPrefixesOf(prefixes[i], CANDIDATES, j -> {
                if (j == self || find(parent, j) == find(parent, self)) {
                    return true;
                }
                String general = values[j].text();
                effort[0] -= (long) general.length() * text.length();
                if (effort[0] < 0) {
                    return false;
                }
                if (Wildcards.subsumes(general, text, ignoreCase)) {
                    parent[find(parent, self)] = find(parent, j);
                    found[0] = true;
                }
                return true;
            });
            linked |= found[0];
            if (effort[0] < 0) {
                break;
            }
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

    /** {@return the length of {@code text} before its first wildcard} */
    private static int literalLength(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '*' || c == '?') {
                return i;
            }
        }
        return text.length();
    }

    /**
     * {@return the first {@code length} characters of {@code text}, folded as the comparisons fold them when case
     * is ignored}: character by character to lower case, as {@link Wildcards} compares, or, for equality of whole
     * values, through upper case as {@link String#equalsIgnoreCase} does
     */
    private static String fold(String text, int length, boolean ignoreCase, boolean asEqualsIgnoreCase) {
        if (!ignoreCase) {
            return text.substring(0, length);
        }
        char[] out = new char[length];
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            out[i] = asEqualsIgnoreCase ? Character.toLowerCase(Character.toUpperCase(c)) : Character.toLowerCase(c);
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
