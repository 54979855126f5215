package dev.rudderiam.eval;

import static dev.rudderiam.eval.EvaluatorTest.ALICE;
import static dev.rudderiam.eval.EvaluatorTest.decide;
import static dev.rudderiam.eval.EvaluatorTest.policy;
import static dev.rudderiam.eval.EvaluatorTest.request;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Policy variables in condition values are variables only in a {@code "Version": "2012-10-17"} policy; in an older
 * policy the same text is literal ("IAM policy elements: Variables and tags",
 * <a href="https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_variables.html">reference_policies_variables.html</a>:
 * without that version "variables such as ${aws:username} aren't recognized as variables and are instead treated
 * as literal strings in the policy"). One case per string family that accepts variables.
 */
class PolicyVariablesByVersionTest {

    @ParameterizedTest(name = "{0} {1} with {2} = {3}: {4}")
    @CsvSource(delimiter = '|', value = {
        "2012-10-17 | StringLike             | home/${aws:username}/* | home/alice/x                | true",
        "2012-10-17 | StringLike             | home/${aws:username}/* | home/${aws:username}/x      | false",
        "2008-10-17 | StringLike             | home/${aws:username}/* | home/alice/x                | false",
        "2008-10-17 | StringLike             | home/${aws:username}/* | home/${aws:username}/x      | true",
        "2012-10-17 | StringEqualsIgnoreCase | ${aws:username}        | ALICE                       | true",
        "2008-10-17 | StringEqualsIgnoreCase | ${aws:username}        | ALICE                       | false",
        "2008-10-17 | StringEqualsIgnoreCase | ${aws:username}        | ${AWS:USERNAME}             | true",
        "2012-10-17 | StringEquals           | ${aws:username}        | alice                       | true",
        "2008-10-17 | StringEquals           | ${aws:username}        | alice                       | false",
        "2008-10-17 | StringEquals           | ${aws:username}        | ${aws:username}             | true",
    })
    void variablesResolveOnlyInTheCurrentVersion(String version, String operator, String policyValue,
            String requestValue, boolean holds) {
        Evaluator evaluator = Evaluator.builder().identityPolicy(policy("{\"Version\":\"" + version
                + "\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"s3:ListBucket\",\"Resource\":\"*\","
                + "\"Condition\":{\"" + operator + "\":{\"s3:prefix\":\"" + policyValue + "\"}}}]}")).build();
        assertEquals(holds ? Decision.ALLOWED : Decision.IMPLICITLY_DENIED,
                decide(evaluator, request(ALICE, "s3:ListBucket", "arn:aws:s3:::b").context("s3:prefix", requestValue)));
    }
}
