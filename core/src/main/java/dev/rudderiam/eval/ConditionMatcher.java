package dev.rudderiam.eval;

import dev.rudderiam.pattern.Glob;
import dev.rudderiam.policy.ConditionClause;
import dev.rudderiam.policy.ConditionOperator;
import dev.rudderiam.policy.ConditionValue;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One compiled condition clause (operator, key, values) and its truth for a request.
 *
 * <p>Rules, each from the IAM User Guide:
 * <ul>
 *   <li>several values of one key are ORed; for a negated operator ({@code StringNotEquals}, {@code NotIpAddress},
 *       ...) they are NORed: the request value must match none of them
 *       (<a href="https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-logic-multiple-context-keys-or-values.html">Conditions
 *       with multiple context keys or values</a>);</li>
 *   <li>a key missing from the request makes the clause false, except that a negated operator is then true, an
 *       {@code ...IfExists} operator is true, and {@code Null} tests exactly that absence
 *       (<a href="https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition_operators.html">Condition
 *       operators</a>, "If the key that you specify in a policy condition is not present in the request
 *       context, the values do not match");</li>
 *   <li>{@code ForAllValues:} is true when every request value matches (and when the key is missing or empty);
 *       {@code ForAnyValue:} when at least one does (false when missing)
 *       (<a href="https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-single-vs-multi-valued-context-keys.html">Set
 *       operators for multivalued context keys</a>);</li>
 *   <li>values convert to the operator family's type; a value that does not convert matches nothing, and a
 *       request value that does not convert makes the clause false whatever the operator;</li>
 *   <li>a multivalued key with several values under an operator without set qualifier makes the clause false
 *       (AWS says such keys "require a condition set operator"); an operator this library does not know is false.</li>
 * </ul>
 */
final class ConditionMatcher {
    private enum Op {
        STRING_EQUALS, STRING_EQUALS_IGNORE_CASE, STRING_LIKE, NUMERIC_EQUALS, NUMERIC_LESS_THAN,
        NUMERIC_LESS_THAN_EQUALS, NUMERIC_GREATER_THAN, NUMERIC_GREATER_THAN_EQUALS, DATE_EQUALS, DATE_LESS_THAN,
        DATE_LESS_THAN_EQUALS, DATE_GREATER_THAN, DATE_GREATER_THAN_EQUALS, BOOL, BINARY_EQUALS, IP_ADDRESS,
        ARN_LIKE, NULL, UNKNOWN
    }

    private final String key;
    private final Op op;
    private final boolean negated;
    private final boolean ifExists;
    private final ConditionOperator.SetQualifier qualifier;
    /** Policy values converted for the family: Glob, Glob[6] (ARN), BigDecimal, Instant, Boolean, byte[], Cidr. */
    private final @Nullable Object[] values;
    /**
     * The comparison of one request value compiled to its simplest form, or null for the general one
     * ({@link #testValue}): a {@code StringEquals} or {@code StringNotEquals} (any qualifier, {@code IfExists} or
     * not) whose values are all plain text, without policy variable ({@link #plainValues}), or a {@code Bool}
     * ({@link #boolValues}). The same verdicts without converting the request value or dispatching on the operator
     * per policy value; {@code ConditionProperties} compares them with the general form.
     */
    private final @Nullable Simple simple;
    /** For {@link Simple#PLAIN_STRINGS}: the policy values as compared, by {@link String#equals}. */
    private final String[] plainValues;
    /** For {@link Simple#BOOLS}: bit 1 when a policy value is {@code true}, bit 0 when one is {@code false}. */
    private final int boolValues;

    private static final String[] NO_TEXTS = {};

    /** The simple forms of a comparison. */
    private enum Simple {
        PLAIN_STRINGS, BOOLS
    }

    ConditionMatcher(ConditionClause clause, boolean variables) {
        this(clause, variables, true);
    }

    /**
     * @param simplify whether to compile the comparison to its simple form where there is one; false keeps the
     *     general form, the reference the tests compare the simple forms with
     */
    ConditionMatcher(ConditionClause clause, boolean variables, boolean simplify) {
        ConditionOperator operator = clause.operator();
        this.key = clause.key().normalized().intern(); // for Request.internedValue
        this.qualifier = operator.qualifier();
        this.ifExists = operator.ifExists();
        String base = operator.baseName();
        this.negated = operator.isNegated();
        this.op = operator.family() == ConditionOperator.Family.UNKNOWN ? Op.UNKNOWN : op(base);
        List<ConditionValue> policyValues = clause.values();
        this.values = new Object[policyValues.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = convertPolicyValue(policyValues.get(i).text(), variables);
        }
        String[] plain = op == Op.STRING_EQUALS ? plainTexts(values) : null;
        this.simple = !simplify ? null : plain != null ? Simple.PLAIN_STRINGS : op == Op.BOOL ? Simple.BOOLS : null;
        this.plainValues = plain == null ? NO_TEXTS : plain;
        int bools = 0;
        for (Object value : values) {
            if (value instanceof Boolean) {
                bools |= (Boolean) value ? 2 : 1;
            }
        }
        this.boolValues = bools;
    }

    /** {@return whether the comparison has a simple form, so that testing the clause costs little} */
    boolean simple() {
        return simple != null;
    }

    /** {@return the texts of {@code StringEquals} values when none holds a policy variable, else null} */
    private static String @Nullable [] plainTexts(@Nullable Object[] values) {
        String[] out = new String[values.length];
        for (int i = 0; i < values.length; i++) {
            Glob glob = (Glob) values[i];
            if (glob == null || !glob.isLiteral()) {
                return null;
            }
            out[i] = glob.literalPrefix(); // the whole text, as compared
        }
        return out;
    }

    private static Op op(String base) {
        String positive = base.replace("Not", "");
        switch (positive) {
            case "StringEquals": return Op.STRING_EQUALS;
            case "StringEqualsIgnoreCase": return Op.STRING_EQUALS_IGNORE_CASE;
            case "StringLike": return Op.STRING_LIKE;
            case "NumericEquals": return Op.NUMERIC_EQUALS;
            case "NumericLessThan": return Op.NUMERIC_LESS_THAN;
            case "NumericLessThanEquals": return Op.NUMERIC_LESS_THAN_EQUALS;
            case "NumericGreaterThan": return Op.NUMERIC_GREATER_THAN;
            case "NumericGreaterThanEquals": return Op.NUMERIC_GREATER_THAN_EQUALS;
            case "DateEquals": return Op.DATE_EQUALS;
            case "DateLessThan": return Op.DATE_LESS_THAN;
            case "DateLessThanEquals": return Op.DATE_LESS_THAN_EQUALS;
            case "DateGreaterThan": return Op.DATE_GREATER_THAN;
            case "DateGreaterThanEquals": return Op.DATE_GREATER_THAN_EQUALS;
            case "Bool": return Op.BOOL;
            case "BinaryEquals": return Op.BINARY_EQUALS;
            case "IpAddress": return Op.IP_ADDRESS;
            // "ArnEquals and ArnLike behave the same": each of the six ARN parts may hold wildcards.
            case "ArnEquals": case "ArnLike": return Op.ARN_LIKE;
            case "Null": return Op.NULL;
            default: return Op.UNKNOWN;
        }
    }

    private @Nullable Object convertPolicyValue(String text, boolean variables) {
        Glob.Syntax like = variables ? Glob.Syntax.PATTERN : Glob.Syntax.PATTERN_NO_VARIABLES;
        switch (op) {
            // Policy variables are allowed in string and ARN comparisons
            // (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_variables.html).
            case STRING_EQUALS: return Glob.of(text, variables ? Glob.Syntax.LITERAL : Glob.Syntax.PLAIN);
            case STRING_EQUALS_IGNORE_CASE: return Glob.of(text,
                    variables ? Glob.Syntax.LITERAL_IGNORE_CASE : Glob.Syntax.PLAIN_IGNORE_CASE);
            case STRING_LIKE: return Glob.of(text, like);
            case ARN_LIKE: return arnParts(text, like);
            case NUMERIC_EQUALS: case NUMERIC_LESS_THAN: case NUMERIC_LESS_THAN_EQUALS: case NUMERIC_GREATER_THAN:
            case NUMERIC_GREATER_THAN_EQUALS:
                return Conversions.number(text);
            case DATE_EQUALS: case DATE_LESS_THAN: case DATE_LESS_THAN_EQUALS: case DATE_GREATER_THAN:
            case DATE_GREATER_THAN_EQUALS:
                return Conversions.date(text);
            case BOOL: case NULL: return Conversions.bool(text);
            case BINARY_EQUALS: return Conversions.binary(text);
            case IP_ADDRESS: return Conversions.cidr(text);
            default: return null;
        }
    }

    private static Glob @Nullable [] arnParts(String text, Glob.Syntax syntax) {
        String[] parts = text.split(":", 6);
        if (parts.length != 6) {
            return null;
        }
        Glob[] globs = new Glob[6];
        for (int i = 0; i < 6; i++) {
            globs[i] = Glob.of(parts[i], syntax);
        }
        return globs;
    }

    boolean test(Request request) {
        if (op == Op.UNKNOWN) {
            return false;
        }
        ContextValue value = request.internedValue(key);
        boolean absent = value == null || value.values().isEmpty();
        if (op == Op.NULL) {
            // Null: "true" when the key is absent, "false" when present
            // (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition_operators.html#Conditions_Null).
            for (Object expected : values) {
                if (expected != null && (Boolean) expected == absent) {
                    return true;
                }
            }
            return false;
        }
        if (absent) {
            if (ifExists) {
                return true;
            }
            if (qualifier == ConditionOperator.SetQualifier.FOR_ALL_VALUES) {
                return true;
            }
            if (qualifier == ConditionOperator.SetQualifier.FOR_ANY_VALUE) {
                return false;
            }
            return negated;
        }
        List<String> requestValues = Objects.requireNonNull(value, "present value").values();
        switch (qualifier) {
            case FOR_ALL_VALUES:
                for (String v : requestValues) {
                    if (!testValue(v, request)) {
                        return false;
                    }
                }
                return true;
            case FOR_ANY_VALUE:
                for (String v : requestValues) {
                    if (testValue(v, request)) {
                        return true;
                    }
                }
                return false;
            default:
                return requestValues.size() == 1 && testValue(requestValues.get(0), request);
        }
    }

    /** {@return the clause's verdict for one request value: OR over the policy values, NOR when negated} */
    private boolean testValue(String requestText, Request request) {
        if (simple == Simple.PLAIN_STRINGS) {
            for (String expected : plainValues) {
                if (expected.equals(requestText)) {
                    return !negated;
                }
            }
            return negated;
        }
        if (simple == Simple.BOOLS) {
            Boolean bool = Conversions.bool(requestText);
            return bool != null && negated != ((boolValues & (bool ? 2 : 1)) != 0);
        }
        Object converted = convertRequestValue(requestText);
        if (converted == null) {
            return false;
        }
        boolean any = false;
        for (Object expected : values) {
            if (expected != null && matches(expected, converted, request)) {
                any = true;
                break;
            }
        }
        return negated != any;
    }

    private @Nullable Object convertRequestValue(String text) {
        switch (op) {
            case STRING_EQUALS: case STRING_EQUALS_IGNORE_CASE: case STRING_LIKE: return text;
            case ARN_LIKE: {
                String[] parts = text.split(":", 6);
                return parts.length == 6 && parts[0].equals("arn") ? parts : null;
            }
            case NUMERIC_EQUALS: case NUMERIC_LESS_THAN: case NUMERIC_LESS_THAN_EQUALS: case NUMERIC_GREATER_THAN:
            case NUMERIC_GREATER_THAN_EQUALS:
                return Conversions.number(text);
            case DATE_EQUALS: case DATE_LESS_THAN: case DATE_LESS_THAN_EQUALS: case DATE_GREATER_THAN:
            case DATE_GREATER_THAN_EQUALS:
                return Conversions.date(text);
            case BOOL: return Conversions.bool(text);
            case BINARY_EQUALS: return Conversions.binary(text);
            case IP_ADDRESS: {
                Conversions.Cidr cidr = Conversions.cidr(text);
                return cidr == null || cidr.prefix() != cidr.address().length * 8 ? null : cidr;
            }
            default: return null;
        }
    }

    private boolean matches(Object expected, Object actual, Request request) {
        switch (op) {
            case STRING_EQUALS: case STRING_EQUALS_IGNORE_CASE: case STRING_LIKE:
                return ((Glob) expected).matches((String) actual, request.variables());
            case ARN_LIKE: {
                Glob[] parts = (Glob[]) expected;
                String[] actualParts = (String[]) actual;
                for (int i = 0; i < 6; i++) {
                    if (!parts[i].matches(actualParts[i], request.variables())) {
                        return false;
                    }
                }
                return true;
            }
            case NUMERIC_EQUALS: return compare(actual, expected) == 0;
            case NUMERIC_LESS_THAN: case DATE_LESS_THAN: return compare(actual, expected) < 0;
            case NUMERIC_LESS_THAN_EQUALS: case DATE_LESS_THAN_EQUALS: return compare(actual, expected) <= 0;
            case NUMERIC_GREATER_THAN: case DATE_GREATER_THAN: return compare(actual, expected) > 0;
            case NUMERIC_GREATER_THAN_EQUALS: case DATE_GREATER_THAN_EQUALS: return compare(actual, expected) >= 0;
            case DATE_EQUALS: return compare(actual, expected) == 0;
            case BOOL: return expected.equals(actual);
            case BINARY_EQUALS: return Arrays.equals((byte[]) expected, (byte[]) actual);
            // IP_ADDRESS: the other operators (Null, unknown ones) are decided in test() before any value.
            default: return ((Conversions.Cidr) expected).contains((Conversions.Cidr) actual);
        }
    }

    private static int compare(Object actual, Object expected) {
        if (actual instanceof BigDecimal) {
            return ((BigDecimal) actual).compareTo((BigDecimal) expected);
        }
        return ((Instant) actual).compareTo((Instant) expected);
    }
}
