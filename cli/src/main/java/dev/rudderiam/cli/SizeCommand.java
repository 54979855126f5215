package dev.rudderiam.cli;

import dev.rudderiam.json.PolicyJson;
import dev.rudderiam.policy.PolicySize;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code size}: prints a policy document's size as IAM counts it (characters without white space), of the text as
 * given, which is what IAM counts when the document is submitted.
 */
@Command(name = "size", mixinStandardHelpOptions = true,
        description = "Print a policy document's IAM size: its characters, not counting white space.")
final class SizeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE|-", description = "Policy document file, or - for standard input.")
    String input;

    @Override
    public Integer call() {
        String text = Inputs.read(input);
        PolicyJson.read(text);
        spec.commandLine().getOut().println(PolicySize.of(text));
        return ExitCodes.OK;
    }
}
