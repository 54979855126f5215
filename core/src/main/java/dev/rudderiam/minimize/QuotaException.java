package dev.rudderiam.minimize;

/**
 * Thrown when a set of permission policies cannot fit IAM's quotas even after minimizing and splitting. The
 * message names what was needed and the quota that was exceeded.
 *
 * @see <a href="https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_iam-quotas.html">IAM and AWS STS
 *     quotas</a>
 */
public final class QuotaException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    QuotaException(String message) {
        super(message);
    }
}
