package dev.rudderiam.validation.rules;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Groups the values of one list that cover each other: two values are linked when one's wildcards match
 * everything the other matches (or they are equal), and each group of linked values is one redundancy.
 */
final class Redundancy {
    private Redundancy() {
    }

    /**
     * {@return the groups of two or more linked values among the first {@code n} (actions or resources as written),
     * each as indexes in ascending order, in list order}
     */
    static List<List<Integer>> groups(PatternEntry[] values, int n, boolean ignoreCase) {
        int[] parent = null;
        for (int i = 0; i < n; i++) {
            String a = values[i].text();
            boolean aWild = values[i].hasWildcard();
            for (int j = i + 1; j < n; j++) {
                String b = values[j].text();
                boolean linked;
                if (!aWild && !values[j].hasWildcard()) {
                    linked = ignoreCase ? a.equalsIgnoreCase(b) : a.equals(b);
                } else {
                    linked = Wildcards.subsumes(a, b, ignoreCase) || Wildcards.subsumes(b, a, ignoreCase);
                }
                if (linked) {
                    if (parent == null) {
                        parent = new int[n];
                        for (int k = 0; k < n; k++) {
                            parent[k] = k;
                        }
                    }
                    parent[find(parent, i)] = find(parent, j);
                }
            }
        }
        if (parent == null) {
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

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }
}
