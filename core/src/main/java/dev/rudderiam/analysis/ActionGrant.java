package dev.rudderiam.analysis;

import java.util.List;
import java.util.Objects;

/**
 * One action a role's permission policies allow, with the resource patterns it is allowed on.
 *
 * @param action the action, such as {@code s3:PutObject}
 * @param accessLevel the reference's access level ({@code Read}, {@code Write}, ...)
 * @param resources the resource patterns, each possibly conditional or with exceptions
 */
public record ActionGrant(String action, String accessLevel, List<ResourceGrant> resources) {
    /** Copies the list and checks for nulls. */
    public ActionGrant {
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(accessLevel, "access level");
        resources = List.copyOf(resources);
    }

    /**
     * A resource pattern an action is allowed on.
     *
     * @param pattern the pattern, such as {@code arn:aws:s3:::bucket/*}; {@code A ∩ B} when the identity policy
     *     and the boundary allow overlapping patterns neither of which covers the other
     * @param except patterns excluded from it ({@code NotResource}, or an unconditional {@code Deny})
     * @param conditional whether a condition limits the grant
     */
    public record ResourceGrant(String pattern, List<String> except, boolean conditional) {
        /** Copies the list and checks for nulls. */
        public ResourceGrant {
            Objects.requireNonNull(pattern, "pattern");
            except = List.copyOf(except);
        }

        @Override
        public String toString() {
            return pattern + (except.isEmpty() ? "" : " except " + except) + (conditional ? " (conditional)" : "");
        }
    }
}
