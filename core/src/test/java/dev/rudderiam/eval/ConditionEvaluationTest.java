package dev.rudderiam.eval;

import static dev.rudderiam.eval.EvaluatorTest.ALICE;
import static dev.rudderiam.eval.EvaluatorTest.policy;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Condition operators, one example per family and modifier, from "IAM JSON policy elements: Condition operators",
 * "Conditions with multiple context keys or values", "Single-valued vs. multivalued context keys" and "IAM policy
 * elements: Variables and tags". Each case builds an Allow (or Deny) statement whose only condition is the one
 * under test, so "allowed" means "the condition is true".
 */
class ConditionEvaluationTest {

    /** {@return whether an Allow statement with condition {@code condition} applies to the request} */
    private static boolean holds(String condition, Request.Builder request) {
        return holds("2012-10-17", condition, "*", request);
    }

    private static boolean holds(String version, String condition, String resource, Request.Builder request) {
        Evaluator evaluator = Evaluator.builder().identityPolicy(policy("{\"Version\":\"" + version
                + "\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"*\",\"Resource\":\"" + resource
                + "\",\"Condition\":" + condition + "}]}")).build();
        return evaluator.evaluate(request.build()).decision() == Decision.ALLOWED;
    }

    private static Request.Builder req() {
        return Request.builder().principal(ALICE).action("s3:GetObject").resource("arn:aws:s3:::b/k");
    }

    @Test
    void stringEqualsIsCaseSensitiveAndValuesAreOred() {
        String c = "{\"StringEquals\":{\"aws:PrincipalTag/job-category\":[\"iamuser-admin\",\"iamuser-read\"]}}";
        assertEquals(true, holds(c, req().context("aws:PrincipalTag/job-category", "iamuser-read")));
        assertEquals(false, holds(c, req().context("aws:PrincipalTag/job-category", "IAMUSER-READ")));
        assertEquals(false, holds(c, req()));
    }

    @Test
    void contextKeyNamesIgnoreCase() {
        assertEquals(true, holds("{\"StringEquals\":{\"AWS:PRINCIPALTAG/team\":\"a\"}}",
                req().context("aws:PrincipalTag/TEAM", "a")));
    }

    @Test
    void stringEqualsIgnoreCaseAndStringLike() {
        assertEquals(true, holds("{\"StringEqualsIgnoreCase\":{\"aws:PrincipalTag/t\":\"ABC\"}}",
                req().context("aws:PrincipalTag/t", "abc")));
        String like = "{\"StringLike\":{\"s3:prefix\":[\"home/*\",\"pub?\"]}}";
        assertEquals(true, holds(like, req().context("s3:prefix", "home/alice/x")));
        assertEquals(true, holds(like, req().context("s3:prefix", "pub1")));
        assertEquals(false, holds(like, req().context("s3:prefix", "pub12")));
    }

    @Test
    void negatedOperatorIsNorOverValuesAndTrueWhenKeyMissing() {
        // reference_policies_condition-logic-multiple-context-keys-or-values.html: negated operators NOR their
        // values; condition_operators.html: when a key required not to match is absent, the condition is true.
        String c = "{\"StringNotEquals\":{\"aws:PrincipalTag/department\":[\"HR\",\"CS\"]}}";
        assertEquals(false, holds(c, req().context("aws:PrincipalTag/department", "HR")));
        assertEquals(false, holds(c, req().context("aws:PrincipalTag/department", "CS")));
        assertEquals(true, holds(c, req().context("aws:PrincipalTag/department", "Finance")));
        assertEquals(true, holds(c, req()));
    }

    @Test
    void ifExistsIsTrueWhenTheKeyIsMissing() {
        // condition_operators.html#Conditions_IfExists: "If the key is not present, evaluate to true".
        String c = "{\"StringLikeIfExists\":{\"ec2:InstanceType\":[\"t1.*\",\"t2.*\",\"m3.*\"]}}";
        assertEquals(true, holds(c, req()));
        assertEquals(true, holds(c, req().context("ec2:InstanceType", "t2.micro")));
        assertEquals(false, holds(c, req().context("ec2:InstanceType", "c5.large")));
    }

