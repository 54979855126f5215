package dev.rudderiam.cli;

import dev.rudderiam.json.PolicyJson;
import dev.rudderiam.policy.PolicyDocument;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code format}: reads any policy document and prints its canonical form. */
@Command(name = "format", mixinStandardHelpOptions = true,
        description = "Read a policy document (FILE, or - for standard input) and print its canonical JSON.")
final class FormatCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    PrettyOption pretty;

    @Parameters(paramLabel = "FILE|-", description = "Policy document file, or - for standard input.")
    String input;

    @Override
    public Integer call() {
        PolicyDocument document = PolicyJson.read(Inputs.read(input));
        spec.commandLine().getOut().println(PolicyJson.write(document, pretty.style()));
        return ExitCodes.OK;
    }
}
