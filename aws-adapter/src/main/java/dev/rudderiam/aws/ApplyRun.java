package dev.rudderiam.aws;

import dev.rudderiam.aws.internal.Failures;
import dev.rudderiam.aws.internal.Requests;
import dev.rudderiam.policy.PolicyDocument;
import dev.rudderiam.role.RoleSpec;
import dev.rudderiam.role.Tag;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.iam.model.Role;

/** One apply of one spec: executes the plan, reconciles with a role found on create, rolls back on failure. */
final class ApplyRun {
    private final RoleManager manager;
    private final RoleSpec spec;
    private final Session session;
    private final String name;
    private final List<Change> applied = new ArrayList<>();
    private boolean created;
    private @Nullable RoleState before;
    private String arn = "";
    private String roleId = "";

    ApplyRun(RoleManager manager, RoleSpec spec) {
        this.manager = manager;
        this.spec = spec;
        this.name = spec.name().value();
        this.session = manager.session(name);
    }

    ApplyResult run() {
        try {
            before = RoleReader.read(session, name, Failures::isPassing);
        } catch (IamOperationException e) {
            throw new ApplyFailedException(result(ApplyResult.Outcome.FAILED, null, false), e.operation(),
                    "apply of role " + name + " made no change: " + e.getMessage(), e);
        }
        Plan plan = Plan.between(spec, before, CallCounts.NONE);
        if (!plan.errors().isEmpty()) {
            throw new ApplyFailedException(result(ApplyResult.Outcome.FAILED, before, true),
                    "role " + name + " cannot be made to match the spec: " + String.join("; ", plan.errors()));
        }
        if (plan.isNoOp()) {
            return result(ApplyResult.Outcome.UNCHANGED, before, true);
        }
        if (before != null) {
            arn = before.arn();
            roleId = before.roleId();
        }
        try {
            execute(plan.changes());
            if (created) {
                manager.awaitReadable(session);
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
            if (change.kind() == Change.Kind.CREATE_ROLE) {
                RoleState found = create((Change.CreateRole) change);
                if (found != null) {
                    reconcile(found);
                    return;
                }
            } else {
                executeOne(change);
            }
        }
    }

    /** Continues from a role that was already there: plan against it and carry on. */
    private void reconcile(RoleState found) {
        before = found;
        arn = found.arn();
        roleId = found.roleId();
        Plan plan = Plan.between(spec, found, CallCounts.NONE);
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
     * carrying exactly what was sent is taken as this run's; otherwise the create is sent again, and an
     * {@code EntityAlreadyExists} then is resolved the same way.
     */
    private @Nullable RoleState create(Change.CreateRole change) {
        boolean outcomeUnknown = false;
        while (true) {
            try {
                Role role = session.call("CreateRole", () -> session.iam().createRole(Requests.createRole(spec)),
                        Failures::isPassing).role();
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
                    if (outcomeUnknown && isAsCreated(found)) {
                        created = true;
                        applied.add(change);
                    }
                    return found;
                }
                session.spendRetry("CreateRole", e);
            }
        }
    }

    /** A role that has exactly what CreateRole sends, and nothing more, is the one a lost CreateRole made. */
    private boolean isAsCreated(RoleState found) {
        RoleSpec createdPart = spec.toBuilder().inlinePolicies(Map.of()).managedPolicyArns(List.of()).build();
        return Plan.between(createdPart, found, CallCounts.NONE).isNoOp();
    }

    private void executeOne(Change change) {
        Predicate<SdkException> retryIf = e -> Failures.isPassing(e)
                || (created && Failures.is(e, Failures.NO_SUCH_ENTITY));
        try {
            session.call(change.operation(), () -> send(change), retryIf);
        } catch (SdkException e) {
            if (!(isRemoval(change) && Failures.is(e, Failures.NO_SUCH_ENTITY))) {
                throw session.wrap(change.operation(), e);
            }
        }
        applied.add(change);
    }

    private static boolean isRemoval(Change change) {
        Change.Kind kind = change.kind();
        return kind == Change.Kind.DELETE_INLINE_POLICY || kind == Change.Kind.DETACH_MANAGED_POLICY
                || kind == Change.Kind.DELETE_BOUNDARY || kind == Change.Kind.UNTAG_ROLE;
    }

    private Object send(Change change) {
        switch (change.kind()) {
            case UPDATE_TRUST_POLICY:
                return session.iam().updateAssumeRolePolicy(Requests.updateTrustPolicy(name,
                        ((Change.UpdateTrustPolicy) change).document()));
            case UPDATE_ROLE:
                Change.UpdateRole update = (Change.UpdateRole) change;
                return session.iam().updateRole(Requests.updateRole(name, update.description(),
                        update.maxSessionDuration()));
            case PUT_BOUNDARY:
                return session.iam().putRolePermissionsBoundary(Requests.putBoundary(name,
                        ((Change.PutBoundary) change).boundary()));
            case DELETE_BOUNDARY:
                return session.iam().deleteRolePermissionsBoundary(Requests.deleteBoundary(name));
            case PUT_INLINE_POLICY:
                Change.PutInlinePolicy put = (Change.PutInlinePolicy) change;
                return session.iam().putRolePolicy(Requests.putRolePolicy(name, put.name(), put.document()));
            case DELETE_INLINE_POLICY:
                return session.iam().deleteRolePolicy(Requests.deleteRolePolicy(name,
                        ((Change.DeleteInlinePolicy) change).name()));
            case ATTACH_MANAGED_POLICY:
                return session.iam().attachRolePolicy(Requests.attachRolePolicy(name,
                        ((Change.AttachManagedPolicy) change).policyArn().toString()));
            case DETACH_MANAGED_POLICY:
                return session.iam().detachRolePolicy(Requests.detachRolePolicy(name,
                        ((Change.DetachManagedPolicy) change).policyArn()));
            case TAG_ROLE:
                return session.iam().tagRole(Requests.tagRole(name, ((Change.TagRole) change).tags()));
            case UNTAG_ROLE:
                return session.iam().untagRole(Requests.untagRole(name, ((Change.UntagRole) change).keys()));
            default:
                throw new IllegalStateException("change " + change.kind() + " is not sent by itself");
        }
    }

    /** Rolls back what this run created, unless asked to keep it, and reports what exists now. */
    private ApplyFailedException failed(IamOperationException cause) {
        String prefix = "apply of role " + name + " failed at " + cause.operation() + ": " + cause.getMessage();
        if (created && !manager.keepPartial()) {
            session.renewBudget();
            try {
                RoleManager.remove(session, true);
                return new ApplyFailedException(result(ApplyResult.Outcome.ROLLED_BACK, null, true),
                        cause.operation(), prefix + "; rolled back: the role this run created was deleted", cause);
            } catch (IamOperationException rollback) {
                cause.addSuppressed(rollback);
                return failedWithState(cause, prefix + "; the roll-back failed too (" + rollback.getMessage() + ")");
            }
        }
        return failedWithState(cause, prefix + (created ? "; the partial role is kept as asked"
                : "; changes made before the failure are kept (applying again converges)"));
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
        Map<String, PolicyDocument> inline = new LinkedHashMap<>();
        spec.inlinePolicies().forEach((policy, document) -> inline.put(policy.value(), document));
        return new RoleState(name, spec.path().value(), arn, roleId,
                spec.description() == null ? null : spec.description().value(), spec.trustPolicy(), inline,
                spec.managedPolicyArns().stream().map(Object::toString).collect(Collectors.toList()),
                spec.permissionsBoundary() == null ? null : spec.permissionsBoundary().toString(), tags,
                spec.maxSessionDuration().seconds());
    }
}
