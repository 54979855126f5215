package dev.rudderiam.aws.guardrails;

import dev.rudderiam.aws.guardrails.fake.Accounts;
import dev.rudderiam.aws.guardrails.fake.GuardrailWorld;
import static dev.rudderiam.aws.guardrails.fake.Accounts.ACCOUNT;
import static dev.rudderiam.aws.guardrails.fake.Accounts.BUCKET;
import static dev.rudderiam.aws.guardrails.fake.Accounts.FULL_ACCESS;
import static dev.rudderiam.aws.guardrails.fake.Accounts.KEY;
import static dev.rudderiam.aws.guardrails.fake.Accounts.KEY_POLICY;
import static dev.rudderiam.aws.guardrails.fake.Accounts.LOWER_OU;
import static dev.rudderiam.aws.guardrails.fake.Accounts.PERIMETER;
import static dev.rudderiam.aws.guardrails.fake.Accounts.REGION_DENY;
import static dev.rudderiam.aws.guardrails.fake.Accounts.ROOT;
import static dev.rudderiam.aws.guardrails.fake.Accounts.SCP;
import static dev.rudderiam.aws.guardrails.fake.Accounts.TLS_ONLY;
import static dev.rudderiam.aws.guardrails.fake.Accounts.TOP_OU;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rudderiam.aws.guardrails.GuardrailReadException.Layer;
import dev.rudderiam.guardrails.Guardrails;
import dev.rudderiam.json.PolicyJson;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Reading guardrails through in-process S3, KMS and Organizations clients: every layer read as the API references
 * describe it; absence only where AWS answers absence; every failure an error naming what could not be read, with
 * nothing added.
 */
class GuardrailReaderTest {
    static GuardrailReader.Builder reader(GuardrailWorld world) {
        return GuardrailReader.builder().account(ACCOUNT)
                .s3(new BucketReader(new InProcessGuardrailClients.S3(world)))
                .kms(new KeyPolicyReader(new InProcessGuardrailClients.Kms(world)))
                .organizations(new OrganizationReader(new InProcessGuardrailClients.Organizations(world)))
                .buckets(List.of(BUCKET)).usedKeys(List.of(KEY)).keys(List.of(KEY))
                .serviceControlPolicies(true).resourceControlPolicies(true);
    }

    static Guardrails read(GuardrailWorld world) {
        return reader(world).build().read(Guardrails.builder()).build();
    }

    static void assertNothingRead(Guardrails.Builder into) {
        Guardrails g = into.build();
        assertTrue(g.scps().isEmpty() && g.rcps().isEmpty() && g.bucketPolicies().isEmpty()
                && g.keyPolicies().isEmpty() && g.organizationId().isEmpty(),
                () -> "partly read: scps " + g.scps().keySet() + ", rcps " + g.rcps().keySet() + ", buckets "
                        + g.bucketPolicies().keySet() + ", keys " + g.keyPolicies().keySet());
    }

    @Test
    void everyLayerIsReadRootFirstEachPolicyOnce() {
        GuardrailWorld world = Accounts.world();
        Guardrails g = read(world);
        assertEquals(List.of(ROOT, TOP_OU, LOWER_OU, ACCOUNT), List.copyOf(g.scps().keySet()));
        assertEquals(List.of("FullAWSAccess (p-FullAWSAccess)", "region-deny (p-regiondeny1)"),
                g.scps().get(LOWER_OU).stream().map(Guardrails.Named::name).toList());
        assertEquals(PolicyJson.read(REGION_DENY), g.scps().get(LOWER_OU).get(1).document());
        assertEquals(PolicyJson.read(FULL_ACCESS), g.scps().get(ACCOUNT).get(0).document());
        assertEquals(List.of(ROOT), List.copyOf(g.rcps().keySet()));
        assertEquals(PolicyJson.read(PERIMETER), g.rcps().get(ROOT).get(0).document());
        assertEquals(PolicyJson.read(TLS_ONLY), g.bucketPolicies().get(BUCKET).document());
        assertEquals("s3:GetBucketPolicy acme-events", g.bucketPolicies().get(BUCKET).name());
        assertEquals(PolicyJson.read(KEY_POLICY), g.keyPolicies().get(KEY).document());
        assertEquals("o-acme12345678", g.organizationId().orElseThrow());
        assertFalse(g.managementAccount());
        assertEquals(1, world.calls().stream().filter(c -> c.equals("DescribePolicy p-FullAWSAccess")).count(),
                "FullAWSAccess is attached at four levels and described once");
        assertEquals(List.of("ListParents " + ACCOUNT, "ListParents " + LOWER_OU, "ListParents " + TOP_OU),
                world.calls().stream().filter(c -> c.startsWith("ListParents")).toList());
    }

