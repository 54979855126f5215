package dev.rudderiam.cli;

import static dev.rudderiam.cli.LoopbackIam.ok;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code SIGTERM} while a write hangs: the command line stops after that write, makes no other and no roll-back,
 * and says what was made and what was not. Runs the command line in a process of its own, the way a user stops it.
 */
class InterruptedApplyTest {
    private final LoopbackIam iam = new LoopbackIam();

    @AfterEach
    void stop() {
        iam.close();
    }

    @Test
    void sigtermWhileAWriteHangsStopsAfterThatWrite(@TempDir Path dir) throws Exception {
        iam.then("GetRole", LoopbackIam.noSuchRole("rudderstack"))
                .then("GetRole", LoopbackIam.noSuchRole("rudderstack"))
                .then("CreateRole", LoopbackIam.slow(ok("CreateRole", "<Role><Path>/</Path><RoleName>rudderstack"
                        + "</RoleName><RoleId>AROADBQP57FF2AEXAMPLE</RoleId><Arn>arn:aws:iam::123456789012:role/"
                        + "rudderstack</Arn><CreateDate>2026-11-27T20:00:00Z</CreateDate></Role>"), 3000));
        Process process = iam.startAndAwait(dir, "CreateRole", iam.roleCommand("apply", "--yes"));
        process.destroy(); // SIGTERM while CreateRole is in flight
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "the process ended");
        String err = Files.readString(dir.resolve("stderr.txt"), StandardCharsets.UTF_8);

        assertTrue(err.contains("Interrupted: stopped after the write in flight."), err);
        assertTrue(err.contains("Writes made (1 of 2): CreateRole create role rudderstack"), err);
        assertTrue(err.contains("Not made: PutRolePolicy put inline policy"), err);
        assertTrue(err.contains("stopped before PutRolePolicy: the apply was interrupted"), err);
        List<String> writes = iam.actions().stream().filter(a -> !a.startsWith("Get") && !a.startsWith("List"))
                .collect(java.util.stream.Collectors.toList());
        assertEquals(List.of("CreateRole"), writes, "no write after the one in flight, no roll-back");
        assertFalse(err.contains("\tat "), err);
    }
}
