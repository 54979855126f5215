package dev.rudderiam.validation.rules;

import static dev.rudderiam.validation.rules.Check.assertCode;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.rudderiam.role.RudderStack;
import dev.rudderiam.validation.PolicyType;
import dev.rudderiam.validation.RuleSet;
import dev.rudderiam.validation.Validator;
import java.util.List;
import org.junit.jupiter.api.Test;

class SecurityRulesTest {
    private static final RuleSet SECURITY = RuleSets.security(TestReference.INSTANCE);
    private static final PolicyType TRUST = PolicyType.TRUST;
    private static final PolicyType IDENTITY = PolicyType.IDENTITY;

    @Test
    void theRudderStackTrustPolicyIsSafe() {
        assertEquals(List.of(), Validator.of(SECURITY).validate(RudderStack.trustPolicy("ws-123"), TRUST).findings());
    }

    @Test
    void allowWithNotPrincipalIsASecurityWarning() {
        assertCode(SECURITY, TRUST, """
                {"Version":"2012-10-17","Statement":[{"Effect":"Allow","NotPrincipal":{"AWS":"123456789012"},
                 "Action":"sts:AssumeRole"}]}""", "ALLOW_WITH_NOT_PRINCIPAL", "/Statement/0/NotPrincipal");
    }

    @Test
    void wildcardPrincipalsNeedAConditionThatNarrowsWhoMatches() {
        String json = """
                {"Version":"2012-10-17","Statement":[
                 {"Effect":"Allow","Principal":{"AWS":"*"},"Action":"sts:AssumeRole"},
                 {"Effect":"Allow","Principal":{"AWS":"*"},"Action":"sts:AssumeRole",
                  "Condition":{"StringNotEquals":{"aws:PrincipalAccount":"123456789012"}}},
                 {"Effect":"Allow","Principal":{"AWS":"*"},"Action":"sts:AssumeRole",
                  "Condition":{"StringEquals":{"aws:PrincipalOrgID":"o-abc"}}}]}""";
        assertCode(SECURITY, TRUST, json, "ALLOW_WITH_WILDCARD_PRINCIPAL", "/Statement/0/Principal/AWS");
        assertCode(SECURITY, TRUST, json, "TRUST_CONDITION_SATISFIABLE_BY_ANYONE", "/Statement/1/Condition");
    }

    @Test
    void crossAccountTrustWithoutExternalIdIsAConfusedDeputy() {
        String json = """
                {"Version":"2012-10-17","Statement":[
                 {"Effect":"Allow","Principal":{"AWS":"arn:aws:iam::123456789012:root"},"Action":"sts:AssumeRole"},
                 {"Effect":"Allow","Principal":{"AWS":"123456789012"},"Action":"sts:AssumeRole",
                  "Condition":{"StringEqualsIfExists":{"sts:ExternalId":"abc"}}},
                 {"Effect":"Allow","Principal":{"Service":"ec2.amazonaws.com"},"Action":"sts:AssumeRole"}]}""";
        assertCode(SECURITY, TRUST, json, "CROSS_ACCOUNT_TRUST_WITHOUT_EXTERNAL_ID", "/Statement/0/Principal/AWS",
                "/Statement/1/Principal/AWS");
        assertCode(SECURITY, TRUST, json, "WEAK_EXTERNAL_ID_CONDITION",
                "/Statement/1/Condition/StringEqualsIfExists/sts:ExternalId");
    }

    @Test
    void externalIdsAreComparedExactly() {
        assertCode(SECURITY, TRUST, """
                {"Version":"2012-10-17","Statement":[
                 {"Effect":"Allow","Principal":{"AWS":"123456789012"},"Action":"sts:AssumeRole",
                  "Condition":{"StringLike":{"sts:ExternalId":"ws-*"}}},
                 {"Effect":"Allow","Principal":{"AWS":"123456789012"},"Action":"sts:AssumeRole",
                  "Condition":{"StringEquals":{"sts:ExternalId":"ws-?"}}}]}""", "WEAK_EXTERNAL_ID_CONDITION",
                "/Statement/0/Condition/StringLike/sts:ExternalId", "/Statement/1/Condition/StringEquals/sts:ExternalId");
    }

    @Test
    void passRoleOnWildcardResourcesUnlessTheServiceIsNamed() {
        String json = """
                {"Version":"2012-10-17","Statement":[
                 {"Effect":"Allow","Action":["iam:ListRoles","iam:PassRole"],"Resource":"arn:aws:iam::*:role/*"},
                 {"Effect":"Allow","Action":"iam:PassRole","Resource":"*",
                  "Condition":{"StringEquals":{"iam:PassedToService":"ec2.amazonaws.com"}}},
                 {"Effect":"Allow","Action":"iam:PassRole","Resource":"*",
                  "Condition":{"StringEqualsIfExists":{"iam:PassedToService":"ec2.amazonaws.com"}}},
                 {"Effect":"Allow","Action":"iam:*","Resource":"*"},
                 {"Effect":"Allow","Action":"iam:PassRole","Resource":"arn:aws:iam::123456789012:role/app"}]}""";
        assertCode(SECURITY, IDENTITY, json, "PASS_ROLE_WITH_STAR_IN_RESOURCE", "/Statement/0/Action/1",
                "/Statement/2/Action");
        assertCode(SECURITY, IDENTITY, json, "PASS_ROLE_WITH_STAR_IN_ACTION_AND_RESOURCE", "/Statement/3/Action");
        assertCode(SECURITY, IDENTITY, json, "CREATE_SLR_WITH_STAR_IN_ACTION_AND_RESOURCE", "/Statement/3/Action");
    }

    @Test
    void scopableWritesAndReadsOnStarAreReported() {
        String json = """
                {"Version":"2012-10-17","Statement":[
                 {"Effect":"Allow","Action":["s3:PutObject","s3:GetObject","s3:ListAllMyBuckets"],"Resource":"*"},
                 {"Effect":"Allow","Action":"s3:PutObject","Resource":"*",
                  "Condition":{"StringEquals":{"aws:ResourceAccount":"123456789012"}}}]}""";
        assertCode(SECURITY, IDENTITY, json, "WRITE_ACTION_ON_ALL_RESOURCES", "/Statement/0/Action/0");
        assertCode(SECURITY, IDENTITY, json, "READ_ACTION_ON_ALL_RESOURCES", "/Statement/0/Action/1");
    }
}
