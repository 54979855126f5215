package dev.rudderiam.eval;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The answer to a request: the decision, the statements that decided it, a one-line reason and, for an implicit
 * deny, the policy layer that did not allow.
 *
 * <p>For {@link Decision#EXPLICITLY_DENIED} the statements are the applicable {@code Deny} statements, from every
 * kind of policy; for {@link Decision#ALLOWED} the {@code Allow} statements of every layer that had to allow and
 * did (identity, boundary and session policy, the resource policy where it counts, each SCP and RCP level); for
 * {@link Decision#IMPLICITLY_DENIED} the {@code Allow} statements that applied but were not enough (for example an
 * identity allow for a cross-account request the resource policy does not allow), often none. Each
 * {@link StatementRef} names the kind of policy, the organization level for SCPs and RCPs, and the statement.
 *
 * @param decision the decision
 * @param statements the deciding statements: the principal's and the resource's policies (identity, boundary,
 *     resource, session, key policy), then SCPs, then RCPs, each root first, in policy and statement order
 * @param reason why, in one line
 * @param unmet for an implicit deny, the layer that had to allow and did not; null otherwise
 */
public record Evaluation(Decision decision, List<StatementRef> statements, String reason, @Nullable Layer unmet) {

    /**
     * One layer of the evaluation: a kind of policy and, for SCPs and RCPs, the organization level.
     *
     * @param source the kind of policy
     * @param level the organization level, or null
     */
    public record Layer(StatementRef.Source source, @Nullable String level) {
        /** Checks for null. */
        public Layer {
            Objects.requireNonNull(source, "source");
        }

        @Override
        public String toString() {
            return source.label() + (level == null ? "" : "@" + level);
        }
    }

    /** Copies the list and checks for nulls; only an implicit deny names an unmet layer. */
    public Evaluation {
        Objects.requireNonNull(decision, "decision");
        statements = List.copyOf(statements);
        Objects.requireNonNull(reason, "reason");
        if (unmet != null && decision != Decision.IMPLICITLY_DENIED) {
            throw new IllegalArgumentException("evaluation unmet layer " + unmet + " is invalid for " + decision
                    + ": only an implicit deny has a layer that did not allow");
        }
    }

    /** An evaluation without an unmet layer. */
    public Evaluation(Decision decision, List<StatementRef> statements, String reason) {
        this(decision, statements, reason, null);
    }

    /** {@return whether the request is allowed} */
    public boolean allowed() {
        return decision == Decision.ALLOWED;
    }
}