    @Test
    void nullTestsPresence() {
        // condition_operators.html#Conditions_Null: "true" means the key is absent.
        String absent = "{\"Null\":{\"aws:TokenIssueTime\":\"true\"}}";
        assertEquals(true, holds(absent, req()));
        assertEquals(false, holds(absent, req().context("aws:TokenIssueTime", "2024-01-01T00:00:00Z")));
        assertEquals(true, holds("{\"Null\":{\"aws:TokenIssueTime\":\"false\"}}",
                req().context("aws:TokenIssueTime", "2024-01-01T00:00:00Z")));
    }

    @Test
    void forAllValuesNegatedTableFromTheMultivaluedExamples() {
        // reference_policies_condition_examples-multi-valued-context-keys.html, Deny with
        // ForAllValues:StringNotLike {"aws:TagKeys":"key1*"}: key1:legal no match; key2:audit match; no key match.
        String c = "{\"ForAllValues:StringNotLike\":{\"aws:TagKeys\":\"key1*\"}}";
        assertEquals(false, holds(c, req().context("aws:TagKeys", ContextValue.of(List.of("key1:legal")))));
        assertEquals(false, holds(c, req().context("aws:TagKeys", ContextValue.of(List.of("key1:hr", "key1:personnel")))));
        assertEquals(true, holds(c, req().context("aws:TagKeys", ContextValue.of(List.of("key2:audit")))));
        assertEquals(true, holds(c, req()));
    }

    @Test
    void forAllValuesAndForAnyValue() {
        // single-vs-multi-valued-context-keys.html: ForAllValues is true when every request value matches and
        // when the key is missing; ForAnyValue needs one match and is false when the key is missing.
        String all = "{\"ForAllValues:StringEquals\":{\"aws:TagKeys\":[\"environment\",\"cost-center\"]}}";
        assertEquals(true, holds(all, req().context("aws:TagKeys", ContextValue.of(List.of("environment")))));
        assertEquals(false, holds(all, req().context("aws:TagKeys", ContextValue.of(List.of("environment", "owner")))));
        assertEquals(true, holds(all, req().context("aws:TagKeys", ContextValue.of(List.of()))));
        assertEquals(true, holds(all, req()));
        String any = "{\"ForAnyValue:StringEquals\":{\"aws:TagKeys\":[\"environment\",\"cost-center\"]}}";
        assertEquals(true, holds(any, req().context("aws:TagKeys", ContextValue.of(List.of("owner", "environment")))));
        assertEquals(false, holds(any, req().context("aws:TagKeys", ContextValue.of(List.of("owner")))));
        assertEquals(false, holds(any, req()));
    }

    @Test
    void clausesAreAnded() {
        String c = "{\"StringEquals\":{\"aws:PrincipalTag/a\":\"1\",\"aws:PrincipalTag/b\":\"2\"}}";
        assertEquals(true, holds(c, req().context("aws:PrincipalTag/a", "1").context("aws:PrincipalTag/b", "2")));
        assertEquals(false, holds(c, req().context("aws:PrincipalTag/a", "1")));
    }

    @Test
    void numericOperatorsConvertNumbers() {
        // condition_operators.html#Conditions_Numeric: s3:max-keys <= 10.
        String c = "{\"NumericLessThanEquals\":{\"s3:max-keys\":\"10\"}}";
        assertEquals(true, holds(c, req().context("s3:max-keys", ContextValue.of(ContextValue.Type.NUMERIC, "10"))));
        assertEquals(true, holds(c, req().context("s3:max-keys", "9.5")));
        assertEquals(false, holds(c, req().context("s3:max-keys", "11")));
        assertEquals(false, holds(c, req().context("s3:max-keys", "ten")));
        assertEquals(true, holds("{\"NumericNotEquals\":{\"s3:max-keys\":[1,2]}}", req().context("s3:max-keys", "3")));
    }

