package dev.rudderiam.aws.guardrails;

import dev.rudderiam.aws.guardrails.fake.Accounts;
import dev.rudderiam.aws.guardrails.fake.GuardrailWorld;
import dev.rudderiam.aws.guardrails.fake.LoopbackGuardrails;
import static dev.rudderiam.aws.guardrails.fake.Accounts.ACCOUNT;
import static dev.rudderiam.aws.guardrails.fake.Accounts.BUCKET;
import static dev.rudderiam.aws.guardrails.fake.Accounts.KEY;
import static dev.rudderiam.aws.guardrails.fake.Accounts.KEY_POLICY;
import static dev.rudderiam.aws.guardrails.fake.Accounts.LOWER_OU;
import static dev.rudderiam.aws.guardrails.fake.Accounts.PERIMETER;
import static dev.rudderiam.aws.guardrails.fake.Accounts.REGION_DENY;
import static dev.rudderiam.aws.guardrails.fake.Accounts.ROOT;
import static dev.rudderiam.aws.guardrails.fake.Accounts.TLS_ONLY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rudderiam.aws.guardrails.GuardrailReadException.Layer;
import dev.rudderiam.guardrails.Guardrails;
import dev.rudderiam.json.PolicyJson;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.retries.api.BackoffStrategy;
import software.amazon.awssdk.services.kms.KmsClient;
import software.amazon.awssdk.services.organizations.OrganizationsClient;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * The guardrail readers over the real SDK clients (S3 REST-XML, KMS and Organizations JSON 1.1, signing,
 * unmarshalling, error parsing, the retry strategy) against {@link LoopbackGuardrails}. The Organizations client is
 * 2.40.2 on the 2.57.8 core (root pom): these tests are where that pairing is checked.
 */
class GuardrailWireTest {
    static final StaticCredentialsProvider CREDENTIALS = StaticCredentialsProvider.create(AwsBasicCredentials.create(
            "AKIDEXAMPLE", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"));

    static void retryImmediately(ClientOverrideConfiguration.Builder o) {
        o.retryStrategy(AwsRetryStrategy.standardRetryStrategy().toBuilder().maxAttempts(3)
                .backoffStrategy(BackoffStrategy.retryImmediately())
                .throttlingBackoffStrategy(BackoffStrategy.retryImmediately()).build());
    }

    static <T> T read(GuardrailWorld world, Function<GuardrailReader.Builder, T> run) {
        try (LoopbackGuardrails server = new LoopbackGuardrails(world);
                S3Client s3 = S3Client.builder().endpointOverride(server.endpoint()).forcePathStyle(true)
                        .region(Region.US_EAST_1).credentialsProvider(CREDENTIALS)
                        .overrideConfiguration(GuardrailWireTest::retryImmediately).build();
                KmsClient kms = KmsClient.builder().endpointOverride(server.endpoint()).region(Region.US_EAST_1)
                        .credentialsProvider(CREDENTIALS).overrideConfiguration(GuardrailWireTest::retryImmediately)
                        .build();
                OrganizationsClient organizations = OrganizationsClient.builder().endpointOverride(server.endpoint())
                        .region(Region.AWS_GLOBAL).credentialsProvider(CREDENTIALS)
                        .overrideConfiguration(GuardrailWireTest::retryImmediately).build()) {
            return run.apply(GuardrailReader.builder().account(ACCOUNT)
                    .s3(new BucketReader(s3)).kms(new KeyPolicyReader(kms))
                    .organizations(new OrganizationReader(organizations))
                    .buckets(List.of(BUCKET)).usedKeys(List.of(KEY)).keys(List.of(KEY))
                    .serviceControlPolicies(true).resourceControlPolicies(true));
        }
    }

    @Test
    void everyLayerIsReadOverTheWire() {
        GuardrailWorld world = Accounts.world().emptyFirstPages();
        Guardrails g = read(world, r -> r.build().read(Guardrails.builder()).build());
        assertEquals(4, g.scps().size());
        assertEquals(PolicyJson.read(REGION_DENY), g.scps().get(LOWER_OU).get(1).document());
        assertEquals(PolicyJson.read(PERIMETER), g.rcps().get(ROOT).get(0).document());
        assertEquals(PolicyJson.read(TLS_ONLY), g.bucketPolicies().get(BUCKET).document());
        assertEquals(PolicyJson.read(KEY_POLICY), g.keyPolicies().get(KEY).document());
        assertEquals("o-acme12345678", g.organizationId().orElseThrow());
    }

    @Test
    void noBucketPolicyAndNoOrganizationAreAbsentOverTheWire() {
        GuardrailWorld world = new GuardrailWorld().bucket(BUCKET, ACCOUNT, null, null);
        Guardrails g = read(world, r -> r.usedKeys(List.of()).keys(List.of()).build().read(Guardrails.builder())
                .build());
        assertTrue(g.bucketPolicies().isEmpty() && g.scps().isEmpty() && g.organizationId().isEmpty());
    }

    @Test
    void aMemberAccountsAccessDeniedOnOrganizationsIsAnError() {
        GuardrailWorld world = Accounts.world().fail("ListParents", 400, "AccessDeniedException");
        GuardrailReadException e = assertThrows(GuardrailReadException.class,
                () -> read(world, r -> r.build().read(Guardrails.builder())));
        assertEquals(Layer.ORGANIZATION, e.layer());
        assertTrue(e.getMessage().startsWith("could not read the parent of 111122223333 on the path of account"
                + " 111122223333 (ListParents): AccessDeniedException: ListParents refused"), e.getMessage());
    }

    @Test
    void aDeniedBucketPolicyIsAnErrorOverTheWire() {
        GuardrailWorld world = Accounts.world().fail("GetBucketPolicy", 403, "AccessDenied");
        GuardrailReadException e = assertThrows(GuardrailReadException.class,
                () -> read(world, r -> r.build().read(Guardrails.builder())));
        assertTrue(e.getMessage().startsWith("could not read the bucket policy of bucket 'acme-events'"
                + " (GetBucketPolicy): AccessDenied"), e.getMessage());
    }

    @Test
    void throttlingThatOutlastsTheRetriesIsAnError() {
        GuardrailWorld world = Accounts.world().fail("GetKeyPolicy", 400, "ThrottlingException");
        GuardrailReadException e = assertThrows(GuardrailReadException.class,
                () -> read(world, r -> r.build().read(Guardrails.builder())));
        assertEquals(Layer.KEY_POLICY, e.layer());
        assertTrue(e.getMessage().contains("(GetKeyPolicy): ThrottlingException"), e.getMessage());
        assertEquals(3, world.calls().stream().filter(c -> c.startsWith("GetKeyPolicy")).count(),
                "the SDK's retry strategy retried before giving up");
    }
}
