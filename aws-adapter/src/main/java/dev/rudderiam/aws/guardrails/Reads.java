package dev.rudderiam.aws.guardrails;

import dev.rudderiam.aws.guardrails.GuardrailReadException.Layer;
import dev.rudderiam.json.PolicyJson;
import dev.rudderiam.policy.PolicyDocument;
import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkException;

/**
 * What every guardrail reader shares: the error code of an SDK failure, the one-line message of a failed read, and
 * turning a policy text into a document within AWS's size limit. Uses the SDK's core only, which the IAM client
 * brings, so it loads whichever service clients the caller has.
 */
final class Reads {
    /** The longest error message kept in a read failure's line. */
    private static final int MESSAGE_LIMIT = 300;

    private Reads() {
    }

    /** {@return the service's error code, or null when no response came back} */
    static @Nullable String errorCode(SdkException e) {
        if (e instanceof AwsServiceException && ((AwsServiceException) e).awsErrorDetails() != null) {
            return ((AwsServiceException) e).awsErrorDetails().errorCode();
        }
        return null;
    }

    /** {@return the exception for a call that failed: the guardrail, the call, the error code and message} */
    static GuardrailReadException failed(Layer layer, String what, String call, SdkException e) {
        String code = errorCode(e);
        String message = e instanceof AwsServiceException && ((AwsServiceException) e).awsErrorDetails() != null
                ? ((AwsServiceException) e).awsErrorDetails().errorMessage() : e.getMessage();
        String reason = (code == null ? "no answer" : code) + (message == null || message.isBlank() ? ""
                : ": " + shorten(message));
        return new GuardrailReadException(layer, "could not read " + what + " (" + call + "): " + reason, e);
    }

    /**
     * {@return the policy {@code text} as a document}
     *
     * @param limit AWS's largest size of this kind of policy, in UTF-8 bytes or characters as AWS counts it
     * @throws GuardrailReadException when the text is larger than the limit or does not parse
     */
    static PolicyDocument policy(Layer layer, String what, @Nullable String text, int limit, boolean bytes,
            String limitSource) {
        if (text == null || text.isEmpty()) {
            throw new GuardrailReadException(layer, "could not read " + what + ": the answer carries no policy text",
                    null);
        }
        int size = bytes ? text.getBytes(StandardCharsets.UTF_8).length : text.length();
        if (size > limit) {
            throw new GuardrailReadException(layer, what + " has " + size + (bytes ? " bytes" : " characters")
                    + ", more than the " + limit + " AWS allows (" + limitSource + "): refused", null);
        }
        try {
            return PolicyJson.read(text);
        } catch (RuntimeException e) {
            throw new GuardrailReadException(layer, what + " does not parse: " + shorten(String.valueOf(
                    e.getMessage())), e);
        }
    }

    private static String shorten(String message) {
        String line = message.replaceAll("[\\r\\n\\t]+", " ").strip();
        return line.length() <= MESSAGE_LIMIT ? line : line.substring(0, MESSAGE_LIMIT) + "...";
    }
}
