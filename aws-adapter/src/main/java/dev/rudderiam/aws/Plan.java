package dev.rudderiam.aws;

import dev.rudderiam.arn.Arn;
import dev.rudderiam.json.JsonStyle;
import dev.rudderiam.json.JsonValues;
import dev.rudderiam.policy.PolicyDocument;
import dev.rudderiam.role.RoleSpec;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * What applying a spec to a role would do: the ordered {@link Change}s, each one IAM write call, or the errors that
 * stop it (a path that differs, a name that exists in another case). A plan with neither is a no-op, and applying
 * it makes no write call.
 *
 * <p>{@link #between} plans without IAM, from a state the caller holds; {@link RoleManager#plan} reads the state
 * first. Printable for people ({@link #toText()}) and as JSON ({@link #toJson(JsonStyle)}).
 */
public final class Plan {
    private final RoleSpec spec;
    private final @Nullable RoleState current;
    private final List<Change> changes;
    private final List<String> errors;
    private final Map<Arn, PolicyDocument> managedDocuments;
    private final @Nullable String account;
    private final @Nullable String partition;
    private final CallCounts calls;

    private Plan(RoleSpec spec, @Nullable RoleState current, Planner planner, @Nullable String account,
            CallCounts calls) {
        this.spec = spec;
        this.current = current;
        this.changes = planner.changes();
        this.errors = planner.errors();
        this.managedDocuments = planner.documentsUsed();
        this.account = current == null ? account : current.arn().account();
        this.partition = current == null ? null : current.arn().partition();
        this.calls = calls;
    }

    /**
     * {@return the plan that takes a role from {@code current} (empty: no role) to {@code spec}}, without IAM:
     * managed policy documents are unknown, so a change the order depends on them for is made under the fence
     * (see {@link RoleManager})
     */
    public static Plan between(RoleSpec spec, Optional<RoleState> current) {
        Objects.requireNonNull(spec, "spec");
        Objects.requireNonNull(current, "current");
        return between(spec, current.orElse(null), arn -> Optional.empty(), null, CallCounts.NONE);
    }

    /**
     * {@return the plan that takes a role from {@code current} (empty: no role) to {@code spec}}, without IAM, with
     * the documents of the managed policies and boundaries the caller knows, by ARN
     */
    public static Plan between(RoleSpec spec, Optional<RoleState> current, Map<Arn, PolicyDocument> documents) {
        Objects.requireNonNull(spec, "spec");
        Objects.requireNonNull(current, "current");
        Map<Arn, PolicyDocument> known = Map.copyOf(documents);
        return between(spec, current.orElse(null), arn -> Optional.ofNullable(known.get(arn)), null,
                CallCounts.NONE);
    }

    static Plan between(RoleSpec spec, @Nullable RoleState current,
            Function<Arn, Optional<PolicyDocument>> documents, @Nullable String account, CallCounts calls) {
        return new Plan(spec, current, Planner.compare(spec, current, documents), account, calls);
    }

    /** {@return the plan with {@code calls} as the calls it took} */
    Plan withCalls(CallCounts calls) {
        return new Plan(this, partition, calls);
    }

    /** {@return the plan made in {@code partition} (kept from the role's ARN when it existed)} */
    Plan withPartition(@Nullable String partition) {
        return new Plan(this, this.partition != null ? this.partition : partition, calls);
    }

    private Plan(Plan plan, @Nullable String partition, CallCounts calls) {
        this.spec = plan.spec;
        this.current = plan.current;
        this.changes = plan.changes;
        this.errors = plan.errors;
        this.managedDocuments = plan.managedDocuments;
        this.account = plan.account;
        this.partition = partition;
        this.calls = calls;
    }

    /**
     * {@return the plan to save}: JSON with the format version, the partition and account it was made in, the
     * spec, the role as it was read ({@code observed}), the managed policy documents the order was decided on, and
     * the changes and errors for people to review. {@link #parse} reads it back; {@link RoleManager#apply(Plan)}
     * applies it only to a role still as observed.
     */
    public String toSavedJson() {
        return JsonValues.write(JsonForm.saved(this), JsonStyle.PRETTY);
    }

    /**
     * {@return the plan saved by {@link #toSavedJson()}}, planned again from what it observed, with the documents
     * it recorded
     *
     * @throws IllegalArgumentException naming the JSON pointer and the problem when {@code json} is not a saved
     *     plan, is larger than 4 MiB, or its changes do not follow from its observed role and spec (edited, or made
     *     by another version)
     */
    public static Plan parse(String json) {
        Objects.requireNonNull(json, "json");
        return JsonForm.parseSaved(json);
    }

    /**
     * {@return the documents of managed policies (and boundaries) the order of the changes was decided on, by
     * ARN}; empty when the order did not depend on them
     */
    public Map<Arn, PolicyDocument> managedDocuments() {
        return managedDocuments;
    }

    /**
     * {@return the AWS account the plan was made in}: the account in the role's ARN, or for a role that did not
     * exist the account the {@link RoleManager} was told it works in; empty when neither is known
     */
    public Optional<String> account() {
        return Optional.ofNullable(account);
    }

    /**
     * {@return the partition the plan was made in}: from the role's ARN, or for a role that did not exist the
     * partition the {@link RoleManager} was told it works in; empty when neither is known
     */
    public Optional<String> partition() {
        return Optional.ofNullable(partition);
    }


    /** {@return the desired spec} */
    public RoleSpec spec() {
        return spec;
    }

    /** {@return the role as it was read, or empty when it does not exist} */
    public Optional<RoleState> current() {
        return Optional.ofNullable(current);
    }

    /** {@return the changes in the order they are applied; empty when there are errors} */
    public List<Change> changes() {
        return changes;
    }

    /** {@return why the spec cannot be applied to this role, such as a path IAM cannot change} */
    public List<String> errors() {
        return errors;
    }

    /** {@return whether the role already matches the spec: no change and no error} */
    public boolean isNoOp() {
        return changes.isEmpty() && errors.isEmpty();
    }

    /** {@return the IAM calls made to read the role for this plan (all reads)} */
    public CallCounts calls() {
        return calls;
    }

    /** {@return the plan for people, one change per line} */
    public String toText() {
        StringBuilder text = new StringBuilder("Role ").append(spec.name())
                .append(current == null ? " does not exist." : " exists (" + current.arn() + ").")
                .append(System.lineSeparator());
        if (!errors.isEmpty()) {
            text.append("Cannot apply:").append(System.lineSeparator());
            errors.forEach(error -> text.append("  ! ").append(error).append(System.lineSeparator()));
        } else if (changes.isEmpty()) {
            text.append("No changes: the role matches the spec.").append(System.lineSeparator());
        } else {
            if (current != null) {
                text.append("Differences (- the role as it is, + as specified):").append(System.lineSeparator());
                RoleDiff.between(current, spec).lines()
                        .forEach(line -> text.append(line).append(System.lineSeparator()));
            }
            text.append(changes.size()).append(changes.size() == 1 ? " change:" : " changes:")
                    .append(System.lineSeparator());
            for (int i = 0; i < changes.size(); i++) {
                Change change = changes.get(i);
                text.append(String.format("  %2d. %-30s %s%s%n", i + 1, change.operation(), change.describe(),
                        why(changes, i)));
            }
        }
        return text.append(calls.reads()).append(calls.reads() == 1 ? " read call." : " read calls.")
                .append(System.lineSeparator()).toString();
    }

    /** {@return why step {@code index} is there when it is not the last word on its policy, for people} */
    private static String why(List<Change> changes, int index) {
        Change change = changes.get(index);
        if (change instanceof Change.PutInlinePolicy
                && ((Change.PutInlinePolicy) change).name().equals(Planner.FENCE_NAME)) {
            return " (the fence: denies everything until it comes off, so no order of the steps between can widen"
                    + " access)";
        }
        if (!(change instanceof Change.PutInlinePolicy || change instanceof Change.DeleteInlinePolicy)) {
            return "";
        }
        Object name = change instanceof Change.PutInlinePolicy ? ((Change.PutInlinePolicy) change).name()
                : ((Change.DeleteInlinePolicy) change).name();
        for (int later = index + 1; later < changes.size(); later++) {
            Change next = changes.get(later);
            if (next instanceof Change.PutInlinePolicy && ((Change.PutInlinePolicy) next).name().equals(name)) {
                return change instanceof Change.PutInlinePolicy
                        ? " (its Deny statements only, until step " + (later + 1) + ")"
                        : " (until step " + (later + 1) + " puts its new form)";
            }
        }
        return "";
    }

    /**
     * {@return the plan as JSON}: {@code role}, {@code exists}, {@code arn} (when it exists), {@code differences}
     * (what differs between the role and the spec: {@code attributes} old and new, {@code tags},
     * {@code trustPolicy} and each of {@code permissionPolicies} with statements {@code added}, {@code removed} and
     * {@code changed} element by element, {@code managedPolicyArns}; null when the role does not exist),
     * {@code changes} (each
     * with {@code operation} and its parameters, documents as JSON), {@code errors} and {@code calls}
     * ({@code read}, {@code write}).
     */
    public String toJson(JsonStyle style) {
        return JsonValues.write(toJsonValues(), style);
    }

    /**
     * {@return the plan as the JSON values {@link #toJson(JsonStyle)} writes}: a new map, to nest in a larger JSON
     * value
     * written once with {@link JsonValues#write} (its documents are written in place, never re-read)
     */
    public Map<String, Object> toJsonValues() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("role", spec.name().value());
        json.put("exists", current != null);
        if (current != null) {
            json.put("arn", current.arn().toString());
        }
        json.put("differences", current == null || !errors.isEmpty() ? JsonValues.NULL
                : RoleDiff.between(current, spec).toJsonValues());
        json.put("changes", JsonForm.changes(changes));
        json.put("errors", errors);
        json.put("calls", JsonForm.calls(calls));
        return json;
    }

    @Override
    public String toString() {
        return "Plan{role=" + spec.name() + ", exists=" + (current != null) + ", changes=" + changes.size()
                + ", errors=" + errors + "}";
    }
}
