package dev.rudderiam.role;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rudderiam.arn.Arn;
import dev.rudderiam.json.PolicyJson;
import dev.rudderiam.policy.PolicyDocument;
import org.junit.jupiter.api.Test;

class RudderStackTest {

    /** The document the IAM console builds, as given in RudderStack's setup guide and issue #2. */
    private static final String CONSOLE_TRUST_POLICY = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":"
            + "\"Allow\",\"Principal\":{\"AWS\":\"arn:aws:iam::422074288268:root\"},\"Action\":\"sts:AssumeRole\","
            + "\"Condition\":{\"StringEquals\":{\"sts:ExternalId\":\"2Nk4t3WkHTGYzbTvG2zLXJXKNoF\"}}}]}";

    @Test
    void trustPolicyIsExactlyWhatTheConsoleWrites() {
        assertEquals(CONSOLE_TRUST_POLICY, PolicyJson.write(RudderStack.trustPolicy("2Nk4t3WkHTGYzbTvG2zLXJXKNoF")));
    }

    @Test
    void workspaceIdMustBeAValidExternalId() {
        IllegalArgumentException tooShort =
                assertThrows(IllegalArgumentException.class, () -> RudderStack.trustPolicy("x"));
        assertTrue(tooShort.getMessage().contains("external id 'x'"), tooShort.getMessage());
        IllegalArgumentException badChar =
                assertThrows(IllegalArgumentException.class, () -> RudderStack.trustPolicy("ws id"));
        assertTrue(badChar.getMessage().contains("2 to 1224"), badChar.getMessage());
        assertThrows(IllegalArgumentException.class, () -> RudderStack.trustPolicy("a".repeat(1225)));
        RudderStack.trustPolicy("a".repeat(1224));
        RudderStack.trustPolicy("ab");
    }

    @Test
    void furtherTrustedPartiesGetTheirOwnStatement() {
        PolicyDocument trust = RudderStack.trustPolicyBuilder("workspace-1")
                .trust(Arn.parse("arn:aws:iam::123456789012:user/snowflake-abc"), ExternalId.of("SF_EXT_ID=1"))
                .build();
        assertEquals(2, trust.statements().size());
        String expected = "{\"Effect\":\"Allow\",\"Principal\":{\"AWS\":\"arn:aws:iam::123456789012:user/snowflake-abc\"},"
                + "\"Action\":\"sts:AssumeRole\",\"Condition\":{\"StringEquals\":{\"sts:ExternalId\":\"SF_EXT_ID=1\"}}}";
        assertTrue(PolicyJson.write(trust).endsWith("," + expected + "]}"), PolicyJson.write(trust));
    }
}
