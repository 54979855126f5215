package dev.rudderiam.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.rudderiam.policy.PolicyDocument;
import dev.rudderiam.policy.PolicySize;
import dev.rudderiam.role.RudderStack;
import org.junit.jupiter.api.Test;

class PolicyContextTest {
    private final PolicyDocument trust = RudderStack.trustPolicy("ws-123");

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
