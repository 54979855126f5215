package dev.rudderiam.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every AWS page a comment of the main sources cites is a real link, {@code https://docs.aws.amazon.com/...}, not a
 * bare file name such as {@code reference_policies_evaluation-logic.html} that a reader has to search for. It reads
 * the comment text of every module's {@code src/main/java} (lines of block and Javadoc comments, and what follows
 * {@code //}), removes the https URLs, and reports each {@code .html} name left, with file and line. It lives in the
 * command-line module, which is built after every other module.
 */
class AwsDocLinksTest {
    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final Pattern HTTPS_URL = Pattern.compile("https://[^\\s\"'<>()]+");
    private static final Pattern HTML_NAME = Pattern.compile("[\\w.#-]*\\.html\\b[\\w#-]*");

    @Test
    void commentsCiteAwsPagesByTheirHttpsLink() throws IOException {
        List<String> bare = new ArrayList<>();
        for (Path file : mainSources()) {
            List<String> lines = Files.readAllLines(file);
            for (int i = 0; i < lines.size(); i++) {
                String withoutUrls = HTTPS_URL.matcher(commentText(lines.get(i))).replaceAll(" ");
                Matcher name = HTML_NAME.matcher(withoutUrls);
                while (name.find()) {
                    bare.add(ROOT.relativize(file) + ":" + (i + 1) + ": " + name.group());
                }
            }
        }
        assertEquals(List.of(), bare, "AWS pages cited by file name instead of https://docs.aws.amazon.com/... link");
    }

    @Test
    void theScanReadsCommentsAndOnlyComments() {
        assertEquals(" Policy variables (reference_policies_variables.html).", commentText(
                "        x = 1; // Policy variables (reference_policies_variables.html)."));
        assertEquals(" * (access_policies_boundaries.html)", commentText(" * (access_policies_boundaries.html)"));
        assertEquals("", commentText("        String link = \"https://docs.aws.amazon.com/a.html\";"));
        Matcher name = HTML_NAME.matcher(HTTPS_URL.matcher(
                " * <a href=\"https://docs.aws.amazon.com/IAM/latest/UserGuide/a.html#x\">a</a>, b.html#c").replaceAll(" "));
        assertTrue(name.find());
        assertEquals("b.html#c", name.group());
        assertTrue(!name.find());
    }

    /** {@return the part of {@code line} that is comment text}: a comment line whole, else what follows {@code //} */
    private static String commentText(String line) {
        String trimmed = line.strip();
        if (trimmed.startsWith("*") || trimmed.startsWith("/*") || trimmed.startsWith("//")) {
            return line;
        }
        int slashes = line.indexOf(" // ");
        return slashes < 0 ? "" : line.substring(slashes + 3);
    }

    private static List<Path> mainSources() throws IOException {
        List<Path> files = new ArrayList<>();
        try (Stream<Path> modules = Files.list(ROOT)) {
            for (Path main : modules.map(m -> m.resolve("src/main/java")).filter(Files::isDirectory).toList()) {
                try (Stream<Path> walk = Files.walk(main)) {
                    walk.filter(f -> f.toString().endsWith(".java")).sorted().forEach(files::add);
                }
            }
        }
        assertTrue(files.size() > 100, "found the main sources: " + files.size());
        return files;
    }
}
