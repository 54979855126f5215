package dev.rudderiam.testkit;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rudderiam.json.PolicyJson;
import dev.rudderiam.policy.PolicyDocument;
import dev.rudderiam.role.PolicyName;
import dev.rudderiam.role.RoleSpec;
import dev.rudderiam.role.RudderStack;
import dev.rudderiam.validation.PolicyType;
import dev.rudderiam.validation.Severity;
import dev.rudderiam.validation.Validator;
import dev.rudderiam.validation.rules.RuleSets;
import org.junit.jupiter.api.Test;

class PolicyAssertionsTest {
    private static final String WS = "2Nk4t3WkHTGYzbTvG2zLXJXKNoF";

    @Test
    void assertValidPassesAValidPolicyAndShowsTheOffendingStatementOtherwise() {
        PolicyAssertions.assertValid(policy("{\"Sid\":\"Put\",\"Effect\":\"Allow\",\"Action\":\"s3:PutObject\","
                + "\"Resource\":\"arn:aws:s3:::b/*\"}"), PolicyType.IDENTITY);
        AssertionError error = assertThrows(AssertionError.class, () -> PolicyAssertions.assertValid(policy(
                "{\"Sid\":\"Put-Objects\",\"Effect\":\"Allow\",\"Action\":\"s3:PutObject\",\"Resource\":\"*\"}"),
                PolicyType.IDENTITY));
        assertTrue(error.getMessage().contains("/Statement/0/Sid"), error.getMessage());
        assertTrue(error.getMessage().contains("\"Sid\":\"Put-Objects\""), error.getMessage());
    }

    @Test
    void assertNoFindingsAtOrAboveReportsEachFinding() {
        PolicyDocument starPassRole = policy("{\"Effect\":\"Allow\",\"Action\":\"iam:PassRole\",\"Resource\":\"*\"}");
        Validator validator = Validator.of(RuleSets.grammar(), RuleSets.security(
                dev.rudderiam.catalog.reference.BundledServiceReference.bundled()));
        var result = validator.validate(starPassRole, PolicyType.IDENTITY);
        PolicyAssertions.assertNoFindingsAtOrAbove(result, Severity.ERROR);
        AssertionError error = assertThrows(AssertionError.class,
                () -> PolicyAssertions.assertNoFindingsAtOrAbove(result, Severity.SECURITY_WARNING));
        assertTrue(error.getMessage().contains("PASS_ROLE_WITH_STAR_IN_RESOURCE"), error.getMessage());
    }

    @Test
    void rudderStacksTrustPolicyTrustsOnlyRudderStack() {
        PolicyAssertions.assertTrustsOnly(RudderStack.trustPolicy(WS), RudderStack.ACCOUNT, WS);
    }

    @Test
    void assertTrustsOnlyCatchesWeakOrWiderTrust() {
        String like = trust("{\"Effect\":\"Allow\",\"Principal\":{\"AWS\":\"arn:aws:iam::422074288268:root\"},"
                + "\"Action\":\"sts:AssumeRole\",\"Condition\":{\"StringLike\":{\"sts:ExternalId\":\"*\"}}}");
        AssertionError weak = assertThrows(AssertionError.class,
                () -> PolicyAssertions.assertTrustsOnly(PolicyJson.read(like), RudderStack.ACCOUNT, WS));
        assertTrue(weak.getMessage().contains("without external id is Allowed")
                || weak.getMessage().contains("'" + WS + "x' is Allowed"), weak.getMessage());
        assertTrue(weak.getMessage().contains("at /Statement/0"), weak.getMessage());

        PolicyDocument extra = RudderStack.trustPolicyBuilder(WS).trust(
                dev.rudderiam.arn.Arn.parse("arn:aws:iam::123456789012:user/snowflake"),
                dev.rudderiam.role.ExternalId.of("SF_1")).build();
        AssertionError wider = assertThrows(AssertionError.class,
                () -> PolicyAssertions.assertTrustsOnly(extra, RudderStack.ACCOUNT, WS));
        assertTrue(wider.getMessage().contains("principal AWS:arn:aws:iam::123456789012:user/snowflake is not in"
                + " account 422074288268"), wider.getMessage());

        String noCondition = trust("{\"Effect\":\"Allow\",\"Principal\":{\"AWS\":\"422074288268\"},"
                + "\"Action\":\"sts:AssumeRole\"}");
        assertThrows(AssertionError.class,
                () -> PolicyAssertions.assertTrustsOnly(PolicyJson.read(noCondition), RudderStack.ACCOUNT, WS));
    }

