package dev.rudderiam.aws;

import dev.rudderiam.arn.Arn;
import dev.rudderiam.role.PolicyName;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import software.amazon.awssdk.core.exception.SdkException;

/**
 * Deletes a role and what blocks {@code DeleteRole}: instance profiles that hold it, inline policies, managed policy
 * attachments and the boundary, tolerating parts already gone. Shared by {@link RoleManager#delete} and the
 * roll-back of an apply.
 *
 * <p>Removing one of several policies can widen access (a policy that denies goes before one that allows), so a role
 * with two or more permission policies is first fenced: an inline policy that denies everything
 * ({@link Planner#FENCE}) goes on, then the other policies come off, then the fence; the role allows nothing
 * throughout. The boundary comes off only once no policy is left.
 *
 * @see <a href="https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_manage_delete.html">Deleting roles</a>
 */
final class RoleRemoval {
    private RoleRemoval() {
    }

    /**
     * Deletes the role {@code session} is about. A roll-back knows the role exists (a {@code NoSuchEntity} is then
     * IAM's lag) and also re-tries throttling and server errors that got past the SDK, since giving up would leave
     * a half-made role; a {@code DeleteConflict} (a part added meanwhile) makes it read the parts again.
     */
    static DeleteResult remove(Session session, boolean rollback) {
        String name = session.role();
        boolean exists = rollback;
        boolean existed = false;
        List<String> removed = new ArrayList<>();
        Predicate<SdkException> retryIf = rollback ? e -> Failures.isPassing(e) || Failures.retryableBySdk(e)
                : Failures::isPassing;
        while (true) {
            boolean confirmed = exists;
            Predicate<SdkException> readRetry = e -> retryIf.test(e)
                    || (confirmed && Failures.is(e, Failures.NO_SUCH_ENTITY));
            RoleReader.Parts parts = RoleReader.readParts(session, name, readRetry);
            if (parts == null) {
                return new DeleteResult(name, existed, removed, session.calls());
            }
            existed = true;
            for (String profile : parts.instanceProfiles()) {
                removePart(session, "RemoveRoleFromInstanceProfile", profile, removed, retryIf,
                        () -> session.iam().removeRoleFromInstanceProfile(
                                Requests.removeRoleFromInstanceProfile(name, profile)));
            }
            boolean fenced = parts.inlinePolicies().contains(Planner.FENCE_NAME);
            if (!fenced && parts.inlinePolicies().size() + parts.managedPolicyArns().size() > 1) {
                Change fence = new Change.PutInlinePolicy(Planner.FENCE_NAME, Planner.FENCE);
                try {
                    session.call(fence.operation(), () -> fence.send(session.iam(), name), retryIf);
                } catch (SdkException e) {
                    throw session.wrap(fence.operation(), e);
                }
                fenced = true;
            }
            for (PolicyName policy : parts.inlinePolicies()) {
                if (!policy.equals(Planner.FENCE_NAME)) {
                    removePart(session, new Change.DeleteInlinePolicy(policy), policy.value(), removed, retryIf);
                }
            }
            for (Arn arn : parts.managedPolicyArns()) {
                removePart(session, new Change.DetachManagedPolicy(arn), arn.toString(), removed, retryIf);
            }
            if (fenced) {
                removePart(session, new Change.DeleteInlinePolicy(Planner.FENCE_NAME), Planner.FENCE_NAME.value(),
                        removed, retryIf);
            }
            Arn boundary = parts.boundary();
            if (boundary != null) {
                removePart(session, new Change.DeleteBoundary(boundary), boundary.toString(), removed, retryIf);
            }
            try {
                session.call("DeleteRole", () -> session.iam().deleteRole(Requests.deleteRole(name)), retryIf);
                removed.add("DeleteRole " + name);
                return new DeleteResult(name, true, removed, session.calls());
            } catch (SdkException e) {
                if (Failures.is(e, Failures.NO_SUCH_ENTITY)) {
                    exists = false; // gone, or not visible: the next read tells
                } else if (Failures.is(e, Failures.DELETE_CONFLICT)) {
                    session.spendRetry("DeleteRole", e); // a part appeared or is still visible: read again
                } else {
                    throw session.wrap("DeleteRole", e);
                }
            }
        }
    }

    private static void removePart(Session session, Change change, String target, List<String> removed,
            Predicate<SdkException> retryIf) {
        removePart(session, change.operation(), target, removed, retryIf, () -> change.send(session.iam(),
                session.role()));
    }

    private static void removePart(Session session, String operation, String target, List<String> removed,
            Predicate<SdkException> retryIf, Runnable call) {
        try {
            session.call(operation, () -> {
                call.run();
                return target;
            }, retryIf);
            removed.add(operation + " " + target);
        } catch (SdkException e) {
            if (!Failures.is(e, Failures.NO_SUCH_ENTITY)) {
                throw session.wrap(operation, e);
            }
        }
    }
}