    @Test
    void absentIsOnlyWhatAwsAnswersAsAbsent() {
        GuardrailWorld world = new GuardrailWorld().bucket(BUCKET, ACCOUNT, null, null);
        Guardrails g = reader(world).usedKeys(List.of()).keys(List.of()).build().read(Guardrails.builder()).build();
        assertTrue(g.bucketPolicies().isEmpty(), "NoSuchBucketPolicy: the bucket has none");
        assertTrue(g.scps().isEmpty() && g.rcps().isEmpty(), "AWSOrganizationsNotInUseException: no organization");
        assertTrue(g.organizationId().isEmpty());
    }

    @ParameterizedTest
    @CsvSource({
        "GetBucketPolicy, 403, AccessDenied, BUCKET_POLICY, could not read the bucket policy of bucket 'acme-events' (GetBucketPolicy): AccessDenied",
        "GetBucketEncryption, 403, AccessDenied, BUCKET_ENCRYPTION, could not read the default encryption of bucket 'acme-events' (GetBucketEncryption): AccessDenied",
        "GetKeyPolicy, 400, AccessDeniedException, KEY_POLICY, could not read the key policy of key '" + KEY + "' (GetKeyPolicy): AccessDeniedException",
        "DescribeOrganization, 400, AccessDeniedException, ORGANIZATION, could not read the organization of account 111122223333 (DescribeOrganization): AccessDeniedException",
        "ListParents, 400, AccessDeniedException, ORGANIZATION, could not read the parent of 111122223333 on the path of account 111122223333 (ListParents): AccessDeniedException",
        "ListRoots, 400, AccessDeniedException, ORGANIZATION, could not read the organization's root (ListRoots): AccessDeniedException",
        "ListPoliciesForTarget, 400, TooManyRequestsException, ORGANIZATION, could not read SCPs attached to r-ab12 (ListPoliciesForTarget): TooManyRequestsException",
        "DescribePolicy, 400, AccessDeniedException, ORGANIZATION, could not read the content of policy FullAWSAccess (p-FullAWSAccess) (DescribePolicy): AccessDeniedException",
    })
    void aRefusedCallIsAnErrorNamingTheGuardrailNeverAbsence(String operation, int status, String code, Layer layer,
            String message) {
        Guardrails.Builder into = Guardrails.builder();
        GuardrailReadException e = assertThrows(GuardrailReadException.class,
                () -> reader(Accounts.world().fail(operation, status, code)).build().read(into));
        assertEquals(layer, e.layer());
        assertTrue(e.getMessage().startsWith(message), e.getMessage());
        assertFalse(e.getMessage().contains("\n"));
        assertNothingRead(into);
    }

    @Test
    void theManagementAccountReadsNoScpsOrRcpsTheyDoNotApplyToIt() {
        GuardrailWorld world = Accounts.world().organization("o-acme12345678", ACCOUNT);
        Guardrails g = read(world);
        assertTrue(g.managementAccount());
        assertTrue(g.scps().isEmpty() && g.rcps().isEmpty());
        assertTrue(world.calls().stream().noneMatch(c -> c.startsWith("ListParents")), world.calls()::toString);
    }

    @Test
    void aPolicyTypeNotEnabledInTheRootHasNoPolicies() {
        GuardrailWorld world = Accounts.world().root(ROOT, "RESOURCE_CONTROL_POLICY");
        Guardrails g = read(world);
        assertTrue(g.scps().isEmpty());
        assertEquals(1, g.rcps().size());
        assertTrue(world.calls().stream().noneMatch(c -> c.endsWith(SCP)), world.calls()::toString);
    }

