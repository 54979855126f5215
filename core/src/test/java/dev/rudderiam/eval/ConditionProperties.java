package dev.rudderiam.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.rudderiam.policy.Condition;
import dev.rudderiam.policy.ConditionClause;
import dev.rudderiam.policy.Effect;
import dev.rudderiam.policy.PolicyDocument;
import dev.rudderiam.policy.Statement;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Laws of condition evaluation over every operator, qualifier and suffix, with values of every type and of none:
 * evaluation never throws; an {@code ...IfExists} operator holds when the key is absent; on a single request
 * value that converts, an operator and its negation ({@code StringEquals}/{@code StringNotEquals}, ...) disagree
 * (condition_operators.html and condition-logic-multiple-context-keys-or-values.html: negated operators NOR the
 * values the positive ones OR); a clause compiled to its simple form decides as the general form.
 */
class ConditionProperties {
    /** The operators that have a negated form. */
    static final List<String> POSITIVE = List.of("StringEquals", "StringEqualsIgnoreCase", "StringLike",
            "NumericEquals", "DateEquals", "IpAddress", "ArnEquals", "ArnLike");
    static final List<String> VALUES = List.of("1", "10.5", "abc", "ABC", "a*", "2020-01-01T00:00:00Z", "1585699200",
            "10.0.0.0/8", "10.1.2.3", "arn:aws:s3:::x", "arn:aws:s3:::*", "QQ==", "true", "false", "", "${aws:username}",
            // values that convert badly: past Instant.MAX, exponents no number type holds, an int-overflowing exponent
            "99999999999999999", "-99999999999999999", "+31556889864403200", "1e999999999", "-1e-999999999",
            "1e2147483648", "0e999999999", "0e-999999999", "9".repeat(400), "10000-01-01", "+999999999-12-31T23:59:59Z");

    private static boolean holds(String operator, String key, List<String> policyValues, Request request) {
        Condition condition = Condition.builder().add(operator, key, policyValues.toArray(String[]::new)).build();
        PolicyDocument policy = PolicyDocument.builder().addStatement(Statement.builder().effect(Effect.ALLOW)
                .addAction("*").addResource("*").condition(condition).build()).build();
        return Evaluator.builder().identityPolicy(policy).build().evaluate(request).allowed();
    }

    private static Request request(String value) {
        Request.Builder b = Request.builder().principal("arn:aws:iam::111122223333:user/alice").action("s3:GetObject")
                .resource("arn:aws:s3:::b/k");
        if (value != null) {
            b.context("k", value);
        }
        return b.build();
    }

    @Provide
    Arbitrary<String> operators() {
        Arbitrary<String> base = Arbitraries.of(List.of("StringEquals", "StringNotEquals", "StringEqualsIgnoreCase",
                "StringNotEqualsIgnoreCase", "StringLike", "StringNotLike", "NumericEquals", "NumericNotEquals",
                "NumericLessThan", "NumericLessThanEquals", "NumericGreaterThan", "NumericGreaterThanEquals",
                "DateEquals", "DateNotEquals", "DateLessThan", "DateLessThanEquals", "DateGreaterThan",
                "DateGreaterThanEquals", "Bool", "BinaryEquals", "IpAddress", "NotIpAddress", "ArnEquals",
                "ArnNotEquals", "ArnLike", "ArnNotLike", "Null", "Nonsense"));
        return base.flatMap(b -> Arbitraries.of("", "ForAllValues:", "ForAnyValue:").flatMap(q ->
                Arbitraries.of("", "IfExists").map(s -> q + b + s)));
    }

    @Provide
    Arbitrary<List<String>> policyValues() {
        return Arbitraries.of(VALUES).list().ofMinSize(1).ofMaxSize(3);
    }

    @Provide
    Arbitrary<String> requestValues() {
        return Arbitraries.of(VALUES);
    }

    @Property
    void neverThrows(@ForAll("operators") String operator, @ForAll("policyValues") List<String> values,
            @ForAll("requestValues") String value) {
        holds(operator, "k", values, request(value));
        holds(operator, "k", values, request(null));
        holds(operator, "k", values, Request.builder().principal("arn:aws:iam::111122223333:user/alice")
                .action("s3:GetObject").resource("*").context("k", ContextValue.of(List.of(value, "x"))).build());
    }

    @Property
    void ifExistsHoldsWhenTheKeyIsAbsent(@ForAll("operators") String operator,
            @ForAll("policyValues") List<String> values) {
        if (operator.endsWith("IfExists") && !operator.contains("Nonsense") && !operator.contains("Null")) {
            assertEquals(true, holds(operator, "k", values, request(null)), operator);
        }
    }

    @Property
    void negationDisagreesOnAConvertibleValue(@ForAll("positiveOperators") String positive,
            @ForAll("policyValues") List<String> values, @ForAll("requestValues") String value) {
        String negated = positive.equals("IpAddress") ? "NotIpAddress" : positive.replaceFirst(
                "^(String|Numeric|Date|Arn)", "$1Not");
        boolean converts = switch (positive.substring(0, 3)) {
            case "Num" -> Conversions.number(value) != null;
            case "Dat" -> Conversions.date(value) != null;
            case "IpA" -> Conversions.cidr(value) != null && !value.contains("/");
            case "Arn" -> value.startsWith("arn:") && value.split(":", 6).length == 6;
            default -> true;
        };
        if (converts) {
            assertNotEquals(holds(positive, "k", values, request(value)), holds(negated, "k", values, request(value)),
                    positive + " / " + negated + " " + values + " on " + value);
        }
    }

    /** Values where the simple forms could go wrong: Bool spellings, an escaped policy variable, case. */
    static final List<String> SIMPLE_FORM_VALUES = List.of("true", "false", "TRUE", "False", "yes", "", "$", "${$}",
            "alice", "Alice", "${aws:username}", "a*", "abc");

    @Provide
    Arbitrary<List<String>> simpleFormPolicyValues() {
        return Arbitraries.of(SIMPLE_FORM_VALUES).list().ofMinSize(1).ofMaxSize(3);
    }

    @Provide
    Arbitrary<String> simpleFormRequestValues() {
        return Arbitraries.of(SIMPLE_FORM_VALUES).injectNull(0.1);
    }

    /**
     * The simple forms ({@code StringEquals} of plain text, {@code Bool}) against the general form they shortcut,
     * for every operator and qualifier, with and without policy variables, on one request value, several, or none.
     */
    @Property(tries = 1000)
    void simpleFormsDecideAsTheGeneralForm(@ForAll("operators") String operator,
            @ForAll("simpleFormPolicyValues") List<String> values, @ForAll("simpleFormRequestValues") String value,
            @ForAll boolean variables, @ForAll boolean multivalued) {
        ConditionClause clause = Condition.builder().add(operator, "k", values.toArray(String[]::new)).build()
                .clauses().get(0);
        Request.Builder b = Request.builder().principal("arn:aws:iam::111122223333:user/alice").action("s3:GetObject")
                .resource("arn:aws:s3:::b/k");
        if (value != null) {
            b.context("k", multivalued ? ContextValue.of(List.of(value, "alice")) : ContextValue.of(value));
        }
        Request request = b.build();
        assertEquals(new ConditionMatcher(clause, variables, false).test(request),
                new ConditionMatcher(clause, variables, true).test(request),
                operator + " " + values + " on " + value + (variables ? "" : " without variables"));
    }

    @Provide
    Arbitrary<String> positiveOperators() {
        return Arbitraries.of(POSITIVE);
    }
}
