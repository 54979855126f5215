package dev.rudderiam.validation.rules;

import static dev.rudderiam.validation.rules.Check.assertCode;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.rudderiam.arn.Arn;
import dev.rudderiam.json.PolicyJson;
import dev.rudderiam.role.ExternalId;
import dev.rudderiam.role.PolicyName;
import dev.rudderiam.role.RoleName;
import dev.rudderiam.role.RoleSpec;
import dev.rudderiam.role.RudderStack;
import dev.rudderiam.validation.Finding;
import dev.rudderiam.validation.PolicyType;
import dev.rudderiam.validation.RuleSet;
import dev.rudderiam.validation.Validator;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class RudderStackRulesTest {
    private static final String WORKSPACE = "2AbCdEfGh";
    private static final RuleSet RUDDERSTACK = RuleSets.rudderStack(ExternalId.of(WORKSPACE),
            List.of(RoleName.of("RudderStackDestinations")));
    private static final PolicyType TRUST = PolicyType.TRUST;

    @Test
    void theSetListsEachRuleOnceThoughThePartitionRuleChecksDocumentsAndRoles() {
        assertEquals(List.of("RUDDERSTACK_TRUST_MISSING", "RUDDERSTACK_EXTERNAL_ID_MISMATCH",
                "RUDDERSTACK_MFA_CONDITION", "RUDDERSTACK_PARTITION", "ROLE_NAME_TAKEN"),
                RUDDERSTACK.rules().stream().map(r -> r.code()).collect(Collectors.toList()));
    }

    @Test
    void theTrustPolicyRudderStackDocumentsPasses() {
        assertEquals(List.of(), Validator.of(RUDDERSTACK).validate(RudderStack.trustPolicy(WORKSPACE), TRUST)
                .findings());
    }

    @Test
    void anotherWorkspaceIdOrNoneIsAnError() {
        String json = """
                {"Version":"2012-10-17","Statement":[
                 {"Effect":"Allow","Principal":{"AWS":"arn:aws:iam::422074288268:root"},"Action":"sts:AssumeRole",
                  "Condition":{"StringEquals":{"sts:ExternalId":["2AbCdEfGh","other"]}}},
                 {"Effect":"Allow","Principal":{"AWS":"422074288268"},"Action":"sts:AssumeRole"}]}""";
        assertCode(RUDDERSTACK, TRUST, json, "RUDDERSTACK_TRUST_MISSING", "/Statement");
        assertCode(RUDDERSTACK, TRUST, json, "RUDDERSTACK_EXTERNAL_ID_MISMATCH", "/Statement/0", "/Statement/1");
    }

    @Test
    void anUnrelatedTrustPolicyMissesRudderStack() {
        assertCode(RUDDERSTACK, TRUST, """
                {"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Service":"ec2.amazonaws.com"},
                 "Action":"sts:AssumeRole"}]}""", "RUDDERSTACK_TRUST_MISSING", "/Statement");
    }

    @Test
    void mfaConditionsShutRudderStackOut() {
        assertCode(RUDDERSTACK, TRUST, """
                {"Version":"2012-10-17","Statement":[
                 {"Effect":"Allow","Principal":{"AWS":"arn:aws:iam::422074288268:root"},"Action":"sts:AssumeRole",
                  "Condition":{"StringEquals":{"sts:ExternalId":"2AbCdEfGh"},
                   "Bool":{"aws:MultiFactorAuthPresent":"true"}}}]}""", "RUDDERSTACK_MFA_CONDITION",
                "/Statement/0/Condition/Bool/aws:MultiFactorAuthPresent");
    }

    @Test
    void everyArnIsInTheAwsPartition() {
        assertCode(RUDDERSTACK, PolicyType.IDENTITY, """
                {"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:PutObject",
                 "Resource":["arn:aws-cn:s3:::bucket/*","arn:aws:s3:::bucket/*","arn:*:s3:::x/*"]}]}""",
                "RUDDERSTACK_PARTITION", "/Statement/0/Resource/0");
    }

    @Test
    void roleLevelValidationSaysWhichDocumentAndAttribute() {
        RoleSpec role = RoleSpec.builder()
                .name("rudderstackdestinations")
                .trustPolicy(RudderStack.trustPolicy("wrong-workspace"))
                .inlinePolicy(PolicyName.of("s3"), PolicyJson.read("""
                        {"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:PutObject",
                         "Resource":"arn:aws-us-gov:s3:::bucket/*"}]}"""))
                .permissionsBoundary(Arn.parse("arn:aws-cn:iam::aws:policy/Boundary"))
                .build();
        List<String> findings = Validator.of(RUDDERSTACK).validate(role).findings().stream()
                .map(f -> f.code() + " " + f.path()).collect(Collectors.toList());
        assertEquals(List.of(
                "RUDDERSTACK_TRUST_MISSING /trustPolicy/Statement",
                "RUDDERSTACK_EXTERNAL_ID_MISMATCH /trustPolicy/Statement/0",
                "RUDDERSTACK_PARTITION /permissionPolicies/s3/Statement/0/Resource",
                "RUDDERSTACK_PARTITION /permissionsBoundary",
                "ROLE_NAME_TAKEN /roleName"), findings);
        Finding taken = Validator.of(RUDDERSTACK).validate(role).withCode("ROLE_NAME_TAKEN").get(0);
        assertEquals("Role name 'rudderstackdestinations' is taken: the account already has the role"
                + " 'RudderStackDestinations', and IAM compares role names ignoring case.", taken.message());
    }
}
