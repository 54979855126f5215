package dev.rudderiam.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rudderiam.json.JsonValues;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code role --parameterize}: one template for every account. */
class RoleParameterizeTest {
    private static final String[] S3_ROLE = {"role", "--workspace-id", "2Nk4t3WkHTGYzbTvG2zLXJXKNoF", "--name",
        "rudderstack", "--destination", "S3", "--param", "bucketName=acme-events"};

    @Test
    void cloudFormationParametersCarryTheCatalogRulesAndTheGivenValuesAsDefaults() {
        CliRun run = CliRun.of(concat(S3_ROLE, "--format", "cloudformation", "--parameterize"));
        assertEquals(0, run.exitCode(), run.err());
        Map<?, ?> parameters = (Map<?, ?>) ((Map<?, ?>) JsonValues.read(run.out(), 1 << 20)).get("Parameters");
        Map<?, ?> bucket = (Map<?, ?>) parameters.get("S3BucketName");
        assertEquals("acme-events", bucket.get("Default"));
        assertEquals(3, ((Number) bucket.get("MinLength")).intValue());
        assertTrue(((String) bucket.get("AllowedPattern")).startsWith("^"));
        Map<?, ?> prefix = (Map<?, ?>) parameters.get("S3Prefix");
        assertEquals("", prefix.get("Default"));
        assertEquals("2Nk4t3WkHTGYzbTvG2zLXJXKNoF", ((Map<?, ?>) parameters.get("WorkspaceId")).get("Default"));
        assertFalse(run.out().contains("acme-events/*"), "the bucket is a parameter, not a literal");
    }

    @Test
    void outWritesTheFilesIntoTheDirectory(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("stackset");
        CliRun run = CliRun.of(concat(S3_ROLE, "--format", "cloudformation", "--parameterize", "--out",
                out.toString()));
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(Files.readString(out.resolve("rudderstack-role.template.json")).contains("\"Parameters\""));
    }

    @Test
    void terraformWritesAModuleOfThreeFiles(@TempDir Path dir) throws IOException {
        CliRun printed = CliRun.of(concat(S3_ROLE, "--format", "terraform", "--parameterize"));
        assertEquals(2, printed.exitCode());
        assertTrue(printed.err().startsWith("error: --out is missing: the parameterized terraform export is 3 files"),
                printed.err());
        CliRun run = CliRun.of(concat(S3_ROLE, "--format", "terraform", "--parameterize", "--out", dir.toString()));
        assertEquals(0, run.exitCode(), run.err());
        Map<?, ?> variables = (Map<?, ?>) ((Map<?, ?>) JsonValues.read(Files.readString(
                dir.resolve("variables.tf.json")), 1 << 20)).get("variable");
        assertEquals("acme-events", ((Map<?, ?>) variables.get("s3_bucket_name")).get("default"));
        assertTrue(Files.readString(dir.resolve("main.tf.json")).contains("var.s3_bucket_name"));
        assertTrue(Files.exists(dir.resolve("outputs.tf.json")));
    }

    @Test
    void theJsonBundleHasNoParameterizedForm() {
        CliRun run = CliRun.of(concat(S3_ROLE, "--parameterize"));
        assertEquals(2, run.exitCode());
        assertTrue(run.err().startsWith("error: format 'json' has no parameterized form"), run.err());
    }

    @Test
    void outWithoutParameterizeIsRefused() {
        CliRun run = CliRun.of(concat(S3_ROLE, "--format", "terraform", "--out", "x"));
        assertEquals(2, run.exitCode());
        assertTrue(run.err().startsWith("error: --out is invalid without --parameterize"), run.err());
    }

    @Test
    void aListLongerThanTheTemplateTakesIsOneErrorLine() {
        CliRun run = CliRun.of("role", "--workspace-id", "ws-1", "--name", "r", "--destination", "FIREHOSE",
                "--param", "region=us-east-1", "--param", "accountId=123456789012",
                "--param", "deliveryStreams=a,b,c,d,e,f", "--format", "cloudformation", "--parameterize");
        assertEquals(2, run.exitCode());
        assertEquals("error: destination FIREHOSE: parameter 'deliveryStreams' lists 6 values; a parameterized"
                + " template takes at most 5 (one parameter each)", run.err().strip());
    }

    private static String[] concat(String[] head, String... tail) {
        String[] all = new String[head.length + tail.length];
        System.arraycopy(head, 0, all, 0, head.length);
        System.arraycopy(tail, 0, all, head.length, tail.length);
        return all;
    }
}