    @Test
    void onlyTheLayersAskedForAreRead() {
        GuardrailWorld world = Accounts.world();
        Guardrails g = reader(world).keys(Set.of()).resourceControlPolicies(false).buckets(Set.of()).build()
                .read(Guardrails.builder()).build();
        assertEquals(4, g.scps().size());
        assertTrue(g.rcps().isEmpty() && g.keyPolicies().isEmpty());
        assertTrue(world.calls().stream().noneMatch(c -> c.startsWith("GetKeyPolicy") || c.endsWith("CONTROL_POLICY")
                && c.contains("RESOURCE")), world.calls()::toString);
    }

    @Test
    void emptyPagesWithANextTokenAreFollowed() {
        Guardrails g = read(Accounts.world().emptyFirstPages());
        assertEquals(4, g.scps().size());
        assertEquals(2, g.scps().get(LOWER_OU).size());
    }

    @Test
    void aListingThatNeverEndsIsRefusedAfterTenPages() {
        GuardrailWorld world = Accounts.world().endlessPages();
        GuardrailReadException e = assertThrows(GuardrailReadException.class, () -> read(world));
        assertTrue(e.getMessage().startsWith("could not read ListParents of 111122223333: still more pages after 10"),
                e.getMessage());
        assertEquals(10, world.calls().stream().filter(c -> c.startsWith("ListParents")).count());
    }

    @Test
    void aPolicyLargerThanAwsAllowsIsRefused() {
        String padding = " ".repeat(20 * 1024);
        GuardrailReadException bucket = assertThrows(GuardrailReadException.class, () -> read(Accounts.world()
                .bucket(BUCKET, ACCOUNT, TLS_ONLY + padding, KEY)));
        assertTrue(bucket.getMessage().startsWith("the bucket policy of bucket 'acme-events' has " + (TLS_ONLY.length()
                + padding.length()) + " bytes, more than the 20480 AWS allows"), bucket.getMessage());
        GuardrailReadException key = assertThrows(GuardrailReadException.class, () -> read(Accounts.world()
                .key(KEY, KEY_POLICY + " ".repeat(32 * 1024))));
        assertTrue(key.getMessage().contains("more than the 32768 AWS allows"), key.getMessage());
        GuardrailReadException scp = assertThrows(GuardrailReadException.class, () -> read(Accounts.world()
                .attach(TOP_OU, SCP, "p-big", "big", FULL_ACCESS + " ".repeat(5_120))));
        assertTrue(scp.getMessage().startsWith("the content of policy big (p-big) has "), scp.getMessage());
        assertTrue(scp.getMessage().contains("characters, more than the 5120 AWS allows"), scp.getMessage());
    }

    @Test
    void aBucketPolicyExactlyAtTheLimitIsRead() {
        String policy = TLS_ONLY + " ".repeat(20 * 1024 - TLS_ONLY.length());
        assertEquals(PolicyJson.read(TLS_ONLY), read(Accounts.world().bucket(BUCKET, ACCOUNT, policy, KEY))
                .bucketPolicies().get(BUCKET).document());
    }

    @Test
    void aMalformedPolicyIsRefused() {
        GuardrailReadException e = assertThrows(GuardrailReadException.class, () -> read(Accounts.world()
                .attach(ROOT, "RESOURCE_CONTROL_POLICY", "p-bad", "bad", "{\"Statement\":[")));
        assertEquals(Layer.ORGANIZATION, e.layer());
        assertTrue(e.getMessage().startsWith("the content of policy bad (p-bad) does not parse: "), e.getMessage());
    }

    @Test
    void aBucketOfAnotherAccountIsRefusedByTheExpectedOwner() {
        GuardrailReadException e = assertThrows(GuardrailReadException.class, () -> read(Accounts.world()
                .bucket(BUCKET, "444455556666", TLS_ONLY, KEY)));
        assertTrue(e.getMessage().contains("(GetBucketPolicy): AccessDenied"), e.getMessage());
    }

