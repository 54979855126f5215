package dev.rudderiam.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rudderiam.json.JsonValues;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code validate}: findings as a JSON array, exit 0 / 1 / 2. */
class ValidateCommandTest {
    private static final String WORKSPACE = "2Nk4t3WkHTGYzbTvG2zLXJXKNoF";

    @TempDir
    Path dir;

    private Path write(String json) throws IOException {
        return Files.writeString(dir.resolve("policy.json"), json);
    }

    @Test
    void theRudderStackTrustPolicyHasNoFindings() throws IOException {
        String trust = CliRun.of("trust-policy", "--workspace-id", WORKSPACE).out();
        CliRun run = CliRun.of("validate", "--type", "trust", "--workspace-id", WORKSPACE, write(trust).toString());
        assertEquals(0, run.exitCode(), run.err());
        assertEquals("[]", run.out().strip());
    }

    @Test
    void aTrustPolicyWithoutExternalIdFailsWithFindingsAsJson() throws IOException {
        Path file = write("""
                {"Version":"2012-10-17","Statement":[{"Effect":"Allow",
                 "Principal":{"AWS":"arn:aws:iam::422074288268:root"},"Action":"sts:AssumeRole"}]}""");
        CliRun run = CliRun.of("validate", "--type", "TRUST", "--workspace-id", WORKSPACE, file.toString());
        assertEquals(1, run.exitCode(), run.err());
        List<?> findings = (List<?>) JsonValues.read(run.out(), 1 << 20);
        Map<?, ?> first = (Map<?, ?>) findings.get(0);
        assertEquals(List.of("severity", "code", "path", "message", "link"), List.copyOf(first.keySet()));
        assertEquals("SECURITY_WARNING", first.get("severity"));
        assertEquals("CROSS_ACCOUNT_TRUST_WITHOUT_EXTERNAL_ID", first.get("code"));
        assertEquals("/Statement/0/Principal/AWS", first.get("path"));
        assertTrue(findings.stream().anyMatch(f -> ((Map<?, ?>) f).get("code").equals("RUDDERSTACK_TRUST_MISSING")));
    }

    @Test
    void warningsAloneStillExitZero() throws IOException {
        Path file = write("{\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"s3:PutObject\","
                + "\"Resource\":\"arn:aws:s3:::bucket/*\"}]}");
        CliRun run = CliRun.of("validate", "--type", "identity", file.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("\"code\":\"MISSING_VERSION\""), run.out());
    }

    @Test
    void aPutObjectPolicyOnTheBucketArnIsAnError() throws IOException {
        Path file = write("{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"s3:PutObject\","
                + "\"Resource\":\"arn:aws:s3:::bucket\"}]}");
        CliRun run = CliRun.of("validate", "--type", "identity", file.toString());
        assertEquals(1, run.exitCode(), run.err());
        assertTrue(run.out().contains("\"code\":\"ACTION_RESOURCE_MISMATCH\""), run.out());
    }

    @Test
    void unreadableInputIsBadInput() throws IOException {
        CliRun missing = CliRun.of("validate", "--type", "trust", dir.resolve("none.json").toString());
        assertEquals(2, missing.exitCode());
        CliRun malformed = CliRun.of("validate", "--type", "trust", write("{\"Statement\":").toString());
        assertEquals(2, malformed.exitCode());
        assertFalse(malformed.err().contains("\tat "), malformed.err());
        CliRun type = CliRun.of("validate", "--type", "scp", write("{}").toString());
        assertEquals(2, type.exitCode());
        assertTrue(type.err().contains("expected trust, identity or boundary"), type.err());
    }
}
