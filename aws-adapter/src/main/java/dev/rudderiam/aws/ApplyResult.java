package dev.rudderiam.aws;

import dev.rudderiam.json.JsonStyle;
import dev.rudderiam.json.JsonValues;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What an apply did and what exists now: the outcome, the changes made, the role (its ARN among it) and the IAM
 * calls spent.
 */
public final class ApplyResult {
    /** How an apply ended. */
    public enum Outcome {
        /** This run created the role, and it matches the spec. */
        CREATED,
        /** The role existed and now matches the spec. */
        UPDATED,
        /** The role already matched the spec: no write call was made. */
        UNCHANGED,
        /** A step failed for good; the role this run created was deleted again: nothing this run made is left. */
        ROLLED_BACK,
        /** A step failed for good; {@link #state()} shows what exists (partial work is kept). */
        FAILED
    }

    private final String roleName;
    private final Outcome outcome;
    private final @Nullable RoleState state;
    private final boolean stateKnown;
    private final List<Change> applied;
    private final CallCounts calls;

    ApplyResult(String roleName, Outcome outcome, @Nullable RoleState state, boolean stateKnown, List<Change> applied,
            CallCounts calls) {
        this.roleName = Objects.requireNonNull(roleName, "roleName");
        this.outcome = Objects.requireNonNull(outcome, "outcome");
        this.state = state;
        this.stateKnown = stateKnown;
        this.applied = List.copyOf(applied);
        this.calls = Objects.requireNonNull(calls, "calls");
    }

    /** {@return the role name} */
    public String roleName() {
        return roleName;
    }

    /** {@return how the apply ended} */
    public Outcome outcome() {
        return outcome;
    }

    /** {@return whether the role now matches the spec} */
    public boolean succeeded() {
        return outcome == Outcome.CREATED || outcome == Outcome.UPDATED || outcome == Outcome.UNCHANGED;
    }

    /**
     * {@return the role as it exists now, or empty when there is none}: after success, the spec as applied; after a
     * failure, the role as read back (see {@link #stateKnown()})
     */
    public Optional<RoleState> state() {
        return Optional.ofNullable(state);
    }

    /** {@return false only when a failure was followed by a read-back that failed too, so the state is unknown} */
    public boolean stateKnown() {
        return stateKnown;
    }

    /** {@return the role ARN, when the role exists} */
    public Optional<String> roleArn() {
        return state().map(role -> role.arn().toString());
    }

    /** {@return the changes that took effect, in order (a rolled-back create is listed, then undone)} */
    public List<Change> applied() {
        return applied;
    }

    /** {@return the IAM calls this apply made, reads and writes} */
    public CallCounts calls() {
        return calls;
    }

    /** {@return the result for people} */
    public String toText() {
        StringBuilder text = new StringBuilder("Role ").append(roleName).append(": ")
                .append(outcome.name().toLowerCase(Locale.ROOT).replace('_', ' '));
        if (state != null) {
            text.append(" (").append(state.arn()).append(')');
        } else if (!stateKnown) {
            text.append(" (its state could not be read back)");
        }
        text.append('.').append(System.lineSeparator());
        applied.forEach(change -> text.append(String.format("  %-30s %s%n", change.operation(), change.describe())));
        return text.append(calls.reads()).append(" read and ").append(calls.writes()).append(" write calls.")
                .append(System.lineSeparator()).toString();
    }

    /**
     * {@return the result as JSON}: {@code role}, {@code outcome}, {@code arn} (when the role exists),
     * {@code applied} (operations), {@code state} (the role, or null, in the one role shape of the catalog's JSON
     * bundle: {@code roleName}, {@code path}, {@code arn}, {@code roleId}, {@code description},
     * {@code maxSessionDuration}, {@code trustPolicy}, {@code permissionPolicies}, {@code managedPolicyArns},
     * {@code permissionsBoundary}, {@code tags}) and {@code calls} ({@code read}, {@code write})
     */
    public String toJson(JsonStyle style) {
        return JsonValues.write(toJsonValues(), style);
    }

    /**
     * {@return the result as the JSON values {@link #toJson(JsonStyle)} writes}: a new map, to nest in a larger JSON
     * value written once with {@link JsonValues#write}
     */
    public Map<String, Object> toJsonValues() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("role", roleName);
        json.put("outcome", outcome.name());
        roleArn().ifPresent(arn -> json.put("arn", arn));
        json.put("applied", JsonForm.changes(applied));
        json.put("state", state == null ? JsonValues.NULL : JsonForm.state(state));
        json.put("stateKnown", stateKnown);
        json.put("calls", JsonForm.calls(calls));
        return json;
    }

    @Override
    public String toString() {
        return "ApplyResult{role=" + roleName + ", outcome=" + outcome + ", applied=" + applied.size() + ", calls="
                + calls + "}";
    }
}
