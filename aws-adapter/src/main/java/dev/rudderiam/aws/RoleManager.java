package dev.rudderiam.aws;

import dev.rudderiam.aws.internal.Failures;
import dev.rudderiam.aws.internal.Requests;
import dev.rudderiam.role.RoleName;
import dev.rudderiam.role.RoleSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.iam.waiters.IamWaiter;

/**
 * Reads, plans, applies, checks for drift and deletes the role a {@link RoleSpec} describes, through the caller's
 * {@link IamClient}. It never builds credentials or an HTTP client: the caller configures the client, including
 * the region of the partition's IAM endpoint ({@link IamRegions}) and the SDK retry strategy that handles
 * throttling and server errors.
 *
 * <pre>{@code
 * try (IamClient iam = IamClient.builder().region(Region.AWS_GLOBAL).build()) {
 *     RoleManager roles = RoleManager.builder(iam).build();
 *     ApplyResult result = roles.apply(spec);        // 1 read + 2 writes for a new role with one inline policy
 *     String arn = result.roleArn().orElseThrow();
 * }
 * }</pre>
 *
 * <p>Apply is idempotent: a second apply of the same spec reads the role and makes no write call. IAM has no
 * idempotency token on {@code CreateRole}, so an {@code EntityAlreadyExists} is read and reconciled; a create
 * whose answer was lost is recognised when the role found carries exactly what was sent. IAM's passing conditions
 * are re-tried within the {@link RetryBudget}. When a step fails for good after this run created the role, the
 * role is deleted again unless {@link Builder#keepPartial(boolean)} asks to keep it; changes to a role that existed
 * before are not undone (each is an upsert, so applying again converges). Thread-safe: each call works on its own.
 *
 * @see <a href="https://docs.aws.amazon.com/IAM/latest/APIReference/API_CreateRole.html">CreateRole</a>
 */
public final class RoleManager {
    private final IamClient iam;
    private final RetryBudget retryBudget;
    private final boolean keepPartial;
    private final boolean waitUntilReadable;

    private RoleManager(Builder builder) {
        this.iam = builder.iam;
        this.retryBudget = builder.retryBudget;
        this.keepPartial = builder.keepPartial;
        this.waitUntilReadable = builder.waitUntilReadable;
    }

    /** {@return a builder over the caller's client, with the default budget, roll-back on, no waiting} */
    public static Builder builder(IamClient iam) {
        return new Builder(Objects.requireNonNull(iam, "IamClient"));
    }

    /**
     * {@return the role named {@code name} as IAM holds it, or empty when it does not exist}
     *
     * @throws IamOperationException when IAM cannot be read
     */
    public Optional<RoleState> read(RoleName name) {
        Objects.requireNonNull(name, "name");
        Session session = new Session(iam, retryBudget, name.value());
        return Optional.ofNullable(RoleReader.read(session, name.value(), Failures::isPassing));
    }

    /**
     * {@return the plan that would take the role, existing or not, to {@code spec}}; makes only read calls
     *
     * @throws IamOperationException when IAM cannot be read
     */
    public Plan plan(RoleSpec spec) {
        Objects.requireNonNull(spec, "spec");
        Session session = new Session(iam, retryBudget, spec.name().value());
        RoleState current = RoleReader.read(session, spec.name().value(), Failures::isPassing);
        return Plan.between(spec, current, session.calls());
    }

    /**
     * {@return how the existing role differs from {@code spec}: the plan of a role that exists}; a no-op plan means
     * no drift
     *
     * @throws IamOperationException with error code {@code NoSuchEntity} when the role does not exist, or when IAM
     *     cannot be read
     */
    public Plan drift(RoleSpec spec) {
        Plan plan = plan(spec);
        if (plan.current().isEmpty()) {
            throw new IamOperationException("GetRole", spec.name().value(), Failures.NO_SUCH_ENTITY, "role "
                    + spec.name() + " does not exist, so it cannot drift: plan or apply creates it", null);
        }
        return plan;
    }

    /**
     * Makes the role match {@code spec} with the fewest calls.
     *
     * @return what exists now, the changes made and the calls spent
     * @throws ApplyFailedException when the spec cannot be applied (plan errors) or a step failed for good; its
     *     {@link ApplyFailedException#result()} tells what exists now
     */
    public ApplyResult apply(RoleSpec spec) {
        Objects.requireNonNull(spec, "spec");
        return new ApplyRun(this, spec).run();
    }

