package dev.rudderiam.aws;

import java.util.Locale;
import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.exception.SdkException;

/**
 * Classifies what the SDK throws by IAM error code, as the IAM API reference lists them per operation. Codes are
 * compared rather than exception classes, because the SDK models {@code Throttling} as a plain
 * {@code IamException} and IAM-compatible emulators may answer with the generic class.
 *
 * @see <a href="https://docs.aws.amazon.com/IAM/latest/APIReference/CommonErrors.html">IAM common errors</a>
 */
final class Failures {
    /** Role or policy does not exist (HTTP 404). */
    static final String NO_SUCH_ENTITY = "NoSuchEntity";
    /** The name is taken, ignoring case for roles (HTTP 409). */
    static final String ENTITY_ALREADY_EXISTS = "EntityAlreadyExists";
    /** Another request changed the entity at the same time (HTTP 409): submit again. */
    static final String CONCURRENT_MODIFICATION = "ConcurrentModification";
    /** Policies are still attached (HTTP 409). */
    static final String DELETE_CONFLICT = "DeleteConflict";
    /** Document refused (HTTP 400); with "Invalid principal" also while a new principal propagates. */
    static final String MALFORMED_POLICY_DOCUMENT = "MalformedPolicyDocument";

    private Failures() {
    }

    /** {@return IAM's error code, or null when no response came back} */
    static @Nullable String errorCode(SdkException e) {
        if (e instanceof AwsServiceException && ((AwsServiceException) e).awsErrorDetails() != null) {
            return ((AwsServiceException) e).awsErrorDetails().errorCode();
        }
        return null;
    }

    /** {@return whether {@code e} carries IAM error {@code code}} */
    static boolean is(SdkException e, String code) {
        return code.equals(errorCode(e));
    }

    /**
     * {@return whether {@code e} is one of IAM's known passing conditions: {@code ConcurrentModification}, or
     * {@code MalformedPolicyDocument} "Invalid principal" (a principal created moments ago is not yet visible)}
     *
     * @see <a href="https://docs.aws.amazon.com/IAM/latest/UserGuide/troubleshoot_general.html#troubleshoot_general_eventual-consistency">IAM
     *     eventual consistency</a>
     */
    static boolean isPassing(SdkException e) {
        return is(e, CONCURRENT_MODIFICATION) || (is(e, MALFORMED_POLICY_DOCUMENT) && e.getMessage() != null
                && e.getMessage().toLowerCase(Locale.ROOT).contains("invalid principal"));
    }

    /**
     * {@return whether the request may or may not have taken effect: no response (time-out, connection lost) or a
     * server error}
     */
    static boolean outcomeUnknown(SdkException e) {
        return e instanceof SdkClientException
                || (e instanceof AwsServiceException && ((AwsServiceException) e).statusCode() >= 500);
    }

    /** {@return whether the SDK's retry strategy would have re-tried {@code e}: throttling or unknown outcome} */
    static boolean retryableBySdk(SdkException e) {
        return outcomeUnknown(e)
                || (e instanceof AwsServiceException && ((AwsServiceException) e).isThrottlingException());
    }
}
