package dev.rudderiam.policy;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One value in a condition, with the JSON type it was written in. IAM accepts strings, booleans and numbers and
 * compares them according to the operator; numbers keep their text exactly as written ({@code 1.50} stays
 * {@code 1.50}).
 *
 * @param text the value's text: the string, {@code true}/{@code false}, or the number as written
 * @param type the JSON type the value was written in
 * @see <a href="https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition.html">IAM
 *     JSON policy elements: Condition</a>
 */
public record ConditionValue(String text, JsonType type) {
    private static final Pattern JSON_NUMBER = Pattern.compile("-?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][+-]?[0-9]+)?");

    /** The JSON type a condition value was written in. */
    public enum JsonType {
        STRING, BOOLEAN, NUMBER
    }

    /** Checks that booleans are {@code true}/{@code false} and numbers are JSON numbers. */
    public ConditionValue {
        Objects.requireNonNull(text, "condition value");
        Objects.requireNonNull(type, "condition value type");
        if (type == JsonType.BOOLEAN && !text.equals("true") && !text.equals("false")) {
            throw new IllegalArgumentException(
                    "condition value '" + text + "' is invalid: a JSON boolean is true or false");
        }
        if (type == JsonType.NUMBER && !JSON_NUMBER.matcher(text).matches()) {
            throw new IllegalArgumentException(
                    "condition value '" + text + "' is invalid: a JSON number is written like -12, 3.5 or 1e3");
        }
    }

    /** {@return a string value} */
    public static ConditionValue of(String text) {
        return new ConditionValue(text, JsonType.STRING);
    }

    /** {@return a JSON boolean value} */
    public static ConditionValue of(boolean value) {
        return new ConditionValue(Boolean.toString(value), JsonType.BOOLEAN);
    }

    /**
     * {@return the JSON number written {@code text}}, kept exactly as written ({@code 1.50} stays {@code 1.50}).
     *
     * @throws IllegalArgumentException when {@code text} is not a JSON number such as {@code -12}, {@code 3.5} or
     *     {@code 1e3}
     */
    public static ConditionValue parseNumber(String text) {
        return new ConditionValue(text, JsonType.NUMBER);
    }

    /** {@return a JSON number value} */
    public static ConditionValue of(long value) {
        return new ConditionValue(Long.toString(value), JsonType.NUMBER);
    }

    @Override
    public String toString() {
        return type == JsonType.STRING ? '"' + text + '"' : text;
    }
}
