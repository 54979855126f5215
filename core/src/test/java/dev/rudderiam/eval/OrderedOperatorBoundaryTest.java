package dev.rudderiam.eval;

import static dev.rudderiam.eval.EvaluatorTest.ALICE;
import static dev.rudderiam.eval.EvaluatorTest.policy;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every ordered condition operator decided just below, exactly at and just above its policy value, so that moving
 * the boundary ({@code <} for {@code <=}, {@code >=} for {@code >}) or dropping a comparison changes a verdict.
 * The expected verdicts are the operator definitions of "IAM JSON policy elements: Condition operators"
 * (<a href="https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition_operators.html#Conditions_Numeric">numeric</a>,
 * <a href="https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition_operators.html#Conditions_Date">date</a>):
 * "Less than", "Less than or equals", "Greater than", "Greater than or equals", "Matching", "Negated matching".
 */
class OrderedOperatorBoundaryTest {
    private static final String LIMIT = "10";
    private static final List<String> AROUND_LIMIT = List.of("9", "10", "11");
    private static final String INSTANT = "2020-04-01T00:00:00Z";
    private static final List<String> AROUND_INSTANT =
            List.of("2020-03-31T23:59:59Z", "2020-04-01T00:00:00Z", "2020-04-01T00:00:01Z");

    @ParameterizedTest(name = "{0}: below {1}, equal {2}, above {3}")
    @CsvSource({
        "NumericLessThan,          true,  false, false",
        "NumericLessThanEquals,    true,  true,  false",
        "NumericGreaterThan,       false, false, true",
        "NumericGreaterThanEquals, false, true,  true",
        "NumericEquals,            false, true,  false",
        "NumericNotEquals,         true,  false, true",
    })
    void numericOperatorsAroundTheirValue(String operator, boolean below, boolean equal, boolean above) {
        assertEquals(List.of(below, equal, above), verdicts(operator, "s3:max-keys", LIMIT, AROUND_LIMIT));
    }

    @ParameterizedTest(name = "{0}: before {1}, same instant {2}, after {3}")
    @CsvSource({
        "DateLessThan,          true,  false, false",
        "DateLessThanEquals,    true,  true,  false",
        "DateGreaterThan,       false, false, true",
        "DateGreaterThanEquals, false, true,  true",
        "DateEquals,            false, true,  false",
        "DateNotEquals,         true,  false, true",
    })
    void dateOperatorsAroundTheirValue(String operator, boolean before, boolean same, boolean after) {
        assertEquals(List.of(before, same, after), verdicts(operator, "aws:CurrentTime", INSTANT, AROUND_INSTANT));
    }

    /** {@return whether {@code operator} with {@code policyValue} holds for each request value, in order} */
    private static List<Boolean> verdicts(String operator, String key, String policyValue, List<String> requestValues) {
        Evaluator evaluator = Evaluator.builder().identityPolicy(policy("{\"Version\":\"2012-10-17\",\"Statement\":"
                + "[{\"Effect\":\"Allow\",\"Action\":\"*\",\"Resource\":\"*\",\"Condition\":{\"" + operator
                + "\":{\"" + key + "\":\"" + policyValue + "\"}}}]}")).build();
        return requestValues.stream()
                .map(value -> evaluator.evaluate(Request.builder().principal(ALICE).action("s3:ListBucket")
                        .resource("arn:aws:s3:::b").context(key, value).build()).decision() == Decision.ALLOWED)
                .toList();
    }
}
