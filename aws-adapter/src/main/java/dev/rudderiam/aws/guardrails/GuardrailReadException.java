package dev.rudderiam.aws.guardrails;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A guardrail could not be read: access denied, throttling that outlasted the retries, a policy that does not parse
 * or is larger than AWS allows, a missing client. A guardrail that could not be read is never taken to be absent:
 * whoever decides requests with the guardrails cannot decide, and says which {@link #layer()} to give instead.
 * The message is one line naming the guardrail, the call and the reason.
 */
public final class GuardrailReadException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** The kind of guardrail that could not be read. */
    public enum Layer {
        /** An S3 bucket's policy ({@code GetBucketPolicy}). */
        BUCKET_POLICY,
        /** An S3 bucket's default encryption ({@code GetBucketEncryption}), which names its SSE-KMS key. */
        BUCKET_ENCRYPTION,
        /** A KMS key's policy ({@code GetKeyPolicy}, {@code DescribeKey}). */
        KEY_POLICY,
        /** The organization's SCPs and RCPs along the account's path (AWS Organizations). */
        ORGANIZATION
    }

    private final Layer layer;

    /** Creates the exception; {@code cause} may be null. */
    public GuardrailReadException(Layer layer, String message, @Nullable Throwable cause) {
        super(oneLine(Objects.requireNonNull(message, "message")), cause);
        this.layer = Objects.requireNonNull(layer, "layer");
    }

    /** {@return the kind of guardrail that could not be read} */
    public Layer layer() {
        return layer;
    }

    private static String oneLine(String message) {
        return message.replaceAll("[\\r\\n\\t]+", " ");
    }
}
