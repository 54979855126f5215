package dev.rudderiam.cli;

import dev.rudderiam.aws.guardrails.BucketReader;
import dev.rudderiam.aws.guardrails.GuardrailReadException;
import dev.rudderiam.aws.guardrails.GuardrailReader;
import dev.rudderiam.aws.guardrails.KeyPolicyReader;
import dev.rudderiam.aws.guardrails.OrganizationReader;
import dev.rudderiam.guardrails.Guardrails;
import java.net.URI;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;
import software.amazon.awssdk.core.SdkClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.kms.KmsClient;
import software.amazon.awssdk.services.kms.KmsClientBuilder;
import software.amazon.awssdk.services.organizations.OrganizationsClient;
import software.amazon.awssdk.services.organizations.OrganizationsClientBuilder;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3ClientBuilder;

/**
 * The options of {@code preflight} that read guardrails live: {@code --read-guardrails}, the credentials
 * ({@code --profile} as for {@code plan}; {@code --organizations-profile} for AWS Organizations, which answers only
 * the management account or a delegated administrator) and {@code --endpoint-url} (an emulator serving S3, KMS and
 * Organizations). What cannot be read stops the command with exit code 2 and names the file option that gives it
 * instead: preflight never decides as if an unreadable guardrail were absent.
 */
final class GuardrailReadOptions {
    @Option(names = "--read-guardrails", description = {"Read from AWS what no file gives: each bucket's policy and",
        "default SSE-KMS key, each KMS key's policy, the SCPs and RCPs along the account's path (needs --account)."})
    boolean read;

    @Option(names = "--profile", paramLabel = "NAME",
            description = "Named profile for reading buckets and keys (default: the SDK's default chain).")
    @Nullable String profile;

    @Option(names = "--organizations-profile", paramLabel = "NAME", description = "Named profile for reading SCPs and"
            + " RCPs: the management account or a delegated administrator (default: as --profile).")
    @Nullable String organizationsProfile;

    @Option(names = "--endpoint-url", paramLabel = "URL",
            description = "Send the S3, KMS and Organizations calls to this URL (an emulator).")
    @Nullable URI endpointUrl;

    /** Refuses the reading options without {@code --read-guardrails}, so none is silently ignored. */
    void check() {
        if (!read && (profile != null || organizationsProfile != null || endpointUrl != null)) {
            throw new IllegalArgumentException("--profile, --organizations-profile and --endpoint-url are for"
                    + " reading guardrails: add --read-guardrails");
        }
    }

    /**
     * Reads the guardrails asked for into {@code into}.
     *
     * @param region the region of the S3 client (which follows buckets to their own region) and of the KMS client
     *     for a key named without its region
     * @throws IllegalStateException naming what could not be read and the option that gives it instead
     */
    void read(String account, String region, Collection<String> buckets, Collection<String> usedKeys,
            Collection<String> keys, boolean scps, boolean rcps, Guardrails.Builder into) {
        List<SdkClient> clients = new ArrayList<>();
        try {
            GuardrailReader.Builder reader = GuardrailReader.builder().account(account).buckets(buckets)
                    .usedKeys(usedKeys).keys(keys).serviceControlPolicies(scps).resourceControlPolicies(rcps);
            if (!buckets.isEmpty()) {
                reader.s3(new BucketReader(add(clients, s3(region))));
            }
            Map<String, KmsClient> kms = new HashMap<>();
            reader.kms(new KeyPolicyReader(keyRegion -> kms.computeIfAbsent(keyRegion.isEmpty() ? region : keyRegion,
                    r -> add(clients, kms(r)))));
            if (scps || rcps) {
                reader.organizations(new OrganizationReader(add(clients, organizations())));
            }
            reader.build().read(into);
        } catch (GuardrailReadException e) {
            throw new IllegalStateException("preflight cannot decide: " + e.getMessage() + "; " + instead(e.layer()),
                    e);
        } finally {
            clients.forEach(SdkClient::close);
        }
    }

    private static String instead(GuardrailReadException.Layer layer) {
        switch (layer) {
            case BUCKET_POLICY:
            case BUCKET_ENCRYPTION:
                return "or give the bucket's policy with --bucket-policy BUCKET=FILE (the bucket is then not read)";
            case KEY_POLICY:
                return "or give the key's policy with --kms-key-policy KEYARN=FILE";
            default:
                return "AWS Organizations answers these calls only to the management account or a delegated"
                        + " administrator: name such credentials with --organizations-profile, or give the policies"
                        + " with --scp LEVEL=FILE and --rcp LEVEL=FILE";
        }
    }

    private static <T extends SdkClient> T add(List<SdkClient> clients, T client) {
        clients.add(client);
        return client;
    }

    private S3Client s3(String region) {
        S3ClientBuilder builder = S3Client.builder().region(Region.of(region))
                .credentialsProvider(AwsClientOptions.credentials(profile));
        if (endpointUrl != null) {
            builder.endpointOverride(endpointUrl).forcePathStyle(true);
        } else {
            builder.crossRegionAccessEnabled(true);
        }
        return builder.build();
    }

    private KmsClient kms(String region) {
        KmsClientBuilder builder = KmsClient.builder().region(Region.of(region))
                .credentialsProvider(AwsClientOptions.credentials(profile));
        if (endpointUrl != null) {
            builder.endpointOverride(endpointUrl);
        }
        return builder.build();
    }

    /** Organizations is a global service hosted in us-east-1. */
    private OrganizationsClient organizations() {
        OrganizationsClientBuilder builder = OrganizationsClient.builder().region(Region.US_EAST_1)
                .credentialsProvider(AwsClientOptions.credentials(organizationsProfile != null ? organizationsProfile
                        : profile));
        if (endpointUrl != null) {
            builder.endpointOverride(endpointUrl);
        }
        return builder.build();
    }
}
