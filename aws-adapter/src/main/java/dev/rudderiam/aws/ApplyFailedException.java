package dev.rudderiam.aws;

import java.util.Objects;

/**
 * An apply that did not reach the spec. {@link #result()} tells what exists now: nothing when the role this run
 * created was rolled back, otherwise the role as read after the failure.
 */
public final class ApplyFailedException extends IamOperationException {
    private static final long serialVersionUID = 1L;

    private final transient ApplyResult result;

    ApplyFailedException(ApplyResult result, String operation, String message, IamOperationException cause) {
        super(operation, result.roleName(), cause.errorCode(), message, cause);
        this.result = Objects.requireNonNull(result, "result");
    }

    ApplyFailedException(ApplyResult result, String message) {
        super("Plan", result.roleName(), null, message, null);
        this.result = Objects.requireNonNull(result, "result");
    }

    /** {@return what the failed apply did and what exists now} */
    public ApplyResult result() {
        return result;
    }
}
