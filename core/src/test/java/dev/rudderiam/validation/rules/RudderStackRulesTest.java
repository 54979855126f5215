package dev.rudderiam.validation.rules;

import static dev.rudderiam.validation.rules.Check.assertCode;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rudderiam.arn.Arn;
import dev.rudderiam.json.PolicyJson;
import dev.rudderiam.reference.ActionInfo;
import dev.rudderiam.reference.ManagedPolicyReference;
import dev.rudderiam.reference.ServiceInfo;
import dev.rudderiam.reference.ServiceReference;
import dev.rudderiam.role.ExternalId;
import dev.rudderiam.role.PolicyName;
import dev.rudderiam.role.RoleName;
import dev.rudderiam.role.RoleSpec;
import dev.rudderiam.role.RudderStack;
import dev.rudderiam.validation.Finding;
import dev.rudderiam.validation.PolicyType;
import dev.rudderiam.validation.RuleSet;
import dev.rudderiam.validation.Severity;
import dev.rudderiam.validation.Validator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class RudderStackRulesTest {
    private static final String WORKSPACE = "2AbCdEfGhIjKlMnOpQrStUvWxYz";
    private static final RuleSet RUDDERSTACK = RuleSets.rudderStack(ExternalId.of(WORKSPACE),
            List.of(RoleName.of("RudderStackDestinations")));
    private static final PolicyType TRUST = PolicyType.TRUST;

    @Test
    void theSetListsEachRuleOnceThoughThePartitionRuleChecksDocumentsAndRoles() {
        assertEquals(List.of("RUDDERSTACK_TRUST_MISSING", "RUDDERSTACK_EXTERNAL_ID_MISMATCH",
                "RUDDERSTACK_MFA_CONDITION", "RUDDERSTACK_WORKSPACE_ID_SHAPE", "RUDDERSTACK_PARTITION",
                "ROLE_NAME_TAKEN", "RUDDERSTACK_MANAGED_POLICY_GRANTS_WRITE"),
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
                  "Condition":{"StringEquals":{"sts:ExternalId":["2AbCdEfGhIjKlMnOpQrStUvWxYz","other"]}}},
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
                  "Condition":{"StringEquals":{"sts:ExternalId":"2AbCdEfGhIjKlMnOpQrStUvWxYz"},
                   "Bool":{"aws:MultiFactorAuthPresent":"true"}}}]}""", "RUDDERSTACK_MFA_CONDITION",
                "/Statement/0/Condition/Bool/aws:MultiFactorAuthPresent");
    }

    @Test
    void aWorkspaceIdOfAnotherShapeIsAWarningNeverARefusal() {
        for (String id : List.of("ab", "ws-1", "2Nk4t3WkHTGYzbTvG2zLXJXKNo", "2Nk4t3WkHTGYzbTvG2zLXJXKNoFF",
                "2Nk4t3WkHTGYzbTvG2zLXJXKNo-")) {
            RuleSet rules = RuleSets.rudderStack(ExternalId.of(id), List.of());
            List<Finding> findings = Validator.of(rules).validate(RudderStack.trustPolicy(id), TRUST).findings();
            assertEquals(List.of("WARNING RUDDERSTACK_WORKSPACE_ID_SHAPE /Statement"), findings.stream()
                    .map(f -> f.severity() + " " + f.code() + " " + f.path()).collect(Collectors.toList()), id);
            assertTrue(findings.get(0).message().startsWith("The workspace id '" + id + "' does not look like a"
                    + " RudderStack workspace id, which is 27 letters and digits"), findings.get(0).message());
        }
        assertEquals(List.of(), Validator.of(RuleSets.rudderStack(ExternalId.of("2Nk4t3WkHTGYzbTvG2zLXJXKNoF"),
                List.of())).validate(RudderStack.trustPolicy("2Nk4t3WkHTGYzbTvG2zLXJXKNoF"), TRUST).findings());
    }

    @Test
    void anAttachedAwsManagedPolicyThatWritesIsASecurityWarning() {
        ServiceInfo s3 = new ServiceInfo("s3", Map.of(
                "GetObject", new ActionInfo("GetObject", "Read", List.of(), List.of()),
                "PutObject", new ActionInfo("PutObject", "Write", List.of(), List.of()),
                "PutBucketPolicy", new ActionInfo("PutBucketPolicy", "Permissions management, Write", List.of(),
                        List.of())), Map.of(), Map.of());
        ServiceReference reference = ServiceReference.of(s3);
        Map<String, String> documents = Map.of(
                "S3Writer", "{\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"s3:Put*\",\"Resource\":\"*\"}]}",
                "S3Reader", "{\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"s3:Get*\",\"Resource\":\"*\"}]}",
                "AllButReads", "{\"Statement\":[{\"Effect\":\"Allow\",\"NotAction\":[\"s3:Get*\",\"s3:PutB*\"],"
                        + "\"Resource\":\"*\"}]}");
        ManagedPolicyReference managed = arn -> Optional.ofNullable(documents.get(arn.resource().substring(7)))
                .map(PolicyJson::read);
        RuleSet rules = RuleSets.rudderStack(ExternalId.of(WORKSPACE), List.of(), reference, managed);
        RoleSpec role = RoleSpec.builder().name("rudderstack").trustPolicy(RudderStack.trustPolicy(WORKSPACE))
                .managedPolicyArns(List.of(Arn.parse("arn:aws:iam::aws:policy/S3Writer"),
                        Arn.parse("arn:aws:iam::aws:policy/S3Reader"), Arn.parse("arn:aws:iam::aws:policy/AllButReads"),
                        Arn.parse("arn:aws:iam::aws:policy/OtherFullAccess"),
                        Arn.parse("arn:aws:iam::123456789012:policy/S3Writer")))
                .build();
        List<Finding> findings = Validator.of(rules).validate(role).withCode("RUDDERSTACK_MANAGED_POLICY_GRANTS_WRITE");
        assertEquals(List.of("/managedPolicyArns/0", "/managedPolicyArns/2", "/managedPolicyArns/3"),
                findings.stream().map(Finding::path).collect(Collectors.toList()));
        assertEquals(Severity.SECURITY_WARNING, findings.get(0).severity());
        assertEquals("The role attaches the AWS managed policy 'S3Writer' (arn:aws:iam::aws:policy/S3Writer), which"
                + " grants Permissions management access (s3:PutBucketPolicy) and Write access (s3:PutObject), beyond"
                + " the destinations' inline policies, to RudderStack, another company that assumes this role: detach"
                + " it; the destinations need only their inline policies.", findings.get(0).message());
        assertTrue(findings.get(1).message().contains("grants Write access (s3:PutObject),"),
                findings.get(1).message());
        assertTrue(findings.get(2).message().contains("'OtherFullAccess'") && findings.get(2).message()
                .contains("grants full access by its name"), findings.get(2).message());
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
