package dev.rudderiam.cli;

import static dev.rudderiam.cli.LoopbackIam.ok;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rudderiam.json.JsonValues;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code fleet plan} and {@code fleet apply} with the real SDK clients (IAM and STS) against IAM's and STS's XML
 * on loopback: the SDK's retry of {@code Throttling}, profiles and assumed roles, the account check, progress on
 * standard error and the JSON result.
 */
class FleetCommandTest {
    private static final String STS_NS = "https://sts.amazonaws.com/doc/2011-06-15/";
    private static final String ROLE_XML = "<Role><Path>/</Path><RoleName>rudderstack</RoleName>"
            + "<RoleId>AROADBQP57FF2AEXAMPLE</RoleId><Arn>arn:aws:iam::%s:role/rudderstack</Arn>"
            + "<CreateDate>2026-11-27T20:00:00Z</CreateDate></Role>";

    private static final String[] ASSUMED = {"200", "<AssumeRoleResponse xmlns=\"" + STS_NS + "\"><AssumeRoleResult>"
            + "<Credentials><AccessKeyId>ASIAEXAMPLE</AccessKeyId><SecretAccessKey>secret</SecretAccessKey>"
            + "<SessionToken>token</SessionToken><Expiration>2099-01-01T00:00:00Z</Expiration></Credentials>"
            + "<AssumedRoleUser><Arn>arn:aws:sts::123456789012:assumed-role/Deployer/s</Arn>"
            + "<AssumedRoleId>AROAEXAMPLE:s</AssumedRoleId></AssumedRoleUser></AssumeRoleResult>"
            + "<ResponseMetadata><RequestId>1</RequestId></ResponseMetadata></AssumeRoleResponse>"};

    private final LoopbackIam iam = new LoopbackIam();

    @TempDir
    Path dir;

    @BeforeEach
    void profiles() throws IOException {
        Path credentials = dir.resolve("credentials");
        Files.writeString(credentials, "[prod]\naws_access_key_id = AKIDPROD\naws_secret_access_key = secretprod\n"
                + "[staging]\naws_access_key_id = AKIDSTAGING\naws_secret_access_key = secretstaging\n");
        Files.writeString(dir.resolve("config"), "");
        System.setProperty("aws.sharedCredentialsFile", credentials.toString());
        System.setProperty("aws.configFile", dir.resolve("config").toString());
    }

    @AfterEach
    void stop() {
        iam.close();
        System.clearProperty("aws.sharedCredentialsFile");
        System.clearProperty("aws.configFile");
    }

    private String manifest(String accounts) throws IOException {
        Path file = dir.resolve("fleet.json");
        Files.writeString(file, "{\"roleName\": \"rudderstack\", \"workspaceId\": \"2Nk4t3WkHTGYzbTvG2zLXJXKNoF\","
                + " \"destinations\": {\"S3\": {\"bucketName\": \"events-bucket\"}}, \"accounts\": [" + accounts
                + "]}", StandardCharsets.UTF_8);
        return file.toString();
    }

    /** {@return a GetRole answer for the role in {@code account}, with the manifest's trust policy} */
    private static String stored(String account) {
        String trust = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":{\"AWS\":"
                + "\"arn:aws:iam::422074288268:root\"},\"Action\":\"sts:AssumeRole\",\"Condition\":{\"StringEquals\":"
                + "{\"sts:ExternalId\":\"2Nk4t3WkHTGYzbTvG2zLXJXKNoF\"}}}]}";
        return String.format(ROLE_XML, account).replace("</Arn>", "</Arn><AssumeRolePolicyDocument>"
                + java.net.URLEncoder.encode(trust, StandardCharsets.UTF_8) + "</AssumeRolePolicyDocument>");
    }

    private static String[] identity(String account) {
        return new String[] {"200", "<GetCallerIdentityResponse xmlns=\"" + STS_NS + "\"><GetCallerIdentityResult>"
                + "<Arn>arn:aws:sts::" + account + ":assumed-role/deployer/s</Arn><UserId>AROAEXAMPLE:s</UserId>"
                + "<Account>" + account + "</Account></GetCallerIdentityResult><ResponseMetadata><RequestId>1"
                + "</RequestId></ResponseMetadata></GetCallerIdentityResponse>"};
    }

