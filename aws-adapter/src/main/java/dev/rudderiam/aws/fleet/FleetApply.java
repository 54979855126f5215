package dev.rudderiam.aws.fleet;

import dev.rudderiam.arn.AccountId;
import dev.rudderiam.aws.ApplyFailedException;
import dev.rudderiam.aws.ApplyResult;
import dev.rudderiam.aws.CallCounts;
import dev.rudderiam.aws.Change;
import dev.rudderiam.aws.IamOperationException;
import dev.rudderiam.aws.Plan;
import dev.rudderiam.aws.RoleManager;
import dev.rudderiam.aws.WriteGuard;
import dev.rudderiam.role.RoleSpec;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.services.iam.IamClient;

/**
 * Plans or applies one role blueprint in every account of a {@link FleetManifest}, each through its own
 * {@link RoleManager} over the {@link IamClient} the caller's function gives for that account (built from an assumed
 * role or a credentials profile; the caller configures its retry strategy, see below).
 *
 * <pre>{@code
 * FleetApply fleet = FleetApply.builder(entry -> clientFor(entry), entry -> specFor(manifest, entry))
 *         .concurrency(4)
 *         .progress(System.err::println)
 *         .build();
 * FleetResult result = fleet.apply(manifest);
 * }</pre>
 *
 * <p>Per account: the spec is built, the role is planned (read calls only), and a plan with no change ends there
 * as {@link AccountResult.Outcome#UNCHANGED} with no write, so a re-run skips every account that is already right.
 * Otherwise exactly that plan is applied ({@link RoleManager#apply(Plan)}: no write when the role changed since).
 * Whatever fails in one account (its spec, its client, its credentials, IAM's answers) becomes that account's
 * {@link AccountResult.Outcome#FAILED} result with the reason and what exists there now; it never stops or changes
 * the work in the other accounts, which share nothing but the thread pool.
 *
 * <p>The accounts are worked on by at most {@link Builder#concurrency(int)} threads at once (default
 * {@value #DEFAULT_CONCURRENCY}). IAM's request rate is the client's business: IAM throttles per account
 * ({@code Throttling}, "Rate exceeded"), and the SDK's retry strategy re-tries it with backoff, so build each client
 * with the standard or adaptive retry strategy, for example
 * {@code ClientOverrideConfiguration.builder().retryStrategy(AwsRetryStrategy.adaptiveRetryStrategy())}; this class
 * adds no backoff loop of its own.
 *
 * <p>The account is checked where IAM names it: a role that exists must have its ARN in the entry's account (else
 * no write), a role just created likewise (else the result says where it was made), and
 * {@link Builder#callerAccount(Function)} lets the caller check the credentials before any IAM call (the command line
 * asks STS {@code GetCallerIdentity}).
 *
 * @see <a href="https://docs.aws.amazon.com/sdkref/latest/guide/feature-retry-behavior.html">Retry behavior
 *     (standard and adaptive modes)</a>
 * @see <a href="https://docs.aws.amazon.com/IAM/latest/UserGuide/troubleshoot_general.html">IAM troubleshooting</a>
 */
public final class FleetApply {
    /** The number of accounts worked on at once unless told otherwise. */
    public static final int DEFAULT_CONCURRENCY = 4;
    /** The most accounts worked on at once. */
    public static final int MAX_CONCURRENCY = 64;

    private final Function<AccountEntry, ? extends IamClient> clients;
    private final Function<AccountEntry, RoleSpec> blueprint;
    private final int concurrency;
    private final Consumer<String> progress;
    private final Consumer<RoleManager.Builder> manager;
    private final @Nullable Function<AccountEntry, AccountId> callerAccount;
    private final List<WriteGuard> guards = new ArrayList<>();
    private boolean stopRequested;

    private FleetApply(Builder builder) {
        this.clients = builder.clients;
        this.blueprint = builder.blueprint;
        this.concurrency = builder.concurrency;
        Consumer<String> sink = builder.progress;
        this.progress = line -> {
            synchronized (this) {
                sink.accept(line);
            }
        };
        this.manager = builder.manager;
        this.callerAccount = builder.callerAccount;
    }

