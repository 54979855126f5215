package dev.rudderiam.eval;

import java.util.List;
import java.util.Objects;

/**
 * The value of one condition context key in a request: its type and its values. A single-valued key has exactly
 * one value; a multivalued key (such as {@code aws:TagKeys}, the reference's {@code ArrayOf...} types) has any
 * number, and only the {@code ForAllValues:}/{@code ForAnyValue:} operators test it value by value.
 *
 * <p>Values are kept as text: the condition operator decides how they convert (number, date, IP address, ...), as
 * IAM does. Construction checks that each value has the form its type needs, so a typo fails here and not as a
 * silent "no match" later.
 *
 * @param type the type of each value
 * @param values the values, one for a single-valued key
 * @param multivalued whether the key is multivalued
 * @see <a href="https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-single-vs-multi-valued-context-keys.html">Single-valued
 *     vs. multivalued context keys</a>
 */
public record ContextValue(Type type, List<String> values, boolean multivalued) {

    /** The type of a context key's values, as the Service Authorization Reference names them. */
    public enum Type {
        STRING, NUMERIC, DATE, BOOL, BINARY, IP_ADDRESS, ARN;

        /**
         * {@return whether {@code text} converts to this type as the condition operators compare it}: a number of
         * at most 64 characters with a decimal exponent within -1,000 to 1,000, an ISO 8601 date or epoch seconds
         * within {@link java.time.Instant}'s range, {@code true}/{@code false}, base64, an IP address or CIDR block
         * ({@link IpLiterals}), an ARN; any string
         */
        public boolean accepts(String text) {
            return Conversions.convert(this, Objects.requireNonNull(text, "text")) != null;
        }
    }

    /** Checks nulls, the count of a single-valued key, and each value's form. */
    public ContextValue {
        Objects.requireNonNull(type, "context value type");
        values = List.copyOf(values);
        if (!multivalued && values.size() != 1) {
            throw new IllegalArgumentException("context value " + values
                    + " is invalid: a single-valued context key has exactly one value");
        }
        for (String value : values) {
            if (!type.accepts(value)) {
                throw new IllegalArgumentException("context value '" + value + "' is invalid: it is not of type "
                        + type + " (numbers, ISO 8601 dates or epoch seconds, true/false, base64, IP addresses"
                        + " or CIDR blocks, ARNs)");
            }
        }
    }

    /** {@return a single string value} */
    public static ContextValue of(String value) {
        return new ContextValue(Type.STRING, List.of(value), false);
    }

    /**
     * {@return the values of a multivalued string key, such as {@code aws:TagKeys}} A list is multivalued even with
     * one value or none: IAM evaluates it with the {@code ForAllValues}/{@code ForAnyValue} set operators, unlike a
     * single value.
     */
    public static ContextValue of(List<String> values) {
        return new ContextValue(Type.STRING, values, true);
    }

    /** {@return a single value of {@code type}} */
    public static ContextValue of(Type type, String value) {
        return new ContextValue(type, List.of(value), false);
    }

    /** {@return a single boolean value} */
    public static ContextValue of(boolean value) {
        return of(Type.BOOL, Boolean.toString(value));
    }
}
