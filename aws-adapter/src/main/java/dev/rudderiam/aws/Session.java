package dev.rudderiam.aws;

import java.time.Duration;
import java.util.function.Predicate;
import java.util.function.Supplier;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.iam.IamClient;

/**
 * One operation on one role: the counted client, the re-try budget it spends and the wrapping of SDK exceptions.
 * Not thread-safe; each operation makes its own.
 */
final class Session {
    private final CountingIamClient counter;
    private final RetryBudget budget;
    private final String role;
    private int retriesSpent;

    Session(IamClient iam, RetryBudget budget, String role) {
        this.counter = CountingIamClient.over(iam);
        this.budget = budget;
        this.role = role;
    }

    IamClient iam() {
        return counter.client();
    }

    String role() {
        return role;
    }

    CallCounts calls() {
        return new CallCounts(counter.reads(), counter.writes());
    }

    /** Gives a roll-back the whole budget again: undoing matters more than what the failed step spent. */
    void renewBudget() {
        retriesSpent = 0;
    }

    /**
     * {@return the result of {@code call}}, re-tried while it fails with an exception {@code retryIf} accepts and
     * the budget lasts
     *
     * @throws SdkException the last failure, for the caller to interpret or {@link #wrap}
     */
    <T> T call(String operation, Supplier<T> call, Predicate<SdkException> retryIf) {
        while (true) {
            try {
                return call.get();
            } catch (SdkException e) {
                if (!retryIf.test(e)) {
                    throw e;
                }
                spendRetry(operation, e);
            }
        }
    }

    /**
     * Waits before a re-try of {@code operation}, or fails with {@code cause} when the budget is spent.
     *
     * @throws IamOperationException when no re-try is left, or the thread is interrupted
     */
    void spendRetry(String operation, SdkException cause) {
        if (retriesSpent >= budget.retries()) {
            throw wrap(operation, cause, "; gave up after " + budget.retries() + " re-tries");
        }
        retriesSpent++;
        Duration delay = budget.backoff().computeDelay(retriesSpent);
        if (!delay.isZero()) {
            try {
                Thread.sleep(delay.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IamOperationException(operation, role, Failures.errorCode(cause),
                        operation + " for role " + role + " was interrupted while waiting to re-try", e);
            }
        }
    }

    IamOperationException wrap(String operation, SdkException e) {
        return wrap(operation, e, "");
    }

    private IamOperationException wrap(String operation, SdkException e, String suffix) {
        String code = Failures.errorCode(e);
        String reason = code == null ? "no response (" + e.getMessage() + ")" : code + ": " + e.getMessage();
        return new IamOperationException(operation, role, code, operation + " for role " + role + " failed: "
                + reason + suffix, e);
    }
}
