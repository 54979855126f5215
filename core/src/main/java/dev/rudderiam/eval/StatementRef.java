package dev.rudderiam.eval;

import dev.rudderiam.policy.Effect;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Points at one statement that took part in a decision: which kind of policy, which policy of that kind (in the
 * order given to {@link Evaluator.Builder}), which statement (0-based), its {@code Sid} and {@code Effect}.
 *
 * @param source the kind of policy
 * @param policy the index of the policy among those of its kind
 * @param statement the index of the statement in its policy
 * @param sid the statement's {@code Sid}, or null
 * @param effect the statement's {@code Effect}
 */
public record StatementRef(Source source, int policy, int statement, @Nullable String sid, Effect effect) {

    /** The kinds of policy a request is evaluated against. */
    public enum Source {
        /** An identity-based policy of the principal (inline or managed). */
        IDENTITY,
        /** The principal's permissions boundary. */
        BOUNDARY,
        /** The resource-based policy, such as a role trust policy or a bucket policy. */
        RESOURCE
    }

    /** Checks for nulls. */
    public StatementRef {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(effect, "effect");
    }

    /** {@return a short label such as {@code identity[0].Statement[2](AllowWrite)}} */
    @Override
    public String toString() {
        return source.name().toLowerCase(Locale.ROOT) + "[" + policy + "].Statement[" + statement + "]"
                + (sid == null ? "" : "(" + sid + ")");
    }
}
