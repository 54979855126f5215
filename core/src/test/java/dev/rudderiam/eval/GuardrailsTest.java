package dev.rudderiam.eval;

import static dev.rudderiam.eval.EvaluatorTest.policy;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rudderiam.policy.PolicyDocument;
import dev.rudderiam.role.RudderStack;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * One example per documented rule of the organization and session layers: SCPs and RCPs level by level, session
 * policies, KMS key policies. Each expected decision is the one the AWS page in the comment states.
 */
class GuardrailsTest {
    static final String ACCOUNT = "111122223333";
    static final String ROLE = "arn:aws:iam::" + ACCOUNT + ":role/rudderstack";
    static final String SESSION = "arn:aws:sts::" + ACCOUNT + ":assumed-role/rudderstack/rudderstack-aws-s3-access";
    static final String OBJECT = "arn:aws:s3:::acme-events/rudder-logs/a.json";
    static final String STREAM = "arn:aws:kinesis:eu-west-1:" + ACCOUNT + ":stream/events";
    static final String KEY = "arn:aws:kms:us-east-1:" + ACCOUNT + ":key/1234abcd-12ab-34cd-56ef-1234567890ab";

    static final PolicyDocument FULL_AWS_ACCESS = policy("""
            {"Version":"2012-10-17","Statement":[{"Sid":"FullAWSAccess","Effect":"Allow","Action":"*","Resource":"*"}]}
            """);
    static final PolicyDocument S3_WRITER = policy("""
            {"Version":"2012-10-17","Statement":[{"Sid":"Write","Effect":"Allow",
              "Action":["s3:PutObject","kinesis:PutRecord","kms:GenerateDataKey"],"Resource":"*"}]}
            """);
    // orgs_manage_policies_scps_examples_general.html: deny access outside the requested regions.
    static final PolicyDocument REGION_DENY = policy("""
            {"Version":"2012-10-17","Statement":[{"Sid":"DenyAllOutsideUsEast1","Effect":"Deny",
              "NotAction":["iam:*","sts:*","s3:*"],"Resource":"*",
              "Condition":{"StringNotEquals":{"aws:RequestedRegion":["us-east-1"]}}}]}
            """);
    // orgs_manage_policies_rcps_examples.html: a data perimeter that denies principals outside the organization.
    static final PolicyDocument PERIMETER = policy("""
            {"Version":"2012-10-17","Statement":[{"Sid":"EnforceOrgIdentities","Effect":"Deny","Principal":"*",
              "Action":["s3:*","sts:AssumeRole","kms:*"],"Resource":"*",
              "Condition":{"StringNotEqualsIfExists":{"aws:PrincipalOrgID":"o-acme"},
                           "BoolIfExists":{"aws:PrincipalIsAWSService":"false"}}}]}
            """);

    /** RudderStack's own account lets its servers assume customer roles (cross account: both sides must allow). */
    static final PolicyDocument RUDDERSTACK_SIDE = policy("""
            {"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"sts:AssumeRole","Resource":"*"}]}
            """);

    static Request.Builder put() {
        return Request.builder().principal(SESSION).action("s3:PutObject").resource(OBJECT);
    }

    static Evaluator withScps(OrganizationLevel... levels) {
        return Evaluator.builder().identityPolicy(S3_WRITER).serviceControlPolicies(List.of(levels)).build();
    }

    // orgs_manage_policies_scps_evaluation.html: a Deny at any level applies to every account below it.
    @Test
    void anScpDenyAtAnOuWinsOverTheIdentityAllow() {
        Evaluator evaluator = withScps(OrganizationLevel.of("root", FULL_AWS_ACCESS),
                OrganizationLevel.of("ou-ab12-34cd5678", FULL_AWS_ACCESS, REGION_DENY),
                OrganizationLevel.of("account", FULL_AWS_ACCESS));
        Evaluation answer = evaluator.evaluate(Request.builder().principal(SESSION).action("kinesis:PutRecord")
                .resource(STREAM).context("aws:RequestedRegion", "eu-west-1").build());
        assertEquals(Decision.EXPLICITLY_DENIED, answer.decision());
        assertEquals("[scp@ou-ab12-34cd5678[2].Statement[0](DenyAllOutsideUsEast1)]", answer.statements().toString());
        Evaluation inRegion = evaluator.evaluate(Request.builder().principal(SESSION).action("kinesis:PutRecord")
                .resource(STREAM).context("aws:RequestedRegion", "us-east-1").build());
        assertEquals(Decision.ALLOWED, inRegion.decision());
        assertEquals("[identity[0].Statement[0](Write), scp@root[0].Statement[0](FullAWSAccess),"
                + " scp@ou-ab12-34cd5678[1].Statement[0](FullAWSAccess), scp@account[3].Statement[0](FullAWSAccess)]",
                inRegion.statements().toString());
    }

