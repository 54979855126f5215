package dev.rudderiam.catalog.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rudderiam.catalog.blueprint.RudderStackRole;
import dev.rudderiam.eval.Decision;
import dev.rudderiam.guardrails.Guardrails;
import dev.rudderiam.json.PolicyJson;
import dev.rudderiam.policy.PolicyDocument;
import dev.rudderiam.role.RoleSpec;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import dev.rudderiam.catalog.CatalogVariants;
import dev.rudderiam.catalog.PolicyCatalog;
import java.util.ArrayList;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The README's preflight examples, each with the decision the AWS evaluation logic gives and the fix: a
 * data-perimeter RCP that blocks RudderStack's AssumeRole; bucket policies that require TLS (allowed) and that
 * allow only the organization's network (blocked); an SSE-KMS bucket whose key policy does not name the role; a
 * region-deny SCP and a Kinesis stream in another region; an IP allowlist missing some egress addresses.
 */
class RudderStackAccessTest {
    static final String ACCOUNT = "111122223333";
    static final String WORKSPACE = "2Nk4t3WkHTGYzbTvG2zLXJXKNoF";
    static final String ROLE_ARN = "arn:aws:iam::111122223333:role/rudderstack";
    static final String KEY = "arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab";
    static final Map<String, String> S3 = Map.of("bucketName", "acme-events");

    static PolicyDocument policy(String json) {
        return PolicyJson.read(json);
    }

    static RudderStackAccess.Builder access(String destination, Map<String, String> parameters) {
        RoleSpec role = RudderStackRole.builder().workspaceId(WORKSPACE).roleName("rudderstack")
                .destination(destination, parameters).build();
        return RudderStackAccess.builder().role(role).account(ACCOUNT).workspaceId(WORKSPACE)
                .destination(destination, parameters);
    }

    static List<PreflightResult> denied(RudderStackAccess access) {
        return access.results().stream().filter(r -> !r.allowed()).collect(Collectors.toList());
    }

    // A data perimeter (orgs_manage_policies_rcps_examples.html): deny principals outside the organization.
    static final String PERIMETER = """
            {"Version":"2012-10-17","Statement":[{"Sid":"EnforceOrgIdentities","Effect":"Deny","Principal":"*",
              "Action":["s3:*","sts:AssumeRole","kms:*"],"Resource":"*",
              "Condition":{"StringNotEqualsIfExists":{"aws:PrincipalOrgID":"o-acme12345678"%s},
                           "BoolIfExists":{"aws:PrincipalIsAWSService":"false"}}}]}
            """;

    @Test
    void aDataPerimeterRcpBlocksRudderStacksAssumeRoleUntilItsAccountIsExempted() {
        Guardrails perimeter = Guardrails.builder().organizationId("o-acme12345678")
                .rcp("root", "data-perimeter.json", policy(String.format(PERIMETER, ""))).build();
        List<PreflightResult> blocked = denied(access("S3", S3).guardrails(perimeter).build());
        assertEquals(1, blocked.size(), blocked::toString);
        PreflightResult assume = blocked.get(0);
        assertEquals("ROLE", assume.destination());
        assertEquals(Decision.EXPLICITLY_DENIED, assume.decision());
        assertEquals(List.of("rcp@root[0].Statement[0](EnforceOrgIdentities) in RCP data-perimeter.json at root"),
                assume.statements());
        assertEquals("exempt aws:PrincipalAccount 422074288268 (RudderStack, with the sts:ExternalId condition of"
                + " the trust policy) in statement EnforceOrgIdentities of RCP data-perimeter.json at root",
                assume.fix());
        Guardrails fixed = Guardrails.builder().organizationId("o-acme12345678").rcp("root", "data-perimeter.json",
                policy(String.format(PERIMETER, ",\"aws:PrincipalAccount\":\"422074288268\""))).build();
        assertTrue(access("S3", S3).guardrails(fixed).build().allAllowed());
    }

