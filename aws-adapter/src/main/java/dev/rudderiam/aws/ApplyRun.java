package dev.rudderiam.aws;

import dev.rudderiam.arn.Arn;
import dev.rudderiam.policy.PolicyDocument;
import dev.rudderiam.role.PolicyName;
import dev.rudderiam.role.RoleSpec;
import dev.rudderiam.role.Tag;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.iam.model.CreateRoleResponse;
import software.amazon.awssdk.services.iam.model.Role;

/**
 * One apply of one plan: makes its writes in its order, and on a failure rolls back the role this run created by
 * undoing its writes in the reverse order, so that the roll-back passes back through the states the apply went
 * through (each within the role after), then deletes it.
 */
final class ApplyRun {
    /** What the run may do beyond the plan's writes. */
    record Settings(boolean keepPartial, boolean replanOnConflict, Runnable awaitReadable,
            Function<Arn, Optional<PolicyDocument>> documents) {
    }

    private final Session session;
    private final RoleSpec spec;
    private final String name;
    private final Settings settings;
    private final WriteGuard guard;
    private final List<Change> applied = new ArrayList<>();
    private @Nullable Change inFlight;
    private boolean created;
    private @Nullable RoleState before;
    private String arn = "";
    private String roleId = "";

    ApplyRun(Session session, RoleSpec spec, Settings settings, WriteGuard guard) {
        this.session = session;
        this.spec = spec;
        this.name = spec.name().value();
        this.settings = settings;
        this.guard = guard;
    }

    ApplyResult run(Plan plan) {
        before = plan.current().orElse(null);
        if (!plan.errors().isEmpty()) {
            throw new ApplyFailedException(result(ApplyResult.Outcome.FAILED, before, true),
                    "role " + name + " cannot be made to match the spec: " + String.join("; ", plan.errors()));
        }
        if (plan.isNoOp()) {
            return result(ApplyResult.Outcome.UNCHANGED, before, true);
        }
        if (before != null) {
            arn = before.arn().toString();
            roleId = before.roleId();
        }
        try {
            execute(plan.changes());
            if (created) {
                settings.awaitReadable().run();
            }
        } catch (IamOperationException e) {
            throw failed(e);
        }
        ApplyResult.Outcome outcome = created ? ApplyResult.Outcome.CREATED
                : applied.isEmpty() ? ApplyResult.Outcome.UNCHANGED : ApplyResult.Outcome.UPDATED;
        return result(outcome, expectedState(), true);
    }

    private void execute(List<Change> changes) {
        for (Change change : changes) {
            if (change instanceof Change.CreateRole) {
                RoleState found = create((Change.CreateRole) change);
                if (found != null) {
                    conflict(found);
                    return;
                }
            } else {
                executeOne(change);
            }
        }
    }

    /**
     * The role appeared between the plan and its CreateRole. A saved plan was made for a role that did not exist,
     * so it is stale; an apply of a spec plans again against the role found and carries on.
     */
    private void conflict(RoleState found) {
        if (!settings.replanOnConflict()) {
            throw new IamOperationException("CreateRole", name, Failures.ENTITY_ALREADY_EXISTS, "the role changed"
                    + " since the plan was made: role " + found.name() + " (" + found.arn() + ") was created"
                    + " meanwhile; nothing was changed; make a new plan", null);
        }
        before = found;
        arn = found.arn().toString();
        roleId = found.roleId();
        Plan plan = Plan.between(spec, found, settings.documents(), null, CallCounts.NONE);
        if (!plan.errors().isEmpty()) {
            throw new IamOperationException("CreateRole", name, Failures.ENTITY_ALREADY_EXISTS, "role " + name
                    + " already exists and cannot be made to match the spec: " + String.join("; ", plan.errors()),
                    null);
        }
        execute(plan.changes());
    }

