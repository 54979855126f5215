package dev.rudderiam.validation.rules;

import static dev.rudderiam.validation.rules.Check.assertCode;
import static dev.rudderiam.validation.rules.Check.codes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rudderiam.json.PolicyJson;
import dev.rudderiam.policy.Effect;
import dev.rudderiam.policy.PolicyDocument;
import dev.rudderiam.policy.PolicySize;
import dev.rudderiam.policy.Principal;
import dev.rudderiam.policy.PrincipalId;
import dev.rudderiam.policy.Quotas;
import dev.rudderiam.policy.Statement;
import dev.rudderiam.role.RudderStack;
import dev.rudderiam.validation.Finding;
import dev.rudderiam.validation.PolicyType;
import dev.rudderiam.validation.RuleSet;
import dev.rudderiam.validation.Severity;
import dev.rudderiam.validation.Validator;
import java.util.List;
import org.junit.jupiter.api.Test;

class GrammarRulesTest {
    private static final RuleSet GRAMMAR = RuleSets.grammar();
    private static final PolicyType IDENTITY = PolicyType.IDENTITY;
    private static final PolicyType TRUST = PolicyType.TRUST;

    @Test
    void theRudderStackTrustPolicyAndAPlainIdentityPolicyAreClean() {
        assertEquals(List.of(), Validator.of(GRAMMAR).validate(RudderStack.trustPolicy("ws-123"), TRUST).findings());
        assertEquals(List.of(), codes(GRAMMAR, IDENTITY, """
                {"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:PutObject",
                 "Resource":"arn:aws:s3:::bucket/*"}]}"""));
    }

    @Test
    void versionMustBePresentAndKnown() {
        assertCode(GRAMMAR, IDENTITY, "{\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"s3:*\",\"Resource\":\"*\"}]}",
                "MISSING_VERSION", "");
        assertCode(GRAMMAR, IDENTITY, """
                {"Version":"2020-01-01","Statement":[{"Effect":"Allow","Action":"s3:*","Resource":"*"}]}""",
                "INVALID_VERSION", "/Version");
    }

    @Test
    void aDocumentWithoutStatementsIsAnError() {
        assertCode(GRAMMAR, IDENTITY, "{\"Version\":\"2012-10-17\",\"Statement\":[]}", "MISSING_STATEMENT",
                "/Statement");
    }

    @Test
    void sidsAreAlphanumericAndUnique() {
        String json = """
                {"Version":"2012-10-17","Statement":[
                 {"Sid":"Read-Only","Effect":"Allow","Action":"s3:GetObject","Resource":"*"},
                 {"Sid":"A1","Effect":"Allow","Action":"s3:GetObject","Resource":"*"},
                 {"Sid":"A1","Effect":"Allow","Action":"s3:GetObject","Resource":"*"}]}""";
        assertCode(GRAMMAR, IDENTITY, json, "UNSUPPORTED_SID", "/Statement/0/Sid");
        assertCode(GRAMMAR, IDENTITY, json, "UNIQUE_SIDS_REQUIRED", "/Statement/2/Sid");
        assertCode(GRAMMAR, IDENTITY, json, "UNIQUE_SIDS_RECOMMENDED");
    }

    @Test
    void trustPoliciesOnlyRecommendUniqueSids() {
        String json = """
                {"Version":"2012-10-17","Statement":[
                 {"Sid":"A","Effect":"Allow","Principal":{"Service":"ec2.amazonaws.com"},"Action":"sts:AssumeRole"},
                 {"Sid":"A","Effect":"Allow","Principal":{"Service":"lambda.amazonaws.com"},"Action":"sts:AssumeRole"}]}""";
        assertCode(GRAMMAR, TRUST, json, "UNIQUE_SIDS_RECOMMENDED", "/Statement/1/Sid");
        assertCode(GRAMMAR, TRUST, json, "UNIQUE_SIDS_REQUIRED");
    }

    @Test
    void identityStatementsNeedActionAndResourceAndNoPrincipal() {
        String json = """
                {"Version":"2012-10-17","Statement":[
                 {"Effect":"Allow","Principal":"*","Action":[],"Resource":[]}]}""";
        assertCode(GRAMMAR, IDENTITY, json, "MISSING_ACTION", "/Statement/0");
        assertCode(GRAMMAR, IDENTITY, json, "MISSING_RESOURCE", "/Statement/0");
        assertCode(GRAMMAR, IDENTITY, json, "UNSUPPORTED_PRINCIPAL", "/Statement/0/Principal");
    }