    @Test
    void aBucketsDefaultKeyThatNoRequestUsesIsAnError() {
        String other = "arn:aws:kms:us-east-1:111122223333:key/00000000-0000-0000-0000-000000000000";
        GuardrailWorld world = Accounts.world().key(other, KEY_POLICY).bucket(BUCKET, ACCOUNT, TLS_ONLY, other);
        GuardrailReadException e = assertThrows(GuardrailReadException.class, () -> read(world));
        assertEquals(Layer.BUCKET_ENCRYPTION, e.layer());
        assertEquals("bucket 'acme-events' encrypts new objects with SSE-KMS key " + other + " by default"
                + " (GetBucketEncryption), which no request uses (they use " + KEY + "): name that key in the"
                + " destination's parameters, so the role is granted it and its key policy is checked",
                e.getMessage());
        GuardrailReadException none = assertThrows(GuardrailReadException.class, () -> reader(Accounts.world())
                .usedKeys(Set.of()).keys(Set.of()).build().read(Guardrails.builder()));
        assertTrue(none.getMessage().contains("by default (GetBucketEncryption), which no request uses: name"),
                none.getMessage());
    }

    @Test
    void aDefaultKeyGivenByAliasIsResolvedToItsArn() {
        GuardrailWorld world = Accounts.world().alias("alias/events", KEY).bucket(BUCKET, ACCOUNT, TLS_ONLY,
                "alias/events");
        assertEquals(PolicyJson.read(KEY_POLICY), read(world).keyPolicies().get(KEY).document());
        assertTrue(world.calls().contains("DescribeKey alias/events"));
    }

    @Test
    void theAwsManagedKeyNeedsNoKeyPolicy() {
        Guardrails g = reader(Accounts.world().bucket(BUCKET, ACCOUNT, TLS_ONLY, "alias/aws/s3")).usedKeys(Set.of())
                .keys(Set.of()).build().read(Guardrails.builder()).build();
        assertTrue(g.keyPolicies().isEmpty());
    }

    @Test
    void aPathDeeperThanAwsAllowsIsRefused() {
        GuardrailWorld world = Accounts.world().parent(TOP_OU, "ou-ab12-3").parent("ou-ab12-3", "ou-ab12-4")
                .parent("ou-ab12-4", "ou-ab12-5").parent("ou-ab12-5", "ou-ab12-6").parent("ou-ab12-6", ROOT);
        GuardrailReadException e = assertThrows(GuardrailReadException.class, () -> read(world));
        assertTrue(e.getMessage().startsWith("the path of account 111122223333 from ListParents has more than 5 OUs"),
                e.getMessage());
        // Five OUs is the most AWS allows, and is read.
        Guardrails five = read(Accounts.world().parent(TOP_OU, "ou-ab12-3").parent("ou-ab12-3", "ou-ab12-4")
                .parent("ou-ab12-4", "ou-ab12-5").parent("ou-ab12-5", ROOT));
        assertEquals(7, five.scps().size() + 3, "root, two OUs with SCPs and the account; three OUs without");
    }

    @Test
    void moreThanFivePoliciesAtALevelAreRefused() {
        GuardrailWorld world = Accounts.world();
        for (int i = 0; i < 5; i++) {
            world.attach(TOP_OU, SCP, "p-extra" + i, "extra" + i, FULL_ACCESS);
        }
        GuardrailReadException e = assertThrows(GuardrailReadException.class, () -> read(world));
        assertTrue(e.getMessage().startsWith(TOP_OU + " has more than 5 SCPs attached"), e.getMessage());
    }

    @Test
    void aLayerWithoutItsClientIsAnErrorNotSkipped() {
        GuardrailReadException e = assertThrows(GuardrailReadException.class, () -> GuardrailReader.builder()
                .account(ACCOUNT).buckets(List.of(BUCKET)).build().read(Guardrails.builder()));
        assertEquals("could not read the bucket policy of bucket 'acme-events': no S3 client given", e.getMessage());
        GuardrailReadException org = assertThrows(GuardrailReadException.class, () -> GuardrailReader.builder()
                .account(ACCOUNT).serviceControlPolicies(true).build().read(Guardrails.builder()));
        assertEquals(Layer.ORGANIZATION, org.layer());
    }

    @Test
    void whatTheCallerSetStaysWhenTheReadFindsNoOrganization() {
        GuardrailWorld world = new GuardrailWorld().bucket(BUCKET, ACCOUNT, null, null);
        Guardrails g = reader(world).usedKeys(List.of()).keys(List.of()).build()
                .read(Guardrails.builder().organizationId("o-given1234567").managementAccount(true)).build();
        assertEquals("o-given1234567", g.organizationId().orElseThrow());
        assertTrue(g.managementAccount());
    }
}