    /**
     * Creates the role; {@return null when this call created it, or the role found in its place}. CreateRole has
     * no idempotency token: when its answer is lost (no response, server error) the role is read, and a role
     * carrying exactly what was sent is taken as this run's; otherwise the create is sent again. An
     * {@code EntityAlreadyExists} whose role {@code GetRole} cannot find under the spec's name is a role whose
     * name differs only in case (IAM role names are unique ignoring case, and AWS does not document whether
     * {@code GetRole} finds them ignoring case): that clash is reported, never re-tried.
     */
    private @Nullable RoleState create(Change.CreateRole change) {
        boolean outcomeUnknown = false;
        while (true) {
            try {
                inFlight = change;
                Role role = guard.write(change, name, () -> session.call("CreateRole",
                        () -> ((CreateRoleResponse) change.send(session.iam(), name)).role(), Failures::isPassing));
                inFlight = null;
                created = true;
                arn = role.arn();
                roleId = role.roleId();
                applied.add(change);
                return null;
            } catch (SdkException e) {
                boolean exists = Failures.is(e, Failures.ENTITY_ALREADY_EXISTS);
                if (!exists && !Failures.outcomeUnknown(e)) {
                    throw session.wrap("CreateRole", e);
                }
                outcomeUnknown |= !exists;
                // The truth is needed before going on: a role this run may have made must not be left behind.
                RoleState found = RoleReader.read(session, name,
                        failure -> Failures.isPassing(failure) || Failures.retryableBySdk(failure));
                if (found != null) {
                    inFlight = null;
                    if (outcomeUnknown && isAsCreated(found)) {
                        created = true;
                        applied.add(change);
                    }
                    return found;
                }
                if (exists && !outcomeUnknown) {
                    throw new IamOperationException("CreateRole", name, Failures.ENTITY_ALREADY_EXISTS, "role name '"
                            + name + "' clashes with an existing role whose name differs only in case: IAM role"
                            + " names are unique ignoring case (CreateRole answered EntityAlreadyExists, GetRole"
                            + " finds no role '" + name + "'); choose another name or use the existing role's", e);
                }
                session.spendRetry("CreateRole", e);
            }
        }
    }

    /** A role that has exactly what CreateRole sends, and nothing more, is the one a lost CreateRole made. */
    private boolean isAsCreated(RoleState found) {
        RoleSpec createdPart = spec.toBuilder().inlinePolicies(Map.of()).managedPolicyArns(List.of()).build();
        return Plan.between(createdPart, Optional.of(found)).isNoOp();
    }

    private void executeOne(Change change) {
        Predicate<SdkException> retryIf = e -> Failures.isPassing(e)
                || (created && Failures.is(e, Failures.NO_SUCH_ENTITY));
        inFlight = change;
        try {
            guard.write(change, name,
                    () -> session.call(change.operation(), () -> change.send(session.iam(), name), retryIf));
        } catch (SdkException e) {
            if (!(change.isRemoval() && Failures.is(e, Failures.NO_SUCH_ENTITY))) {
                throw session.wrap(change.operation(), e);
            }
        }
        inFlight = null;
        applied.add(change);
    }

    /** Rolls back what this run created, unless asked to keep it, and reports what exists now. */
    private ApplyFailedException failed(IamOperationException cause) {
        String prefix = "apply of role " + name + " failed at " + cause.operation() + ": " + cause.getMessage();
        if (created && !settings.keepPartial() && !guard.stopped()) {
            session.renewBudget();
            try {
                undo();
                RoleRemoval.remove(session, true);
                return new ApplyFailedException(result(ApplyResult.Outcome.ROLLED_BACK, null, true),
                        cause.operation(), prefix + "; rolled back: the role this run created was deleted", cause);
            } catch (IamOperationException rollback) {
                cause.addSuppressed(rollback);
                return failedWithState(cause, prefix + "; the roll-back failed too (" + rollback.getMessage() + ")");
            }
        }
        return failedWithState(cause, prefix + (guard.stopped() ? "; stopped after the write in flight as asked"
                : created ? "; the partial role is kept as asked"
                : "; changes made before the failure are kept (each state is within the role before or after;"
                        + " applying again converges)"));
    }

