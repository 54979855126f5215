package dev.rudderiam.aws;

import java.time.Duration;
import java.util.Objects;
import software.amazon.awssdk.retries.api.BackoffStrategy;

/**
 * How long one apply or delete keeps re-trying IAM's passing conditions, which the SDK's retry strategy does not
 * know about: {@code ConcurrentModification}, {@code NoSuchEntity} for a role this run just created, and
 * {@code MalformedPolicyDocument} "Invalid principal" while a principal propagates. The budget is a number of
 * re-tries shared by the whole operation, spaced by an SDK {@link BackoffStrategy}.
 *
 * <p>Throttling and server errors are the SDK's business: configure them on the client, for example
 * {@code ClientOverrideConfiguration.builder().retryStrategy(AwsRetryStrategy.standardRetryStrategy())}.
 * When a throttling or server error still reaches the adapter, the step has failed; only a roll-back or a delete,
 * which must not leave a role half-made, also spends this budget on them.
 *
 * @param retries re-tries allowed for the whole operation, at least 0
 * @param backoff the delay before each re-try, by re-try number starting at 1
 * @see <a href="https://docs.aws.amazon.com/IAM/latest/UserGuide/troubleshoot_general.html#troubleshoot_general_eventual-consistency">IAM
 *     eventual consistency</a>
 */
public record RetryBudget(int retries, BackoffStrategy backoff) {
    /**
     * The default: 16 re-tries with exponential delay from 1 to 8 seconds, half jitter, so at most about two minutes,
     * the window Terraform's AWS provider allows for IAM propagation ({@code propagationTimeout}).
     */
    public static final RetryBudget DEFAULT = new RetryBudget(16,
            BackoffStrategy.exponentialDelayHalfJitter(Duration.ofSeconds(1), Duration.ofSeconds(8)));

    /** No re-try: the first passing condition fails the step. */
    public static final RetryBudget NONE = new RetryBudget(0, BackoffStrategy.retryImmediately());

    /** Checks the count and nulls. */
    public RetryBudget {
        Objects.requireNonNull(backoff, "backoff");
        if (retries < 0) {
            throw new IllegalArgumentException("retries '" + retries
                    + "' is invalid: the budget is 0 or more re-tries");
        }
    }

    /** {@return a budget of {@code retries} re-tries without delay, for tests and emulators} */
    public static RetryBudget immediate(int retries) {
        return new RetryBudget(retries, BackoffStrategy.retryImmediately());
    }
}
