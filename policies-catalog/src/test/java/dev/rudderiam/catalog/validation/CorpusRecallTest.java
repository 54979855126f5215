package dev.rudderiam.catalog.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rudderiam.catalog.reference.BundledServiceReference;
import dev.rudderiam.corpus.CorpusFiles;
import dev.rudderiam.json.JsonValues;
import dev.rudderiam.json.PolicyJson;
import dev.rudderiam.validation.Finding;
import dev.rudderiam.validation.PolicyType;
import dev.rudderiam.validation.Rule;
import dev.rudderiam.validation.RuleSet;
import dev.rudderiam.validation.Severity;
import dev.rudderiam.validation.Validator;
import dev.rudderiam.validation.rules.RuleSets;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Runs the grammar, service reference and security rule sets over the 1,388 AWS managed policies of the corpus,
 * as identity policies, and compares with the findings Access Analyzer recorded for 78 of them. Findings match by
 * policy, issue code and statement (the path up to {@code /Statement/<n>}), counted as multisets. Writes the recall
 * table and the extra errors to {@code target/corpus-recall.md}.
 */
class CorpusRecallTest {
    /**
     * Access Analyzer findings of implemented codes that the validator does not report, each with its reason; the
     * test fails when this list and the misses differ, so a change in recall cannot go unnoticed.
     */
    private static final Map<String, String> KNOWN_MISSES = Map.of(
            "DeclarativePoliciesEC2Report INVALID_ACTION /Statement/0",
            "ec2:GetAllowedImagesSettings and ec2:DescribeVpcBlockPublicAccessOptions are in the bundled reference:"
                    + " AWS added them after Access Analyzer's findings were recorded",
            "SageMakerStudioProjectRoleMachineLearningPolicy ALLOW_WITH_UNSUPPORTED_TAG_CONDITION_KEY_FOR_SERVICE"
                    + " /Statement/16",
            "the bundled reference lists aws:ResourceTag/${TagKey} for SageMaker's pipeline-execution resource type,"
                    + " which the flagged pipeline execution actions act on: AWS added it after Access Analyzer's run");

    private static final List<Row> ours = new ArrayList<>();
    private static final List<Row> theirs = new ArrayList<>();
    private static Set<String> implemented;

    /**
     * One finding reduced to what is compared: policy, code, statement-level path, severity; {@code stale} when
     * Access Analyzer's location no longer exists in the corpus document (AWS edited the policy since).
     */
    record Row(String policy, String code, String statement, Severity severity, String message, boolean stale) {
        String key() {
            return policy + " " + code + " " + statement;
        }
    }

    @BeforeAll
    static void run() {
        BundledServiceReference reference = BundledServiceReference.bundled();
        List<RuleSet> sets = List.of(RuleSets.grammar(), RuleSets.serviceReference(reference),
                RuleSets.security(reference));
        implemented = sets.stream().flatMap(s -> s.rules().stream()).map(Rule::code)
                .collect(Collectors.toCollection(TreeSet::new));
        Validator validator = Validator.builder().addAll(sets).build();
        CorpusFiles.managedPolicies().forEach((name, text) -> {
            for (Finding f : validator.validate(PolicyJson.read(text), PolicyType.IDENTITY).findings()) {
                ours.add(new Row(name, f.code(), statementOf(f.path()), f.severity(), f.message(), false));
            }
        });
        Map<String, String> documents = CorpusFiles.managedPolicies();
        CorpusFiles.accessAnalyzerFindings().forEach((name, text) -> {
            Object document = JsonValues.read(documents.get(name), 1 << 22);
            for (Object o : (List<?>) JsonValues.read(text, 1 << 22)) {
                Map<?, ?> finding = (Map<?, ?>) o;
                List<?> locations = (List<?>) finding.get("locations");
                List<?> path = locations.isEmpty() ? List.of() : (List<?>) ((Map<?, ?>) locations.get(0)).get("path");
                String statement = path.size() < 2 ? ""
                        : "/Statement/" + ((Map<?, ?>) path.get(1)).get("index");
                boolean stale = locations.stream()
                        .anyMatch(l -> !resolves(document, (List<?>) ((Map<?, ?>) l).get("path")));
                theirs.add(new Row(name, (String) finding.get("issueCode"), statement,
                        Severity.valueOf((String) finding.get("findingType")), (String) finding.get("findingDetails"),
                        stale));
            }
        });
    }

