package dev.rudderiam.policy;

import java.util.Objects;

/**
 * One entry of an {@code Action} or {@code NotAction} element: {@code service:ActionName}, possibly with
 * {@code *} and {@code ?} wildcards, or {@code *} alone. Any string is held as written; the validator reports
 * malformed or unknown actions. IAM compares action names case-insensitively.
 *
 * @param value the action as written, such as {@code s3:GetObject}
 * @see <a href="https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_action.html">IAM JSON
 *     policy elements: Action</a>
 */
public record Action(String value) {
    /** Every action of every service. */
    public static final Action ALL = new Action("*");

    /** Checks for null. */
    public Action {
        Objects.requireNonNull(value, "action");
    }

    /** {@return the action {@code value}} */
    public static Action of(String value) {
        return new Action(value);
    }

    /** {@return the service prefix before the first {@code :}, or the empty string when there is none} */
    public String service() {
        int colon = value.indexOf(':');
        return colon < 0 ? "" : value.substring(0, colon);
    }

    /** {@return the action name after the first {@code :}, or the whole value when there is no {@code :}} */
    public String name() {
        int colon = value.indexOf(':');
        return colon < 0 ? value : value.substring(colon + 1);
    }

    @Override
    public String toString() {
        return value;
    }
}
