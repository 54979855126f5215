package dev.rudderiam.cli;

import static dev.rudderiam.cli.LoopbackIam.ok;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rudderiam.json.JsonValues;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** {@code plan}, {@code apply} and {@code drift} take the {@code role} options and talk to IAM on loopback. */
class RoleInAwsCommandsTest {
    private final LoopbackIam iam = new LoopbackIam();

    @AfterEach
    void stop() {
        iam.close();
    }

    private String[] args(String command, String... more) {
        return iam.roleCommand(command, more);
    }

    @Test
    void planPrintsTheChangesAndMakesOnlyReads() {
        iam.then("GetRole", LoopbackIam.noSuchRole("rudderstack"));

        CliRun run = CliRun.of(args("plan"));

        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("CreateRole"), run.out());
        assertTrue(run.out().contains("PutRolePolicy"), run.out());
        assertEquals(List.of("GetRole"), iam.actions());
    }

    @Test
    void applyWithYesCreatesTheRoleAndReportsCallsAsJson() {
        iam.then("GetRole", LoopbackIam.noSuchRole("rudderstack"))
                .then("GetRole", LoopbackIam.noSuchRole("rudderstack"))
                .then("CreateRole", ok("CreateRole", "<Role><Path>/</Path><RoleName>rudderstack</RoleName>"
                        + "<RoleId>AROADBQP57FF2AEXAMPLE</RoleId><Arn>arn:aws:iam::123456789012:role/rudderstack</Arn>"
                        + "<CreateDate>2026-11-27T20:00:00Z</CreateDate></Role>"));

        CliRun run = CliRun.of(args("apply", "--yes", "--output", "json"));

        assertEquals(0, run.exitCode(), run.err());
        assertEquals(List.of("GetRole", "GetRole", "CreateRole", "PutRolePolicy"), iam.actions());
        Map<?, ?> json = (Map<?, ?>) JsonValues.read(run.out(), 1 << 20);
        Map<?, ?> result = (Map<?, ?>) json.get("result");
        assertEquals("CREATED", result.get("outcome"));
        assertEquals("arn:aws:iam::123456789012:role/rudderstack", result.get("arn"));
        assertEquals("{read=1, write=2}", result.get("calls").toString());
        assertEquals("{read=1, write=0}", ((Map<?, ?>) json.get("plan")).get("calls").toString());
    }

    @Test
    void applyAsksFirstAndAnythingButYesChangesNothing() {
        iam.then("GetRole", LoopbackIam.noSuchRole("rudderstack"));
        InputStream stdin = System.in;
        System.setIn(new ByteArrayInputStream("\n".getBytes(StandardCharsets.UTF_8)));
        try {
            CliRun run = CliRun.of(args("apply"));

            assertEquals(1, run.exitCode());
            assertTrue(run.out().contains("CreateRole"), "the plan is shown before the question: " + run.out());
            assertTrue(run.err().contains("Aborted"), run.err());
            assertEquals(List.of("GetRole"), iam.actions());
        } finally {
            System.setIn(stdin);
        }
    }

    @Test
    void driftOfAMissingRoleFails() {
        iam.then("GetRole", LoopbackIam.noSuchRole("rudderstack"));

        CliRun run = CliRun.of(args("drift"));

        assertEquals(1, run.exitCode());
        assertTrue(run.err().contains("does not exist"), run.err());
    }
}
