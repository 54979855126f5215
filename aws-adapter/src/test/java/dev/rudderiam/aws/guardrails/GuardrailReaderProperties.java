package dev.rudderiam.aws.guardrails;

import dev.rudderiam.aws.guardrails.fake.Accounts;
import dev.rudderiam.aws.guardrails.fake.GuardrailWorld;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rudderiam.guardrails.Guardrails;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * No partial silent result: whichever single call of a complete read fails, with whichever error that does not
 * mean "absent", the read fails with the guardrail it could not read, and the caller's guardrails stay unchanged.
 */
class GuardrailReaderProperties {
    /** The calls of a complete read of the example account. */
    static final int CALLS = callsOfACompleteRead();

    static int callsOfACompleteRead() {
        GuardrailWorld world = Accounts.world();
        GuardrailReaderTest.read(world);
        return world.calls().size();
    }

    @Property(tries = 60)
    void anyFailedCallFailsTheWholeReadAndAddsNothing(@ForAll @IntRange(min = 1, max = 40) int call,
            @ForAll("errors") String code) {
        int n = 1 + (call - 1) % CALLS;
        GuardrailWorld world = Accounts.world().failCall(n, 400, code);
        Guardrails.Builder into = Guardrails.builder();
        GuardrailReadException e = assertThrows(GuardrailReadException.class,
                () -> GuardrailReaderTest.reader(world).build().read(into), () -> "call " + n + " failing with "
                        + code + " went unnoticed: " + world.calls());
        assertTrue(e.getMessage().contains(code), e.getMessage());
        GuardrailReaderTest.assertNothingRead(into);
    }

    @Provide
    Arbitrary<String> errors() {
        return Arbitraries.of("AccessDenied", "AccessDeniedException", "ThrottlingException",
                "TooManyRequestsException", "SlowDown", "ServiceException", "KMSInternalException", "InternalError");
    }
}
