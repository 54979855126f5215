package dev.rudderiam.cli;

import dev.rudderiam.catalog.DestinationTemplate;
import dev.rudderiam.catalog.PolicyCatalog;
import dev.rudderiam.catalog.TrustedParty;
import dev.rudderiam.json.PolicyJson;
import dev.rudderiam.policy.PolicyDocument;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;

/**
 * {@code policy}: prints the permission policy one destination needs; a destination that also needs another party
 * in the trust policy (Snowflake's storage integration) says so on standard error.
 */
@Command(name = "policy", mixinStandardHelpOptions = true,
        description = "Print the permission policy a destination needs, rendered from the catalog template.")
final class PolicyCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @ArgGroup(exclusive = false, multiplicity = "1")
    DestinationArgs destination;

    @Mixin
    PrettyOption pretty;

    @Override
    public Integer call() {
        DestinationTemplate template = PolicyCatalog.bundled().template(destination.id);
        PolicyDocument policy = template.render(destination.parameters());
        spec.commandLine().getOut().println(PolicyJson.write(policy, pretty.style()));
        for (TrustedParty party : template.trustedParties(destination.parameters())) {
            spec.commandLine().getErr().println(Messages.printable("note: " + template.id() + " also needs "
                    + party.principal() + " with external id " + party.externalId()
                    + " in the role's trust policy; 'role' adds it"));
        }
        return ExitCodes.OK;
    }
}