    /**
     * Undoes this run's writes, latest first, the write in flight included (it may have taken effect): the role
     * passes back through the states the apply went through.
     */
    private void undo() {
        List<Change> done = new ArrayList<>(applied);
        if (inFlight != null) {
            done.add(inFlight);
        }
        for (int i = done.size() - 1; i >= 0; i--) {
            Change inverse = inverse(done.get(i), done.subList(0, i));
            if (inverse == null) {
                continue;
            }
            // The role exists (this run made it): a NoSuchEntity for a put is IAM's lag, for a removal "gone".
            Predicate<SdkException> retryIf = e -> Failures.isPassing(e) || Failures.retryableBySdk(e)
                    || (!inverse.isRemoval() && Failures.is(e, Failures.NO_SUCH_ENTITY));
            try {
                session.call(inverse.operation(), () -> inverse.send(session.iam(), name), retryIf);
            } catch (SdkException e) {
                if (!(inverse.isRemoval() && Failures.is(e, Failures.NO_SUCH_ENTITY))) {
                    throw session.wrap(inverse.operation(), e);
                }
            }
        }
    }

    /** {@return the change that undoes {@code change} on a role this run created, given the writes before it} */
    private static @Nullable Change inverse(Change change, List<Change> earlier) {
        if (change instanceof Change.PutInlinePolicy || change instanceof Change.DeleteInlinePolicy) {
            PolicyName policy = change instanceof Change.PutInlinePolicy ? ((Change.PutInlinePolicy) change).name()
                    : ((Change.DeleteInlinePolicy) change).name();
            for (int i = earlier.size() - 1; i >= 0; i--) {
                Change previous = earlier.get(i);
                if (previous instanceof Change.PutInlinePolicy
                        && ((Change.PutInlinePolicy) previous).name().equals(policy)) {
                    return previous;
                }
                if (previous instanceof Change.DeleteInlinePolicy
                        && ((Change.DeleteInlinePolicy) previous).name().equals(policy)) {
                    break;
                }
            }
            return change instanceof Change.PutInlinePolicy ? new Change.DeleteInlinePolicy(policy) : null;
        }
        if (change instanceof Change.AttachManagedPolicy) {
            return new Change.DetachManagedPolicy(((Change.AttachManagedPolicy) change).policyArn());
        }
        return null; // CreateRole is undone by deleting the role; nothing else is written to a role being created
    }

    private ApplyFailedException failedWithState(IamOperationException cause, String message) {
        session.renewBudget();
        ApplyResult result;
        try {
            result = result(ApplyResult.Outcome.FAILED, RoleReader.read(session, name, Failures::isPassing), true);
        } catch (IamOperationException unreadable) {
            cause.addSuppressed(unreadable);
            result = result(ApplyResult.Outcome.FAILED, null, false);
        }
        return new ApplyFailedException(result, cause.operation(), message, cause);
    }

    private ApplyResult result(ApplyResult.Outcome outcome, @Nullable RoleState state, boolean known) {
        return new ApplyResult(name, outcome, state, known, applied, session.calls());
    }

    /**
     * The role as it is after a successful apply, without reading it again: the spec, with the ARN and id IAM
     * gave, tag keys in the case IAM kept, and the {@code aws:} tags AWS put there.
     */
    private RoleState expectedState() {
        Map<String, String> tags = new LinkedHashMap<>();
        Collection<String> storedKeys = before == null ? List.of() : before.tags().keySet();
        for (Tag tag : spec.tags()) {
            String key = storedKeys.stream().filter(stored -> stored.equalsIgnoreCase(tag.key())).findFirst()
                    .orElse(tag.key());
            tags.put(key, tag.value());
        }
        if (before != null) {
            before.tags().forEach((key, value) -> {
                if (key.toLowerCase(Locale.ROOT).startsWith("aws:")) {
                    tags.put(key, value);
                }
            });
        }
        return new RoleState(spec.name(), spec.path(), Arn.parse(arn), roleId,
                spec.description() == null || spec.description().value().isEmpty() ? null : spec.description(),
                spec.trustPolicy(), spec.inlinePolicies(), spec.managedPolicyArns(), spec.permissionsBoundary(), tags,
                spec.maxSessionDuration());
    }
}
