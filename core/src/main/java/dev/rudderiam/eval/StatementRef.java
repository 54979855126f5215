package dev.rudderiam.eval;

import dev.rudderiam.policy.Effect;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Points at one statement that took part in a decision: which kind of policy, which policy of that kind (in the
 * order given to {@link Evaluator.Builder}), which statement (0-based), its {@code Sid} and {@code Effect}, and for
 * an organization policy the level it is attached to.
 *
 * @param source the kind of policy
 * @param policy the index of the policy among those of its kind; for SCPs and RCPs counted over every level, root
 *     first, so it orders them as AWS applies them
 * @param statement the index of the statement in its policy
 * @param sid the statement's {@code Sid}, or null
 * @param effect the statement's {@code Effect}
 * @param level for {@link Source#SCP} and {@link Source#RCP} the organization level the policy is attached to (as
 *     given: {@code root}, an OU id, {@code account}); null for every other kind
 */
public record StatementRef(Source source, int policy, int statement, @Nullable String sid, Effect effect,
        @Nullable String level) {

    /** The kinds of policy a request is evaluated against. */
    public enum Source {
        /** An identity-based policy of the principal (inline or managed). */
        IDENTITY("identity"),
        /** The principal's permissions boundary. */
        BOUNDARY("boundary"),
        /** The resource-based policy, such as a role trust policy or a bucket policy. */
        RESOURCE("resource"),
        /** The session policy passed when the role session was created. */
        SESSION("session"),
        /** The key policy of a KMS key, the resource-based policy every KMS key has. */
        KEY_POLICY("key-policy"),
        /** A service control policy of the organization, attached at one level. */
        SCP("scp"),
        /** A resource control policy of the organization, attached at one level. */
        RCP("rcp");


        private final String label;

        Source(String label) {
            this.label = label;
        }

        /** {@return the lower-case name used in labels, such as {@code key-policy}} */
        public String label() {
            return label;
        }
    }

    /** Checks for nulls, and that exactly the organization policies carry a level. */
    public StatementRef {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(effect, "effect");
        boolean organization = source == Source.SCP || source == Source.RCP;
        if (organization != (level != null)) {
            throw new IllegalArgumentException("statement reference level '" + level + "' is invalid for " + source
                    + ": SCPs and RCPs name the organization level they are attached to, other policies have none");
        }
    }

    /** A statement of a policy that is not an organization policy (no level). */
    public StatementRef(Source source, int policy, int statement, @Nullable String sid, Effect effect) {
        this(source, policy, statement, sid, effect, null);
    }

    /**
     * {@return a short label such as {@code identity[0].Statement[2](AllowWrite)} or, for an organization policy,
     * {@code scp@ou-ab12-34cd5678[1].Statement[0](DenyRegions)}}
     */
    @Override
    public String toString() {
        return source.label() + (level == null ? "" : "@" + level) + "[" + policy + "].Statement[" + statement + "]"
                + (sid == null ? "" : "(" + sid + ")");
    }
}
