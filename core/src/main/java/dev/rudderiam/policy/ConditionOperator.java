package dev.rudderiam.policy;

import java.util.Objects;

/**
 * A condition operator such as {@code StringEquals}, {@code ForAnyValue:StringLike} or {@code ArnLikeIfExists}.
 * The type is open: an operator AWS adds tomorrow still parses, with {@link #family()} {@link Family#UNKNOWN}.
 *
 * <p>An operator name has an optional set qualifier prefix ({@code ForAllValues:} or {@code ForAnyValue:}), a base
 * operator, and an optional {@code IfExists} suffix (not allowed on {@code Null}).
 *
 * @param name the operator as written
 * @see <a href="https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition_operators.html">IAM
 *     JSON policy elements: Condition operators</a>
 * @see <a href="https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-single-vs-multi-valued-context-keys.html">Single-valued
 *     vs. multivalued context keys</a>
 */
public record ConditionOperator(String name) {
    public static final ConditionOperator STRING_EQUALS = new ConditionOperator("StringEquals");
    public static final ConditionOperator STRING_NOT_EQUALS = new ConditionOperator("StringNotEquals");
    public static final ConditionOperator STRING_EQUALS_IGNORE_CASE = new ConditionOperator("StringEqualsIgnoreCase");
    public static final ConditionOperator STRING_NOT_EQUALS_IGNORE_CASE =
            new ConditionOperator("StringNotEqualsIgnoreCase");
    public static final ConditionOperator STRING_LIKE = new ConditionOperator("StringLike");
    public static final ConditionOperator STRING_NOT_LIKE = new ConditionOperator("StringNotLike");
    public static final ConditionOperator NUMERIC_EQUALS = new ConditionOperator("NumericEquals");
    public static final ConditionOperator NUMERIC_NOT_EQUALS = new ConditionOperator("NumericNotEquals");
    public static final ConditionOperator NUMERIC_LESS_THAN = new ConditionOperator("NumericLessThan");
    public static final ConditionOperator NUMERIC_LESS_THAN_EQUALS = new ConditionOperator("NumericLessThanEquals");
    public static final ConditionOperator NUMERIC_GREATER_THAN = new ConditionOperator("NumericGreaterThan");
    public static final ConditionOperator NUMERIC_GREATER_THAN_EQUALS =
            new ConditionOperator("NumericGreaterThanEquals");
    public static final ConditionOperator DATE_EQUALS = new ConditionOperator("DateEquals");
    public static final ConditionOperator DATE_NOT_EQUALS = new ConditionOperator("DateNotEquals");
    public static final ConditionOperator DATE_LESS_THAN = new ConditionOperator("DateLessThan");
    public static final ConditionOperator DATE_LESS_THAN_EQUALS = new ConditionOperator("DateLessThanEquals");
    public static final ConditionOperator DATE_GREATER_THAN = new ConditionOperator("DateGreaterThan");
    public static final ConditionOperator DATE_GREATER_THAN_EQUALS = new ConditionOperator("DateGreaterThanEquals");
    public static final ConditionOperator BOOL = new ConditionOperator("Bool");
    public static final ConditionOperator BINARY_EQUALS = new ConditionOperator("BinaryEquals");
    public static final ConditionOperator IP_ADDRESS = new ConditionOperator("IpAddress");
    public static final ConditionOperator NOT_IP_ADDRESS = new ConditionOperator("NotIpAddress");
    public static final ConditionOperator ARN_EQUALS = new ConditionOperator("ArnEquals");
    public static final ConditionOperator ARN_NOT_EQUALS = new ConditionOperator("ArnNotEquals");
    public static final ConditionOperator ARN_LIKE = new ConditionOperator("ArnLike");
    public static final ConditionOperator ARN_NOT_LIKE = new ConditionOperator("ArnNotLike");
    public static final ConditionOperator NULL = new ConditionOperator("Null");

    private static final String FOR_ALL_VALUES = "ForAllValues:";
    private static final String FOR_ANY_VALUE = "ForAnyValue:";
    private static final String IF_EXISTS = "IfExists";

