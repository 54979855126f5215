package dev.rudderiam.json;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Thrown when text is not a policy document IAM's grammar can express: malformed or hostile JSON, a duplicate
 * key, trailing data, an unknown element or a value of the wrong shape. It carries the JSON pointer of the
 * offending place ({@code /Statement/1/Principal/AWS}, the empty string for the whole document) and the reason.
 */
public final class PolicyParseException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String pointer;
    private final String reason;

    /** Creates the exception for {@code pointer} and {@code reason}, keeping the parser's exception as cause. */
    public PolicyParseException(String pointer, String reason, @Nullable Throwable cause) {
        super((pointer.isEmpty() ? "(document)" : pointer) + ": " + reason, cause);
        this.pointer = Objects.requireNonNull(pointer, "pointer");
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    /** {@return the JSON pointer of the offending place; empty for the whole document} */
    public String pointer() {
        return pointer;
    }

    /** {@return why the text was refused} */
    public String reason() {
        return reason;
    }
}