    @Test
    void trustStatementsNeedAPrincipalAndNoResourceNorNotPrincipal() {
        String json = """
                {"Version":"2012-10-17","Statement":[
                 {"Effect":"Allow","Action":"sts:AssumeRole","Resource":"*"},
                 {"Effect":"Allow","NotPrincipal":{"AWS":"123456789012"},"Action":"sts:AssumeRole"}]}""";
        assertCode(GRAMMAR, TRUST, json, "MISSING_PRINCIPAL", "/Statement/0");
        assertCode(GRAMMAR, TRUST, json, "ROLE_TRUST_POLICY_SYNTAX_ERROR_RESOURCE", "/Statement/0/Resource");
        assertCode(GRAMMAR, TRUST, json, "ROLE_TRUST_POLICY_SYNTAX_ERROR_NOTPRINCIPAL", "/Statement/1/NotPrincipal");
    }

    @Test
    void trustPoliciesRefuseBareStarAndServiceStarButAcceptAwsStar() {
        assertCode(GRAMMAR, TRUST, """
                {"Version":"2012-10-17","Statement":[
                 {"Effect":"Allow","Principal":"*","Action":"sts:AssumeRole"},
                 {"Effect":"Allow","Principal":{"Service":"*"},"Action":"sts:AssumeRole"},
                 {"Effect":"Allow","Principal":{"AWS":"*"},"Action":"sts:AssumeRole"}]}""",
                "ROLE_TRUST_POLICY_UNSUPPORTED_WILDCARD_IN_PRINCIPAL", "/Statement/0/Principal",
                "/Statement/1/Principal/Service");
    }

    @Test
    void principalsHaveKnownKeysAndWellFormedValues() {
        String json = """
                {"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"sts:AssumeRole",
                 "Principal":{"AWS":["12345","arn:aws:iam::123456789012:root","arn:aws:iam::123456789012:role/app-*"],
                  "Service":"lambda","Federated":"cognito-identity.amazonaws.com","Users":"x"}}]}""";
        assertCode(GRAMMAR, TRUST, json, "INVALID_PRINCIPAL_FORMAT", "/Statement/0/Principal/AWS/0",
                "/Statement/0/Principal/Service");
        assertCode(GRAMMAR, TRUST, json, "UNSUPPORTED_WILDCARD_IN_PRINCIPAL", "/Statement/0/Principal/AWS/2");
        assertCode(GRAMMAR, TRUST, json, "INVALID_PRINCIPAL_KEY", "/Statement/0/Principal/Users");
    }

    @Test
    void resourceArnsAreWellFormed() {
        String json = """
                {"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:GetObject","Resource":[
                 "bucket/key","arn:aws:s3","arn:aws:iam::12345:role/x","arn:aws:iam::aws:policy/ReadOnlyAccess",
                 "arn:awz:s3:::bucket","arn:*:s3:::bucket","arn:aws:logs:*:*:log-group:x","arn:aws:organizations::*:"]}]}""";
        assertCode(GRAMMAR, IDENTITY, json, "INVALID_ARN_PREFIX", "/Statement/0/Resource/0");
        assertCode(GRAMMAR, IDENTITY, json, "MISSING_ARN_FIELD", "/Statement/0/Resource/1");
        assertCode(GRAMMAR, IDENTITY, json, "INVALID_ARN_ACCOUNT", "/Statement/0/Resource/2");
        assertCode(GRAMMAR, IDENTITY, json, "INVALID_PARTITION", "/Statement/0/Resource/4");
    }

    @Test
    void conditionOperatorsAndValuesAreChecked() {
        String json = """
                {"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:GetObject","Resource":"*",
                 "Condition":{"StringEqualsMaybe":{"aws:username":"a"},"NullIfExists":{"aws:TagKeys":"true"},
                  "Bool":{"aws:SecureTransport":"yes"},"NumericLessThan":{"s3:max-keys":"ten"},
                  "IpAddress":{"aws:SourceIp":"10.0.0.0/8"},"DateGreaterThan":{"aws:CurrentTime":"2020-01-01T00:00:00Z"}}}]}""";
        assertCode(GRAMMAR, IDENTITY, json, "INVALID_CONDITION_OPERATOR", "/Statement/0/Condition/StringEqualsMaybe");
        assertCode(GRAMMAR, IDENTITY, json, "NULL_WITH_IF_EXISTS", "/Statement/0/Condition/NullIfExists");
        assertCode(GRAMMAR, IDENTITY, json, "CONDITION_VALUE_TYPE_MISMATCH",
                "/Statement/0/Condition/Bool/aws:SecureTransport", "/Statement/0/Condition/NumericLessThan/s3:max-keys");
    }

