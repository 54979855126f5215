package dev.rudderiam.readme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rudderiam.json.JsonStyle;
import dev.rudderiam.json.PolicyJson;
import dev.rudderiam.policy.Effect;
import dev.rudderiam.policy.PolicyDocument;
import dev.rudderiam.policy.PolicySize;
import dev.rudderiam.policy.Statement;
import dev.rudderiam.role.RudderStack;
import org.junit.jupiter.api.Test;

/** The code of the README's "Core: policy documents" section, compiled and run. */
class ReadmeCoreExampleTest {

    @Test
    void readmeExampleRuns() {
        PolicyDocument trust = RudderStack.trustPolicy("2Nk4t3WkHTGYzbTvG2zLXJXKNoF");
        String json = PolicyJson.write(trust);
        assertEquals("{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":{\"AWS\":"
                + "\"arn:aws:iam::422074288268:root\"},\"Action\":\"sts:AssumeRole\",\"Condition\":{\"StringEquals\":"
                + "{\"sts:ExternalId\":\"2Nk4t3WkHTGYzbTvG2zLXJXKNoF\"}}}]}", json);

        PolicyDocument s3 = PolicyDocument.builder()
            .addStatement(Statement.builder().effect(Effect.ALLOW)
                .addAction("s3:PutObject").addAction("s3:PutObjectAcl")
                .addResource("arn:aws:s3:::rudder-events/*").build())
            .build();
        int size = PolicySize.of(s3);
        PolicyDocument back = PolicyJson.read(PolicyJson.write(s3, JsonStyle.PRETTY));
        boolean same = back.semanticallyEquals(s3);

        assertEquals(PolicyJson.write(s3).length(), size);
        assertTrue(same);
    }
}
