package dev.rudderiam.aws;

import dev.rudderiam.role.RoleName;
import dev.rudderiam.role.RoleSpec;
import dev.rudderiam.arn.AccountId;
import dev.rudderiam.arn.Arn;
import dev.rudderiam.arn.Partition;
import dev.rudderiam.policy.PolicyDocument;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
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
 * <p>Writes are ordered so that no state the role passes through, and none a failure leaves, grants more than the
 * role before or the role after: permissions narrow first, the trust policy changes once they are at most what the
 * spec grants, then permissions widen (see {@link Plan} and the README). {@link #apply(Plan)} makes exactly a plan
 * people reviewed, or no write when the role changed since; {@link #apply(RoleSpec)} plans and applies at once.
 *
 * <p>Apply is idempotent: a second apply of the same spec reads the role and makes no write call. IAM has no
 * idempotency token on {@code CreateRole}; a create whose answer was lost is recognised when the role found carries
 * exactly what was sent. IAM's passing conditions are re-tried within the {@link RetryBudget}. When a step fails
 * for good after this run created the role, its writes are undone newest first and the role is deleted, unless
 * {@link Builder#keepPartial(boolean)} asks to keep it; changes to a role that existed before are not undone (the
 * role is left in a state within the role before or after; applying again converges). Thread-safe: each call works
 * on its own.
 *
 * @see <a href="https://docs.aws.amazon.com/IAM/latest/APIReference/API_CreateRole.html">CreateRole</a>
 */
public final class RoleManager {
    private final IamClient iam;
    private final RetryBudget retryBudget;
    private final boolean keepPartial;
    private final boolean waitUntilReadable;
    private final @Nullable String account;
    private final @Nullable String partition;
    private final WriteGuard writeGuard;

    private RoleManager(Builder builder) {
        this.iam = builder.iam;
        this.retryBudget = builder.retryBudget;
        this.keepPartial = builder.keepPartial;
        this.waitUntilReadable = builder.waitUntilReadable;
        this.account = builder.account;
        this.partition = builder.partition;
        this.writeGuard = builder.writeGuard;
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
     * {@return the plan that would take the role, existing or not, to {@code spec}}; makes only read calls. When
     * the order of the writes depends on what a managed policy or boundary allows, its document is read too
     * ({@code GetPolicy} and {@code GetPolicyVersion}; see {@link Plan#managedDocuments()}).
     *
     * @throws IamOperationException when IAM cannot be read
     */
    public Plan plan(RoleSpec spec) {
        Objects.requireNonNull(spec, "spec");
        return plan(session(spec.name().value()), spec);
    }

    private Plan plan(Session session, RoleSpec spec) {
        RoleState current = RoleReader.read(session, spec.name().value(), Failures::isPassing);
        Plan plan = Plan.between(spec, current, documents(session), account, CallCounts.NONE);
        return plan.withPartition(partition).withCalls(session.calls());
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
     * Makes exactly the writes of {@code plan}, in its order, after checking that the role is still as the plan
     * saw it: the role is read again, and when anything differs (or the role appeared, or went, or a managed
     * policy document the order was decided on changed, or the plan was made in another account) the apply is
     * refused with no write: "the role changed since the plan was made". A role that appears between this check
     * and {@code CreateRole} is refused the same way.
     *
     * @return what exists now, the changes made and the calls spent (the check's reads included)
     * @throws ApplyFailedException when the plan is stale, has errors, or a step failed for good; its
     *     {@link ApplyFailedException#result()} tells what exists now
     */
    public ApplyResult apply(Plan plan) {
        Objects.requireNonNull(plan, "plan");
        String name = plan.spec().name().value();
        Session session = session(name);
        RoleState now;
        try {
            now = RoleReader.read(session, name, Failures::isPassing);
        } catch (IamOperationException e) {
            throw new ApplyFailedException(new ApplyResult(name, ApplyResult.Outcome.FAILED, null, false, List.of(),
                    session.calls()), e.operation(), "apply of role " + name + " made no change: " + e.getMessage(), e);
        }
        List<String> stale = staleness(session, plan, now);
        if (!stale.isEmpty()) {
            throw new ApplyFailedException(new ApplyResult(name, ApplyResult.Outcome.FAILED, now, true, List.of(),
                    session.calls()), "the role changed since the plan was made: " + String.join("; ", stale)
                    + "; nothing was changed; make a new plan");
        }
        return new ApplyRun(session, plan.spec(), settings(session, false), writeGuard).run(plan);
    }

    private List<String> staleness(Session session, Plan plan, @Nullable RoleState now) {
        List<String> stale = new ArrayList<>();
        String name = plan.spec().name().value();
        plan.partition().ifPresent(made -> {
            String here = now != null ? now.arn().partition() : partition;
            if (here != null && !here.equals(made)) {
                stale.add("the plan was made in partition " + made + " and this client works in partition " + here);
            }
        });
        plan.account().ifPresent(made -> {
            String here = now != null ? now.arn().account() : account;
            if (here == null) {
                stale.add("the plan was made in account " + made + " and the account of this client is unknown"
                        + " (the role does not exist to tell it): name the account");
            } else if (!here.equals(made)) {
                stale.add("the plan was made in account " + made + " and this client works in account " + here);
            }
        });
        RoleState then = plan.current().orElse(null);
        if (then == null && now != null) {
            stale.add("role " + name + " did not exist and now does (" + now.arn() + ")");
        } else if (then != null && now == null) {
            stale.add("role " + name + " existed (" + then.arn() + ") and now does not");
        } else if (then != null && now != null) {
            then.differencesFrom(now).forEach(part -> stale.add(part + " differs"));
        }
        plan.managedDocuments().forEach((arn, document) -> {
            Optional<PolicyDocument> current = RoleReader.managedDocument(session, arn);
            if (current.isEmpty() || !current.get().semanticallyEquals(document)) {
                stale.add("the document of managed policy " + arn + " differs");
            }
        });
        return stale;
    }

    /**
     * Makes the role match {@code spec}: {@code apply(plan(spec))}, without reading the role twice (a plan made in
     * the same call is current), and when a role of that name appears before {@code CreateRole}, planning again
     * against it. Writes are ordered so that no state grants more than the role before or after (see
     * {@link Plan}).
     *
     * @return what exists now, the changes made and the calls spent
     * @throws ApplyFailedException when the spec cannot be applied (plan errors) or a step failed for good; its
     *     {@link ApplyFailedException#result()} tells what exists now
     */
    public ApplyResult apply(RoleSpec spec) {
        Objects.requireNonNull(spec, "spec");
        Session session = session(spec.name().value());
        Plan plan;
        try {
            plan = plan(session, spec);
        } catch (IamOperationException e) {
            throw new ApplyFailedException(new ApplyResult(spec.name().value(), ApplyResult.Outcome.FAILED, null,
                    false, List.of(), session.calls()), e.operation(), "apply of role " + spec.name()
                    + " made no change: " + e.getMessage(), e);
        }
        return new ApplyRun(session, spec, settings(session, true), writeGuard).run(plan);
    }

    /**
     * Deletes the role: removes it from its instance profiles, removes its inline policies and managed policy
     * attachments (under a deny-all fence when there are two or more, so that no removal order opens access) and
     * its boundary, then the role, tolerating parts already gone. Passing conditions are re-tried within the budget
     * (throttling and server errors are the client's retry strategy's); a {@code DeleteConflict} (a part added
     * meanwhile) makes it read the parts again. Deleting again after a failure carries on where it stopped.
     *
     * @return whether the role existed, what was removed and the calls spent
     * @throws IamOperationException when a call fails for good
     */
    public DeleteResult delete(RoleName name) {
        Objects.requireNonNull(name, "name");
        return RoleRemoval.remove(session(name.value()), false);
    }

    /**
     * {@return what {@link #delete} would remove, read with read calls only}: the role and the instance profiles
     * that hold it, for people to review, and to check whom it trusts before deleting a role this tool may not have
     * made
     *
     * @throws IamOperationException when IAM cannot be read
     */
    public DeletePlan planDelete(RoleName name) {
        Objects.requireNonNull(name, "name");
        Session session = session(name.value());
        RoleState role = RoleReader.read(session, name.value(), Failures::isPassing);
        List<String> profiles;
        try {
            profiles = role == null ? List.of()
                    : RoleReader.instanceProfiles(session, role.name().value(), Failures::isPassing);
        } catch (SdkException e) {
            throw session.wrap("ListInstanceProfilesForRole", e);
        }
        return new DeletePlan(name.value(), Optional.ofNullable(role), profiles, session.calls());
    }

    private Session session(String role) {
        return new Session(iam, retryBudget, role);
    }

    private static Function<Arn, Optional<PolicyDocument>> documents(Session session) {
        return arn -> RoleReader.managedDocument(session, arn);
    }

    private ApplyRun.Settings settings(Session session, boolean replanOnConflict) {
        return new ApplyRun.Settings(keepPartial, replanOnConflict, () -> awaitReadable(session), documents(session));
    }

    /**
     * Waits with the SDK's {@code RoleExists} waiter (its defaults: {@code GetRole} every second, 20 times).
     *
     * @see <a href="https://sdk.amazonaws.com/java/api/latest/software/amazon/awssdk/services/iam/waiters/IamWaiter.html">IamWaiter</a>
     */
    private void awaitReadable(Session session) {
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

    /** Configures a {@link RoleManager}. Not thread-safe. */
    public static final class Builder {
        private final IamClient iam;
        private RetryBudget retryBudget = RetryBudget.DEFAULT;
        private boolean keepPartial;
        private boolean waitUntilReadable;
        private @Nullable String account;
        private @Nullable String partition;
        private WriteGuard writeGuard = new WriteGuard();

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

        /**
         * Names the AWS account the client works in, so that a plan for a role that does not exist yet records it
         * and {@link #apply(Plan)} refuses a plan made in another account. (A plan for a role that exists takes the
         * account from the role's ARN; IAM names the account only in ARNs.)
         */
        public Builder account(AccountId account) {
            this.account = Objects.requireNonNull(account, "account").value();
            return this;
        }

        /**
         * Names the partition the client works in, recorded in a plan for a role that does not exist yet (a role
         * that exists has it in its ARN).
         */
        public Builder partition(Partition partition) {
            this.partition = Objects.requireNonNull(partition, "partition").id();
            return this;
        }

        /** Lets another thread stop applies between two writes ({@link WriteGuard}); a fresh guard when not set. */
        public Builder writeGuard(WriteGuard guard) {
            this.writeGuard = Objects.requireNonNull(guard, "write guard");
            return this;
        }

        /** {@return the manager} */
        public RoleManager build() {
            return new RoleManager(this);
        }
    }
}