    /** How an operator treats a multivalued context key. */
    public enum SetQualifier {
        /** No prefix: the key is single-valued. */
        NONE,
        /** {@code ForAllValues:}: every request value must match some policy value (true when the key is empty). */
        FOR_ALL_VALUES,
        /** {@code ForAnyValue:}: at least one request value must match some policy value. */
        FOR_ANY_VALUE
    }

    /** The operator family, which fixes the type the values are compared as. */
    public enum Family {
        STRING, NUMERIC, DATE, BOOL, BINARY, IP_ADDRESS, ARN, NULL,
        /** An operator this library does not know. */
        UNKNOWN
    }

    /** Checks the name is not null or empty. */
    public ConditionOperator {
        Objects.requireNonNull(name, "condition operator");
        if (name.isEmpty()) {
            throw new IllegalArgumentException("condition operator '' is invalid: an operator name is not empty");
        }
    }

    /** {@return the operator {@code name}} */
    public static ConditionOperator of(String name) {
        return new ConditionOperator(name);
    }

    /** {@return the set qualifier prefix} */
    public SetQualifier qualifier() {
        if (name.startsWith(FOR_ALL_VALUES)) {
            return SetQualifier.FOR_ALL_VALUES;
        }
        return name.startsWith(FOR_ANY_VALUE) ? SetQualifier.FOR_ANY_VALUE : SetQualifier.NONE;
    }

    /** {@return whether the name ends in {@code IfExists}} */
    public boolean ifExists() {
        return name.endsWith(IF_EXISTS) && name.length() > IF_EXISTS.length();
    }

    /** {@return the operator without qualifier and {@code IfExists}, such as {@code StringLike}} */
    public String baseName() {
        String base = name;
        SetQualifier qualifier = qualifier();
        if (qualifier == SetQualifier.FOR_ALL_VALUES) {
            base = base.substring(FOR_ALL_VALUES.length());
        } else if (qualifier == SetQualifier.FOR_ANY_VALUE) {
            base = base.substring(FOR_ANY_VALUE.length());
        }
        if (base.endsWith(IF_EXISTS) && base.length() > IF_EXISTS.length()) {
            base = base.substring(0, base.length() - IF_EXISTS.length());
        }
        return base;
    }

    /** {@return the family of the base operator, {@link Family#UNKNOWN} for a name this library does not know} */
    public Family family() {
        switch (baseName()) {
            case "StringEquals": case "StringNotEquals": case "StringEqualsIgnoreCase":
            case "StringNotEqualsIgnoreCase": case "StringLike": case "StringNotLike":
                return Family.STRING;
            case "NumericEquals": case "NumericNotEquals": case "NumericLessThan": case "NumericLessThanEquals":
            case "NumericGreaterThan": case "NumericGreaterThanEquals":
                return Family.NUMERIC;
            case "DateEquals": case "DateNotEquals": case "DateLessThan": case "DateLessThanEquals":
            case "DateGreaterThan": case "DateGreaterThanEquals":
                return Family.DATE;
            case "Bool":
                return Family.BOOL;
            case "BinaryEquals":
                return Family.BINARY;
            case "IpAddress": case "NotIpAddress":
                return Family.IP_ADDRESS;
            case "ArnEquals": case "ArnNotEquals": case "ArnLike": case "ArnNotLike":
                return Family.ARN;
            case "Null":
                return name.equals("Null") ? Family.NULL : Family.UNKNOWN;
            default:
                return Family.UNKNOWN;
        }
    }

    /** {@return whether this is an operator of IAM's documented grammar, with a valid qualifier and suffix} */
    public boolean isKnown() {
        return family() != Family.UNKNOWN;
    }

    /** {@return whether the base operator negates its match ({@code StringNotEquals}, {@code NotIpAddress}, ...)} */
    public boolean isNegated() {
        String base = baseName();
        return base.contains("Not") && family() != Family.UNKNOWN;
    }

    @Override
    public String toString() {
        return name;
    }
}