    /** Values the evaluator cannot convert, however they look: a huge exponent, epoch seconds past Instant's range. */
    @Test
    void numbersAndDatesOutOfRangeAreMismatches() {
        String json = """
                {"Version":"2012-10-17","Statement":[{"Effect":"Deny","Action":"*","Resource":"*",
                 "Condition":{"NumericLessThan":{"s3:max-keys":1e999999999},"NumericGreaterThan":{"s3:max-keys":"12"},
                  "DateLessThan":{"aws:CurrentTime":"99999999999999999"},
                  "DateGreaterThan":{"aws:EpochTime":"1585699200"}}}]}""";
        assertCode(GRAMMAR, IDENTITY, json, "CONDITION_VALUE_TYPE_MISMATCH",
                "/Statement/0/Condition/NumericLessThan/s3:max-keys", "/Statement/0/Condition/DateLessThan/aws:CurrentTime");
    }

    @Test
    void ipAddressValuesThatAreNoAddressOrBlockAreErrors() {
        String json = """
                {"Version":"2012-10-17","Statement":[{"Effect":"Deny","Action":"*","Resource":"*",
                 "Condition":{"NotIpAddress":{"aws:SourceIp":["203.0.113.0/24","cafe.be"],"aws:VpcSourceIp":"10.0.0.0/33"},
                  "IpAddress":{"aws:SourceIp":["2001:DB8:1234:5678::/64","1.2.3"],"k":"::1/129"}}}]}""";
        assertCode(GRAMMAR, IDENTITY, json, "TYPE_MISMATCH_IP_RANGE",
                "/Statement/0/Condition/NotIpAddress/aws:SourceIp/1", "/Statement/0/Condition/NotIpAddress/aws:VpcSourceIp",
                "/Statement/0/Condition/IpAddress/aws:SourceIp/1", "/Statement/0/Condition/IpAddress/k");
        assertEquals(Severity.ERROR, Check.findings(GRAMMAR, IDENTITY, json).stream()
                .filter(f -> f.code().equals("TYPE_MISMATCH_IP_RANGE")).findFirst().orElseThrow().severity());
        assertCode(GRAMMAR, IDENTITY, json, "CONDITION_VALUE_TYPE_MISMATCH");
    }

    @Test
    void conditionKeysWithSlashesAreEscapedInPaths() {
        assertCode(GRAMMAR, IDENTITY, """
                {"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:GetObject","Resource":"*",
                 "Condition":{"Bool":{"aws:ResourceTag/a~b":"maybe"}}}]}""",
                "CONDITION_VALUE_TYPE_MISMATCH", "/Statement/0/Condition/Bool/aws:ResourceTag~1a~0b");
    }

    @Test
    void sizesAreCheckedAgainstTheQuotaOfTheType() {
        StringBuilder resources = new StringBuilder();
        for (int i = 0; i < 80; i++) {
            resources.append(i == 0 ? "" : ",").append("\"arn:aws:s3:::bucket-").append(i).append("/*\"");
        }
        String json = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"s3:GetObject\","
                + "\"Resource\":[" + resources + "]}]}";
        int size = PolicySize.of(PolicyJson.read(json));
        assertTrue(size > 2048 && size < 6144, "fixture size " + size);
        assertCode(GRAMMAR, IDENTITY, json, "POLICY_SIZE_EXCEEDS_IDENTITY_POLICY_QUOTA");
        Validator raised = Validator.builder().add(GRAMMAR).quotas(Quotas.DEFAULT.withTrustPolicy(4096)).build();
        PolicyDocument trust = RudderStack.trustPolicy("ws-123").toBuilder().addStatement(Statement.builder()
                .effect(Effect.ALLOW).addAction("sts:AssumeRole")
                .principal(Principal.of(PrincipalId.service("x".repeat(2100) + ".amazonaws.com"))).build()).build();
        List<Finding> atDefault = Validator.of(GRAMMAR).validate(trust, TRUST).withCode(
                "POLICY_SIZE_EXCEEDS_ROLE_TRUST_POLICY_QUOTA");
        assertEquals(1, atDefault.size());
        assertEquals(Severity.ERROR, atDefault.get(0).severity());
        assertEquals(List.of(), raised.validate(trust, TRUST).withCode("POLICY_SIZE_EXCEEDS_ROLE_TRUST_POLICY_QUOTA"));
        String big = json.replace("bucket-", "b".repeat(80));
        assertCode(GRAMMAR, IDENTITY, big, "POLICY_SIZE_EXCEEDS_IDENTITY_POLICY_QUOTA", "");
    }
}
