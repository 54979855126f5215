package dev.rudderiam.cli;

import dev.rudderiam.aws.Plan;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

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
        return PlanCommand.show(spec, aws, roles -> roles.drift(role.toSpec()), Plan::isNoOp, null);
    }
}
