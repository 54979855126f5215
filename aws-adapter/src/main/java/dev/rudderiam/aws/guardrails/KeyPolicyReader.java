package dev.rudderiam.aws.guardrails;

import dev.rudderiam.arn.Arn;
import dev.rudderiam.aws.guardrails.GuardrailReadException.Layer;
import dev.rudderiam.policy.PolicyDocument;
import java.util.Objects;
import java.util.function.Function;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.kms.KmsClient;
import software.amazon.awssdk.services.kms.model.KeyMetadata;

/**
 * Reads KMS key policies through the caller's {@link KmsClient}:
 * <a href="https://docs.aws.amazon.com/kms/latest/APIReference/API_GetKeyPolicy.html">GetKeyPolicy</a> with the
 * policy name {@code default}, the only one a key has; and the key ARN behind a key id or alias
 * (<a href="https://docs.aws.amazon.com/kms/latest/APIReference/API_DescribeKey.html">DescribeKey</a>). The only
 * class here that uses the KMS client: without KMS on the class path it is never loaded.
 */
public final class KeyPolicyReader {
    /**
     * A key policy is at most 32 KB (32,768 bytes)
     * (https://docs.aws.amazon.com/kms/latest/developerguide/resource-limits.html#key-policy-limit).
     */
    static final int POLICY_LIMIT_BYTES = 32 * 1024;

    private final Function<String, KmsClient> clients;

    /** Reads through {@code kms}, which the caller configures (the keys' region, credentials) and closes. */
    public KeyPolicyReader(KmsClient kms) {
        Objects.requireNonNull(kms, "KMS client");
        this.clients = region -> kms;
    }

    /**
     * Reads each key through the client {@code clientForRegion} gives for the region of its ARN (a key lives in
     * one region); the empty region for a key id or alias name, whose region the ARN does not say. The caller
     * closes the clients.
     */
    public KeyPolicyReader(Function<String, KmsClient> clientForRegion) {
        this.clients = Objects.requireNonNull(clientForRegion, "KMS clients");
    }

    private KmsClient client(String keyId) {
        return Objects.requireNonNull(clients.apply(Arn.tryParse(keyId).map(Arn::region).orElse("")),
                "KMS client");
    }

    /**
     * {@return the key policy of the key {@code keyArn}}
     *
     * @throws GuardrailReadException when it could not be read (access denied, no such key, throttling, larger
     *     than 32 KB, malformed)
     */
    public PolicyDocument read(String keyArn) {
        Objects.requireNonNull(keyArn, "key ARN");
        String what = "the key policy of key '" + keyArn + "'";
        String text;
        try {
            text = client(keyArn).getKeyPolicy(r -> r.keyId(keyArn).policyName("default")).policy();
        } catch (SdkException e) {
            throw Reads.failed(Layer.KEY_POLICY, what, "GetKeyPolicy", e);
        }
        return Reads.policy(Layer.KEY_POLICY, what, text, POLICY_LIMIT_BYTES, true,
                "https://docs.aws.amazon.com/kms/latest/developerguide/resource-limits.html#key-policy-limit");
    }

    /**
     * {@return the ARN of the key {@code keyId} names: a key id, key ARN, alias name or alias ARN}
     *
     * @throws GuardrailReadException when DescribeKey fails
     */
    public String keyArn(String keyId) {
        Objects.requireNonNull(keyId, "key id");
        try {
            KeyMetadata metadata = client(keyId).describeKey(r -> r.keyId(keyId)).keyMetadata();
            String arn = metadata == null ? null : metadata.arn();
            if (arn == null || !arn.contains(":key/")) {
                throw new GuardrailReadException(Layer.KEY_POLICY, "could not read the ARN of KMS key '" + keyId
                        + "' (DescribeKey): the answer names no key ARN", null);
            }
            return arn;
        } catch (SdkException e) {
            throw Reads.failed(Layer.KEY_POLICY, "the ARN of KMS key '" + keyId + "'", "DescribeKey", e);
        }
    }
}
