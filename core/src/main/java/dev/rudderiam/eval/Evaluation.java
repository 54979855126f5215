package dev.rudderiam.eval;

import java.util.List;
import java.util.Objects;

/**
 * The answer to a request: the decision, the statements that decided it, and a one-line reason.
 *
 * <p>For {@link Decision#EXPLICITLY_DENIED} the statements are the applicable {@code Deny} statements; for
 * {@link Decision#ALLOWED} the {@code Allow} statements that together grant the request (identity and boundary,
 * and the resource policy where it counts); for {@link Decision#IMPLICITLY_DENIED} the {@code Allow} statements
 * that applied but were not enough (for example an identity allow for a cross-account request the resource
 * policy does not allow), often none.
 *
 * @param decision the decision
 * @param statements the deciding statements, in policy order
 * @param reason why, in one line
 */
public record Evaluation(Decision decision, List<StatementRef> statements, String reason) {
    /** Copies the list and checks for nulls. */
    public Evaluation {
        Objects.requireNonNull(decision, "decision");
        statements = List.copyOf(statements);
        Objects.requireNonNull(reason, "reason");
    }

    /** {@return whether the request is allowed} */
    public boolean allowed() {
        return decision == Decision.ALLOWED;
    }
}
