package dev.rudderiam.cli;

import dev.rudderiam.aws.IamOperationException;
import dev.rudderiam.aws.Plan;
import dev.rudderiam.aws.RoleManager;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import software.amazon.awssdk.services.iam.IamClient;

/** {@code drift}: compares an existing role with the spec; exit 0 when it matches, 1 when it drifted. */
@Command(name = "drift", mixinStandardHelpOptions = true,
        description = "Compare the existing role with the spec and print the differences as the changes that would"
                + " undo them. Exit 0 when the role matches, 1 when it drifted, does not exist or cannot be read.")
final class DriftCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    RoleOptions role;

    @Mixin
    AwsClientOptions aws;

    @Override
    public Integer call() {
        try (IamClient iam = aws.client()) {
            Plan drift = RoleManager.builder(iam).build().drift(role.toSpec());
            aws.print(spec.commandLine().getOut(), drift.toText(), () -> drift.toJson(true));
            return drift.isNoOp() ? ExitCodes.OK : ExitCodes.FAILED_CHECK;
        } catch (IamOperationException e) {
            spec.commandLine().getErr().println("error: " + e.getMessage());
            return ExitCodes.FAILED_CHECK;
        }
    }
}
