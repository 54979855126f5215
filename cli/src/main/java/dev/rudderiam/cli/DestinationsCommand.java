package dev.rudderiam.cli;

import dev.rudderiam.catalog.DestinationTemplate;
import dev.rudderiam.catalog.Parameter;
import dev.rudderiam.catalog.PolicyCatalog;
import dev.rudderiam.json.JsonValues;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code destinations}: lists the catalog's destination templates and their parameters. */
@Command(name = "destinations", mixinStandardHelpOptions = true,
        description = "List the destinations the policy catalog covers, with their parameters.")
final class DestinationsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--output", paramLabel = "FORMAT", defaultValue = "text",
            description = "text (a table) or json (default: text).")
    String output;

    @Mixin
    PrettyOption pretty;

    @Override
    public Integer call() {
        List<DestinationTemplate> templates = PolicyCatalog.bundled().destinations();
        PrintWriter out = spec.commandLine().getOut();
        if (!output.equals("text") && !output.equals("json")) {
            throw new IllegalArgumentException("output '" + output + "' is unknown: expected text or json");
        }
        if (output.equals("json")) {
            out.println(JsonValues.write(templates.stream().map(DestinationsCommand::json)
                    .collect(Collectors.toList()), pretty.style()));
        } else {
            int idWidth = templates.stream().mapToInt(t -> t.id().length()).max().orElse(2);
            int nameWidth = templates.stream().mapToInt(t -> t.name().length()).max().orElse(4);
            String row = "%-" + idWidth + "s  %-" + nameWidth + "s  %s%n";
            out.printf(row, "ID", "NAME", "PARAMETERS");
            for (DestinationTemplate template : templates) {
                out.printf(row, template.id(), template.name(), template.parameters().stream()
                        .map(p -> p.name() + (p.required() ? "*" : "")).collect(Collectors.joining(", ")));
            }
            out.println("* required. Types, defaults and descriptions: destinations --output json");
        }
        return ExitCodes.OK;
    }

    private static Map<String, Object> json(DestinationTemplate template) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("id", template.id());
        entry.put("name", template.name());
        entry.put("docs", template.docs());
        List<Object> parameters = new ArrayList<>();
        for (Parameter parameter : template.parameters()) {
            Map<String, Object> p = new LinkedHashMap<>();
            p.put("name", parameter.name());
            p.put("type", parameter.typeName());
            p.put("required", parameter.required());
            p.put("default", parameter.defaultValue() == null ? JsonValues.NULL : parameter.defaultValue());
            p.put("description", parameter.description());
            parameters.add(p);
        }
        entry.put("parameters", parameters);
        return entry;
    }
}
