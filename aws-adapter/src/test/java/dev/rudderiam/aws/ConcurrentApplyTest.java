package dev.rudderiam.aws;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rudderiam.role.RoleSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.RepeatedTest;

class ConcurrentApplyTest {
    private static final int THREADS = 8;

    @RepeatedTest(20)
    void eightThreadsApplyingTheSameSpecMakeOneCorrectRole() throws Exception {
        InProcessIam iam = new InProcessIam();
        RoleManager roles = RoleManager.builder(iam).retryBudget(RetryBudget.immediate(10)).build();
        RoleSpec spec = Roles.full("rudder-shared");
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<ApplyResult>> results = new ArrayList<>();
            for (int i = 0; i < THREADS; i++) {
                results.add(pool.submit(() -> {
                    start.await();
                    return roles.apply(spec);
                }));
            }
            start.countDown();
            int created = 0;
            for (Future<ApplyResult> result : results) {
                ApplyResult done = result.get(30, TimeUnit.SECONDS); // an unexpected error fails here
                assertTrue(done.succeeded(), done.toString());
                created += done.outcome() == ApplyResult.Outcome.CREATED ? 1 : 0;
            }
            assertEquals(1, created, "exactly one thread created the role");
        } finally {
            pool.shutdownNow();
        }
        assertEquals(1, iam.roleCount());
        Roles.assertMatches(spec, iam.role("rudder-shared").orElseThrow());
        assertTrue(roles.plan(spec).isNoOp());
    }
}
