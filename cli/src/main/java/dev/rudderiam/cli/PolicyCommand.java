package dev.rudderiam.cli;

import dev.rudderiam.catalog.PolicyCatalog;
import dev.rudderiam.json.PolicyJson;
import dev.rudderiam.policy.PolicyDocument;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code policy}: prints the permission policy one destination needs. */
@Command(name = "policy", mixinStandardHelpOptions = true,
        description = "Print the permission policy a destination needs, rendered from the catalog template.")
final class PolicyCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--destination", required = true, paramLabel = "ID",
            description = "Destination template id, such as S3 or KINESIS (see 'destinations').")
    String destination;

    @Option(names = "--param", paramLabel = "NAME=VALUE",
            description = "A template parameter; repeat for each. Lists are comma-separated.")
    Map<String, String> parameters = new LinkedHashMap<>();

    @Option(names = "--pretty", description = "Indent the JSON.")
    boolean pretty;

    @Override
    public Integer call() {
        PolicyDocument policy = PolicyCatalog.bundled().template(destination).render(parameters);
        spec.commandLine().getOut().println(pretty ? PolicyJson.writePretty(policy) : PolicyJson.write(policy));
        return ExitCodes.OK;
    }
}