    // orgs_manage_policies_scps_evaluation.html: "for a permission to be allowed ... every SCP in the direct path
    // ... must allow it"; an account without FullAWSAccess gets only what its own SCP allows.
    @Test
    void everyScpLevelMustAllow() {
        PolicyDocument onlyKinesis = policy("""
                {"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"kinesis:*","Resource":"*"}]}
                """);
        Evaluation answer = withScps(OrganizationLevel.of("root", FULL_AWS_ACCESS),
                OrganizationLevel.of("account", onlyKinesis)).evaluate(put().build());
        assertEquals(Decision.IMPLICITLY_DENIED, answer.decision());
        assertEquals(new Evaluation.Layer(StatementRef.Source.SCP, "account"), answer.unmet());
        assertEquals("no SCP at level account allows", answer.reason());
    }

    // orgs_manage_policies_scps.html: SCPs don't affect the management account nor service-linked roles.
    @Test
    void scpsSpareTheManagementAccountAndServiceLinkedRoles() {
        List<OrganizationLevel> denyAll = List.of(OrganizationLevel.of("root", policy("""
                {"Version":"2012-10-17","Statement":[{"Sid":"No","Effect":"Deny","Action":"*","Resource":"*"}]}
                """)));
        Evaluator member = Evaluator.builder().identityPolicy(S3_WRITER).serviceControlPolicies(denyAll).build();
        Evaluator management = Evaluator.builder().identityPolicy(S3_WRITER).serviceControlPolicies(denyAll)
                .managementAccount(true).build();
        assertEquals(Decision.EXPLICITLY_DENIED, member.evaluate(put().build()).decision());
        assertEquals(Decision.ALLOWED, management.evaluate(put().build()).decision());
        assertEquals(Decision.ALLOWED, member.evaluate(put().serviceLinkedRole(true).build()).decision());
    }

    // SCPs limit principals of the account whose path they are; another account's principal is not limited.
    @Test
    void scpsLimitOnlyPrincipalsOfTheirAccount() {
        List<OrganizationLevel> denyAll = List.of(OrganizationLevel.of("root", REGION_DENY));
        Evaluator evaluator = Evaluator.builder().identityPolicy(S3_WRITER).serviceControlPolicies(denyAll)
                .organizationAccount("444455556666").build();
        assertEquals(Decision.ALLOWED, evaluator.evaluate(Request.builder().principal(SESSION)
                .action("kinesis:PutRecord").resource(STREAM).context("aws:RequestedRegion", "eu-west-1").build())
                .decision());
    }

    // orgs_manage_policies_rcps.html: RCPs restrict principals outside the organization that access resources of
    // member accounts; the RCP's deny decides whatever the trust policy allows.
    @Test
    void aDataPerimeterRcpBlocksRudderStacksAssumeRole() {
        Evaluator evaluator = Evaluator.builder().identityPolicy(RUDDERSTACK_SIDE).trustPolicy(RudderStack.trustPolicy("2Nk4t3WkHTGYzbTvG2zLXJXKNoF"))
                .resourceControlPolicies(List.of(OrganizationLevel.of("root", PERIMETER))).build();
        Request assume = Request.builder().principal("arn:aws:iam::422074288268:root").action("sts:AssumeRole")
                .resource(ROLE).context("sts:ExternalId", "2Nk4t3WkHTGYzbTvG2zLXJXKNoF")
                .context("aws:PrincipalOrgID", "o-rudderstack").build();
        Evaluation answer = evaluator.evaluate(assume);
        assertEquals(Decision.EXPLICITLY_DENIED, answer.decision());
        assertEquals("[rcp@root[0].Statement[0](EnforceOrgIdentities)]", answer.statements().toString());
        Evaluation noRcp = Evaluator.builder().identityPolicy(RUDDERSTACK_SIDE).trustPolicy(RudderStack.trustPolicy("2Nk4t3WkHTGYzbTvG2zLXJXKNoF"))
                .build().evaluate(assume);
        assertEquals(Decision.ALLOWED, noRcp.decision());
    }

