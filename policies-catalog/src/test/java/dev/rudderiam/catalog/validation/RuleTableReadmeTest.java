package dev.rudderiam.catalog.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rudderiam.catalog.reference.BundledManagedPolicies;
import dev.rudderiam.catalog.reference.BundledServiceReference;
import dev.rudderiam.role.ExternalId;
import dev.rudderiam.validation.Rule;
import dev.rudderiam.validation.RuleSet;
import dev.rudderiam.validation.rules.RuleSets;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The README's rules table says what the rules say of themselves: every rule of every rule set has exactly one row
 * with its rule set, code, severity and link, no row names a rule that does not exist, and the count above the
 * table is the number of codes. A rule added, renamed, re-linked or given another severity fails here until the
 * README says so too.
 */
class RuleTableReadmeTest {
    /** A table row: {@code | set | `CODE` | SEVERITY | what it checks | [text](link) |}. */
    private static final Pattern ROW = Pattern.compile(
            "^\\| ([a-z-]+) \\| `([A-Z_]+)` \\| ([A-Z_]+) \\| .* \\| \\[[^\\]]+\\]\\((https://[^)]+)\\) \\|$");
    private static final Pattern COUNT = Pattern.compile("^(\\d+) issue codes in four rule sets");

    private static List<String> rulesSection() throws IOException {
        List<String> lines = Files.readAllLines(Path.of("..", "README.md"), StandardCharsets.UTF_8);
        int start = lines.indexOf("### Rules");
        assertTrue(start >= 0, "the README has a '### Rules' section");
        int end = start + 1;
        while (end < lines.size() && !lines.get(end).startsWith("#")) {
            end++;
        }
        return lines.subList(start + 1, end);
    }

    @Test
    void everyRuleHasOneRowWithItsSetCodeSeverityAndLink() throws IOException {
        Set<String> documented = new TreeSet<>();
        int rows = 0;
        for (String line : rulesSection()) {
            Matcher row = ROW.matcher(line);
            if (row.matches()) {
                rows++;
                documented.add(String.join(" ", row.group(1), row.group(2), row.group(3), row.group(4)));
            }
        }
        Set<String> declared = new TreeSet<>();
        List<RuleSet> sets = RuleSets.all(BundledServiceReference.bundled(), BundledManagedPolicies.bundled(),
                ExternalId.of("2Nk4t3WkHTGYzbTvG2zLXJXKNoF"), List.of());
        for (RuleSet set : sets) {
            for (Rule rule : set.rules()) {
                declared.add(String.join(" ", set.name(), rule.code(), rule.severity().name(), rule.link()));
            }
        }
        assertEquals(declared, documented, "README rules table (set, code, severity, link) vs the rules");
        assertEquals(documented.size(), rows, "one row per rule");
    }

    @Test
    void theCountAboveTheTableIsTheNumberOfCodes() throws IOException {
        Set<String> codes = new TreeSet<>();
        RuleSets.all(BundledServiceReference.bundled(), BundledManagedPolicies.bundled(),
                ExternalId.of("2Nk4t3WkHTGYzbTvG2zLXJXKNoF"), List.of())
                .forEach(set -> set.rules().forEach(rule -> codes.add(rule.code())));
        int stated = rulesSection().stream().map(COUNT::matcher).filter(Matcher::find)
                .mapToInt(m -> Integer.parseInt(m.group(1))).findFirst().orElseThrow();
        assertEquals(codes.size(), stated, "the README's count of issue codes");
    }
}
