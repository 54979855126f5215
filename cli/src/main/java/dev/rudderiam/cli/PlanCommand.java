package dev.rudderiam.cli;

import dev.rudderiam.aws.IamOperationException;
import dev.rudderiam.aws.Plan;
import dev.rudderiam.aws.RoleManager;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.function.Predicate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import software.amazon.awssdk.services.iam.IamClient;

/** {@code plan}: reads the role in IAM and prints the changes {@code apply} would make; makes no write call. */
@Command(name = "plan", mixinStandardHelpOptions = true,
        description = "Read the role in IAM and print what apply would change (read calls only). Exit 1 when the"
                + " spec cannot be applied, such as a different path.")
final class PlanCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    RoleOptions role;

    @Mixin
    AwsClientOptions aws;

    @Override
    public Integer call() {
        return show(spec, aws, roles -> roles.plan(role.toSpec()), plan -> plan.errors().isEmpty());
    }

    /**
     * Computes a plan with read calls only, prints it as text or JSON, and returns {@link ExitCodes#OK} when
     * {@code passes} holds, else {@link ExitCodes#FAILED_CHECK}; shared by {@code plan} and {@code drift}.
     */
    static int show(CommandSpec spec, AwsClientOptions aws, Function<RoleManager, Plan> compute,
            Predicate<Plan> passes) {
        try (IamClient iam = aws.client()) {
            Plan plan = compute.apply(RoleManager.builder(iam).build());
            aws.print(spec.commandLine().getOut(), plan.toText(), () -> plan.toJson(true));
            return passes.test(plan) ? ExitCodes.OK : ExitCodes.FAILED_CHECK;
        } catch (IamOperationException e) {
            spec.commandLine().getErr().println("error: " + e.getMessage());
            return ExitCodes.FAILED_CHECK;
        }
    }
}
