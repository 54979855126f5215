package dev.rudderiam.cli;

import static dev.rudderiam.cli.LoopbackIam.ok;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rudderiam.json.PolicyJson;
import dev.rudderiam.role.RudderStack;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What is approved is what runs: the role changes between the plan people saw and the apply, and the apply refuses
 * with no write, whether the plan was shown and confirmed in one run or saved with {@code plan --out}.
 */
class SavedPlanCommandsTest {
    private final LoopbackIam iam = new LoopbackIam();

    @AfterEach
    void stop() {
        iam.close();
    }

    private String[] args(String command, String... more) {
        return iam.roleCommand(command, more);
    }

    /** Scripts one read of the role as IAM returns it: trusted by the workspace {@code workspace}, no policy. */
    private void roleTrusting(String workspace) {
        String trust = URLEncoder.encode(PolicyJson.write(RudderStack.trustPolicy(workspace)), StandardCharsets.UTF_8)
                .replace("+", "%20");
        iam.then("GetRole", ok("GetRole", "<Role><Path>/</Path><RoleName>rudderstack</RoleName>"
                + "<RoleId>AROADBQP57FF2AEXAMPLE</RoleId><Arn>arn:aws:iam::123456789012:role/rudderstack</Arn>"
                + "<CreateDate>2026-11-27T20:00:00Z</CreateDate><AssumeRolePolicyDocument>" + trust
                + "</AssumeRolePolicyDocument><MaxSessionDuration>3600</MaxSessionDuration></Role>"))
                .then("ListRolePolicies", ok("ListRolePolicies", "<PolicyNames/><IsTruncated>false</IsTruncated>"))
                .then("ListAttachedRolePolicies", ok("ListAttachedRolePolicies",
                        "<AttachedPolicies/><IsTruncated>false</IsTruncated>"));
    }

    private List<String> writes() {
        return iam.actions().stream().filter(a -> !a.startsWith("Get") && !a.startsWith("List"))
                .collect(Collectors.toList());
    }

    @Test
    void applyRefusesWhenTheRoleChangedWhileTheConfirmationWasAsked() {
        roleTrusting("ws-1");     // what the plan shown to the user was made from
        roleTrusting("ws-other"); // someone changed the trust policy before the user typed yes
        InputStream stdin = System.in;
        System.setIn(new ByteArrayInputStream("yes\n".getBytes(StandardCharsets.UTF_8)));
        try {
            CliRun run = CliRun.of(args("apply"));

            assertEquals(List.of(), writes(), "no write: " + run.out() + run.err());
            assertEquals(1, run.exitCode(), run.out() + run.err());
            assertTrue(run.err().contains("the role changed since the plan was made: trust policy differs"),
                    run.err());
        } finally {
            System.setIn(stdin);
        }
    }

    @Test
    void planOutThenAChangeFromOutsideThenApplyPlanIsRefusedAndAFreshPlanApplies(@TempDir Path dir) {
        String file = dir.resolve("plan.json").toString();
        roleTrusting("ws-1");
        CliRun plan = CliRun.of(args("plan", "--out", file));
        assertEquals(0, plan.exitCode(), plan.err());
        assertTrue(plan.err().contains("Plan saved to " + file), plan.err());

        roleTrusting("ws-other"); // changed from outside after the plan was saved
        CliRun stale = CliRun.of("apply", "--plan", file, "--yes", "--endpoint-url", iam.endpoint());
        assertEquals(1, stale.exitCode(), stale.out() + stale.err());
        assertTrue(stale.err().contains("the role changed since the plan was made: trust policy differs"),
                stale.err());
        assertEquals(List.of(), writes(), "no write");

        roleTrusting("ws-other");
        assertEquals(0, CliRun.of(args("plan", "--out", file)).exitCode());
        roleTrusting("ws-other");
        CliRun applied = CliRun.of("apply", "--plan", file, "--yes", "--endpoint-url", iam.endpoint());
        assertEquals(0, applied.exitCode(), applied.out() + applied.err());
        assertEquals(List.of("UpdateAssumeRolePolicy", "PutRolePolicy"), writes(),
                "the trust goes back to ws-1 before the permissions are added");
        assertTrue(applied.out().contains("Role rudderstack: updated"), applied.out());
    }

    @Test
    void aSavedPlanFromAnotherAccountIsRefused(@TempDir Path dir) {
        String file = dir.resolve("plan.json").toString();
        iam.then("GetRole", LoopbackIam.noSuchRole("rudderstack"));
        assertEquals(0, CliRun.of(args("plan", "--out", file, "--account", "111122223333")).exitCode());
        iam.then("GetRole", LoopbackIam.noSuchRole("rudderstack"));

        CliRun run = CliRun.of("apply", "--plan", file, "--yes", "--endpoint-url", iam.endpoint(), "--account",
                "123456789012");

        assertEquals(1, run.exitCode(), run.out() + run.err());
        assertTrue(run.err().contains("the plan was made in account 111122223333 and this client works in account"
                + " 123456789012"), run.err());
        assertEquals(List.of(), writes());
    }

    @Test
    void aFileThatIsNotASavedPlanIsBadInput(@TempDir Path dir) throws java.io.IOException {
        Path file = dir.resolve("plan.json");
        java.nio.file.Files.writeString(file, "{\"rudderIamPlan\": 2}");

        CliRun run = CliRun.of("apply", "--plan", file.toString(), "--yes", "--endpoint-url", iam.endpoint());

        assertEquals(2, run.exitCode());
        assertEquals("error: saved plan at '/rudderIamPlan' is 2: this version reads format 1, as 'plan --out'"
                + " writes it", run.err().strip());
        assertEquals(List.of(), iam.actions());
    }
}
