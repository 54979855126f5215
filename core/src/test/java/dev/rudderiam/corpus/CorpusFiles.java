package dev.rudderiam.corpus;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The AWS managed policy corpus and Access Analyzer findings in core's test resources, read from the class path
 * through their index files. Shared with other modules' tests and the benchmarks through core's test-jar.
 */
public final class CorpusFiles {
    private static final String ROOT = "/dev/rudderiam/corpus/";

    private CorpusFiles() {
    }

    /** {@return the 1,388 AWS managed policy documents by policy name, in name order} */
    public static Map<String, String> managedPolicies() {
        return read("aws-managed-policies");
    }

    /** {@return Access Analyzer's findings (a JSON array) by policy name, for the 78 policies that have them} */
    public static Map<String, String> accessAnalyzerFindings() {
        return read("access-analyzer-findings");
    }

    private static Map<String, String> read(String folder) {
        Map<String, String> files = new LinkedHashMap<>();
        for (String file : index(folder)) {
            files.put(file.substring(0, file.length() - ".json".length()), text(ROOT + folder + "/" + file));
        }
        return files;
    }

    private static List<String> index(String folder) {
        return Arrays.stream(text(ROOT + folder + ".index").split("\n"))
                .map(String::strip).filter(line -> !line.isEmpty()).collect(Collectors.toList());
    }

    private static String text(String resource) {
        try (InputStream in = CorpusFiles.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("test resource " + resource + " is missing");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