    /**
     * {@return a builder}
     *
     * @param clients gives the client of an account; called once per account, in that account's worker thread; the
     *     client is closed when the account is done
     * @param blueprint gives the role spec of an account; an exception it throws fails that account only
     */
    public static Builder builder(Function<AccountEntry, ? extends IamClient> clients,
            Function<AccountEntry, RoleSpec> blueprint) {
        return new Builder(Objects.requireNonNull(clients, "clients"), Objects.requireNonNull(blueprint, "blueprint"));
    }

    /** {@return what applying would do in each account}; makes read calls only */
    public FleetResult plan(FleetManifest manifest) {
        return planToSave(manifest).result();
    }

    /**
     * {@return what applying would do in each account, with each account's {@link Plan} to save and apply later
     * with {@link #apply(FleetManifest, FleetPlan)}}; makes read calls only
     */
    public FleetPlan planToSave(FleetManifest manifest) {
        List<AccountEntry> accounts = Objects.requireNonNull(manifest, "manifest").accounts();
        Map<AccountId, Plan> plans = new ConcurrentHashMap<>();
        FleetResult result = new FleetResult(false, run(accounts, false, null, null, plans));
        Map<AccountId, Plan> ordered = new LinkedHashMap<>();
        result.accounts().stream().filter(AccountResult::succeeded)
                .forEach(account -> ordered.put(account.account(), plans.get(account.account())));
        return new FleetPlan(result, ordered);
    }

    /** {@return what applying did in each account}: each account's plan is made and applied at once */
    public FleetResult apply(FleetManifest manifest) {
        return new FleetResult(true, run(Objects.requireNonNull(manifest, "manifest").accounts(), true, null, null,
                null));
    }

    /**
     * {@return what applying did in each account, each account held to its saved plan}: the plan is applied exactly
     * ({@link RoleManager#apply(Plan)} reads the role again and refuses with no write when it changed since, as
     * {@code apply --plan} does for one role); an account whose planning failed, or which the saved plan does not
     * list, or whose manifest entry now gives another role than the plan's, fails with no IAM call. A saved plan
     * with no change is checked the same way and ends {@link AccountResult.Outcome#UNCHANGED}.
     *
     * @param saved a fleet plan of the same manifest, for example read with {@link FleetPlan#parse}
     */
    public FleetResult apply(FleetManifest manifest, FleetPlan saved) {
        Objects.requireNonNull(saved, "saved");
        return new FleetResult(true, run(Objects.requireNonNull(manifest, "manifest").accounts(), true,
                saved.result(), saved.plans(), null));
    }

    /**
     * {@return what applying did in each account, holding each account to the plan people reviewed}: an account
     * whose plan now holds other changes than in {@code reviewed} (the role changed since), or whose reviewed plan
     * failed or is missing, fails with no write; the others are applied as in {@link #apply(FleetManifest)}
     *
     * @param reviewed the result of {@link #plan} for the same manifest
     */
    public FleetResult apply(FleetManifest manifest, FleetResult reviewed) {
        Objects.requireNonNull(reviewed, "reviewed");
        if (reviewed.applied()) {
            throw new IllegalArgumentException("reviewed is the result of an apply: give the result of plan");
        }
        return new FleetResult(true, run(Objects.requireNonNull(manifest, "manifest").accounts(), true, reviewed,
                null, null));
    }

    /**
     * Stops the run from another thread (a command line calls it from a shutdown hook): in every account the write
     * in flight completes and no further write starts, with no roll-back (see {@link WriteGuard}); accounts not yet
     * started are not started. Each account's result then says what exists; applying again finishes the work.
     *
     * @return whether no write was in flight any more within {@code wait}
     */
    public boolean stop(Duration wait) {
        Objects.requireNonNull(wait, "wait");
        List<WriteGuard> running;
        synchronized (guards) {
            stopRequested = true;
            running = List.copyOf(guards);
        }
        running.forEach(guard -> guard.stop(Duration.ZERO));
        long deadline = System.nanoTime() + wait.toNanos();
        boolean idle = true;
        for (WriteGuard guard : running) {
            idle &= guard.stop(Duration.ofNanos(Math.max(0, deadline - System.nanoTime())));
        }
        return idle;
    }

