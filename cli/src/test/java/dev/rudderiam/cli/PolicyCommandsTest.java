package dev.rudderiam.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The foundation commands: trust-policy, format and size, with their exit codes. */
class PolicyCommandsTest {
    @TempDir
    Path dir;

    @Test
    void trustPolicyPrintsTheConsoleDocument() {
        CliRun run = CliRun.of("trust-policy", "--workspace-id", "2Nk4t3WkHTGYzbTvG2zLXJXKNoF");
        assertEquals(0, run.exitCode(), run.err());
        assertEquals("{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":{\"AWS\":"
                + "\"arn:aws:iam::422074288268:root\"},\"Action\":\"sts:AssumeRole\",\"Condition\":{\"StringEquals\":"
                + "{\"sts:ExternalId\":\"2Nk4t3WkHTGYzbTvG2zLXJXKNoF\"}}}]}", run.out().strip());
    }

    @Test
    void trustPolicyRefusesAnInvalidWorkspaceIdWithoutAStackTrace() {
        CliRun run = CliRun.of("trust-policy", "--workspace-id", "bad id");
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("external id 'bad id' is invalid"), run.err());
        assertFalse(run.err().contains("\tat "), run.err());
    }

    @Test
    void missingOptionIsBadInput() {
        CliRun run = CliRun.of("trust-policy");
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("--workspace-id"), run.err());
    }

    @Test
    void formatPrintsTheCanonicalForm() throws IOException {
        Path file = write("{ \"Statement\": { \"Action\": [\"s3:GetObject\"], \"Effect\": \"Allow\", \"Resource\": \"*\" } }");
        CliRun run = CliRun.of("format", file.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertEquals("{\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"s3:GetObject\",\"Resource\":\"*\"}]}",
                run.out().strip());
        CliRun pretty = CliRun.of("format", "--pretty", file.toString());
        assertTrue(pretty.out().contains("\n  \"Statement\": ["), pretty.out());
    }

    @Test
    void formatReportsThePointerAndReasonOfBadInput() throws IOException {
        Path file = write("{\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"a\",\"Action\":\"b\"}]}");
        CliRun run = CliRun.of("format", file.toString());
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("/Statement/0/Action"), run.err());
        assertTrue(run.err().contains("Duplicate field"), run.err());
        assertFalse(run.err().contains("\tat "), run.err());
        assertEquals("", run.out());
    }

    @Test
    void formatReportsAMissingFile() {
        CliRun run = CliRun.of("format", dir.resolve("nope.json").toString());
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("does not exist"), run.err());
    }

    @Test
    void sizeCountsCharactersWithoutWhiteSpace() throws IOException {
        Path file = write("{ \"Statement\" : [ ] }");
        CliRun run = CliRun.of("size", file.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertEquals(String.valueOf("{\"Statement\":[]}".length()), run.out().strip());
    }

    private Path write(String text) throws IOException {
        Path file = Files.createTempFile(dir, "policy", ".json");
        Files.writeString(file, text);
        return file;
    }
}
