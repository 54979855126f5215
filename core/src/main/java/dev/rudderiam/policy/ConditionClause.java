package dev.rudderiam.policy;

import java.util.List;
import java.util.Objects;

/**
 * One operator, key and its values, taken from a {@link Condition}: the unit a condition test is made of.
 *
 * @param operator the condition operator
 * @param key the context key
 * @param values the policy values, any of which may match
 */
public record ConditionClause(ConditionOperator operator, ConditionKey key, List<ConditionValue> values) {
    /** Copies the values and checks for nulls. */
    public ConditionClause {
        Objects.requireNonNull(operator, "condition operator");
        Objects.requireNonNull(key, "condition key");
        values = List.copyOf(values);
    }
}
