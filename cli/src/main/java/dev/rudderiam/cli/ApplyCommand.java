package dev.rudderiam.cli;

import dev.rudderiam.aws.ApplyFailedException;
import dev.rudderiam.aws.ApplyResult;
import dev.rudderiam.aws.IamOperationException;
import dev.rudderiam.aws.Plan;
import dev.rudderiam.aws.RoleManager;
import dev.rudderiam.aws.WriteGuard;
import dev.rudderiam.json.JsonStyle;
import dev.rudderiam.json.JsonValues;
import java.io.IOException;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import software.amazon.awssdk.services.iam.IamClient;

/**
 * {@code apply}: shows the plan, asks, then makes exactly that plan's writes, refusing with no write when the role
 * changed since the plan was made. The plan is made now from the {@code role} options, or read from a file
 * {@code plan --out} saved. The JSON output holds the plan and the result, each with its read and write calls.
 *
 * <p>An interrupted apply ({@code SIGTERM}, Ctrl-C) stops after the write in flight and prints the writes made;
 * applying again plans from the role as it is and finishes.
 */
@Command(name = "apply", mixinStandardHelpOptions = true,
        description = "Create or update the role so that it matches the spec, after showing the plan and asking"
                + " (unless --yes); or apply a plan saved by plan --out. Refuses, with no write, when the role"
                + " changed since the plan was made. A failed apply deletes the role it created, unless"
                + " --keep-partial.")
final class ApplyCommand implements Callable<Integer> {
    /** How long an interrupted apply waits for the write in flight before the process ends. */
    static final Duration STOP_WAIT = Duration.ofSeconds(30);

    @Spec
    CommandSpec spec;

    /** The role options, or a saved plan. */
    static final class Source {
        @Option(names = "--plan", paramLabel = "FILE", required = true,
                description = "Apply the plan saved by plan --out FILE instead of planning from role options.")
        @Nullable String planFile;

        @ArgGroup(exclusive = false, multiplicity = "1")
        @Nullable RoleOptions role;
    }

    @ArgGroup(exclusive = true, multiplicity = "1")
    Source source;

    @Mixin
    AwsClientOptions aws;

    @Option(names = "--yes", description = "Do not ask for confirmation.")
    boolean yes;

    @Option(names = "--keep-partial", description = "Keep what a failed apply created instead of deleting it.")
    boolean keepPartial;

    @Option(names = "--wait", description = "After creating the role, wait until IAM returns it (SDK waiter).")
    boolean waitUntilReadable;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Plan saved = source.planFile == null ? null : Plan.parse(Inputs.read(source.planFile));
        WriteGuard guard = new WriteGuard();
        try (IamClient iam = aws.client()) {
            RoleManager roles = aws.manager(iam).keepPartial(keepPartial).waitUntilReadable(waitUntilReadable)
                    .writeGuard(guard).build();
            Plan plan = saved != null ? saved : roles.plan(Objects.requireNonNull(source.role).toSpec());
            if (!plan.errors().isEmpty() || (plan.isNoOp() && saved == null)) {
                aws.print(out, plan.toText(), () -> json(plan, null));
                return plan.isNoOp() ? ExitCodes.OK : ExitCodes.FAILED_CHECK;
            }
            if (!yes) {
                out.print(plan.toText());
                if (!Confirmation.ask(out, "Apply these changes to role " + plan.spec().name() + "?")) {
                    err.println("Aborted: nothing was changed.");
                    return ExitCodes.FAILED_CHECK;
                }
            }
            CountDownLatch reported = new CountDownLatch(1);
            Thread hook = new Thread(() -> interrupted(guard, plan, reported, err), "rudder-iam-apply-stop");
            Runtime.getRuntime().addShutdownHook(hook);
            try {
                ApplyResult result;
                try {
                    result = roles.apply(plan);
                } catch (ApplyFailedException e) {
                    err.println("error: " + Messages.printable(e.getMessage()));
                    result = e.result();
                }
                ApplyResult done = result;
                aws.print(out, done.toText(), () -> json(plan, done));
                return done.succeeded() ? ExitCodes.OK : ExitCodes.FAILED_CHECK;
            } finally {
                reported.countDown();
                removeHook(hook);
            }
        } catch (IamOperationException e) {
            err.println("error: " + Messages.printable(e.getMessage()));
            return ExitCodes.FAILED_CHECK;
        }
    }

    /**
     * The shutdown hook: no write after the one in flight; what was done and what was not; then it waits for the
     * apply to report what exists (the role read back after the stop) before the process ends.
     */
    private static void interrupted(WriteGuard guard, Plan plan, CountDownLatch reported, PrintWriter err) {
        boolean idle = guard.stop(STOP_WAIT);
        List<String> made = guard.completed();
        err.println("Interrupted: " + (idle ? "stopped after the write in flight." : "a write was still in flight"
                + " after " + STOP_WAIT.toSeconds() + " s; it may or may not take effect."));
        err.println("Writes made (" + made.size() + " of " + plan.changes().size() + "): "
                + (made.isEmpty() ? "none" : String.join("; ", made)));
        err.println("Not made: " + plan.changes().stream().skip(made.size())
                .map(change -> change.operation() + " " + change.describe()).collect(Collectors.joining("; ")));
        err.println("Every state on the way is within the role before or after. Run plan or apply again: it reads"
                + " the role as it is now and makes only what is still missing.");
        err.flush();
        try {
            reported.await(STOP_WAIT.toSeconds(), TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Removes {@code hook} unless it is running (then it reports and the process ends). */
    static void removeHook(Thread hook) {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // the hook is running: it reports
        }
    }

    private static String json(Plan plan, @Nullable ApplyResult result) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("plan", plan.toJsonValues());
        json.put("result", result == null ? JsonValues.NULL : result.toJsonValues());
        return JsonValues.write(json, JsonStyle.PRETTY);
    }
}
