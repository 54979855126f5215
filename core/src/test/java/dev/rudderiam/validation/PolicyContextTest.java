package dev.rudderiam.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.rudderiam.policy.PolicyDocument;
import dev.rudderiam.policy.PolicySize;
import dev.rudderiam.role.RudderStack;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class PolicyContextTest {
    private final PolicyDocument trust = RudderStack.trustPolicy("ws-123");

    @Test
    void memoComputesOncePerKey() {
        PolicyContext context = new PolicyContext(trust, PolicyType.TRUST, 2048);
        AtomicInteger calls = new AtomicInteger();
        Object first = new Object();
        Object second = new Object();
        String a = context.memo(first, c -> "a" + calls.incrementAndGet());
        String b = context.memo(second, c -> "b" + calls.incrementAndGet());
        assertSame(a, context.memo(first, c -> "again"));
        assertSame(b, context.memo(second, c -> "again"));
        assertEquals("a1", a);
        assertEquals("b2", b);
        assertEquals(2, calls.get());
    }

    @Test
    void sizeIsIamsCountOfTheCanonicalJson() {
        assertEquals(PolicySize.of(trust), new PolicyContext(trust, PolicyType.TRUST, 2048).size());
    }

    @Test
    void aQuotaIsPositive() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new PolicyContext(trust, PolicyType.TRUST, 0));
        assertEquals("size quota '0' is invalid: it is a positive number of characters", e.getMessage());
    }
}