    // S3 example bucket policy: deny requests without TLS (aws:SecureTransport false).
    @Test
    void aBucketPolicyRequiringTlsAllowsRudderStack() {
        Guardrails tls = Guardrails.builder().bucketPolicy("acme-events", "tls-only.json", policy("""
                {"Version":"2012-10-17","Statement":[{"Sid":"DenyInsecureTransport","Effect":"Deny","Principal":"*",
                  "Action":"s3:*","Resource":["arn:aws:s3:::acme-events","arn:aws:s3:::acme-events/*"],
                  "Condition":{"Bool":{"aws:SecureTransport":"false"}}}]}
                """)).build();
        RudderStackAccess access = access("S3", S3).guardrails(tls).build();
        assertTrue(access.allAllowed(), () -> denied(access).toString());
        assertEquals(5, access.results().size(), "AssumeRole, ListBucket, PutObject, PutObjectAcl, AbortMultipartUpload");
    }

    @Test
    void aBucketPolicyAllowingOnlyTheOrganizationsNetworkBlocksEveryCall() {
        Guardrails network = Guardrails.builder().bucketPolicy("acme-events", "corp-network.json", policy("""
                {"Version":"2012-10-17","Statement":[{"Sid":"OnlyCorpNetwork","Effect":"Deny","Principal":"*",
                  "Action":"s3:*","Resource":["arn:aws:s3:::acme-events","arn:aws:s3:::acme-events/*"],
                  "Condition":{"NotIpAddress":{"aws:SourceIp":"198.51.100.0/24"}}}]}
                """)).build();
        List<PreflightResult> blocked = denied(access("S3", S3).guardrails(network).build());
        assertEquals(4, blocked.size(), blocked::toString);
        for (PreflightResult result : blocked) {
            assertEquals(Decision.EXPLICITLY_DENIED, result.decision());
            assertEquals(RudderStackEgress.US_FREE_STARTER_GROWTH.addresses(), result.deniedFrom());
            assertEquals("exempt the role (aws:PrincipalArn " + ROLE_ARN + ") from statement OnlyCorpNetwork of bucket"
                    + " policy corp-network.json of acme-events, which denies " + result.action() + " on "
                    + result.resource(), result.fix());
        }
    }

    @Test
    void anIpAllowlistMissingSomeEgressAddressesFailsAndNamesThem() {
        Guardrails allowlist = Guardrails.builder().bucketPolicy("acme-events", "allowlist.json", policy("""
                {"Version":"2012-10-17","Statement":[{"Sid":"OnlyRudderStack","Effect":"Deny","Principal":"*",
                  "Action":"s3:*","Resource":"arn:aws:s3:::acme-events/*",
                  "Condition":{"NotIpAddress":{"aws:SourceIp":["3.66.99.198/32","3.64.201.167/32","3.123.104.182"]}}}]}
                """)).build();
        RudderStackAccess access = access("S3", S3).guardrails(allowlist).egress(RudderStackEgress.EU_ENTERPRISE)
                .build();
        List<PreflightResult> blocked = denied(access);
        assertEquals(3, blocked.size(), "PutObject, PutObjectAcl, AbortMultipartUpload on objects");
        assertEquals(List.of("3.125.132.33"), blocked.get(0).deniedFrom());
        assertEquals("add RudderStack's egress addresses [3.125.132.33] beside [3.66.99.198, 3.64.201.167,"
                + " 3.123.104.182] to the aws:SourceIp condition of statement OnlyRudderStack of bucket policy"
                + " allowlist.json of acme-events", blocked.get(0).fix());
    }