    // orgs_manage_policies_rcps.html: RCPFullAWSAccess is attached at every level; an allowed request names it.
    @Test
    void rcpFullAwsAccessIsImpliedAtEveryLevel() {
        Evaluator evaluator = Evaluator.builder().identityPolicy(S3_WRITER)
                .resourceControlPolicies(List.of(new OrganizationLevel("root", List.of()))).build();
        Evaluation answer = evaluator.evaluate(put().build());
        assertEquals(Decision.ALLOWED, answer.decision());
        assertEquals("[identity[0].Statement[0](Write), rcp@root[0].Statement[0](RCPFullAWSAccess)]",
                answer.statements().toString());
    }

    // orgs_manage_policies_rcps.html: RCPs apply only to the listed services and not to the management account.
    @Test
    void rcpsApplyOnlyToTheirServicesAndMemberAccounts() {
        PolicyDocument denyAll = policy("""
                {"Version":"2012-10-17","Statement":[{"Effect":"Deny","Principal":"*","Action":"*","Resource":"*"}]}
                """);
        List<OrganizationLevel> levels = List.of(OrganizationLevel.of("root", denyAll));
        Evaluator member = Evaluator.builder().identityPolicy(S3_WRITER).resourceControlPolicies(levels).build();
        assertEquals(Decision.EXPLICITLY_DENIED, member.evaluate(put().build()).decision());
        assertEquals(Decision.ALLOWED, member.evaluate(Request.builder().principal(SESSION)
                .action("kinesis:PutRecord").resource(STREAM).build()).decision(), "Kinesis is not governed by RCPs");
        assertEquals(Decision.ALLOWED, Evaluator.builder().identityPolicy(S3_WRITER).resourceControlPolicies(levels)
                .managementAccount(true).build().evaluate(put().build()).decision());
        assertEquals(Decision.EXPLICITLY_DENIED, Evaluator.builder().identityPolicy(S3_WRITER)
                .resourceControlPolicies(levels).rcpServices(Set.of("kinesis")).build()
                .evaluate(Request.builder().principal(SESSION).action("kinesis:PutRecord").resource(STREAM).build())
                .decision());
    }

    // access_policies.html#policies_session: "The resulting session's permissions are the intersection of the
    // role's identity-based policies and the session policies."
    @Test
    void aSessionPolicyIntersectsWithTheIdentityPolicies() {
        PolicyDocument readOnly = policy("""
                {"Version":"2012-10-17","Statement":[{"Sid":"Read","Effect":"Allow","Action":"s3:GetObject","Resource":"*"}]}
                """);
        Evaluation answer = Evaluator.builder().identityPolicy(S3_WRITER).sessionPolicy(readOnly).build()
                .evaluate(put().build());
        assertEquals(Decision.IMPLICITLY_DENIED, answer.decision());
        assertEquals(new Evaluation.Layer(StatementRef.Source.SESSION, null), answer.unmet());
        assertEquals("the session policy does not allow", answer.reason());
    }

