package dev.rudderiam.cli;

import dev.rudderiam.aws.DeleteResult;
import dev.rudderiam.aws.IamOperationException;
import dev.rudderiam.aws.RoleManager;
import dev.rudderiam.role.RoleName;
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
 * {@code delete}: removes a role's inline policies, managed policy attachments and permissions boundary, then the
 * role, after confirmation.
 */
@Command(name = "delete", mixinStandardHelpOptions = true,
        description = "Delete an IAM role with its inline policies, managed policy attachments and permissions"
                + " boundary. Asks for confirmation unless --yes.")
final class DeleteCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--name", required = true, paramLabel = "NAME", description = "Role name.")
    String name;

    @Option(names = "--yes", description = "Do not ask for confirmation.")
    boolean yes;

    @Mixin
    AwsClientOptions aws;

    @Override
    public Integer call() throws IOException {
        RoleName role = RoleName.of(name);
        PrintWriter out = spec.commandLine().getOut();
        if (!yes && !Confirmation.ask(out, "Delete role " + role
                + " with its inline policies, managed policy attachments and boundary?")) {
            spec.commandLine().getErr().println("Aborted: role " + role + " was not deleted.");
            return ExitCodes.FAILED_CHECK;
        }
        try (IamClient iam = aws.client()) {
            DeleteResult result = RoleManager.builder(iam).build().delete(role);
            aws.print(out, result.toText(), () -> result.toJson(true));
            return ExitCodes.OK;
        } catch (IamOperationException e) {
            spec.commandLine().getErr().println("error: " + e.getMessage());
            return ExitCodes.FAILED_CHECK;
        }
    }
}
