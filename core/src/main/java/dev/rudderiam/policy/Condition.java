package dev.rudderiam.policy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A statement's {@code Condition} element: operators, each with its keys, each key with one or more values, in the
 * order written. All clauses must hold for the statement to apply (AND); the values of one key are alternatives
 * (OR). An operator with no keys or a key with no values is held as written so the validator can report it.
 *
 * <pre>{@code
 * Condition c = Condition.builder()
 *     .add(ConditionOperator.STRING_EQUALS, ConditionKey.STS_EXTERNAL_ID, ConditionValue.of("ws-123"))
 *     .build();
 * }</pre>
 *
 * @param operators keys and values per operator, in the order written
 * @see <a href="https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition.html">IAM
 *     JSON policy elements: Condition</a>
 */
public record Condition(Map<ConditionOperator, Map<ConditionKey, List<ConditionValue>>> operators) {
    /** The condition with no operators. */
    public static final Condition EMPTY = new Condition(Map.of());

    /**
     * Copies the nested maps and lists, keeping their order, and checks for nulls. This is every check a condition
     * has, whether it comes from {@link #builder()}, from the JSON reader or from this constructor: no path makes a
     * condition the constructor would refuse.
     *
     * @throws NullPointerException naming the operator, key, values list or value that is null
     */
    public Condition {
        Objects.requireNonNull(operators, "condition");
        operators = OrderedMaps.copyOf(operators, "condition operator", "condition keys",
                keys -> OrderedMaps.copyOf(keys, "condition key", "condition values",
                        values -> OrderedMaps.copyOfList(values, "condition value")));
    }

    /** {@return a builder for a condition} */
    public static Builder builder() {
        return new Builder();
    }

    /** {@return whether there are no operators} */
    public boolean isEmpty() {
        return operators.isEmpty();
    }

    /** {@return every (operator, key, values) triple, in the order written} */
    public List<ConditionClause> clauses() {
        List<ConditionClause> clauses = new ArrayList<>();
        operators.forEach((operator, keys) ->
                keys.forEach((key, values) -> clauses.add(new ConditionClause(operator, key, values))));
        return List.copyOf(clauses);
    }

    /** {@return a builder holding this condition's clauses} */
    public Builder toBuilder() {
        Builder builder = new Builder();
        operators.forEach((operator, keys) -> {
            builder.operator(operator);
            keys.forEach((key, values) -> builder.put(operator, key, values));
        });
        return builder;
    }

    /** Collects clauses in order. Not thread-safe; {@link #build()} can be called again. */
    public static final class Builder {
        private final Map<ConditionOperator, Map<ConditionKey, List<ConditionValue>>> operators =
                new LinkedHashMap<>();

        private Builder() {
        }

        /** Adds {@code operator} with no keys yet, keeping its place in the order. */
        public Builder operator(ConditionOperator operator) {
            operators.computeIfAbsent(Objects.requireNonNull(operator, "condition operator"),
                    o -> new LinkedHashMap<>());
            return this;
        }

        /** Appends {@code values} to those of {@code key} under {@code operator}. */
        public Builder add(ConditionOperator operator, ConditionKey key, ConditionValue... values) {
            return add(operator, key, Arrays.asList(values));
        }

        /** Appends string {@code values} to those of {@code key} under {@code operator}. */
        public Builder add(String operator, String key, String... values) {
            List<ConditionValue> converted = new ArrayList<>();
            for (String value : values) {
                converted.add(ConditionValue.of(value));
            }
            return add(ConditionOperator.of(operator), ConditionKey.of(key), converted);
        }

        /** Appends {@code values} to those of {@code key} under {@code operator}. */
        public Builder add(ConditionOperator operator, ConditionKey key, List<ConditionValue> values) {
            operator(operator);
            Objects.requireNonNull(operators.get(operator)).computeIfAbsent(Objects.requireNonNull(key, "condition key"),
                    k -> new ArrayList<>()).addAll(values);
            return this;
        }

        /** Replaces the values of {@code key} under {@code operator}; an empty list keeps an empty key. */
        public Builder put(ConditionOperator operator, ConditionKey key, List<ConditionValue> values) {
            operator(operator);
            Objects.requireNonNull(operators.get(operator)).put(Objects.requireNonNull(key, "condition key"), new ArrayList<>(values));
            return this;
        }

        /** {@return the condition} */
        public Condition build() {
            return new Condition(operators);
        }
    }
}