    // key-policies.html: a key policy that names neither the role nor the account blocks the role's SSE-KMS use.
    @Test
    void anSseKmsKeyPolicyThatDoesNotNameTheRoleBlocksUploadsUntilTheRoleIsAdded() {
        Map<String, String> parameters = Map.of("bucketName", "acme-events", "kmsKeyArn", KEY);
        String adminsOnly = """
                {"Version":"2012-10-17","Statement":[{"Sid":"KeyAdmins","Effect":"Allow",
                  "Principal":{"AWS":"arn:aws:iam::111122223333:role/KeyAdmin"},"Action":"kms:*","Resource":"*"}%s]}
                """;
        List<PreflightResult> blocked = denied(access("S3", parameters).guardrails(Guardrails.builder()
                .keyPolicy(KEY, "bucket-key.json", policy(String.format(adminsOnly, ""))).build()).build());
        assertEquals(List.of("kms:GenerateDataKey", "kms:Decrypt"),
                blocked.stream().map(PreflightResult::action).toList());
        assertEquals(Decision.IMPLICITLY_DENIED, blocked.get(0).decision());
        assertEquals("add the role to the key policy of " + KEY + ": a statement allowing kms:GenerateDataKey to"
                + " {\"AWS\":\"" + ROLE_ARN + "\"}, or the statement that lets IAM policies of the key's account grant"
                + " use", blocked.get(0).fix());
        String withRole = String.format(adminsOnly, """
                ,{"Sid":"RudderStack","Effect":"Allow","Principal":{"AWS":"arn:aws:iam::111122223333:role/rudderstack"},
                  "Action":["kms:GenerateDataKey","kms:Decrypt"],"Resource":"*",
                  "Condition":{"StringEquals":{"kms:ViaService":"s3.us-east-1.amazonaws.com"}}}""");
        RudderStackAccess fixed = access("S3", parameters).guardrails(Guardrails.builder()
                .keyPolicy(KEY, "bucket-key.json", policy(withRole)).build()).build();
        assertTrue(fixed.allAllowed(), () -> denied(fixed).toString());
    }

    // orgs_manage_policies_scps_examples_general.html: deny everything outside the approved regions.
    @Test
    void aRegionDenyScpBlocksAKinesisStreamInAnotherRegion() {
        PolicyDocument fullAccess = policy("""
                {"Version":"2012-10-17","Statement":[{"Sid":"FullAWSAccess","Effect":"Allow","Action":"*","Resource":"*"}]}
                """);
        PolicyDocument regionDeny = policy("""
                {"Version":"2012-10-17","Statement":[{"Sid":"DenyOutsideUS","Effect":"Deny",
                  "NotAction":["iam:*","sts:*","organizations:*"],"Resource":"*",
                  "Condition":{"StringNotEquals":{"aws:RequestedRegion":["us-east-1","us-west-2"]}}}]}
                """);
        Guardrails scps = Guardrails.builder().scp("root", "FullAWSAccess", fullAccess)
                .scp("ou-ab12-34cd5678", "FullAWSAccess", fullAccess).scp("ou-ab12-34cd5678", "region-deny.json", regionDeny)
                .scp("account", "FullAWSAccess", fullAccess)
                .build();
        Map<String, String> frankfurt = Map.of("region", "eu-central-1", "accountId", ACCOUNT, "streamName", "events");
        List<PreflightResult> blocked = denied(access("KINESIS", frankfurt).guardrails(scps).build());
        assertEquals(1, blocked.size(), blocked::toString);
        assertEquals("kinesis:PutRecord", blocked.get(0).action());
        assertEquals(List.of("scp@ou-ab12-34cd5678[2].Statement[0](DenyOutsideUS) in SCP region-deny.json at"
                + " ou-ab12-34cd5678"), blocked.get(0).statements());
        Map<String, String> virginia = Map.of("region", "us-east-1", "accountId", ACCOUNT, "streamName", "events");
        RudderStackAccess inRegion = access("KINESIS", virginia).guardrails(scps).build();
        assertTrue(inRegion.allAllowed(), () -> denied(inRegion).toString());
    }

