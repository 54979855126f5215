package dev.rudderiam.cli;

import static dev.rudderiam.cli.LoopbackIam.error;
import static dev.rudderiam.cli.LoopbackIam.ok;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rudderiam.json.JsonValues;
import dev.rudderiam.json.PolicyJson;
import dev.rudderiam.role.RudderStack;
import java.io.ByteArrayInputStream;
import java.net.URLEncoder;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** {@code delete} against IAM's XML on loopback, with credentials from the SDK's default chain. */
class DeleteCommandTest {
    private final LoopbackIam iam = new LoopbackIam();

    @AfterEach
    void stop() {
        iam.close();
    }

    /** Scripts the role as IAM returns it, {@code reads} times: trusted as {@code trust}, one inline, one managed. */
    private void roleWithParts(String trust, int reads) {
        String encoded = URLEncoder.encode(trust, StandardCharsets.UTF_8).replace("+", "%20");
        String document = URLEncoder.encode("{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\","
                + "\"Action\":\"s3:PutObject\",\"Resource\":\"arn:aws:s3:::events/*\"}]}", StandardCharsets.UTF_8);
        for (int i = 0; i < reads; i++) {
            iam.then("GetRole", ok("GetRole", "<Role><Path>/</Path><RoleName>rudder-s3</RoleName>"
                    + "<RoleId>AROADBQP57FF2AEXAMPLE</RoleId><Arn>arn:aws:iam::123456789012:role/rudder-s3</Arn>"
                    + "<CreateDate>2026-11-27T20:00:00Z</CreateDate><AssumeRolePolicyDocument>" + encoded
                    + "</AssumeRolePolicyDocument></Role>"))
                    .then("ListRolePolicies", ok("ListRolePolicies", "<PolicyNames><member>s3-write</member>"
                            + "</PolicyNames><IsTruncated>false</IsTruncated>"))
                    .then("GetRolePolicy", ok("GetRolePolicy", "<RoleName>rudder-s3</RoleName><PolicyName>s3-write"
                            + "</PolicyName><PolicyDocument>" + document + "</PolicyDocument>"))
                    .then("ListAttachedRolePolicies", ok("ListAttachedRolePolicies", "<AttachedPolicies><member>"
                            + "<PolicyName>ReadOnlyAccess</PolicyName><PolicyArn>arn:aws:iam::aws:policy/ReadOnlyAccess"
                            + "</PolicyArn></member></AttachedPolicies><IsTruncated>false</IsTruncated>"));
        }
    }

    private void rudderStackRole() {
        roleWithParts(PolicyJson.write(RudderStack.trustPolicy("ws-1")), 2);
    }

    @Test
    void deletesTheRoleAndItsPartsAndCountsCalls() {
        rudderStackRole();

        CliRun run = CliRun.of("delete", "--name", "rudder-s3", "--yes", "--endpoint-url", iam.endpoint(),
                "--output", "json");

        assertEquals(0, run.exitCode(), run.err());
        // The role is read and shown first; two policies come off under the deny-all fence.
        assertEquals(List.of("GetRole", "ListRolePolicies", "GetRolePolicy", "ListAttachedRolePolicies",
                "ListRoleTags", "ListInstanceProfilesForRole",
                "GetRole", "ListInstanceProfilesForRole", "ListRolePolicies", "ListAttachedRolePolicies",
                "PutRolePolicy", "DeleteRolePolicy", "DetachRolePolicy", "DeleteRolePolicy", "DeleteRole"),
                iam.actions());
        Map<?, ?> json = (Map<?, ?>) JsonValues.read(run.out(), 1 << 20);
        assertEquals(Boolean.TRUE, json.get("existed"));
        assertEquals(List.of("DeleteRolePolicy s3-write", "DetachRolePolicy arn:aws:iam::aws:policy/ReadOnlyAccess",
                "DeleteRolePolicy rudder-iam-apply-fence", "DeleteRole rudder-s3"), json.get("removed"));
        Map<?, ?> calls = (Map<?, ?>) json.get("calls");
        assertEquals("4", calls.get("read").toString());
        assertEquals("5", calls.get("write").toString());
    }

    @Test
    void aRoleThatDoesNotTrustRudderStackIsRefusedUnlessForced() {
        String foreign = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":"
                + "{\"AWS\":\"arn:aws:iam::111122223333:root\"},\"Action\":\"sts:AssumeRole\"}]}";
        roleWithParts(foreign, 1);

        CliRun refused = CliRun.of("delete", "--name", "rudder-s3", "--yes", "--endpoint-url", iam.endpoint());

        assertEquals(1, refused.exitCode());
        assertTrue(refused.out().contains("Role rudder-s3 (arn:aws:iam::123456789012:role/rudder-s3) will be deleted"
                + " with:"), refused.out());
        assertTrue(refused.out().contains("  - inline policy s3-write"), refused.out());
        assertTrue(refused.err().contains("does not trust RudderStack's account 422074288268"), refused.err());
        assertTrue(iam.actions().stream().allMatch(a -> a.startsWith("Get") || a.startsWith("List")),
                iam.actions().toString());

        roleWithParts(foreign, 2);
        CliRun forced = CliRun.of("delete", "--name", "rudder-s3", "--yes", "--force", "--endpoint-url",
                iam.endpoint());
        assertEquals(0, forced.exitCode(), forced.err());
        assertTrue(iam.actions().contains("DeleteRole"), iam.actions().toString());
    }

    @Test
    void aMissingRoleIsNothingToDelete() {
        iam.then("GetRole", LoopbackIam.noSuchRole("rudder-s3"));

        CliRun run = CliRun.of("delete", "--name", "rudder-s3", "--yes", "--endpoint-url", iam.endpoint(),
                "--region", "us-west-2");

        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("does not exist: nothing to delete"), run.out());
        assertEquals(List.of("GetRole"), iam.actions());
    }

    @Test
    void withoutYesItShowsWhatGoesAsksAndStopsOnAnythingButYes() {
        rudderStackRole();
        InputStream stdin = System.in;
        System.setIn(new ByteArrayInputStream("n\n".getBytes(StandardCharsets.UTF_8)));
        try {
            CliRun run = CliRun.of("delete", "--name", "rudder-s3", "--endpoint-url", iam.endpoint());

            assertEquals(1, run.exitCode());
            assertTrue(run.out().contains("  - managed policy attachment arn:aws:iam::aws:policy/ReadOnlyAccess"
                    + System.lineSeparator()), run.out());
            assertTrue(run.out().contains("Type 'yes' to continue"), run.out());
            assertTrue(run.err().contains("Aborted"), run.err());
            assertTrue(iam.actions().stream().allMatch(a -> a.startsWith("Get") || a.startsWith("List")),
                    "only reads before confirmation: " + iam.actions());
        } finally {
            System.setIn(stdin);
        }
    }

    @Test
    void anIamFailureIsReportedWithoutAStackTrace() {
        rudderStackRole();
        iam.then("DeleteRole", error(400, "UnmodifiableEntity", "Cannot perform the operation on the protected role."));

        CliRun run = CliRun.of("delete", "--name", "rudder-s3", "--yes", "--endpoint-url", iam.endpoint());

        assertEquals(1, run.exitCode());
        assertTrue(run.err().contains("DeleteRole for role rudder-s3 failed: UnmodifiableEntity"), run.err());
        assertFalse(run.err().contains("\tat "), run.err());
    }

    @Test
    void anInvalidNameIsBadInput() {
        CliRun run = CliRun.of("delete", "--name", "no spaces", "--yes");

        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("role name 'no spaces' is invalid"), run.err());
    }
}
