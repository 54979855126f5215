package dev.rudderiam.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * The edges of an operator name: {@code IfExists} with nothing before it, qualifiers on unknown operators, "Not" in a
 * name IAM does not know.
 *
 * @see <a href="https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition_operators.html">Condition
 *     operators</a>
 */
class ConditionOperatorEdgesTest {
    @Test
    void ifExistsAloneIsAnUnknownOperatorNotASuffix() {
        ConditionOperator alone = ConditionOperator.of("IfExists");
        ConditionOperator qualified = ConditionOperator.of("ForAllValues:IfExists");

        assertFalse(alone.ifExists());
        assertEquals("IfExists", alone.baseName());
        assertEquals("IfExists", qualified.baseName());
        assertEquals(ConditionOperator.Family.UNKNOWN, qualified.family());
        assertTrue(ConditionOperator.of("BoolIfExists").ifExists());
        assertEquals("Bool", ConditionOperator.of("BoolIfExists").baseName());
    }

    @Test
    void aPlainOperatorHasNoQualifierAndKeepsItsName() {
        ConditionOperator plain = ConditionOperator.of("StringEquals");

        assertEquals(ConditionOperator.SetQualifier.NONE, plain.qualifier());
        assertEquals("StringEquals", plain.baseName());
        assertFalse(plain.ifExists());
        assertEquals("StringEquals", plain.toString());
        assertEquals("ForAnyValue:StringNotLike", ConditionOperator.of("ForAnyValue:StringNotLike").toString(),
                "the name as written, qualifier included");
    }

    @Test
    void onlyAKnownOperatorWithNotInItsBaseIsNegated() {
        assertTrue(ConditionOperator.of("ForAllValues:StringNotLikeIfExists").isNegated());
        assertTrue(ConditionOperator.of("ArnNotEquals").isNegated());
        assertFalse(ConditionOperator.of("NotARealOperator").isNegated(), "unknown: not claimed to negate");
        assertFalse(ConditionOperator.of("ForAnyValue:Null").isKnown(), "Null takes no qualifier");
        assertTrue(ConditionOperator.of("ForAnyValue:StringLike").isKnown());
    }

    @Test
    void anEmptyNameIsRefusedInOneLine() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ConditionOperator.of(""));

        assertEquals("condition operator '' is invalid: an operator name is not empty", e.getMessage());
    }
}
