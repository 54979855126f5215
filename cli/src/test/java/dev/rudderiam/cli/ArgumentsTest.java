package dev.rudderiam.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line takes arguments literally, refuses a repeated name, and prints every error as one safe line:
 * the reason first, then one line pointing at {@code --help} for a usage error.
 */
class ArgumentsTest {
    private static final String WORKSPACE = "2Nk4t3WkHTGYzbTvG2zLXJXKNoF";

    @TempDir
    Path dir;

    @Test
    void anAtFileArgumentIsTakenLiterallyNotExpanded() throws IOException {
        Path secret = Files.writeString(dir.resolve("secret"), "TOPSECRET\n");
        CliRun trust = CliRun.of("trust-policy", "--workspace-id", "@" + secret);
        assertEquals(0, trust.exitCode(), trust.err());
        assertTrue(trust.out().contains("\"sts:ExternalId\":\"@" + secret + "\""), trust.out());
        assertFalse(trust.out().contains("TOPSECRET"), trust.out());
    }

    @Test
    void anAtFileArgumentIsNotEchoedInAnError() throws IOException {
        Path passwd = Files.writeString(dir.resolve("passwd"), "root:x:0:0:root:/root:/bin/bash\nline-two\n");
        CliRun format = CliRun.of("format", "@" + passwd);
        assertEquals(2, format.exitCode());
        assertFalse(format.err().contains("root:x") || format.err().contains("line-two"), format.err());
        assertTrue(format.err().contains("'@" + passwd + "' does not exist"), format.err());
    }

    @Test
    void controlCharactersOfAValueAreEscapedInTheError() {
        CliRun run = CliRun.of("policy", "--destination", "S3", "--param", "bucketName=a\u001B[31m\u0007b\rc");
        assertEquals(2, run.exitCode());
        assertFalse(run.err().chars().anyMatch(c -> c == 0x1B || c == 0x07 || c == '\r'), run.err());
        assertTrue(run.err().contains("'a\\u001B[31m\\u0007b\\rc'"), run.err());
        assertEquals(1, run.err().split("\n").length, run.err());
    }

    /**
     * The reader refuses C0 controls such as ESC in a document, but IAM's character set (U+0020 to U+00FF) admits the
     * C1 controls: CSI (U+009B) starts a terminal escape sequence on its own, and NEL (U+0085) breaks a line.
     */
    @Test
    void controlCharactersFromADocumentAreEscapedInTheOutputLines() throws IOException {
        Path policy = Files.writeString(dir.resolve("p.json"), "{\"Version\":\"2012-10-17\",\"Statement\":[{"
                + "\"Sid\":\"a\\u009b31mowned\\u0085b\",\"Effect\":\"Allow\",\"Action\":\"s3:GetObject\","
                + "\"Resource\":\"*\"}]}");
        CliRun run = CliRun.of("simulate", "--policy", policy.toString(), "--principal",
                "arn:aws:iam::111122223333:role/r", "--action", "s3:GetObject", "--resource", "arn:aws:s3:::b/k");
        assertEquals(0, run.exitCode(), run.err());
        assertFalse(run.out().chars().anyMatch(c -> c == 0x9B || c == 0x85), run.out());
        assertTrue(run.out().contains("(a\\u009B31mowned\\u0085b)"), run.out());
    }

    @Test
    void aLongValueIsShortenedInTheError() {
        CliRun run = CliRun.of("policy", "--destination", "S3", "--param", "bucketName=" + "a".repeat(5000));
        assertEquals(2, run.exitCode());
        assertTrue(run.err().length() < 1000, run.err().length() + " characters");
        assertTrue(run.err().contains("more characters)"), run.err());
        assertTrue(run.err().contains("bucket name"), "the rule is still named: " + run.err());
    }

    @Test
    void aRepeatedParamIsRefused() {
        CliRun run = CliRun.of("policy", "--destination", "S3", "--param", "bucketName=first-bucket",
                "--param", "bucketName=second-bucket");
        assertEquals(2, run.exitCode(), run.out());
        assertEquals("error: destination S3: --param 'bucketName' is given twice ('first-bucket' and"
                + " 'second-bucket'): give each once\n", run.err());
        assertEquals("", run.out());
    }

    @Test
    void theSameParamForTwoDestinationsIsFine() {
        CliRun run = CliRun.of("role", "--workspace-id", WORKSPACE, "--name", "r", "--destination", "S3", "--param",
                "bucketName=first-bucket", "--destination", "KINESIS", "--param", "region=us-east-1", "--param",
                "accountId=123456789012", "--param", "streamName=events");
        assertEquals(0, run.exitCode(), run.err());
    }

    @Test
    void aRepeatedTagIsRefused() {
        CliRun run = CliRun.of("role", "--workspace-id", WORKSPACE, "--name", "r", "--tag", "team=a", "--tag",
                "team=b", "--destination", "S3", "--param", "bucketName=first-bucket");
        assertEquals(2, run.exitCode(), run.out());
        assertEquals("error: --tag 'team' is given twice ('a' and 'b'): give each once\n", run.err());
    }

    @Test
    void aUsageErrorIsPrintedFirstOnItsOwnLineThenOnePointerToHelp() {
        CliRun run = CliRun.of("policy", "--param", "region=us-east-1");
        assertEquals(2, run.exitCode());
        String[] lines = run.err().split("\n");
        assertEquals(2, lines.length, run.err());
        assertTrue(lines[0].startsWith("error: Missing required argument(s): --destination"), lines[0]);
        assertEquals("Try 'rudder-iam policy --help'.", lines[1]);
        assertEquals("", run.out());
    }

    @Test
    void aMissingDestinationParameterIsOneLine() {
        CliRun run = CliRun.of("role", "--workspace-id", WORKSPACE, "--name", "r", "--destination", "KINESIS");
        assertEquals(2, run.exitCode());
        String[] lines = run.err().split("\n");
        assertEquals(1, lines.length, run.err());
        assertTrue(lines[0].startsWith("error: destination KINESIS: parameter 'region' is missing"), lines[0]);
        assertFalse(run.err().contains("Usage:"), run.err());
    }
}
