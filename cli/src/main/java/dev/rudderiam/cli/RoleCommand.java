package dev.rudderiam.cli;

import dev.rudderiam.catalog.export.ExportFormat;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code role}: prints the whole RudderStack role as a JSON bundle, CloudFormation template or Terraform JSON. */
@Command(name = "role", mixinStandardHelpOptions = true,
        description = "Print the IAM role RudderStack assumes for the given destinations: trust policy, inline"
                + " policies and attributes, as a JSON bundle, a CloudFormation template or Terraform JSON.")
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
        spec.commandLine().getOut().println(export.write(role.toSpec(), pretty));
        return ExitCodes.OK;
    }
}
