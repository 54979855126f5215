package dev.rudderiam.cli;

import dev.rudderiam.catalog.blueprint.RudderStackRole;
import dev.rudderiam.catalog.blueprint.PolicyLayout;
import dev.rudderiam.catalog.export.ExportFormat;
import dev.rudderiam.catalog.export.ParameterizedRole;
import dev.rudderiam.role.RoleSpec;
import dev.rudderiam.validation.Finding;
import dev.rudderiam.validation.ValidationResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code role}: prints the whole RudderStack role as a JSON bundle, CloudFormation template or Terraform JSON, after
 * validating it with every rule set. The JSON bundle carries the findings; with the other formats they go to
 * standard error. Exits 1 when a finding is an error or security warning (the role is printed all the same).
 * With {@code --parameterize} the CloudFormation or Terraform export keeps the workspace id, role name and
 * destination values open as parameters (the values given are their defaults) for deploying one template to many
 * accounts; {@code --out DIR} writes the files into a directory (required for Terraform's module).
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

    @Mixin
    PrettyOption pretty;

    @Option(names = "--parameterize", description = "One template for every account: the workspace id, role name"
            + " and destination values become CloudFormation parameters or Terraform variables, checked against the"
            + " catalog's rules; the values given are the defaults.")
    boolean parameterize;

    @Option(names = "--out", paramLabel = "DIR", description = "With --parameterize: write the files into DIR"
            + " (created if missing) instead of printing; required for terraform.")
    @Nullable Path out;

    @Override
    public Integer call() {
        ExportFormat export = ExportFormat.of(format);
        RoleSpec roleSpec = role.toSpec();
        ValidationResult validation = RudderStackRole.validator(role.workspaceId).validate(roleSpec);
        if (parameterize) {
            writeParameterized(export, roleSpec);
        } else if (out != null) {
            throw new IllegalArgumentException("--out is invalid without --parameterize: the concrete export is"
                    + " printed on standard output");
        } else if (export == ExportFormat.JSON) {
            spec.commandLine().getOut().println(ExportFormat.jsonBundle(roleSpec, validation, pretty.style()));
        } else {
            spec.commandLine().getOut().println(export.write(roleSpec, pretty.style()));
        }
        if (parameterize || export != ExportFormat.JSON) {
            for (Finding finding : validation.findings()) {
                spec.commandLine().getErr().println(Messages.printable(finding.severity() + " " + finding.code()
                        + " at " + finding.path() + ": " + finding.message()));
            }
        }
        return validation.passes() ? ExitCodes.OK : ExitCodes.FAILED_CHECK;
    }

    /** Prints the single parameterized file, or writes every file into {@link #out}. */
    private void writeParameterized(ExportFormat export, RoleSpec roleSpec) {
        ParameterizedRole parameterized = new ParameterizedRole(roleSpec, role.workspaceId,
                role.destinations.stream().map(d -> new ParameterizedRole.Destination(d.id, d.parameters()))
                        .collect(Collectors.toList()),
                role.combinePolicies ? PolicyLayout.COMBINED : PolicyLayout.PER_DESTINATION);
        Map<String, String> files = export.writeParameterized(parameterized, pretty.style());
        if (out == null) {
            if (files.size() != 1) {
                throw new IllegalArgumentException("--out is missing: the parameterized " + export.id() + " export"
                        + " is " + files.size() + " files (" + String.join(", ", files.keySet()) + ")");
            }
            spec.commandLine().getOut().println(files.values().iterator().next());
            return;
        }
        try {
            Files.createDirectories(out);
            for (Map.Entry<String, String> file : files.entrySet()) {
                Files.writeString(out.resolve(file.getKey()), file.getValue() + System.lineSeparator(),
                        StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write to '" + out + "': " + e.getMessage(), e);
        }
        spec.commandLine().getErr().println("Wrote " + String.join(", ", files.keySet()) + " to " + out);
    }
}
