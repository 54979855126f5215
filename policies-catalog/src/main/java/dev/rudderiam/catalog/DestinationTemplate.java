package dev.rudderiam.catalog;

import dev.rudderiam.arn.Arn;
import dev.rudderiam.json.JsonValues;
import dev.rudderiam.json.PolicyJson;
import dev.rudderiam.policy.PolicyDocument;
import dev.rudderiam.role.ExternalId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The permission policy one RudderStack destination needs, with its typed parameters; {@link #render(Map)} turns
 * parameter values into the policy document. Templates come from {@link PolicyCatalog}; they are immutable and
 * thread-safe.
 *
 * <pre>{@code
 * PolicyDocument policy = PolicyCatalog.bundled().template("S3").render(Map.of("bucketName", "my-events"));
 * }</pre>
 */
public final class DestinationTemplate {
    /** A placeholder in a template string: {@code ${parameterName}}. */
    static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Za-z][A-Za-z0-9]*)}");

    private final String id;
    private final String name;
    private final String docs;
    private final String description;
    private final List<String> notes;
    private final List<Parameter> parameters;
    private final List<StatementTemplate> statements;
    private final List<TrustTemplate> trusts;
    private final List<CallTemplate> calls;

    DestinationTemplate(String id, String name, String docs, String description, List<String> notes,
            List<Parameter> parameters, List<StatementTemplate> statements, List<TrustTemplate> trusts,
            List<CallTemplate> calls) {
        this.id = id;
        this.name = name;
        this.docs = docs;
        this.description = description;
        this.notes = List.copyOf(notes);
        this.parameters = List.copyOf(parameters);
        this.statements = List.copyOf(statements);
        this.trusts = List.copyOf(trusts);
        this.calls = List.copyOf(calls);
    }

    /** {@return the id: RudderStack's destination config name, such as {@code S3} or {@code RS}, or a variant of it} */
    public String id() {
        return id;
    }

    /** {@return the display name, such as {@code Amazon S3}} */
    public String name() {
        return name;
    }

    /** {@return the link to RudderStack's documentation of the destination's role setup} */
    public String docs() {
        return docs;
    }

    /** {@return what the policy lets RudderStack do} */
    public String description() {
        return description;
    }

    /** {@return why the policy differs from RudderStack's documented one, and other caveats} */
    public List<String> notes() {
        return notes;
    }

    /** {@return the parameters, in the order the template lists them} */
    public List<Parameter> parameters() {
        return parameters;
    }

    /**
     * {@return the statements of the permission policy as written in the template: JSON values whose strings hold
     * {@code ${parameter}} placeholders, each with the condition under which it applies}; for exports that keep
     * the parameters open, such as a CloudFormation template with {@code Parameters}
     */
    public List<StatementTemplate> statementTemplates() {
        return statements;
    }

    /** {@return the further trusted parties as written in the template, with their conditions} */
    public List<TrustTemplate> trustTemplates() {
        return trusts;
    }

    /** {@return the parameter named {@code name}} */
    public Optional<Parameter> parameter(String name) {
        return parameters.stream().filter(p -> p.name().equals(name)).findFirst();
    }

    /**
     * {@return the permission policy for the given parameter values}
     *
     * @param values parameter name to value; list parameters take comma-separated values, booleans
     *     {@code true}/{@code false}
     * @throws DestinationParameterException when a required parameter is missing, a parameter is unknown or a
     *     value breaks its rule
     */
    public PolicyDocument render(Map<String, String> values) {
        Map<String, List<String>> bound = bind(values);
        List<Object> rendered = new ArrayList<>();
        for (StatementTemplate statement : statements) {
            if (statement.when().holds(bound)) {
                rendered.add(substitute(statement.statement(), bound));
            }
        }
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("Version", PolicyDocument.VERSION_2012_10_17);
        document.put("Statement", rendered);
        return PolicyJson.read(JsonValues.write(document, false));
    }

    /**
     * {@return the parties besides RudderStack that the role's trust policy must let in for these values, in
     * template order; empty for most destinations}
     *
     * @throws DestinationParameterException as {@link #render(Map)} does
     */
    public List<TrustedParty> trustedParties(Map<String, String> values) {
        Map<String, List<String>> bound = bind(values);
        List<TrustedParty> parties = new ArrayList<>();
        for (TrustTemplate trust : trusts) {
            if (trust.when().holds(bound)) {
                parties.add(new TrustedParty(Arn.parse(single(trust.principal(), bound)),
                        ExternalId.of(single(trust.externalId(), bound))));
            }
        }
        return parties;
    }

    /**
     * {@return an unmodifiable copy of the parameter {@code values} given for destination {@code id}}
     *
     * @throws NullPointerException naming the destination and the parameter when a name or a value is null
     */
    public static Map<String, String> copyValues(String id, Map<String, String> values) {
        Objects.requireNonNull(values, () -> "destination " + id + ": parameter values");
        for (Map.Entry<String, String> entry : values.entrySet()) {
            if (entry.getKey() == null) {
                throw new NullPointerException("destination " + id + ": a parameter name is null");
            }
            if (entry.getValue() == null) {
                throw new NullPointerException("destination " + id + ": parameter '" + entry.getKey()
                        + "' has a null value");
            }
        }
        return Map.copyOf(values);
    }

    /**
     * {@return the requests that reach AWS with this role's permissions when RudderStack serves the destination
     * configured with these values, in template order: each IAM action with its resources and condition keys, when
     * it happens and where in RudderStack's code it was read}
     *
     * <p>The policy {@link #render(Map) rendered} from the same values allows every one of them (for the example
     * runtime values), and grants no action that none of them needs: {@code CallFidelityTest} checks both through
     * the offline evaluator for every combination of parameters. A call that names a list parameter (Firehose's
     * delivery streams) is listed once per value.
     *
     * @param values parameter values, as for {@link #render(Map)}
     * @throws DestinationParameterException as {@link #render(Map)} does
     */
    public List<RudderStackCall> calls(Map<String, String> values) {
        Map<String, List<String>> bound = bind(values);
        List<RudderStackCall> result = new ArrayList<>();
        for (CallTemplate call : calls) {
            if (!call.when().holds(bound)) {
                continue;
            }
            List<String> texts = new ArrayList<>(call.resources());
            texts.addAll(call.context().values());
            for (Map<String, List<String>> single : singleValued(bound, texts)) {
                List<String> resources = new ArrayList<>();
                call.resources().forEach(resource -> resources.add(single(resource, single)));
                Map<String, String> context = new LinkedHashMap<>();
                call.context().forEach((key, value) -> context.put(key, single(value, single)));
                result.add(new RudderStackCall(call.operation(), call.action(), resources, context, call.request(),
                        call.when().describe(), call.caller(), call.session(), call.source(), call.note()));
            }
        }
        return result;
    }

    /** {@return one binding per combination of the values of the list parameters {@code texts} name} */
    private static List<Map<String, List<String>>> singleValued(Map<String, List<String>> bound, List<String> texts) {
        List<Map<String, List<String>>> bindings = new ArrayList<>();
        bindings.add(bound);
        for (String text : texts) {
            Matcher matcher = PLACEHOLDER.matcher(text);
            while (matcher.find()) {
                String name = matcher.group(1);
                List<Map<String, List<String>>> next = new ArrayList<>();
                for (Map<String, List<String>> binding : bindings) {
                    List<String> valuesOfName = binding.getOrDefault(name, List.of());
                    if (valuesOfName.size() <= 1) {
                        next.add(binding);
                        continue;
                    }
                    for (String value : valuesOfName) {
                        Map<String, List<String>> copy = new LinkedHashMap<>(binding);
                        copy.put(name, List.of(value));
                        next.add(copy);
                    }
                }
                bindings = next;
            }
        }
        return bindings;
    }

    /** Checks the values against the parameters and adds defaults; absent optional parameters have no entry. */
    private Map<String, List<String>> bind(Map<String, String> values) {
        copyValues(id, values);
        for (Map.Entry<String, String> entry : values.entrySet()) {
            if (parameter(entry.getKey()).isEmpty()) {
                throw new DestinationParameterException(id, entry.getKey(), entry.getValue(),
                        DestinationParameterException.Problem.UNKNOWN, id + " takes " + parameterNames());
            }
        }
        Map<String, List<String>> bound = new LinkedHashMap<>();
        for (Parameter parameter : parameters) {
            String raw = values.get(parameter.name());
            if (raw != null) {
                bound.put(parameter.name(), parameter.check(id, raw));
            } else if (parameter.defaultValue() != null) {
                bound.put(parameter.name(), parameter.check(id, parameter.defaultValue()));
            } else if (parameter.required()) {
                throw new DestinationParameterException(id, parameter.name(), null,
                        DestinationParameterException.Problem.MISSING, "it is required; " + parameter.rule());
            }
        }
        for (Parameter parameter : parameters) {
            if (values.containsKey(parameter.name())) {
                for (String other : parameter.requires()) {
                    if (!bound.containsKey(other)) {
                        throw new DestinationParameterException(id, other, null,
                                DestinationParameterException.Problem.MISSING, "it is required when '"
                                        + parameter.name() + "' is given; " + parameter(other).orElseThrow().rule());
                    }
                }
            }
        }
        return bound;
    }

    private String parameterNames() {
        return parameters.stream().map(Parameter::name).collect(Collectors.joining(", "));
    }

    /** Replaces placeholders throughout a JSON value; an array element naming a list parameter becomes several. */
    private Object substitute(Object value, Map<String, List<String>> bound) {
        if (value instanceof String) {
            List<String> expanded = expand((String) value, bound);
            return expanded.size() == 1 ? expanded.get(0) : expanded;
        }
        if (value instanceof List) {
            List<Object> items = new ArrayList<>();
            for (Object item : (List<?>) value) {
                if (item instanceof String) {
                    items.addAll(expand((String) item, bound));
                } else {
                    items.add(substitute(item, bound));
                }
            }
            return items;
        }
        if (value instanceof Map) {
            Map<String, Object> object = new LinkedHashMap<>();
            ((Map<?, ?>) value).forEach((k, v) -> object.put((String) k, substitute(v, bound)));
            return object;
        }
        return value;
    }

    private String single(String template, Map<String, List<String>> bound) {
        List<String> expanded = expand(template, bound);
        if (expanded.size() != 1) {
            throw new IllegalStateException("template " + id + ": '" + template + "' must give one value");
        }
        return expanded.get(0);
    }

    /** {@return {@code template} with each placeholder replaced, once per value of a list parameter} */
    private List<String> expand(String template, Map<String, List<String>> bound) {
        Matcher matcher = PLACEHOLDER.matcher(template);
        if (!matcher.find()) {
            return List.of(template);
        }
        List<String> values = bound.get(matcher.group(1));
        if (values == null) {
            throw new IllegalStateException("template " + id + " uses parameter '" + matcher.group(1)
                    + "' in a statement that applies when it has no value");
        }
        String head = template.substring(0, matcher.start());
        List<String> tails = expand(template.substring(matcher.end()), bound);
        List<String> result = new ArrayList<>();
        for (String value : values) {
            for (String tail : tails) {
                result.add(head + value + tail);
            }
        }
        return result;
    }

    @Override
    public String toString() {
        return "DestinationTemplate{" + id + "}";
    }
}
