package dev.rudderiam.aws.fleet;

import dev.rudderiam.arn.AccountId;
import dev.rudderiam.aws.CallCounts;
import dev.rudderiam.aws.Change;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What a fleet run did in one account, and what exists there now.
 *
 * @param account the account
 * @param outcome how it ended (for a plan: what an apply would do)
 * @param roleArn the role's ARN when the role exists now (after a failure: as read back), else null
 * @param planned the changes the account's plan held, in order
 * @param applied the changes that took effect, in order (empty for a plan, and for an apply that made no write)
 * @param reason why the account failed, or null
 * @param state what exists now, one sentence: after a failure it says whether anything was left half-made
 * @param calls the IAM calls spent in this account
 */
public record AccountResult(AccountId account, Outcome outcome, @Nullable String roleArn, List<Change> planned,
        List<Change> applied, @Nullable String reason, String state, CallCounts calls) {
    /** How one account ended. */
    public enum Outcome {
        /** The role did not exist; it was created (a plan: would be created). */
        CREATED,
        /** The role existed and was changed to match (a plan: would be). */
        UPDATED,
        /** The role already matched: no write call. */
        UNCHANGED,
        /** Something failed: see {@link AccountResult#reason()} and {@link AccountResult#state()}. */
        FAILED
    }

    /** Checks the parts and copies the lists. */
    public AccountResult {
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(outcome, "outcome");
        planned = List.copyOf(planned);
        applied = List.copyOf(applied);
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(calls, "calls");
        if ((outcome == Outcome.FAILED) != (reason != null)) {
            throw new IllegalArgumentException("account " + account + ": outcome " + outcome + " with reason "
                    + reason + ": a failure has a reason and only a failure has one");
        }
    }

    /** {@return whether the account now matches the blueprint (a plan: whether planning succeeded)} */
    public boolean succeeded() {
        return outcome != Outcome.FAILED;
    }
}
