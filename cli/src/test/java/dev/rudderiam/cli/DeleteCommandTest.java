package dev.rudderiam.cli;

import static dev.rudderiam.cli.LoopbackIam.error;
import static dev.rudderiam.cli.LoopbackIam.ok;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rudderiam.json.JsonValues;
import java.io.ByteArrayInputStream;
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

    private void roleWithParts() {
        iam.then("GetRole", ok("GetRole", "<Role><Path>/</Path><RoleName>rudder-s3</RoleName>"
                + "<RoleId>AROADBQP57FF2AEXAMPLE</RoleId><Arn>arn:aws:iam::123456789012:role/rudder-s3</Arn>"
                + "<CreateDate>2026-11-27T20:00:00Z</CreateDate><AssumeRolePolicyDocument>%7B%7D"
                + "</AssumeRolePolicyDocument></Role>"))
                .then("ListRolePolicies", ok("ListRolePolicies", "<PolicyNames><member>s3-write</member>"
                        + "</PolicyNames><IsTruncated>false</IsTruncated>"))
                .then("ListAttachedRolePolicies", ok("ListAttachedRolePolicies", "<AttachedPolicies><member>"
                        + "<PolicyName>ReadOnlyAccess</PolicyName><PolicyArn>arn:aws:iam::aws:policy/ReadOnlyAccess"
                        + "</PolicyArn></member></AttachedPolicies><IsTruncated>false</IsTruncated>"));
    }

    @Test
    void deletesTheRoleAndItsPartsAndCountsCalls() {
        roleWithParts();

        CliRun run = CliRun.of("delete", "--name", "rudder-s3", "--yes", "--endpoint-url", iam.endpoint(),
                "--output", "json");

        assertEquals(0, run.exitCode(), run.err());
        assertEquals(List.of("GetRole", "ListRolePolicies", "ListAttachedRolePolicies", "DeleteRolePolicy",
                "DetachRolePolicy", "DeleteRole"), iam.actions());
        Map<?, ?> json = (Map<?, ?>) JsonValues.read(run.out(), 1 << 20);
        assertEquals(Boolean.TRUE, json.get("existed"));
        assertEquals(List.of("DeleteRolePolicy s3-write", "DetachRolePolicy arn:aws:iam::aws:policy/ReadOnlyAccess",
                "DeleteRole rudder-s3"), json.get("removed"));
        Map<?, ?> calls = (Map<?, ?>) json.get("calls");
        assertEquals("3", calls.get("read").toString());
        assertEquals("3", calls.get("write").toString());
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
    void withoutYesItAsksAndStopsOnAnythingButYes() {
        InputStream stdin = System.in;
        System.setIn(new ByteArrayInputStream("n\n".getBytes(StandardCharsets.UTF_8)));
        try {
            CliRun run = CliRun.of("delete", "--name", "rudder-s3", "--endpoint-url", iam.endpoint());

            assertEquals(1, run.exitCode());
            assertTrue(run.out().contains("Type 'yes' to continue"), run.out());
            assertTrue(run.err().contains("Aborted"), run.err());
            assertTrue(iam.actions().isEmpty(), "no call before confirmation");
        } finally {
            System.setIn(stdin);
        }
    }

    @Test
    void anIamFailureIsReportedWithoutAStackTrace() {
        roleWithParts();
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
