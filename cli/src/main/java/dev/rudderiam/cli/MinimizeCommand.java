package dev.rudderiam.cli;

import dev.rudderiam.json.PolicyJson;
import dev.rudderiam.minimize.PolicyMinimizer;
import dev.rudderiam.minimize.QuotaFitter;
import dev.rudderiam.policy.PolicyDocument;
import dev.rudderiam.policy.PolicySize;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code minimize}: prints a policy rewritten into fewer characters with the same decision for every request,
 * and both sizes as IAM counts them; with {@code --fit}, splits it into managed or inline policies within IAM's
 * quotas.
 */
@Command(name = "minimize", mixinStandardHelpOptions = true,
        description = {"Print a smaller policy that decides every request as FILE does, and both sizes.",
            "Sizes (characters without white space, as IAM counts) go to standard error."})
final class MinimizeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE|-", description = "Policy document file, or - for standard input.")
    String input;

    @Mixin
    PrettyOption pretty;

    @Option(names = "--fit", paramLabel = "managed|inline",
            description = "Fit into managed policies (6144 each) or inline policies (10240 in total), one per line.")
    @Nullable String fit;

    @Option(names = "--max-policies", paramLabel = "N", defaultValue = "10",
            description = "Managed policies a role may attach (default: ${DEFAULT-VALUE}).")
    int maxPolicies;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        PolicyDocument original = PolicyJson.read(Inputs.read(input));
        List<PolicyDocument> result;
        if (fit == null) {
            result = List.of(PolicyMinimizer.minimize(original));
        } else if (fit.equals("managed")) {
            result = QuotaFitter.managed(List.of(original), maxPolicies);
        } else if (fit.equals("inline")) {
            result = QuotaFitter.inline(List.of(original));
        } else {
            throw new IllegalArgumentException("--fit '" + fit + "' is invalid: expected managed or inline");
        }
        int total = 0;
        for (PolicyDocument document : result) {
            out.println(PolicyJson.write(document, pretty.style()));
            total += PolicySize.of(document);
        }
        err.println("size: " + PolicySize.of(original) + " -> " + total + " characters"
                + (result.size() > 1 ? " in " + result.size() + " policies" : ""));
        return ExitCodes.OK;
    }
}
