package dev.rudderiam.validation.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.rudderiam.pattern.Glob;
import dev.rudderiam.policy.Action;
import dev.rudderiam.policy.Resource;
import dev.rudderiam.policy.StatementElement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The indexed redundancy check finds exactly the groups that comparing every pair finds, on lists small enough to
 * stay within its limits: the index only skips pairs that cannot cover each other.
 */
class RedundancyProperties {
    @Provide
    Arbitrary<List<String>> lists() {
        return Arbitraries.strings().withChars('a', 'B', 'b', ':', '*', '?').ofMaxLength(5).list().ofMaxSize(12);
    }

    @Property(tries = 500)
    void groupsAreThoseOfAllPairs(@ForAll("lists") List<String> texts) {
        PatternEntry[] resources = ResourceEntry.of(0, StatementElement.RESOURCE,
                texts.stream().map(Resource::new).collect(Collectors.toList()));
        PatternEntry[] actions = ActionEntry.of(0, StatementElement.ACTION,
                texts.stream().map(Action::new).collect(Collectors.toList()), new Resolutions());
        assertEquals(allPairs(texts, false), Redundancy.groups(resources, texts.size(), false, new Effort()), "resources");
        assertEquals(allPairs(texts, true), Redundancy.groups(actions, texts.size(), true, new Effort()), "actions");
    }

    /** The reference: link every pair where one covers the other, and group the links. */
    private static List<List<Integer>> allPairs(List<String> texts, boolean ignoreCase) {
        int n = texts.size();
        int[] group = new int[n];
        for (int i = 0; i < n; i++) {
            group[i] = i;
        }
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                String a = texts.get(i);
                String b = texts.get(j);
                boolean literals = !Glob.hasWildcard(a) && !Glob.hasWildcard(b);
                Glob.Syntax syntax = ignoreCase ? Glob.Syntax.ACTION : Glob.Syntax.PATTERN_NO_VARIABLES;
                boolean linked = literals ? (ignoreCase ? a.equalsIgnoreCase(b) : a.equals(b))
                        : Glob.of(a, syntax).covers(Glob.of(b, syntax)) || Glob.of(b, syntax).covers(Glob.of(a, syntax));
                if (linked) {
                    int from = group[j];
                    int to = group[i];
                    for (int k = 0; k < n; k++) {
                        if (group[k] == from) {
                            group[k] = to;
                        }
                    }
                }
            }
        }
        Map<Integer, List<Integer>> byGroup = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            byGroup.computeIfAbsent(group[i], g -> new ArrayList<>()).add(i);
        }
        List<List<Integer>> groups = new ArrayList<>();
        byGroup.values().stream().filter(g -> g.size() > 1).forEach(groups::add);
        groups.sort((x, y) -> Integer.compare(x.get(0), y.get(0)));
        return groups;
    }
}
