package dev.rudderiam.validation.rules;

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
        boolean[] spent = {false};
        for (int i = 0; i < n && !spent[0]; i++) {
            int self = i;
            String text = values[i].text();
            boolean[] found = {false};
            wildcards.visitPrefixesOf(prefixes[i], j -> {
                String general = values[j].text();
                if (!effort.spend(1 + (long) general.length() * text.length())) {
                    spent[0] = true;
                    return false;
                }
                if (j != self && find(parent, j) != find(parent, self) && Wildcards.subsumes(general, text, ignoreCase)) {
                    parent[find(parent, self)] = find(parent, j);
                    found[0] = true;
                }
                return true;
            });
            linked |= found[0];
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
