package dev.rudderiam.aws;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/** An apply stopped from another thread (a shutdown hook) finishes the write in flight and makes no other. */
class WriteGuardTest {
    @Test
    void stopLetsTheWriteInFlightFinishAndNoOtherStart() throws Exception {
        InProcessIam iam = new InProcessIam();
        WriteGuard guard = new WriteGuard();
        RoleManager roles = RoleManager.builder(iam).writeGuard(guard).build();
        AtomicBoolean idle = new AtomicBoolean();
        // Call 0 is GetRole, 1 CreateRole, 2 PutRolePolicy: the stop arrives while CreateRole is in flight.
        Thread[] stopper = new Thread[1];
        iam.onCall(1, () -> {
            stopper[0] = new Thread(() -> idle.set(guard.stop(Duration.ofSeconds(10))));
            stopper[0].start();
            while (!guard.stopped()) {
                Thread.onSpinWait();
            }
        });

        ApplyFailedException e = assertThrows(ApplyFailedException.class,
                () -> roles.apply(Roles.s3Destination("rudder-stop")));
        stopper[0].join(10_000);

        assertTrue(idle.get(), "the write in flight finished before stop returned");
        assertEquals(List.of("CreateRole"), Roles.writes(iam), "no write after the one in flight, no roll-back");
        assertEquals(List.of("CreateRole create role rudder-stop (path /, max session 3600 s, 1 tag)"),
                guard.completed());
        assertTrue(e.getMessage().contains("stopped before PutRolePolicy: the apply was interrupted"), e.getMessage());
        assertTrue(e.getMessage().contains("stopped after the write in flight as asked"), e.getMessage());
        assertEquals(ApplyResult.Outcome.FAILED, e.result().outcome());
        assertTrue(e.result().state().isPresent(), "what exists is read back and reported");
        RoleManager again = RoleManager.builder(iam).build();
        assertEquals(ApplyResult.Outcome.UPDATED, again.apply(Roles.s3Destination("rudder-stop")).outcome(),
                "applying again finishes the work");
        Roles.assertMatches(Roles.s3Destination("rudder-stop"), iam.role("rudder-stop").orElseThrow());
    }
}
