package dev.rudderiam.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rudderiam.aws.guardrails.fake.Accounts;
import dev.rudderiam.aws.guardrails.fake.GuardrailWorld;
import dev.rudderiam.aws.guardrails.fake.LoopbackGuardrails;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code preflight --read-guardrails} over the real SDK clients against a loopback S3, KMS and Organizations: the
 * README example (a bucket policy read live that blocks RudderStack), and every guardrail that cannot be read
 * stopping the command with exit code 2 and one line naming it and the file option that gives it instead.
 */
class PreflightReadGuardrailsTest {
    static final String ORG_NETWORK_ONLY = """
            {"Version":"2012-10-17","Statement":[{"Sid":"OnlyCorpNetwork","Effect":"Deny","Principal":"*",
              "Action":"s3:*","Resource":["arn:aws:s3:::acme-events","arn:aws:s3:::acme-events/*"],
              "Condition":{"NotIpAddress":{"aws:SourceIp":"198.51.100.0/24"}}}]}""";

    @TempDir
    Path dir;

    @BeforeAll
    static void credentials() {
        System.setProperty("aws.accessKeyId", "AKIDEXAMPLE");
        System.setProperty("aws.secretAccessKey", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY");
    }

    static CliRun preflight(GuardrailWorld world, String... more) {
        try (LoopbackGuardrails aws = new LoopbackGuardrails(world)) {
            List<String> args = new ArrayList<>(List.of("preflight", "--workspace-id", "2Nk4t3WkHTGYzbTvG2zLXJXKNoF",
                    "--name", "rudderstack", "--account", Accounts.ACCOUNT, "--destination", "S3", "--param",
                    "bucketName=acme-events", "--read-guardrails", "--endpoint-url", aws.endpoint().toString()));
            args.addAll(List.of(more));
            return CliRun.of(args.toArray(String[]::new));
        }
    }

    @Test
    void theReadmeExampleReadsABucketPolicyThatBlocksRudderStack() {
        GuardrailWorld world = new GuardrailWorld().bucket("acme-events", Accounts.ACCOUNT, ORG_NETWORK_ONLY, null);
        CliRun run = preflight(world);
        assertEquals(1, run.exitCode(), run.err());
        String[] lines = run.out().split("\n");
        assertTrue(lines[0].startsWith("Allowed           ROLE AssumeRole"), lines[0]);
        assertTrue(lines[1].startsWith("ExplicitlyDenied  S3 ListObjectsV2"), lines[1]);
        assertEquals("    by   resource[0].Statement[0](OnlyCorpNetwork) in bucket policy s3:GetBucketPolicy"
                + " acme-events of acme-events", lines[2]);
        assertTrue(run.out().contains("    fix  exempt the role"), run.out());
        assertEquals("4 of 5 requests are denied.", lines[lines.length - 1]);
        assertEquals(List.of("GetBucketPolicy acme-events", "GetBucketEncryption acme-events", "DescribeOrganization "),
                world.calls());
    }

    @Test
    void aBucketPolicyThatCannotBeReadStopsWithExitCode2AndNamesTheFileOption() {
        GuardrailWorld world = new GuardrailWorld().bucket("acme-events", Accounts.ACCOUNT, ORG_NETWORK_ONLY, null)
                .fail("GetBucketPolicy", 403, "AccessDenied");
        CliRun run = preflight(world);
        assertEquals(2, run.exitCode(), run.out());
        assertEquals("", run.out(), "nothing is decided");
        assertEquals("error: preflight cannot decide: could not read the bucket policy of bucket 'acme-events'"
                + " (GetBucketPolicy): AccessDenied: GetBucketPolicy refused (AccessDenied); or give the bucket's"
                + " policy with --bucket-policy BUCKET=FILE (the bucket is then not read)\n", run.err());
    }

    @Test
    void aBucketPolicyGivenAsAFileIsNotRead() throws IOException {
        String tls = Files.writeString(dir.resolve("tls.json"), Accounts.TLS_ONLY).toString();
        GuardrailWorld world = new GuardrailWorld().fail("GetBucketPolicy", 403, "AccessDenied")
                .fail("GetBucketEncryption", 403, "AccessDenied");
        CliRun run = preflight(world, "--bucket-policy", "acme-events=" + tls);
        assertEquals(0, run.exitCode(), run.err());
        assertEquals(List.of("DescribeOrganization "), world.calls());
    }

    @Test
    void aMemberAccountsOrganizationsAccessDeniedStopsWithExitCode2() {
        GuardrailWorld world = Accounts.world().bucket("acme-events", Accounts.ACCOUNT, null, null)
                .fail("ListParents", 400, "AccessDeniedException");
        CliRun run = preflight(world);
        assertEquals(2, run.exitCode(), run.out());
        assertTrue(run.err().startsWith("error: preflight cannot decide: could not read the parent of 111122223333 on"
                + " the path of account 111122223333 (ListParents): AccessDeniedException"), run.err());
        assertTrue(run.err().endsWith("AWS Organizations answers these calls only to the management account or a"
                + " delegated administrator: name such credentials with --organizations-profile, or give the policies"
                + " with --scp LEVEL=FILE and --rcp LEVEL=FILE\n"), run.err());
        assertEquals(1, run.err().split("\n").length);
    }

    @Test
    void scpsAndRcpsGivenAsFilesAreNotReadFromOrganizations() throws IOException {
        String full = Files.writeString(dir.resolve("full.json"), Accounts.FULL_ACCESS).toString();
        GuardrailWorld world = new GuardrailWorld().bucket("acme-events", Accounts.ACCOUNT, null, null)
                .fail("DescribeOrganization", 400, "AccessDeniedException");
        CliRun run = preflight(world, "--scp", "root=" + full, "--rcp", "root=" + full);
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(world.calls().stream().noneMatch(c -> c.startsWith("DescribeOrganization")), world.calls()::toString);
    }

    @Test
    void theOrganizationsRcpAndKeyPolicyReadLiveNameWhatBlocks() {
        CliRun run = preflight(Accounts.world(), "--param", "kmsKeyArn=" + Accounts.KEY);
        assertEquals(1, run.exitCode(), run.err());
        assertTrue(run.out().contains("    by   rcp@r-ab12[0].Statement[0](EnforceOrgIdentities) in RCP data-perimeter"
                + " (p-perimeter1) at r-ab12\n"), run.out());
        assertTrue(run.out().contains("    fix  add the role to the key policy of " + Accounts.KEY + ": "), run.out());
        assertTrue(run.out().contains("Allowed           S3 PutObject  "), "the read organization id is the"
                + " session's aws:PrincipalOrgID, which the perimeter allows: " + run.out());
        assertTrue(run.out().endsWith("3 of 7 requests are denied.\n"), run.out());
    }

    @Test
    void readingNeedsTheAccountAndItsOptionsNeedReading() {
        CliRun noAccount = CliRun.of("preflight", "--workspace-id", "ws", "--name", "rudderstack", "--destination",
                "S3", "--param", "bucketName=acme-events", "--read-guardrails");
        assertEquals(2, noAccount.exitCode());
        assertEquals("error: --read-guardrails needs --account: the account whose buckets, keys and organization path"
                + " are read\n", noAccount.err());
        CliRun profileAlone = CliRun.of("preflight", "--workspace-id", "ws", "--name", "rudderstack", "--destination",
                "S3", "--param", "bucketName=acme-events", "--profile", "prod");
        assertEquals(2, profileAlone.exitCode());
        assertTrue(profileAlone.err().startsWith("error: --profile, --organizations-profile and --endpoint-url are for"
                + " reading guardrails: add --read-guardrails"), profileAlone.err());
    }
}