    /**
     * Deletes the role: its inline policies, managed policy attachments and boundary, then the role, tolerating
     * parts already gone. Passing conditions are re-tried within the budget (throttling and server errors are the
     * client's retry strategy's); a {@code DeleteConflict} (a part added meanwhile) makes it read the parts again.
     * Deleting again after a failure carries on where it stopped.
     *
     * @return whether the role existed, what was removed and the calls spent
     * @throws IamOperationException when a call fails for good, for example when an instance profile still holds
     *     the role
     */
    public DeleteResult delete(RoleName name) {
        Objects.requireNonNull(name, "name");
        Session session = new Session(iam, retryBudget, name.value());
        return remove(session, false);
    }

    Session session(String role) {
        return new Session(iam, retryBudget, role);
    }

    boolean keepPartial() {
        return keepPartial;
    }

    /**
     * Waits with the SDK's {@code RoleExists} waiter (its defaults: {@code GetRole} every second, 20 times).
     *
     * @see <a href="https://sdk.amazonaws.com/java/api/latest/software/amazon/awssdk/services/iam/waiters/IamWaiter.html">IamWaiter</a>
     */
    void awaitReadable(Session session) {
        if (!waitUntilReadable) {
            return;
        }
        try (IamWaiter waiter = IamWaiter.builder().client(session.iam()).build()) {
            waiter.waitUntilRoleExists(Requests.getRole(session.role())).matched().exception().ifPresent(e -> {
                throw e instanceof SdkException ? session.wrap("GetRole", (SdkException) e)
                        : new IamOperationException("GetRole", session.role(), null, "waiting for role "
                                + session.role() + " failed: " + e.getMessage(), e);
            });
        } catch (SdkException e) {
            throw session.wrap("GetRole", e);
        }
    }

    /**
     * The delete routine, shared by {@link #delete} and the roll-back of an apply. A roll-back knows the role exists
     * (a {@code NoSuchEntity} is then IAM's lag) and also re-tries throttling and server errors that got past the
     * SDK, since giving up would leave a half-made role.
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
            RoleReader.Parts parts = RoleReader.readParts(session, name,
                    e -> retryIf.test(e) || (confirmed && Failures.is(e, Failures.NO_SUCH_ENTITY)));
            if (parts == null) {
                return new DeleteResult(name, existed, removed, session.calls());
            }
            existed = true;
            for (String policy : parts.inlinePolicies()) {
                removePart(session, "DeleteRolePolicy", policy, removed, retryIf,
                        () -> session.iam().deleteRolePolicy(Requests.deleteRolePolicy(name, policy)));
            }
            for (String arn : parts.managedPolicyArns()) {
                removePart(session, "DetachRolePolicy", arn, removed, retryIf,
                        () -> session.iam().detachRolePolicy(Requests.detachRolePolicy(name, arn)));
            }
            if (parts.boundary() != null) {
                removePart(session, "DeleteRolePermissionsBoundary", parts.boundary(), removed, retryIf,
                        () -> session.iam().deleteRolePermissionsBoundary(Requests.deleteBoundary(name)));
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

    /** Configures a {@link RoleManager}. Not thread-safe. */
    public static final class Builder {
        private final IamClient iam;
        private RetryBudget retryBudget = RetryBudget.DEFAULT;
        private boolean keepPartial;
        private boolean waitUntilReadable;

        private Builder(IamClient iam) {
            this.iam = iam;
        }

        /** Sets the re-try budget for IAM's passing conditions; {@link RetryBudget#DEFAULT} when not set. */
        public Builder retryBudget(RetryBudget budget) {
            this.retryBudget = Objects.requireNonNull(budget, "retry budget");
            return this;
        }

        /**
         * Keeps what a failed apply created instead of deleting it again; the result then shows the partial role.
         * Off by default: a half-made role (trust but no permissions) is worse than none.
         */
        public Builder keepPartial(boolean keep) {
            this.keepPartial = keep;
            return this;
        }

        /**
         * After creating a role, waits until {@code GetRole} sees it (the SDK's IAM waiter). Off by default. A
         * role that does not become readable within the waiter's attempts fails the apply like any other step.
         */
        public Builder waitUntilReadable(boolean wait) {
            this.waitUntilReadable = wait;
            return this;
        }

        /** {@return the manager} */
        public RoleManager build() {
            return new RoleManager(this);
        }
    }
}