    @Test
    void dateOperatorsAcceptIso8601AndEpochSeconds() {
        // condition_operators.html#Conditions_Date: aws:CurrentTime before a date.
        String c = "{\"DateLessThan\":{\"aws:CurrentTime\":\"2020-04-01T00:00:00Z\"}}";
        assertEquals(true, holds(c, req().context("aws:CurrentTime", "2020-03-31T23:59:59Z")));
        assertEquals(false, holds(c, req().context("aws:CurrentTime", "2020-04-01T00:00:00Z")));
        assertEquals(true, holds(c, req().context("aws:CurrentTime", "1585699199")));
        assertEquals(true, holds("{\"DateGreaterThanEquals\":{\"aws:EpochTime\":\"1585699200\"}}",
                req().context("aws:EpochTime", "2020-04-01")));
    }

    @Test
    void valuesThatConvertBadlyDoNotConvert() {
        // A date past Instant.MAX and numbers no number type holds make the clause false and never throw.
        assertEquals(false, holds("{\"DateLessThan\":{\"aws:CurrentTime\":\"99999999999999999\"}}",
                req().context("aws:CurrentTime", "2020-03-31T23:59:59Z")));
        assertEquals(false, holds("{\"DateGreaterThan\":{\"aws:CurrentTime\":\"2020-03-31T23:59:59Z\"}}",
                req().context("aws:CurrentTime", "99999999999999999")));
        assertEquals(false, holds("{\"NumericGreaterThan\":{\"s3:max-keys\":1e999999999}}",
                req().context("s3:max-keys", "1")));
        assertEquals(false, holds("{\"NumericLessThan\":{\"s3:max-keys\":10}}",
                req().context("s3:max-keys", "1e-999999999")));
        assertEquals(false, holds("{\"NumericNotEquals\":{\"s3:max-keys\":10}}",
                req().context("s3:max-keys", "1e999999999")));
    }

    @Test
    void ipAddressValuesAreLiteralsNeverHostNames() {
        // cafe.be is made of hexadecimal letters and a dot: a host name, which must not be looked up.
        assertEquals(false, holds("{\"IpAddress\":{\"aws:SourceIp\":\"cafe.be\"}}",
                req().context("aws:SourceIp", "203.0.113.7")));
        assertEquals(false, holds("{\"IpAddress\":{\"aws:SourceIp\":\"0.0.0.0/0\"}}",
                req().context("aws:SourceIp", "cafe.be")));
        assertEquals(false, holds("{\"IpAddress\":{\"aws:SourceIp\":\"0.0.0.0/0\"}}",
                req().context("aws:SourceIp", "1")));
    }

    @Test
    void boolOperator() {
        // condition_operators.html#Conditions_Boolean: aws:SecureTransport "true".
        String c = "{\"Bool\":{\"aws:SecureTransport\":\"true\"}}";
        assertEquals(true, holds(c, req().context("aws:SecureTransport", ContextValue.of(true))));
        assertEquals(false, holds(c, req().context("aws:SecureTransport", ContextValue.of(false))));
        assertEquals(false, holds(c, req()));
        assertEquals(true, holds("{\"BoolIfExists\":{\"aws:MultiFactorAuthPresent\":\"false\"}}", req()));
    }

    @Test
    void binaryEqualsComparesBase64Bytes() {
        String c = "{\"BinaryEquals\":{\"key\":\"QmluYXJ5VmFsdWVJbkJhc2U2NA==\"}}";
        assertEquals(true, holds(c, req().context("key", "QmluYXJ5VmFsdWVJbkJhc2U2NA==")));
        assertEquals(false, holds(c, req().context("key", "QQ==")));
    }

    @Test
    void ipAddressMatchesCidrBlocks() {
        // condition_operators.html#Conditions_IPAddress: 203.0.113.0/24 and 2001:DB8:1234:5678::/64.
        String c = "{\"IpAddress\":{\"aws:SourceIp\":[\"203.0.113.0/24\",\"2001:DB8:1234:5678::/64\"]}}";
        assertEquals(true, holds(c, req().context("aws:SourceIp", "203.0.113.7")));
        assertEquals(true, holds(c, req().context("aws:SourceIp", "2001:db8:1234:5678::1")));
        assertEquals(false, holds(c, req().context("aws:SourceIp", "198.51.100.1")));
        assertEquals(true, holds("{\"NotIpAddress\":{\"aws:SourceIp\":\"203.0.113.0/24\"}}",
                req().context("aws:SourceIp", "198.51.100.1")));
    }