    /** {@return whether an Access Analyzer location path (steps of value, index or key) exists in the document} */
    private static boolean resolves(Object document, List<?> path) {
        Object node = document;
        for (Object o : path) {
            Map<?, ?> step = (Map<?, ?>) o;
            Object name = step.containsKey("value") ? step.get("value") : step.get("key");
            if (name != null) {
                if (!(node instanceof Map) || !((Map<?, ?>) node).containsKey(name)) {
                    return false;
                }
                node = ((Map<?, ?>) node).get(name);
            } else {
                int index = ((Number) step.get("index")).intValue();
                if (node instanceof List) {
                    List<?> list = (List<?>) node;
                    if (index >= list.size()) {
                        return false;
                    }
                    node = list.get(index);
                } else if (index != 0) {
                    return false;
                }
            }
        }
        return true;
    }

    private static String statementOf(String path) {
        if (!path.startsWith("/Statement/")) {
            return "";
        }
        int end = path.indexOf('/', "/Statement/".length());
        return end < 0 ? path : path.substring(0, end);
    }

    @Test
    void recallsEveryAccessAnalyzerFindingOfImplementedCodesButTheExplainedOnes() throws IOException {
        Map<String, Long> remaining = ours.stream().collect(Collectors.groupingBy(Row::key, Collectors.counting()));
        Map<String, int[]> table = new TreeMap<>();
        Set<String> missed = new TreeSet<>();
        for (Row aws : theirs) {
            if (!implemented.contains(aws.code())) {
                continue;
            }
            int[] counts = table.computeIfAbsent(aws.code(), c -> new int[4]);
            if (aws.stale()) {
                counts[3]++;
                continue;
            }
            counts[0]++;
            long left = remaining.getOrDefault(aws.key(), 0L);
            if (left > 0) {
                remaining.put(aws.key(), left - 1);
                counts[1]++;
            } else {
                missed.add(aws.key());
            }
        }
        for (Row row : ours) {
            table.computeIfAbsent(row.code(), c -> new int[4]);
        }
        remaining.forEach((key, left) -> table.get(key.split(" ")[1])[2] += left.intValue());
        write(table, remaining);
        assertEquals(new TreeSet<>(KNOWN_MISSES.keySet()), missed);
        assertTrue(table.get("INVALID_ACTION")[1] > 0);
    }

    private static void write(Map<String, int[]> table, Map<String, Long> extras) throws IOException {
        StringBuilder out = new StringBuilder();
        out.append("| Issue code | AWS findings | stale | also reported (recall) | our extra findings |\n");
        out.append("|---|---:|---:|---:|---:|\n");
        table.forEach((code, c) -> out.append("| `").append(code).append("` | ").append(c[0]).append(" | ")
                .append(c[3]).append(" | ")
                .append(c[0] == 0 ? "-" : c[1] + " (" + Math.round(100.0 * c[1] / c[0]) + "%)").append(" | ")
                .append(c[2]).append(" |\n"));
        Set<String> awsPolicies = theirs.stream().map(Row::policy).collect(Collectors.toSet());
        Set<String> notImplemented = theirs.stream().map(Row::code).filter(c -> !implemented.contains(c))
                .collect(Collectors.toCollection(TreeSet::new));
        out.append("\nNot implemented: ").append(notImplemented).append("\n\n## Extra errors\n\n");
        Set<String> seen = new TreeSet<>();
        for (Row row : ours) {
            if (row.severity() == Severity.ERROR && extras.getOrDefault(row.key(), 0L) > 0 && seen.add(row.key())) {
                out.append("- ").append(row.key()).append(awsPolicies.contains(row.policy()) ? " (AA file)" : "")
                        .append(": ").append(row.message()).append('\n');
            }
        }
        Path target = Path.of("target", "corpus-recall.md");
        Files.createDirectories(target.getParent());
        Files.writeString(target, out.toString(), StandardCharsets.UTF_8);
    }
}
