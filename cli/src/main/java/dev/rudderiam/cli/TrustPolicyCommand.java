package dev.rudderiam.cli;

import dev.rudderiam.json.PolicyJson;
import dev.rudderiam.policy.PolicyDocument;
import dev.rudderiam.role.RudderStack;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code trust-policy}: prints the trust policy that lets RudderStack assume a role for one workspace. */
@Command(name = "trust-policy", mixinStandardHelpOptions = true,
        description = "Print the trust policy letting RudderStack (account " + RudderStack.ACCOUNT
                + ") assume the role with the workspace id as external id.")
final class TrustPolicyCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--workspace-id", required = true, description = "RudderStack workspace id (the external id).")
    String workspaceId;

    @Mixin
    PrettyOption pretty;

    @Override
    public Integer call() {
        PolicyDocument trust = RudderStack.trustPolicy(workspaceId);
        spec.commandLine().getOut().println(PolicyJson.write(trust, pretty.style()));
        return ExitCodes.OK;
    }
}
