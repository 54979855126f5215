package dev.rudderiam.aws.guardrails;

import dev.rudderiam.aws.guardrails.GuardrailReadException.Layer;
import dev.rudderiam.policy.PolicyDocument;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.GetBucketEncryptionResponse;
import software.amazon.awssdk.services.s3.model.ServerSideEncryption;
import software.amazon.awssdk.services.s3.model.ServerSideEncryptionByDefault;
import software.amazon.awssdk.services.s3.model.ServerSideEncryptionRule;

/**
 * Reads a bucket's guardrails through the caller's {@link S3Client}: its policy
 * (<a href="https://docs.aws.amazon.com/AmazonS3/latest/API/API_GetBucketPolicy.html">GetBucketPolicy</a>;
 * {@code NoSuchBucketPolicy} means it has none) and the SSE-KMS key its default encryption uses
 * (<a href="https://docs.aws.amazon.com/AmazonS3/latest/API/API_GetBucketEncryption.html">GetBucketEncryption</a>).
 * Both calls send the account as the expected bucket owner, so a bucket of another account is refused by S3 rather
 * than read as the account's
 * (<a href="https://docs.aws.amazon.com/AmazonS3/latest/userguide/bucket-owner-condition.html">bucket owner
 * condition</a>). The only class here that uses the S3 client: without S3 on the class path it is never loaded.
 */
public final class BucketReader {
    /** Bucket policies are limited to 20 KB (https://docs.aws.amazon.com/AmazonS3/latest/userguide/using-iam-policies.html). */
    static final int POLICY_LIMIT_BYTES = 20 * 1024;
    private static final String NO_SUCH_BUCKET_POLICY = "NoSuchBucketPolicy";
    private static final String NO_ENCRYPTION = "ServerSideEncryptionConfigurationNotFoundError";

    /**
     * A bucket's guardrails.
     *
     * @param policy its bucket policy, null when it has none
     * @param defaultKmsKey the SSE-KMS key its default encryption names (key id, key ARN, alias name or alias ARN,
     *     as S3 stores it), null when new objects are not encrypted with a customer managed KMS key by default
     */
    public record Bucket(String name, @Nullable PolicyDocument policy, @Nullable String defaultKmsKey) {
        /** Checks the name. */
        public Bucket {
            Objects.requireNonNull(name, "bucket name");
        }
    }

    private final S3Client s3;

    /** Reads through {@code s3}, which the caller configures (region, cross-region access, credentials) and closes. */
    public BucketReader(S3Client s3) {
        this.s3 = Objects.requireNonNull(s3, "S3 client");
    }

    /**
     * {@return the policy and default SSE-KMS key of {@code bucket}, which must belong to {@code owner}}
     *
     * @throws GuardrailReadException when either could not be read (access denied, no such bucket, another
     *     owner, throttling, a policy larger than 20 KB or malformed)
     */
    public Bucket read(String bucket, String owner) {
        Objects.requireNonNull(bucket, "bucket");
        Objects.requireNonNull(owner, "owner");
        String what = "the bucket policy of bucket '" + bucket + "'";
        PolicyDocument policy;
        try {
            String text = s3.getBucketPolicy(r -> r.bucket(bucket).expectedBucketOwner(owner)).policy();
            policy = Reads.policy(Layer.BUCKET_POLICY, what, text, POLICY_LIMIT_BYTES, true,
                    "https://docs.aws.amazon.com/AmazonS3/latest/userguide/using-iam-policies.html");
        } catch (SdkException e) {
            if (!NO_SUCH_BUCKET_POLICY.equals(Reads.errorCode(e))) {
                throw Reads.failed(Layer.BUCKET_POLICY, what, "GetBucketPolicy", e);
            }
            policy = null;
        }
        return new Bucket(bucket, policy, defaultKmsKey(bucket, owner));
    }

    private @Nullable String defaultKmsKey(String bucket, String owner) {
        GetBucketEncryptionResponse encryption;
        try {
            encryption = s3.getBucketEncryption(r -> r.bucket(bucket).expectedBucketOwner(owner));
        } catch (SdkException e) {
            if (NO_ENCRYPTION.equals(Reads.errorCode(e))) {
                return null;
            }
            throw Reads.failed(Layer.BUCKET_ENCRYPTION, "the default encryption of bucket '" + bucket + "'",
                    "GetBucketEncryption", e);
        }
        if (encryption.serverSideEncryptionConfiguration() == null) {
            return null;
        }
        for (ServerSideEncryptionRule rule : encryption.serverSideEncryptionConfiguration().rules()) {
            ServerSideEncryptionByDefault byDefault = rule.applyServerSideEncryptionByDefault();
            if (byDefault == null || byDefault.sseAlgorithm() == ServerSideEncryption.AES256) {
                continue;
            }
            // aws:kms or aws:kms:dsse; without a key id S3 uses the AWS managed key aws/s3, whose key policy lets
            // every principal of the account use it through S3
            // (https://docs.aws.amazon.com/kms/latest/developerguide/concepts.html#aws-managed-key).
            String key = byDefault.kmsMasterKeyID();
            if (key != null && !key.isBlank() && !key.equals("alias/aws/s3") && !key.endsWith(":alias/aws/s3")) {
                return key;
            }
        }
        return null;
    }
}