    @Test
    void throttledCallsAreRetriedByTheSdkAndTheAccountIsCreated() throws IOException {
        iam.then("GetCallerIdentity", identity("123456789012"))
                .then("GetRole", LoopbackIam.error(400, "Throttling", "Rate exceeded"))
                .then("GetRole", LoopbackIam.error(400, "Throttling", "Rate exceeded"))
                .then("GetRole", LoopbackIam.noSuchRole("rudderstack"))
                .then("GetRole", LoopbackIam.noSuchRole("rudderstack"))
                .then("CreateRole", ok("CreateRole", String.format(ROLE_XML, "123456789012")));

        CliRun run = CliRun.of("fleet", "apply", "--yes", "--output", "json", "--endpoint-url", iam.endpoint(),
                manifest("{\"accountId\": \"123456789012\", \"profile\": \"prod\"}"));

        assertEquals(0, run.exitCode(), run.err());
        assertEquals(List.of("GetCallerIdentity", "GetRole", "GetRole", "GetRole", "GetRole", "CreateRole",
                "PutRolePolicy"), iam.actions(), "two throttled attempts inside the first GetRole call");
        Map<?, ?> account = (Map<?, ?>) ((List<?>) ((Map<?, ?>) JsonValues.read(run.out(), 1 << 20))
                .get("accounts")).get(0);
        assertEquals("CREATED", account.get("outcome"));
        assertEquals("arn:aws:iam::123456789012:role/rudderstack", account.get("roleArn"));
        assertEquals("{read=2, write=2}", account.get("calls").toString(), "one counted call per retried GetRole");
        assertTrue(run.err().contains("fleet: 123456789012: applying"), run.err());
        assertTrue(run.err().contains("fleet: [1/1] 123456789012: created"), run.err());
    }

    @Test
    void credentialsForAnotherAccountFailThatAccountWithNoIamCall() throws IOException {
        iam.then("GetCallerIdentity", identity("999999999999"))
                .then("GetCallerIdentity", identity("210987654321"))
                .then("GetRole", LoopbackIam.noSuchRole("rudderstack"));

        CliRun run = CliRun.of("fleet", "plan", "--concurrency", "1", "--endpoint-url", iam.endpoint(),
                manifest("{\"accountId\": \"123456789012\", \"profile\": \"prod\"},"
                        + " {\"accountId\": \"210987654321\", \"profile\": \"staging\"}"));

        assertEquals(1, run.exitCode(), run.err());
        assertEquals(List.of("GetCallerIdentity", "GetCallerIdentity", "GetRole"), iam.actions());
        assertTrue(run.out().contains("123456789012: failed.\n  reason: the credentials are for account"
                + " 999999999999, not 123456789012 as the manifest says\n"), run.out());
        assertTrue(run.out().contains("210987654321: to create.\n  CreateRole create role rudderstack"), run.out());
        assertTrue(run.out().endsWith("2 accounts: 1 to create, 0 to update, 0 unchanged, 1 failed.\n"), run.out());
    }

    @Test
    void aFleetPlanSavedWithOutIsAppliedWithPlanAndRefusedWhereTheRoleChangedSince() throws IOException {
        String manifest = manifest("{\"accountId\": \"123456789012\", \"profile\": \"prod\"},"
                + " {\"accountId\": \"210987654321\", \"profile\": \"staging\"}");
        iam.then("GetCallerIdentity", identity("123456789012"))
                .then("GetCallerIdentity", identity("210987654321"))
                .then("GetRole", LoopbackIam.noSuchRole("rudderstack"))
                .then("GetRole", LoopbackIam.noSuchRole("rudderstack"));
        Path saved = dir.resolve("fleet-plan.json");

        CliRun plan = CliRun.of("fleet", "plan", "--concurrency", "1", "--endpoint-url", iam.endpoint(), "--out",
                saved.toString(), manifest);

        assertEquals(0, plan.exitCode(), plan.err());
        assertTrue(plan.err().contains("Fleet plan saved to " + saved + "; apply it with: rudder-iam fleet apply"
                + " --plan " + saved + " MANIFEST"), plan.err());
        assertTrue(Files.readString(saved).contains("\"rudderIamFleetPlan\" : 1"), Files.readString(saved));

        int planned = iam.actions().size();
        iam.then("GetCallerIdentity", identity("123456789012"))
                .then("GetCallerIdentity", identity("210987654321"))
                .then("GetRole", LoopbackIam.noSuchRole("rudderstack"))
                .then("GetRole", ok("GetRole", stored("210987654321")))
                .then("CreateRole", ok("CreateRole", String.format(ROLE_XML, "123456789012")));

        CliRun apply = CliRun.of("fleet", "apply", "--yes", "--concurrency", "1", "--endpoint-url", iam.endpoint(),
                "--plan", saved.toString(), manifest);

        assertEquals(1, apply.exitCode(), apply.err());
        List<String> applied = iam.actions().subList(planned, iam.actions().size());
        assertEquals(List.of("GetCallerIdentity", "GetRole", "CreateRole", "PutRolePolicy", "GetCallerIdentity",
                "GetRole"), applied.subList(0, 6), "no planning again: the saved plan's check, then its writes");
        assertTrue(apply.out().contains("123456789012: created (arn:aws:iam::123456789012:role/rudderstack)."),
                apply.out());
        assertTrue(apply.out().contains("210987654321: failed (arn:aws:iam::210987654321:role/rudderstack).\n"
                + "  reason: the role changed since the plan was made: role rudderstack did not exist and now does"),
                apply.out());
        assertEquals(List.of(), applied.subList(4, applied.size()).stream()
                .filter(action -> !action.startsWith("Get") && !action.startsWith("List")).toList(),
                "no write in the account whose role changed");
    }

