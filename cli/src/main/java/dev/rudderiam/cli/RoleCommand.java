package dev.rudderiam.cli;

import dev.rudderiam.catalog.blueprint.RudderStackRole;
import dev.rudderiam.catalog.export.ExportFormat;
import dev.rudderiam.role.RoleSpec;
import dev.rudderiam.validation.Finding;
import dev.rudderiam.validation.ValidationResult;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code role}: prints the whole RudderStack role as a JSON bundle, CloudFormation template or Terraform JSON, after
 * validating it with every rule set. The JSON bundle carries the findings; with the other formats they go to
 * standard error. Exits 1 when a finding is an error or security warning (the role is printed all the same).
 */
@Command(name = "role", mixinStandardHelpOptions = true,
        description = {"Print the IAM role RudderStack assumes for the given destinations: trust policy, inline"
                + " policies and attributes, as a JSON bundle, a CloudFormation template or Terraform JSON.",
                "The role is validated: the JSON bundle lists the findings, other formats print them on standard"
                        + " error. Exit code: 0 without errors and security warnings, 1 with some, 2 for bad input."})
final class RoleCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    RoleOptions role;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "json",
            description = "json, cloudformation or terraform (default: json).")
    String format;

    @Option(names = "--pretty", description = "Indent the JSON.")
    boolean pretty;

    @Override
    public Integer call() {
        ExportFormat export = ExportFormat.of(format);
        RoleSpec roleSpec = role.toSpec();
        ValidationResult validation = RudderStackRole.validator(role.workspaceId).validate(roleSpec);
        if (export == ExportFormat.JSON) {
            spec.commandLine().getOut().println(ExportFormat.jsonBundle(roleSpec, validation, pretty));
        } else {
            spec.commandLine().getOut().println(export.write(roleSpec, pretty));
            for (Finding finding : validation.findings()) {
                spec.commandLine().getErr().println(Messages.printable(finding.severity() + " " + finding.code()
                        + " at " + finding.path() + ": " + finding.message()));
            }
        }
        return validation.passes() ? ExitCodes.OK : ExitCodes.FAILED_CHECK;
    }
}