    @Test
    void assertGrantsNoMoreThanExpandsWildcardsAgainstTheServiceReference() {
        RoleSpec exact = role("{\"Effect\":\"Allow\",\"Action\":[\"s3:PutObject\",\"s3:PutObjectAcl\"],"
                + "\"Resource\":\"arn:aws:s3:::b/*\"}");
        PolicyAssertions.assertGrantsNoMoreThan(exact, "s3:PutObject", "s3:PutObjectAcl");
        PolicyAssertions.assertGrantsNoMoreThan(exact, "s3:Put*");

        RoleSpec wildcard = role("{\"Effect\":\"Allow\",\"Action\":\"s3:PutObj*\",\"Resource\":\"arn:aws:s3:::b/*\"}");
        AssertionError error = assertThrows(AssertionError.class,
                () -> PolicyAssertions.assertGrantsNoMoreThan(wildcard, "s3:PutObject", "s3:PutObjectAcl"));
        assertTrue(error.getMessage().contains("s3:PutObjectTagging"), error.getMessage());
        assertTrue(error.getMessage().contains("/permissionPolicies/p/Statement/0/Action/0"), error.getMessage());

        RoleSpec notAction = role("{\"Effect\":\"Allow\",\"NotAction\":\"iam:*\",\"Resource\":\"*\"}");
        assertThrows(AssertionError.class, () -> PolicyAssertions.assertGrantsNoMoreThan(notAction, "s3:*"));
        RoleSpec denyOnly = role("{\"Effect\":\"Deny\",\"Action\":\"*\",\"Resource\":\"*\"}");
        PolicyAssertions.assertGrantsNoMoreThan(denyOnly);
    }

    @Test
    void assertSemanticallyEqualListsTheStatementsThatDiffer() {
        PolicyDocument a = policy("{\"Effect\":\"Allow\",\"Action\":[\"s3:GetObject\",\"s3:PutObject\"],\"Resource\":\"*\"}");
        PolicyDocument b = policy("{\"Effect\":\"Allow\",\"Action\":[\"S3:PutObject\",\"s3:GetObject\"],\"Resource\":[\"*\"]}");
        PolicyAssertions.assertSemanticallyEqual(a, b);
        PolicyDocument c = policy("{\"Effect\":\"Allow\",\"Action\":\"s3:GetObject\",\"Resource\":\"*\"}");
        AssertionError error = assertThrows(AssertionError.class, () -> PolicyAssertions.assertSemanticallyEqual(a, c));
        assertTrue(error.getMessage().contains("unexpected statement at /Statement/0"), error.getMessage());
        assertTrue(error.getMessage().contains("missing statement (expected /Statement/0)"), error.getMessage());
    }

    private static PolicyDocument policy(String statement) {
        return PolicyJson.read("{\"Version\":\"2012-10-17\",\"Statement\":[" + statement + "]}");
    }

    private static String trust(String statement) {
        return "{\"Version\":\"2012-10-17\",\"Statement\":[" + statement + "]}";
    }

    private static RoleSpec role(String statement) {
        return RoleSpec.builder().name("RudderStack").trustPolicy(RudderStack.trustPolicy(WS))
                .inlinePolicy(PolicyName.of("p"), policy(statement)).build();
    }
}
