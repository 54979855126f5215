package dev.rudderiam.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rudderiam.json.JsonValues;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code preflight}: the README example, the JSON output, the exit codes and bad input. */
class PreflightCommandTest {
    static final String PERIMETER = """
            {"Version":"2012-10-17","Statement":[{"Sid":"EnforceOrgIdentities","Effect":"Deny","Principal":"*",
              "Action":["s3:*","sts:AssumeRole","kms:*"],"Resource":"*",
              "Condition":{"StringNotEqualsIfExists":{"aws:PrincipalOrgID":"o-acme12345678"},
                           "BoolIfExists":{"aws:PrincipalIsAWSService":"false"}}}]}
            """;

    @TempDir
    Path dir;

    private String write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text).toString();
    }

    private List<String> s3(String... more) {
        List<String> args = new ArrayList<>(List.of("preflight", "--workspace-id", "2Nk4t3WkHTGYzbTvG2zLXJXKNoF",
                "--name", "rudderstack", "--account", "111122223333", "--destination", "S3", "--param",
                "bucketName=acme-events"));
        args.addAll(List.of(more));
        return args;
    }

    @Test
    void theReadmeExampleNamesTheRcpStatementAndTheFix() throws IOException {
        String rcp = write("data-perimeter.json", PERIMETER);
        CliRun run = CliRun.of(s3("--organization-id", "o-acme12345678", "--rcp", "root=" + rcp)
                .toArray(String[]::new));
        assertEquals(1, run.exitCode(), run.err());
        String[] lines = run.out().split("\n");
        // Columns as wide as the widest entry ("S3 PutObject (x-amz-acl header)", "s3:AbortMultipartUpload"), two
        // spaces apart.
        assertEquals("ExplicitlyDenied  ROLE AssumeRole" + " ".repeat(31 - 15 + 2) + "sts:AssumeRole"
                + " ".repeat(23 - 14 + 2) + "arn:aws:iam::111122223333:role/rudderstack", lines[0]);
        int actionColumn = lines[0].indexOf("sts:AssumeRole");
        for (String line : lines) {
            if (line.startsWith("Allowed") || line.contains("Denied  ")) {
                assertEquals(' ', line.charAt(actionColumn - 1), line);
                assertTrue(line.substring(actionColumn).matches("[a-z0-9-]+:[A-Za-z]+ +\\S.*"), line);
            }
        }
        assertEquals("    by   rcp@root[0].Statement[0](EnforceOrgIdentities) in RCP " + rcp + " at root", lines[1]);
        assertEquals("    fix  exempt aws:PrincipalAccount 422074288268 (RudderStack, with the sts:ExternalId"
                + " condition of the trust policy) in statement EnforceOrgIdentities of RCP " + rcp + " at root",
                lines[4]);
        assertTrue(lines[5].startsWith("Allowed           S3 ListObjectsV2"), lines[5]);
        assertEquals("1 of 5 requests are denied.", lines[lines.length - 1]);
    }

    @Test
    void withoutGuardrailsEveryRequestIsAllowed() {
        CliRun run = CliRun.of(s3().toArray(String[]::new));
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().endsWith("All 5 requests are allowed.\n"), run.out());
    }

    @Test
    void jsonOutputListsEveryRequest() throws IOException {
        String bucket = write("bucket.json", """
                {"Version":"2012-10-17","Statement":[{"Sid":"OnlyCorp","Effect":"Deny","Principal":"*","Action":"s3:*",
                  "Resource":"arn:aws:s3:::acme-events/*","Condition":{"NotIpAddress":{"aws:SourceIp":"3.66.99.198"}}}]}
                """);
        CliRun run = CliRun.of(s3("--bucket-policy", "acme-events=" + bucket, "--region", "eu", "--plan",
                "Enterprise", "--output", "json").toArray(String[]::new));
        assertEquals(1, run.exitCode(), run.err());
        Map<?, ?> json = (Map<?, ?>) JsonValues.read(run.out(), 1 << 20);
        assertEquals(false, json.get("allowed"));
        List<?> results = (List<?>) json.get("results");
        assertEquals(5, results.size());
        Map<?, ?> put = (Map<?, ?>) results.get(2);
        assertEquals("s3:PutObject", put.get("action"));
        assertEquals("ExplicitlyDenied", put.get("decision"));
        assertEquals(List.of("3.64.201.167", "3.123.104.182", "3.125.132.33"), put.get("deniedFrom"));
        assertEquals(List.of("resource[0].Statement[0](OnlyCorp) in bucket policy " + bucket + " of acme-events"),
                put.get("statements"));
    }

    @Test
    void badInputIsOneLineAndExitTwo() throws IOException {
        String rcp = write("rcp.json", PERIMETER);
        for (String[] bad : new String[][] {{"--scp", "ou-bad=" + rcp}, {"--scp", "root=" + dir.resolve("missing")},
            {"--scp", "root=" + rcp, "--scp", "r-abcd=" + rcp}, {"--plan", "gold"}, {"--region", "APAC"},
            {"--output", "yaml"}, {"--kms-key-policy", "not-an-arn=" + rcp}, {"--organization-id", "acme"}}) {
            CliRun run = CliRun.of(s3(bad).toArray(String[]::new));
            assertEquals(2, run.exitCode(), String.join(" ", bad) + ": " + run.out());
            assertTrue(run.err().startsWith("error: ") && run.err().strip().lines().count() <= 2, run.err());
        }
    }

    @Test
    void scpLevelsAreAppliedRootFirstWhateverTheOrder() throws IOException {
        String full = write("full.json", """
                {"Version":"2012-10-17","Statement":[{"Sid":"FullAWSAccess","Effect":"Allow","Action":"*","Resource":"*"}]}
                """);
        String deny = write("deny.json", """
                {"Version":"2012-10-17","Statement":[{"Sid":"NoS3","Effect":"Deny","Action":"s3:*","Resource":"*"}]}
                """);
        CliRun run = CliRun.of(s3("--scp", "account=" + full, "--scp", "ou-ab12-34cd5678=" + full, "--scp",
                "ou-ab12-34cd5678=" + deny, "--scp", "root=" + full).toArray(String[]::new));
        assertEquals(1, run.exitCode(), run.err());
        assertTrue(run.out().contains("    by   scp@ou-ab12-34cd5678[2].Statement[0](NoS3) in SCP " + deny
                + " at ou-ab12-34cd5678\n"), run.out());
    }
}
