package dev.rudderiam.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ConditionOperatorTest {

    @Test
    void splitsQualifierBaseAndIfExists() {
        ConditionOperator op = ConditionOperator.of("ForAnyValue:StringLikeIfExists");
        assertEquals(ConditionOperator.SetQualifier.FOR_ANY_VALUE, op.qualifier());
        assertTrue(op.ifExists());
        assertEquals("StringLike", op.baseName());
        assertEquals(ConditionOperator.Family.STRING, op.family());
        assertEquals(ConditionOperator.SetQualifier.FOR_ALL_VALUES,
                ConditionOperator.of("ForAllValues:ArnEquals").qualifier());
    }

    @Test
    void knowsEveryDocumentedFamily() {
        assertEquals(ConditionOperator.Family.NUMERIC, ConditionOperator.of("NumericGreaterThanEqualsIfExists").family());
        assertEquals(ConditionOperator.Family.DATE, ConditionOperator.of("DateLessThan").family());
        assertEquals(ConditionOperator.Family.BOOL, ConditionOperator.of("BoolIfExists").family());
        assertEquals(ConditionOperator.Family.BINARY, ConditionOperator.of("BinaryEquals").family());
        assertEquals(ConditionOperator.Family.IP_ADDRESS, ConditionOperator.of("NotIpAddress").family());
        assertEquals(ConditionOperator.Family.ARN, ConditionOperator.of("ArnNotLike").family());
        assertEquals(ConditionOperator.Family.NULL, ConditionOperator.NULL.family());
        assertTrue(ConditionOperator.of("StringNotEqualsIgnoreCase").isNegated());
        assertFalse(ConditionOperator.STRING_EQUALS.isNegated());
    }

    @Test
    void unknownOperatorsStillParse() {
        ConditionOperator future = ConditionOperator.of("StringMatchesRegex");
        assertEquals(ConditionOperator.Family.UNKNOWN, future.family());
        assertFalse(future.isKnown());
        // IAM has no NullIfExists operator.
        assertFalse(ConditionOperator.of("NullIfExists").isKnown());
        assertFalse(ConditionOperator.of("IfExists").isKnown());
    }
}
