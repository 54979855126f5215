package dev.rudderiam.aws;

/**
 * A failure {@link InProcessIam} injects into one call. All but {@link #TIMEOUT} are answered before the call takes
 * effect; a time-out is the worst case of a lost answer: IAM did the work, the caller never heard.
 */
enum Fault {
    /** {@code Throttling}, HTTP 400: "Rate exceeded". */
    THROTTLING,
    /** {@code ServiceFailure}, HTTP 500. */
    SERVER_ERROR,
    /** The call takes effect, then the caller sees a read time-out and no response. */
    TIMEOUT,
    /** {@code ConcurrentModification}, HTTP 409. */
    CONCURRENT_MODIFICATION,
    /**
     * {@code NoSuchEntity}, HTTP 404, for a role created moments ago and not yet visible everywhere. Injected only
     * into a call that names a role created within the last {@value InProcessIam#VISIBILITY_WINDOW} calls, as
     * IAM's eventual consistency only hides new entities.
     */
    NOT_YET_VISIBLE,
    /** {@code AccessDenied}, HTTP 403: the caller's own permissions do not allow the call. */
    ACCESS_DENIED,
    /** {@code MalformedPolicyDocument} "Invalid principal in policy", HTTP 400, while a principal propagates. */
    INVALID_PRINCIPAL
}
