package dev.rudderiam.cli;

import dev.rudderiam.aws.ApplyFailedException;
import dev.rudderiam.aws.ApplyResult;
import dev.rudderiam.aws.IamOperationException;
import dev.rudderiam.aws.Plan;
import dev.rudderiam.aws.RoleManager;
import dev.rudderiam.json.JsonValues;
import dev.rudderiam.role.RoleSpec;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import software.amazon.awssdk.services.iam.IamClient;

/**
 * {@code apply}: plans, asks, then makes the role match the spec. The JSON output holds the plan and the result,
 * each with its read and write calls.
 */
@Command(name = "apply", mixinStandardHelpOptions = true,
        description = "Create or update the role so that it matches the spec, after showing the plan and asking"
                + " (unless --yes). A failed apply deletes the role it created, unless --keep-partial.")
final class ApplyCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    RoleOptions role;

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
        RoleSpec desired = role.toSpec();
        PrintWriter out = spec.commandLine().getOut();
        try (IamClient iam = aws.client()) {
            RoleManager roles = RoleManager.builder(iam).keepPartial(keepPartial).waitUntilReadable(waitUntilReadable)
                    .build();
            Plan plan = roles.plan(desired);
            if (!plan.errors().isEmpty() || plan.isNoOp()) {
                aws.print(out, plan.toText(), () -> json(plan, null));
                return plan.isNoOp() ? ExitCodes.OK : ExitCodes.FAILED_CHECK;
            }
            if (!yes) {
                out.print(plan.toText());
                if (!Confirmation.ask(out, "Apply these changes to role " + desired.name() + "?")) {
                    spec.commandLine().getErr().println("Aborted: nothing was changed.");
                    return ExitCodes.FAILED_CHECK;
                }
            }
            ApplyResult result;
            try {
                result = roles.apply(desired);
            } catch (ApplyFailedException e) {
                spec.commandLine().getErr().println("error: " + e.getMessage());
                result = e.result();
            }
            ApplyResult done = result;
            aws.print(out, done.toText(), () -> json(plan, done));
            return done.succeeded() ? ExitCodes.OK : ExitCodes.FAILED_CHECK;
        } catch (IamOperationException e) {
            spec.commandLine().getErr().println("error: " + e.getMessage());
            return ExitCodes.FAILED_CHECK;
        }
    }

    private static String json(Plan plan, @Nullable ApplyResult result) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("plan", JsonValues.read(plan.toJson(false), Integer.MAX_VALUE));
        json.put("result", result == null ? JsonValues.NULL : JsonValues.read(result.toJson(false), Integer.MAX_VALUE));
        return JsonValues.write(json, true);
    }
}