    // orgs_manage_policies_scps_evaluation.html: an OU whose only SCP is a deny list allows nothing.
    @Test
    void anOuWithOnlyADenyScpAllowsNothing() {
        Guardrails scps = Guardrails.builder().scp("root", "FullAWSAccess", policy("""
                {"Version":"2012-10-17","Statement":[{"Sid":"FullAWSAccess","Effect":"Allow","Action":"*","Resource":"*"}]}
                """)).scp("ou-ab12-34cd5678", "region-deny.json", policy("""
                {"Version":"2012-10-17","Statement":[{"Sid":"DenyOutsideUS","Effect":"Deny","NotAction":"sts:*",
                  "Resource":"*","Condition":{"StringNotEquals":{"aws:RequestedRegion":"us-east-1"}}}]}
                """)).build();
        List<PreflightResult> blocked = denied(access("S3", S3).guardrails(scps).build());
        assertEquals(4, blocked.size(), blocked::toString);
        assertEquals("attach an SCP at ou-ab12-34cd5678 that allows s3:ListBucket (FullAWSAccess, or an Allow"
                + " statement for it)", blocked.get(0).fix());
    }

    /** A bucket or key policy whose name matches no request would drop out silently: it is refused instead. */
    @Test
    void aPolicyForABucketOrKeyNoRequestTouchesIsRefused() {
        PolicyDocument any = policy("""
                {"Version":"2012-10-17","Statement":[{"Effect":"Deny","Principal":"*","Action":"*","Resource":"*"}]}
                """);
        IllegalArgumentException typo = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> access("S3", S3).guardrails(Guardrails.builder().bucketPolicy("acme-event", "b.json", any)
                        .build()).build());
        assertEquals("bucket policy of bucket 'acme-event' applies to no request: no destination of the role uses"
                + " that bucket (check the name)", typo.getMessage());
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> Guardrails.builder().bucketPolicy("arn:aws:s3:::acme-events", "b.json", any));
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> access("S3", S3).guardrails(Guardrails.builder().keyPolicy(KEY, "k.json", any).build())
                        .build());
    }

    @Test
    void withoutGuardrailsEveryCallOfEveryDestinationIsAllowed() {
        RudderStackAccess access = access("S3", S3).build();
        assertTrue(access.allAllowed(), () -> denied(access).toString());
        assertFalse(access.results().get(0).assumptions().isEmpty());
    }

    /** Every template, every parameter combination: the role rudder-iam builds passes preflight without guardrails. */
    @TestFactory
    Stream<DynamicTest> everyDestinationsRequestsAreAllowedByItsOwnRole() {
        return PolicyCatalog.bundled().destinations().stream().map(template -> DynamicTest.dynamicTest(template.id(),
                () -> {
                    List<String> problems = new ArrayList<>();
                    for (Map<String, String> values : CatalogVariants.of(template)) {
                        // The variants' resources are in the example account; a resource in another account than
                        // the role's would need its own policy (cross-account), as preflight then reports.
                        RudderStackAccess access = access(template.id(), values).account("123456789012").build();
                        denied(access).forEach(r -> problems.add(values + ": " + r));
                        // Only a Snowflake storage integration's role has no call of RudderStack's own.
                        assertTrue(access.results().size() > 1
                                || template.id().equals("SNOWFLAKE_STORAGE_INTEGRATION"), values::toString);
                    }
                    assertEquals(List.of(), problems);
                }));
    }

    @Test
    void rudderStacksOwnSideAllowsAssumeRoleOnAnyRoleAndNothingElse() {
        // Written from the documented assumption (README, "Preflight"): RudderStack's account lets its servers
        // assume any role; one Allow statement, sts:AssumeRole, every resource.
        assertEquals(policy("""
                {"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":["sts:AssumeRole"],"Resource":["*"]}]}
                """), RudderStackAccess.RUDDERSTACK_SIDE);
    }

    @Test
    void theBucketsAndKeysTheRequestsTouchAreNamedForReadingTheirPolicies() {
        RudderStackAccess access = access("S3", Map.of("bucketName", "acme-events", "kmsKeyArn", KEY)).build();
        assertEquals(List.of("acme-events"), List.copyOf(access.buckets()));
        assertEquals(List.of(KEY), List.copyOf(access.keys()));
        RudderStackAccess kinesis = access("KINESIS", Map.of("region", "eu-central-1", "accountId", ACCOUNT, "streamName", "events"))
                .build();
        assertTrue(kinesis.buckets().isEmpty());
        assertTrue(kinesis.keys().isEmpty());
    }
}
