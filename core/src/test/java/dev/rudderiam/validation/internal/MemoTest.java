package dev.rudderiam.validation.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.rudderiam.role.RudderStack;
import dev.rudderiam.validation.PolicyContext;
import dev.rudderiam.validation.PolicyType;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class MemoTest {

    @Test
    void computesOncePerKeyAndContext() {
        PolicyContext context = new PolicyContext(RudderStack.trustPolicy("ws-123"), PolicyType.TRUST, 2048);
        AtomicInteger calls = new AtomicInteger();
        Object first = new Object();
        Object second = new Object();
        Object third = new Object();
        String a = Memo.of(context, first, c -> "a" + calls.incrementAndGet());
        String b = Memo.of(context, second, c -> "b" + calls.incrementAndGet());
        String c3 = Memo.of(context, third, c -> "c" + calls.incrementAndGet());
        assertSame(a, Memo.of(context, first, c -> "again"));
        assertSame(b, Memo.of(context, second, c -> "again"));
        assertSame(c3, Memo.of(context, third, c -> "again"));
        assertEquals("a1", a);
        assertEquals("b2", b);
        assertEquals("c3", c3);
        assertEquals(3, calls.get());

        PolicyContext other = new PolicyContext(RudderStack.trustPolicy("ws-123"), PolicyType.TRUST, 2048);
        assertEquals("fresh", Memo.of(other, first, c -> "fresh"));
    }
}