    // access_policies.html#policies_session: a resource-based policy naming the role is limited by the session
    // policy; one naming the session ARN is not ("not limited by the session policy").
    @Test
    void aSessionPolicyLimitsResourcePoliciesNamingTheRoleButNotTheSession() {
        PolicyDocument readOnly = policy("""
                {"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:GetObject","Resource":"*"}]}
                """);
        String namingRole = """
                {"Version":"2012-10-17","Statement":[{"Sid":"Role","Effect":"Allow","Principal":{"AWS":"%s"},
                  "Action":"s3:PutObject","Resource":"arn:aws:s3:::acme-events/*"}]}
                """;
        Evaluator role = Evaluator.builder().sessionPolicy(readOnly)
                .resourcePolicy(policy(String.format(namingRole, ROLE))).build();
        Evaluator session = Evaluator.builder().sessionPolicy(readOnly)
                .resourcePolicy(policy(String.format(namingRole, SESSION))).build();
        assertEquals(Decision.IMPLICITLY_DENIED, role.evaluate(put().build()).decision());
        assertEquals(Decision.ALLOWED, session.evaluate(put().build()).decision());
    }

    // key-policies.html: the key policy must allow; an identity policy counts only when the key policy names the
    // account (key-policy-default.html, "Allows access to the AWS account and enables IAM policies").
    @Test
    void aKeyPolicyMustAllowOrDelegateToTheAccount() {
        Request generate = Request.builder().principal(SESSION).action("kms:GenerateDataKey").resource(KEY).build();
        PolicyDocument adminsOnly = policy("""
                {"Version":"2012-10-17","Statement":[{"Sid":"Admins","Effect":"Allow",
                  "Principal":{"AWS":"arn:aws:iam::111122223333:role/KeyAdmin"},"Action":"kms:*","Resource":"*"}]}
                """);
        Evaluation blocked = Evaluator.builder().identityPolicy(S3_WRITER).keyPolicy(adminsOnly).build()
                .evaluate(generate);
        assertEquals(Decision.IMPLICITLY_DENIED, blocked.decision());
        assertEquals("the key policy does not allow this principal", blocked.reason());
        assertEquals(new Evaluation.Layer(StatementRef.Source.KEY_POLICY, null), blocked.unmet());
        PolicyDocument delegating = policy("""
                {"Version":"2012-10-17","Statement":[{"Sid":"EnableIAM","Effect":"Allow",
                  "Principal":{"AWS":"arn:aws:iam::111122223333:root"},"Action":"kms:*","Resource":"*"}]}
                """);
        assertEquals(Decision.ALLOWED, Evaluator.builder().identityPolicy(S3_WRITER).keyPolicy(delegating).build()
                .evaluate(generate).decision());
        assertEquals(Decision.IMPLICITLY_DENIED, Evaluator.builder().keyPolicy(delegating).build()
                .evaluate(generate).decision(), "delegation alone grants nothing without an identity policy");
        Evaluation named = Evaluator.builder().keyPolicy(policy(String.format("""
                {"Version":"2012-10-17","Statement":[{"Sid":"Rudder","Effect":"Allow",
                  "Principal":{"AWS":"%s"},"Action":"kms:GenerateDataKey","Resource":"*"}]}
                """, ROLE))).build().evaluate(generate);
        assertEquals(Decision.ALLOWED, named.decision());
        assertEquals("[key-policy[0].Statement[0](Rudder)]", named.statements().toString());
    }

    @Test
    void guardrailInputsAreBounded() {
        assertThrows(IllegalArgumentException.class, () -> Evaluator.builder()
                .serviceControlPolicies(List.of(new OrganizationLevel("root", List.of()))));
        assertThrows(IllegalArgumentException.class, () -> Evaluator.builder().serviceControlPolicies(
                Collections.nCopies(1, OrganizationLevel.of("root", FULL_AWS_ACCESS)).stream()
                        .flatMap(l -> List.of(l, l).stream()).toList()));
        List<OrganizationLevel> eight = java.util.stream.IntStream.range(0, Evaluator.MAX_LEVELS + 1)
                .mapToObj(i -> OrganizationLevel.of("ou-" + i, FULL_AWS_ACCESS)).toList();
        IllegalArgumentException tooMany = assertThrows(IllegalArgumentException.class,
                () -> Evaluator.builder().resourceControlPolicies(eight));
        assertTrue(tooMany.getMessage().startsWith("RCP levels: 8 is too many"), tooMany.getMessage());
        assertThrows(IllegalArgumentException.class, () -> OrganizationLevel.of("ou one", FULL_AWS_ACCESS));
    }
}
