package dev.rudderiam.cli;

import dev.rudderiam.aws.DeletePlan;
import dev.rudderiam.aws.DeleteResult;
import dev.rudderiam.aws.IamOperationException;
import dev.rudderiam.aws.RoleManager;
import dev.rudderiam.json.JsonStyle;
import dev.rudderiam.role.RoleName;
import dev.rudderiam.role.RudderStack;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import software.amazon.awssdk.services.iam.IamClient;

/**
 * {@code delete}: reads the role and prints what will be removed, refuses a role that does not trust RudderStack
 * (one this tool did not make) unless {@code --force}, asks, then removes the role from its instance profiles,
 * removes its policies and boundary, and deletes it.
 */
@Command(name = "delete", mixinStandardHelpOptions = true,
        description = "Delete an IAM role with its instance profile memberships, inline policies, managed policy"
                + " attachments and permissions boundary. Prints what will be removed, refuses a role that does not"
                + " trust RudderStack's account unless --force, and asks for confirmation unless --yes.")
final class DeleteCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--name", required = true, paramLabel = "NAME", description = "Role name.")
    String name;

    @Option(names = "--yes", description = "Do not ask for confirmation.")
    boolean yes;

    @Option(names = "--force", description = "Delete the role even when it does not trust RudderStack's account.")
    boolean force;

    @Mixin
    AwsClientOptions aws;

    @Override
    public Integer call() throws IOException {
        RoleName role = RoleName.of(name);
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try (IamClient iam = aws.client()) {
            RoleManager roles = aws.manager(iam).build();
            DeletePlan plan = roles.planDelete(role);
            if (plan.role().isEmpty()) {
                aws.print(out, plan.toText(), () -> plan.toJson(JsonStyle.PRETTY));
                return ExitCodes.OK;
            }
            if (aws.output == AwsClientOptions.Output.text) {
                out.print(plan.toText());
                out.flush();
            }
            if (!force && !plan.trusts(RudderStack.ACCOUNT)) {
                err.println("error: role " + role + " does not trust RudderStack's account " + RudderStack.ACCOUNT
                        + ", so this tool did not make it; nothing was deleted. Pass --force to delete it anyway.");
                return ExitCodes.FAILED_CHECK;
            }
            if (!yes && !Confirmation.ask(out, "Delete role " + role + " with all of the above?")) {
                err.println("Aborted: role " + role + " was not deleted.");
                return ExitCodes.FAILED_CHECK;
            }
            DeleteResult result = roles.delete(role);
            aws.print(out, result.toText(), () -> result.toJson(JsonStyle.PRETTY));
            return ExitCodes.OK;
        } catch (IamOperationException e) {
            err.println("error: " + Messages.printable(e.getMessage()));
            return ExitCodes.FAILED_CHECK;
        }
    }
}