    @Test
    void arnOperatorsMatchPartByPart() {
        // condition_operators.html#Conditions_ARN: aws:SourceArn like arn:aws:sns:REGION:123456789012:TOPIC-ID.
        String c = "{\"ArnLike\":{\"aws:SourceArn\":\"arn:aws:sns:*:123456789012:*\"}}";
        assertEquals(true, holds(c, req().context("aws:SourceArn", "arn:aws:sns:us-east-1:123456789012:topic")));
        assertEquals(false, holds(c, req().context("aws:SourceArn", "arn:aws:sns:us-east-1:999999999999:topic")));
        assertEquals(false, holds(c, req().context("aws:SourceArn", "not-an-arn")));
        assertEquals(true, holds("{\"ArnEquals\":{\"aws:SourceArn\":\"arn:aws:sns:us-east-1:123456789012:t\"}}",
                req().context("aws:SourceArn", "arn:aws:sns:us-east-1:123456789012:t")));
    }

    @Test
    void unknownOperatorNeverHolds() {
        assertEquals(false, holds("{\"StringSortOf\":{\"k\":\"v\"}}", req().context("k", "v")));
    }

    @Test
    void policyVariablesInResources() {
        // reference_policies_variables.html: home/${aws:username}/* lets each user reach only their folder.
        String resource = "arn:aws:s3:::amzn-s3-demo-bucket/home/${aws:username}/*";
        assertEquals(true, holds("2012-10-17", "{}", resource, req().resource(
                "arn:aws:s3:::amzn-s3-demo-bucket/home/alice/notes.txt")));
        assertEquals(false, holds("2012-10-17", "{}", resource, req().resource(
                "arn:aws:s3:::amzn-s3-demo-bucket/home/bob/notes.txt")));
    }

    @Test
    void variableWithoutValueMatchesNothingUnlessItHasADefault() {
        // reference_policies_variables.html, "Policy variables with no value" and "Specifying default values".
        String resource = "arn:aws:s3:::bucket/${aws:PrincipalTag/team}/*";
        Request.Builder teamless = req().resource("arn:aws:s3:::bucket/x/1");
        assertEquals(false, holds("2012-10-17", "{}", resource, teamless));
        assertEquals(true, holds("2012-10-17", "{}", resource,
                req().resource("arn:aws:s3:::bucket/x/1").context("aws:PrincipalTag/team", "x")));
        String withDefault = "arn:aws:s3:::bucket/${aws:PrincipalTag/team, 'company-wide'}/*";
        assertEquals(true, holds("2012-10-17", "{}", withDefault, req().resource("arn:aws:s3:::bucket/company-wide/1")));
    }

    @Test
    void specialCharacterVariablesAreLiterals() {
        // reference_policies_variables.html, "Special characters": ${*}, ${?}, ${$}.
        String resource = "arn:aws:s3:::bucket/${*}${?}${$}";
        assertEquals(true, holds("2012-10-17", "{}", resource, req().resource("arn:aws:s3:::bucket/*?$")));
        assertEquals(false, holds("2012-10-17", "{}", resource, req().resource("arn:aws:s3:::bucket/ab$")));
    }

    @Test
    void variablesInConditionValues() {
        String c = "{\"StringEquals\":{\"aws:ResourceTag/owner\":\"${aws:username}\"}}";
        assertEquals(true, holds(c, req().context("aws:ResourceTag/owner", "alice")));
        assertEquals(false, holds(c, req().context("aws:ResourceTag/owner", "bob")));
    }

    @Test
    void version2008HasNoVariables() {
        // reference_policies_variables.html: variables need Version 2012-10-17; before, ${...} is literal text.
        String resource = "arn:aws:s3:::bucket/${aws:username}";
        assertEquals(false, holds("2008-10-17", "{}", resource, req().resource("arn:aws:s3:::bucket/alice")));
        assertEquals(true, holds("2008-10-17", "{}", resource, req().resource("arn:aws:s3:::bucket/${aws:username}")));
    }
}
