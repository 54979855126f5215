package dev.rudderiam.cli;

import dev.rudderiam.catalog.reference.BundledServiceReference;
import dev.rudderiam.json.FindingsJson;
import dev.rudderiam.json.PolicyJson;
import dev.rudderiam.policy.PolicyDocument;
import dev.rudderiam.reference.ServiceReference;
import dev.rudderiam.role.ExternalId;
import dev.rudderiam.validation.PolicyType;
import dev.rudderiam.validation.ValidationResult;
import dev.rudderiam.validation.Validator;
import dev.rudderiam.validation.rules.RuleSets;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code validate}: checks a policy document with the grammar, service reference and security rule sets, plus the
 * RudderStack rules when a workspace id is given, and prints the findings as a JSON array. Exits 0 when there is no
 * error and no security warning, 1 when there is, 2 when the input cannot be read.
 */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = {"Validate a policy document (FILE, or - for standard input) and print the findings as a JSON"
                + " array of {severity, code, path, message, link}.",
                "Exit code: 0 without errors and security warnings, 1 with some, 2 for unreadable input."})
final class ValidateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--type", required = true, converter = PolicyTypeConverter.class,
            description = "Policy type: trust, identity or boundary.")
    PolicyType type;

    @Option(names = "--workspace-id",
            description = "RudderStack workspace id (the external id): also check RudderStack's requirements.")
    @Nullable String workspaceId;

    @Mixin
    PrettyOption pretty;

    @Parameters(paramLabel = "FILE|-", description = "Policy document file, or - for standard input.")
    String input;

    @Override
    public Integer call() {
        PolicyDocument document = PolicyJson.read(Inputs.read(input));
        ServiceReference reference = BundledServiceReference.bundled();
        Validator.Builder validator = Validator.builder().add(RuleSets.grammar())
                .add(RuleSets.serviceReference(reference)).add(RuleSets.security(reference));
        if (workspaceId != null) {
            validator.add(RuleSets.rudderStack(ExternalId.of(workspaceId), List.of()));
        }
        ValidationResult result = validator.build().validate(document, type);
        spec.commandLine().getOut().println(FindingsJson.write(result.findings(), pretty.style()));
        return result.passes() ? ExitCodes.OK : ExitCodes.FAILED_CHECK;
    }

    /** Reads {@code trust}, {@code identity} or {@code boundary}, in any case. */
    static final class PolicyTypeConverter implements ITypeConverter<PolicyType> {
        @Override
        public PolicyType convert(String value) {
            try {
                return PolicyType.valueOf(value.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException("policy type '" + value
                        + "' is invalid: expected trust, identity or boundary");
            }
        }
    }
}
