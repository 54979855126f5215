package dev.rudderiam.aws;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * An IAM call that failed for good: the SDK's exception wrapped once, with the operation and the role name.
 */
public class IamOperationException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String operation;
    private final String roleName;
    private final @Nullable String errorCode;

    /**
     * Creates the exception.
     *
     * @param operation the IAM operation, such as {@code PutRolePolicy}
     * @param roleName the role
     * @param errorCode IAM's error code, or null when no response came back
     * @param message what failed
     * @param cause the SDK's exception, or null
     */
    public IamOperationException(String operation, String roleName, @Nullable String errorCode, String message,
            @Nullable Throwable cause) {
        super(Objects.requireNonNull(message, "message"), cause);
        this.operation = Objects.requireNonNull(operation, "operation");
        this.roleName = Objects.requireNonNull(roleName, "roleName");
        this.errorCode = errorCode;
    }

    /** {@return what failed}, never null */
    @Override
    public String getMessage() {
        return Objects.requireNonNull(super.getMessage());
    }

    /** {@return the IAM operation that failed} */
    public String operation() {
        return operation;
    }

    /** {@return the role it was about} */
    public String roleName() {
        return roleName;
    }

    /** {@return IAM's error code, or null when there was no response (time-out, connection)} */
    public @Nullable String errorCode() {
        return errorCode;
    }
}
