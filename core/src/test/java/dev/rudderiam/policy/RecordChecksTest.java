package dev.rudderiam.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@link Condition} and {@link PrincipalSet} are records, so their canonical constructors are public; the compact
 * constructors therefore hold every check, and a value made with {@code new} is as checked as one from a builder or
 * the JSON reader: a null anywhere is refused with a message naming what was null, and the value shares nothing
 * mutable with its argument.
 */
class RecordChecksTest {
    private static final ConditionOperator EQUALS = ConditionOperator.STRING_EQUALS;
    private static final ConditionKey EXTERNAL_ID = ConditionKey.STS_EXTERNAL_ID;

    @Test
    void conditionRefusesANullValueNamingIt() {
        List<ConditionValue> values = Arrays.asList(ConditionValue.of("ws-1"), null);
        NullPointerException e = assertThrows(NullPointerException.class,
                () -> new Condition(Map.of(EQUALS, Map.of(EXTERNAL_ID, values))));
        assertEquals("condition value", e.getMessage());
    }

    @Test
    void conditionBuilderRefusesANullValueWithTheSameMessage() {
        List<ConditionValue> values = Arrays.asList(ConditionValue.of("ws-1"), null);
        Condition.Builder builder = Condition.builder().add(EQUALS, EXTERNAL_ID, values);
        NullPointerException e = assertThrows(NullPointerException.class, builder::build);
        assertEquals("condition value", e.getMessage());
    }

    @Test
    void conditionRefusesNullOperatorKeyAndListsNamingEach() {
        Map<ConditionOperator, Map<ConditionKey, List<ConditionValue>>> nullOperator = new LinkedHashMap<>();
        nullOperator.put(null, Map.of());
        assertEquals("condition operator",
                assertThrows(NullPointerException.class, () -> new Condition(nullOperator)).getMessage());

        Map<ConditionOperator, Map<ConditionKey, List<ConditionValue>>> nullKeys = new LinkedHashMap<>();
        nullKeys.put(EQUALS, null);
        assertEquals("condition keys",
                assertThrows(NullPointerException.class, () -> new Condition(nullKeys)).getMessage());

        Map<ConditionKey, List<ConditionValue>> keyMap = new LinkedHashMap<>();
        keyMap.put(null, List.of());
        assertEquals("condition key",
                assertThrows(NullPointerException.class, () -> new Condition(Map.of(EQUALS, keyMap))).getMessage());

        Map<ConditionKey, List<ConditionValue>> nullValues = new LinkedHashMap<>();
        nullValues.put(EXTERNAL_ID, null);
        assertEquals("condition values",
                assertThrows(NullPointerException.class, () -> new Condition(Map.of(EQUALS, nullValues))).getMessage());

        assertEquals("condition", assertThrows(NullPointerException.class, () -> new Condition(null)).getMessage());
    }

    @Test
    void conditionSharesNothingMutableWithItsArgument() {
        List<ConditionValue> values = new ArrayList<>(List.of(ConditionValue.of("ws-1")));
        Map<ConditionKey, List<ConditionValue>> keys = new LinkedHashMap<>(Map.of(EXTERNAL_ID, values));
        Map<ConditionOperator, Map<ConditionKey, List<ConditionValue>>> operators =
                new LinkedHashMap<>(Map.of(EQUALS, keys));
        Condition condition = new Condition(operators);

        values.add(ConditionValue.of("ws-2"));
        keys.put(ConditionKey.of("aws:SourceIp"), List.of());
        operators.put(ConditionOperator.BOOL, Map.of());

        assertEquals(Map.of(EQUALS, Map.of(EXTERNAL_ID, List.of(ConditionValue.of("ws-1")))), condition.operators());
        assertThrows(UnsupportedOperationException.class, () -> condition.operators().clear());
        assertThrows(UnsupportedOperationException.class, () -> condition.operators().get(EQUALS).clear());
        assertThrows(UnsupportedOperationException.class,
                () -> condition.operators().get(EQUALS).get(EXTERNAL_ID).clear());
    }

    @Test
    void principalSetRefusesANullIdNamingIt() {
        List<String> ids = Arrays.asList("123456789012", null);
        NullPointerException e = assertThrows(NullPointerException.class,
                () -> new PrincipalSet(Map.of(PrincipalType.AWS, ids)));
        assertEquals("principal id", e.getMessage());
    }

    @Test
    void principalSetBuilderRefusesANullIdWithTheSameMessage() {
        PrincipalSet.Builder builder = PrincipalSet.builder().group(PrincipalType.AWS, Arrays.asList("1", null));
        assertEquals("principal id", assertThrows(NullPointerException.class, builder::build).getMessage());
    }

    @Test
    void principalSetRefusesNullTypeAndGroupNamingEach() {
        Map<PrincipalType, List<String>> nullType = new LinkedHashMap<>();
        nullType.put(null, List.of());
        assertEquals("principal type",
                assertThrows(NullPointerException.class, () -> new PrincipalSet(nullType)).getMessage());
        Map<PrincipalType, List<String>> nullGroup = new LinkedHashMap<>();
        nullGroup.put(PrincipalType.AWS, null);
        assertEquals("ids", assertThrows(NullPointerException.class, () -> new PrincipalSet(nullGroup)).getMessage());
        assertEquals("principal", assertThrows(NullPointerException.class, () -> new PrincipalSet(null)).getMessage());
    }

    @Test
    void principalSetSharesNothingMutableWithItsArgument() {
        List<String> ids = new ArrayList<>(List.of("123456789012"));
        Map<PrincipalType, List<String>> byType = new LinkedHashMap<>(Map.of(PrincipalType.AWS, ids));
        PrincipalSet set = new PrincipalSet(byType);

        ids.add("*");
        byType.put(PrincipalType.SERVICE, List.of("lambda.amazonaws.com"));

        assertEquals(Map.of(PrincipalType.AWS, List.of("123456789012")), set.byType());
        assertThrows(UnsupportedOperationException.class, () -> set.byType().clear());
        assertThrows(UnsupportedOperationException.class, () -> set.byType().get(PrincipalType.AWS).clear());
    }
}