    /** {@return a write guard for one account's apply, already stopped when the run was} */
    private @Nullable WriteGuard guard() {
        synchronized (guards) {
            if (stopRequested) {
                return null;
            }
            WriteGuard guard = new WriteGuard();
            guards.add(guard);
            return guard;
        }
    }

    /**
     * Works on every account.
     *
     * @param reviewed the plan result each account is held to, or null
     * @param saved the saved plan of each account to apply instead of planning again, or null
     * @param plans where each account's plan goes when it planned, or null
     */
    private List<AccountResult> run(List<AccountEntry> accounts, boolean apply, @Nullable FleetResult reviewed,
            @Nullable Map<AccountId, Plan> saved, @Nullable Map<AccountId, Plan> plans) {
        AtomicInteger threadIds = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(concurrency, accounts.size()), task -> {
            Thread thread = new Thread(task, "rudder-iam-fleet-" + threadIds.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        AtomicInteger done = new AtomicInteger();
        try {
            List<Future<AccountResult>> futures = new ArrayList<>();
            for (AccountEntry entry : accounts) {
                AccountResult approved = reviewed == null ? null : reviewed.accounts().stream()
                        .filter(result -> result.account().equals(entry.accountId())).findFirst()
                        .orElseGet(() -> failed(entry, "the reviewed plan has no entry for this account", "",
                                CallCounts.NONE));
                Plan savedPlan = saved == null ? null : saved.get(entry.accountId());
                futures.add(pool.submit(() -> account(entry, apply, approved, savedPlan, plans, done,
                        accounts.size())));
            }
            List<AccountResult> results = new ArrayList<>();
            for (int i = 0; i < accounts.size(); i++) {
                results.add(result(accounts.get(i), futures.get(i)));
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    private static AccountResult result(AccountEntry entry, Future<AccountResult> future) {
        try {
            return future.get();
        } catch (ExecutionException e) {
            return failed(entry, "unexpected error: " + describe(e.getCause()), "unknown: run fleet plan to see what"
                    + " exists", CallCounts.NONE);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            future.cancel(true);
            return failed(entry, "interrupted", "unknown: the run was interrupted; run fleet plan to see what"
                    + " exists", CallCounts.NONE);
        }
    }

    private AccountResult account(AccountEntry entry, boolean apply, @Nullable AccountResult approved,
            @Nullable Plan saved, @Nullable Map<AccountId, Plan> plans, AtomicInteger done, int total) {
        progress.accept(entry.accountId() + ": " + (apply ? "applying" : "planning"));
        AccountResult result;
        try {
            result = attempt(entry, apply, approved, saved, plans);
        } catch (RuntimeException e) {
            result = failed(entry, "unexpected error: " + describe(e), "unknown: run fleet plan to see what exists",
                    CallCounts.NONE);
        }
        progress.accept("[" + done.incrementAndGet() + "/" + total + "] " + entry.accountId() + ": "
                + result.outcome().name().toLowerCase(java.util.Locale.ROOT)
                + (result.reason() == null ? "" : ": " + result.reason()));
        return result;
    }

    private AccountResult attempt(AccountEntry entry, boolean apply, @Nullable AccountResult approved,
            @Nullable Plan saved, @Nullable Map<AccountId, Plan> plans) {
        if (approved != null && !approved.succeeded()) {
            return failed(entry, "not applied: " + approved.reason(), "no IAM call was made", CallCounts.NONE);
        }
        WriteGuard guard = guard();
        if (guard == null) {
            return failed(entry, "not started: the run was stopped", "no IAM call was made", CallCounts.NONE);
        }
        RoleSpec spec;
        try {
            spec = Objects.requireNonNull(blueprint.apply(entry), "blueprint");
        } catch (RuntimeException e) {
            return failed(entry, "the blueprint refused this account's values: " + describe(e), "no IAM call was"
                    + " made", CallCounts.NONE);
        }
        if (saved != null && !saved.spec().equals(spec)) {
            return failed(entry, "the manifest gives this account another role than the saved plan: make a new"
                    + " plan", "no IAM call was made", CallCounts.NONE);
        }
        if (callerAccount != null) {
            AccountId caller;
            try {
                caller = Objects.requireNonNull(callerAccount.apply(entry), "callerAccount");
            } catch (RuntimeException e) {
                return failed(entry, "the credentials could not be checked: " + describe(e), "no IAM call was made",
                        CallCounts.NONE);
            }
            if (!caller.equals(entry.accountId())) {
                return failed(entry, "the credentials are for account " + caller + ", not " + entry.accountId()
                        + " as the manifest says", "no IAM call was made", CallCounts.NONE);
            }
        }
        IamClient iam;
        try {
            iam = Objects.requireNonNull(clients.apply(entry), "client");
        } catch (RuntimeException e) {
            return failed(entry, "no IAM client for this account: " + describe(e), "no IAM call was made",
                    CallCounts.NONE);
        }
        try (iam) {
            RoleManager.Builder builder = RoleManager.builder(iam);
            manager.accept(builder);
            builder.writeGuard(guard);
            return planAndApply(entry, builder.account(entry.accountId()).build(), spec, apply,
                    approved == null ? null : approved.planned(), saved, plans);
        }
    }

    private AccountResult planAndApply(AccountEntry entry, RoleManager roles, RoleSpec spec, boolean apply,
            @Nullable List<Change> approved, @Nullable Plan saved, @Nullable Map<AccountId, Plan> plans) {
        Plan plan;
        try {
            plan = saved != null ? saved : roles.plan(spec);
        } catch (IamOperationException e) {
            return failed(entry, "reading the role failed: " + describe(e), "no change was made", CallCounts.NONE);
        }
        List<Change> planned = plan.changes();
        String arn = plan.current().map(role -> role.arn().toString()).orElse(null);
        String before = arn == null ? "no change was made; role " + spec.name() + " does not exist"
                : "no change was made; role " + arn + " is as it was";
        Optional<String> found = plan.current().map(role -> role.arn().account());
        if (found.isPresent() && !found.get().equals(entry.accountId().value())) {
            return failed(entry, "the credentials reach account " + found.get() + ", not " + entry.accountId()
                    + " as the manifest says", before, plan.calls());
        }
        if (!plan.errors().isEmpty()) {
            return failed(entry, String.join("; ", plan.errors()), before, plan.calls());
        }
        if (approved != null && !approved.equals(planned)) {
            return failed(entry, "the role changed since the plan was reviewed: it now needs " + planned.size()
                    + " changes where the reviewed plan had " + approved.size() + " or other ones; make a new plan",
                    before, plan.calls());
        }
        if (!apply || plan.isNoOp() && saved == null) {
            if (plans != null) {
                plans.put(entry.accountId(), plan);
            }
            return planned(entry.accountId(), plan, plan.calls());
        }
        AccountResult.Outcome outcome = plan.isNoOp() ? AccountResult.Outcome.UNCHANGED
                : arn == null ? AccountResult.Outcome.CREATED : AccountResult.Outcome.UPDATED;
        ApplyResult result;
        try {
            result = roles.apply(plan);
        } catch (ApplyFailedException e) {
            ApplyResult partial = e.result();
            return new AccountResult(entry.accountId(), AccountResult.Outcome.FAILED, partial.roleArn().orElse(null),
                    planned, operations(partial), describe(e), afterFailure(partial, planned.size()),
                    sum(plan.calls(), partial.calls()));
        }
        CallCounts calls = sum(plan.calls(), result.calls());
        String made = result.roleArn().orElse(null);
        if (made != null && !made.split(":", -1)[4].equals(entry.accountId().value())) {
            return new AccountResult(entry.accountId(), AccountResult.Outcome.FAILED, made, planned,
                    operations(result), "the credentials reach account " + made.split(":", -1)[4] + ", not "
                    + entry.accountId() + " as the manifest says", "role " + made + " was " + (arn == null
                    ? "created" : "updated") + " there by this run", calls);
        }
        return new AccountResult(entry.accountId(), outcome, made, planned, operations(result), null,
                "role " + made + " matches the blueprint", calls);
    }

    /**
     * {@return the result of an account whose {@code plan} was made and not applied: what applying would do, or
     * unchanged when the plan has no change}
     */
    static AccountResult planned(AccountId account, Plan plan, CallCounts calls) {
        String arn = plan.current().map(role -> role.arn().toString()).orElse(null);
        if (plan.isNoOp()) {
            return new AccountResult(account, AccountResult.Outcome.UNCHANGED, arn, List.of(), List.of(), null,
                    "role " + arn + " matches the blueprint", calls);
        }
        return new AccountResult(account, arn == null ? AccountResult.Outcome.CREATED : AccountResult.Outcome.UPDATED,
                arn, plan.changes(), List.of(), null, arn == null ? "role " + plan.spec().name() + " does not exist"
                        : "role " + arn + " is as it was", calls);
    }

    /** {@return what a failed apply left, from its result: nothing, a role within before and after, or unknown} */
    private static String afterFailure(ApplyResult result, int planned) {
        int made = result.applied().size();
        if (result.outcome() == ApplyResult.Outcome.ROLLED_BACK) {
            return "the role this run created was deleted again: nothing this run made is left";
        }
        if (!result.stateKnown()) {
            return made + " of " + planned + " changes were made and the role could not be read back: run fleet"
                    + " plan to see what exists";
        }
        if (result.state().isEmpty()) {
            return made + " of " + planned + " changes were made; role " + result.roleName() + " does not exist";
        }
        return "role " + result.roleArn().orElseThrow() + " exists with " + made + " of " + planned + " changes"
                + " made" + (made == 0 ? "" : "; it grants no more than before or after; apply again to finish");
    }

    private static List<Change> operations(ApplyResult result) {
        return result.applied();
    }

    private static CallCounts sum(CallCounts a, CallCounts b) {
        return new CallCounts(a.reads() + b.reads(), a.writes() + b.writes());
    }

    private static AccountResult failed(AccountEntry entry, String reason, String state, CallCounts calls) {
        return new AccountResult(entry.accountId(), AccountResult.Outcome.FAILED, null, List.of(), List.of(), reason,
                state, calls);
    }

    private static String describe(@Nullable Throwable e) {
        if (e == null) {
            return "no detail";
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    /** Configures a {@link FleetApply}. Not thread-safe. */
    public static final class Builder {
        private final Function<AccountEntry, ? extends IamClient> clients;
        private final Function<AccountEntry, RoleSpec> blueprint;
        private int concurrency = DEFAULT_CONCURRENCY;
        private Consumer<String> progress = line -> { };
        private Consumer<RoleManager.Builder> manager = builder -> { };
        private @Nullable Function<AccountEntry, AccountId> callerAccount;

        private Builder(Function<AccountEntry, ? extends IamClient> clients,
                Function<AccountEntry, RoleSpec> blueprint) {
            this.clients = clients;
            this.blueprint = blueprint;
        }

        /** Sets how many accounts are worked on at once, 1 to {@value FleetApply#MAX_CONCURRENCY}. */
        public Builder concurrency(int accounts) {
            if (accounts < 1 || accounts > MAX_CONCURRENCY) {
                throw new IllegalArgumentException("concurrency " + accounts + " is out of range: 1 to "
                        + MAX_CONCURRENCY + " accounts at once");
            }
            this.concurrency = accounts;
            return this;
        }

        /** Sets where progress lines go (one as each account starts and one as it ends); called one at a time. */
        public Builder progress(Consumer<String> lines) {
            this.progress = Objects.requireNonNull(lines, "progress");
            return this;
        }

        /**
         * Sets how each account's {@link RoleManager} is configured (retry budget, {@code keepPartial}); the
         * account is set from the entry afterwards, and the write guard is the fleet's own
         * ({@link FleetApply#stop}).
         */
        public Builder manager(Consumer<RoleManager.Builder> configure) {
            this.manager = Objects.requireNonNull(configure, "manager");
            return this;
        }

        /**
         * Sets a check of the credentials before any IAM call: the account they are for (for example from STS
         * {@code GetCallerIdentity}); an account whose credentials are for another one fails with no call.
         */
        public Builder callerAccount(Function<AccountEntry, AccountId> check) {
            this.callerAccount = Objects.requireNonNull(check, "callerAccount");
            return this;
        }

        /** {@return the fleet runner} */
        public FleetApply build() {
            return new FleetApply(this);
        }
    }
}
