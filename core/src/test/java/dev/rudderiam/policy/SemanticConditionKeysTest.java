package dev.rudderiam.policy;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rudderiam.json.PolicyJson;
import org.junit.jupiter.api.Test;

/**
 * One condition key written twice under one operator, in different case: IAM reads condition key names ignoring
 * case, ANDs the keys of an operator block and ORs the values of one key
 * (<a href="https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-logic-multiple-context-keys-or-values.html">Condition
 * logic with multiple context keys or values</a>). So the two spellings are two conditions that must both hold, never
 * one key with both values: semantic equality must not take the narrower policy for the wider one, or the planner
 * would leave a role granting more than its spec as "unchanged".
 */
class SemanticConditionKeysTest {
    private static PolicyDocument withCondition(String condition) {
        return PolicyJson.read("{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\","
                + "\"Action\":\"s3:GetObject\",\"Resource\":\"*\",\"Condition\":{\"StringEquals\":" + condition + "}}]}");
    }

    @Test
    void theSameKeyTwiceInDifferentCaseIsNotOneKeyWithBothValues() {
        PolicyDocument both = withCondition("{\"aws:SourceArn\":\"a\",\"AWS:SOURCEARN\":\"b\"}");
        PolicyDocument either = withCondition("{\"aws:SourceArn\":[\"a\",\"b\"]}");
        assertFalse(both.semanticallyEquals(either));
        assertFalse(either.semanticallyEquals(both));
    }

    @Test
    void theSameKeyTwiceWithTheSameValuesIsTheKeyOnce() {
        PolicyDocument twice = withCondition("{\"aws:SourceArn\":\"a\",\"AWS:SOURCEARN\":\"a\"}");
        PolicyDocument once = withCondition("{\"aws:sourcearn\":\"a\"}");
        assertTrue(twice.semanticallyEquals(once));
    }
}