    @Test
    void aRoleArnIsAssumedWithStsBeforeTheAccountIsWorkedOn() throws IOException {
        iam.then("AssumeRole", ASSUMED)
                .then("GetCallerIdentity", identity("123456789012"))
                .then("GetRole", LoopbackIam.noSuchRole("rudderstack"));

        CliRun run = CliRun.of("fleet", "plan", "--endpoint-url", iam.endpoint(), manifest(
                "{\"accountId\": \"123456789012\", \"roleArn\": \"arn:aws:iam::123456789012:role/Deployer\"}"));

        assertEquals(0, run.exitCode(), run.err());
        assertEquals(List.of("AssumeRole", "GetCallerIdentity", "GetRole"), iam.actions());
        assertFalse(iam.bodies().get(0).contains("ExternalId"), iam.bodies().get(0));
        assertFalse(iam.bodies().get(0).contains("DurationSeconds"), iam.bodies().get(0));
    }

    @Test
    void theRoleIsAssumedWithTheManifestsExternalIdAndSessionDuration() throws IOException {
        iam.then("AssumeRole", ASSUMED)
                .then("GetCallerIdentity", identity("123456789012"))
                .then("GetRole", LoopbackIam.noSuchRole("rudderstack"));

        CliRun run = CliRun.of("fleet", "plan", "--endpoint-url", iam.endpoint(), manifest("{\"accountId\":"
                + " \"123456789012\", \"roleArn\": \"arn:aws:iam::123456789012:role/Deployer\", \"externalId\":"
                + " \"fleet-2026:a/b\", \"durationSeconds\": \"1800\"}"));

        assertEquals(0, run.exitCode(), run.err());
        String assumeRole = iam.bodies().get(0);
        assertTrue(assumeRole.startsWith("Action=AssumeRole&"), assumeRole);
        assertTrue(assumeRole.contains("&RoleArn=arn%3Aaws%3Aiam%3A%3A123456789012%3Arole%2FDeployer&"), assumeRole);
        assertTrue(assumeRole.contains("&ExternalId=fleet-2026%3Aa%2Fb"), assumeRole);
        assertTrue(assumeRole.contains("&DurationSeconds=1800"), assumeRole);
    }

    @Test
    void sigtermWhileAWriteHangsStopsThatAccountAfterItAndStartsNoOther() throws Exception {
        String role = String.format(ROLE_XML, "123456789012");
        String stored = stored("123456789012");
        iam.then("GetCallerIdentity", identity("123456789012"))
                .then("GetRole", LoopbackIam.noSuchRole("rudderstack"))
                .then("GetRole", LoopbackIam.noSuchRole("rudderstack"))
                .then("CreateRole", LoopbackIam.slow(ok("CreateRole", role), 3000))
                .then("GetRole", ok("GetRole", stored));
        Process process = iam.startAndAwait(dir, "CreateRole", "fleet", "apply", "--yes", "--concurrency", "1",
                "--endpoint-url", iam.endpoint(), manifest("{\"accountId\": \"123456789012\"},"
                        + " {\"accountId\": \"210987654321\"}"));
        process.destroy(); // SIGTERM while CreateRole is in flight
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "the process ended");
        String err = Files.readString(dir.resolve("stderr.txt"), StandardCharsets.UTF_8);
        String out = Files.readString(dir.resolve("stdout.txt"), StandardCharsets.UTF_8);

        assertTrue(err.contains("Interrupted: stopped after the writes in flight; accounts not started were left"
                + " alone."), err);
        assertTrue(out.contains("123456789012: failed (arn:aws:iam::123456789012:role/rudderstack).\n"
                + "  reason: apply of role rudderstack failed at PutRolePolicy: stopped before PutRolePolicy: the apply"
                + " was interrupted; stopped after the write in flight as asked\n"), out);
        assertTrue(out.contains("  now: role arn:aws:iam::123456789012:role/rudderstack exists with 1 of 2 changes"
                + " made"), out);
        assertTrue(out.contains("210987654321: failed.\n  reason: not started: the run was stopped\n"), out);
        assertEquals(List.of("CreateRole"), iam.actions().stream().filter(a -> !a.startsWith("Get")
                && !a.startsWith("List")).toList(), "no write after the one in flight, no roll-back");
        assertEquals(1, iam.actions().stream().filter("GetCallerIdentity"::equals).count(), "one account started");
    }

    @Test
    void aBadManifestIsOneLineAndExitCodeTwo() throws IOException {
        CliRun run = CliRun.of("fleet", "plan", manifest("{\"accountId\": \"123456789012\", \"profle\": \"prod\"}"));

        assertEquals(2, run.exitCode());
        assertEquals("error: manifest /accounts/0/profle is not a manifest key: the keys here are accountId,"
                + " destinations, durationSeconds, externalId, profile, roleArn, workspaceId\n", run.err());
        assertEquals(List.of(), iam.actions());
    }
}
