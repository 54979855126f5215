package dev.rudderiam.cli;

import dev.rudderiam.aws.IamOperationException;
import dev.rudderiam.aws.Plan;
import dev.rudderiam.aws.RoleManager;
import dev.rudderiam.json.JsonStyle;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import software.amazon.awssdk.services.iam.IamClient;

/**
 * {@code plan}: reads the role in IAM and prints the changes {@code apply} would make; makes no write call. With
 * {@code --out FILE} it saves the plan for {@code apply --plan FILE}.
 */
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

    @Option(names = "--out", paramLabel = "FILE",
            description = "Save the plan (JSON: the role as read, the spec, partition and account) for"
                    + " apply --plan FILE, which applies exactly it or refuses when the role changed meanwhile.")
    @Nullable Path out;

    @Override
    public Integer call() {
        return show(spec, aws, roles -> roles.plan(role.toSpec()), plan -> plan.errors().isEmpty(), out);
    }

    /**
     * Computes a plan with read calls only, prints it as text or JSON, saves it to {@code saveTo} when not null and
     * the plan has no error, and returns {@link ExitCodes#OK} when {@code passes} holds, else
     * {@link ExitCodes#FAILED_CHECK}; shared by {@code plan} and {@code drift}.
     */
    static int show(CommandSpec spec, AwsClientOptions aws, Function<RoleManager, Plan> compute,
            Predicate<Plan> passes, @Nullable Path saveTo) {
        try (IamClient iam = aws.client()) {
            Plan plan = compute.apply(aws.manager(iam).build());
            aws.print(spec.commandLine().getOut(), plan.toText(), () -> plan.toJson(JsonStyle.PRETTY));
            if (saveTo != null && plan.errors().isEmpty()) {
                SavedPlanFile.save(saveTo, plan.toSavedJson(), "plan", "apply --plan " + saveTo,
                        spec.commandLine().getErr());
            }
            return passes.test(plan) ? ExitCodes.OK : ExitCodes.FAILED_CHECK;
        } catch (IamOperationException e) {
            spec.commandLine().getErr().println("error: " + Messages.printable(e.getMessage()));
            return ExitCodes.FAILED_CHECK;
        }
    }
}
