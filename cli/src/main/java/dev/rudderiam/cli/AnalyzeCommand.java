package dev.rudderiam.cli;

import dev.rudderiam.analysis.AccessCheck;
import dev.rudderiam.analysis.ActionGrant;
import dev.rudderiam.analysis.RoleAnalyzer;
import dev.rudderiam.analysis.TrustRule;
import dev.rudderiam.arn.AccountId;
import dev.rudderiam.arn.Arn;
import dev.rudderiam.catalog.reference.BundledServiceReference;
import dev.rudderiam.json.PolicyJson;
import dev.rudderiam.policy.PolicyDocument;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code analyze}: for the role the {@code role} options describe, prints who can assume it and what it grants
 * (every action of the bundled service reference its policies allow, on which resources), and optionally checks
 * that given actions are not granted.
 */
@Command(name = "analyze", mixinStandardHelpOptions = true,
        description = {"Print who can assume the role and what it grants, action by action.",
            "Takes the same options as 'role'. Exit code 1 when a --not-granted action is granted."})
final class AnalyzeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    RoleOptions role;

    @Option(names = "--account", paramLabel = "ID", defaultValue = "123456789012",
            description = "Account the role is in, for its ARN (default: ${DEFAULT-VALUE}).")
    String account;

    @Option(names = "--policy-document", paramLabel = "ARN=FILE",
            description = "Document of a managed policy or the boundary named by ARN; repeat for more, each ARN once.")
    List<String> documents = new ArrayList<>();

    @Option(names = "--not-granted", paramLabel = "ACTION",
            description = "Check that the role does not grant this action (wildcards allowed); repeat for more.")
    List<String> notGranted = new ArrayList<>();

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Map<Arn, PolicyDocument> managed = new LinkedHashMap<>();
        KeyValues.parse("--policy-document", "", documents).forEach((arn, file) -> managed.put(Arn.parse(arn), PolicyJson.read(Inputs.read(file))));
        RoleAnalyzer analyzer = RoleAnalyzer.of(role.toSpec(), AccountId.of(account), managed);
        out.println("Role " + analyzer.roleArn());
        out.println("Who can assume it (sts:AssumeRole):");
        for (TrustRule rule : analyzer.whoCanAssume()) {
            out.println("  " + Messages.escape(rule.describe()));
        }
        out.println("What it grants:");
        for (ActionGrant grant : analyzer.grants(BundledServiceReference.bundled())) {
            out.println("  " + Messages.escape(grant.action() + " (" + grant.accessLevel() + ") on "
                    + grant.resources()));
        }
        if (notGranted.isEmpty()) {
            return ExitCodes.OK;
        }
        AccessCheck check = analyzer.checkAccessNotGranted(notGranted, List.of());
        out.println(Messages.escape("Access not granted " + notGranted + ": " + (check.passed() ? "PASS" : "FAIL")));
        check.reasons().forEach(reason -> out.println("  " + Messages.escape(reason)));
        return check.passed() ? ExitCodes.OK : ExitCodes.FAILED_CHECK;
    }
}
