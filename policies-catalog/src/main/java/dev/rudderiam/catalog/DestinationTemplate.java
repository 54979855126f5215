package dev.rudderiam.catalog;

import dev.rudderiam.arn.Arn;
import dev.rudderiam.json.PolicyJson;
import dev.rudderiam.json.PolicyParseException;
import dev.rudderiam.policy.Action;
import dev.rudderiam.policy.Condition;
import dev.rudderiam.policy.ConditionKey;
import dev.rudderiam.policy.ConditionOperator;
import dev.rudderiam.policy.ConditionValue;
import dev.rudderiam.policy.PolicyDocument;
import dev.rudderiam.policy.Principal;
import dev.rudderiam.policy.PrincipalSet;
import dev.rudderiam.policy.PrincipalType;
import dev.rudderiam.policy.Resource;
import dev.rudderiam.policy.Statement;
import dev.rudderiam.policy.StatementElement;
import dev.rudderiam.role.ExternalId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
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
    /**
     * The same statements read into the model once, their strings still holding the placeholders: rendering
     * replaces those in the model's values, so a policy is never written out as JSON and read back.
     */
    private final List<Statement> typed;
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
        this.typed = this.statements.stream().map(statement -> typed(id, statement)).collect(Collectors.toList());
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
        PolicyDocument.Builder document = PolicyDocument.builder().version(PolicyDocument.VERSION_2012_10_17);
        for (int i = 0; i < statements.size(); i++) {
            if (statements.get(i).when().holds(bound)) {
                document.addStatement(render(typed.get(i), bound));
            }
        }
        return document.build();
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

    /**
     * {@return the statement of a template read into the model}; a template that is not an IAM statement is a
     * packaging bug, reported with the template and the statement's place
     */
    private static Statement typed(String id, StatementTemplate template) {
        try {
            return PolicyJson.readValue(Map.of("Statement", List.of(template.statement()))).statements().get(0);
        } catch (PolicyParseException e) {
            throw new IllegalStateException("template " + id + ": a statement is not an IAM statement: "
                    + e.getMessage(), e);
        }
    }

    /**
     * {@return {@code statement} with the placeholders of its values replaced}: every string value of the
     * statement, and a value naming a list parameter becomes one value per item (a single value becomes a list, as
     * IAM allows anywhere a value may be a list). Element names, principal types, operators and condition keys hold
     * no placeholders (the catalog's tests check the bundled templates).
     */
    private Statement render(Statement statement, Map<String, List<String>> bound) {
        Statement.Builder rendered = statement.toBuilder();
        if (statement.sid() != null) {
            rendered.sid(single(statement.sid(), bound));
        }
        if (statement.principal() != null) {
            rendered.principal(principal(statement.principal(), bound));
        }
        if (statement.notPrincipal() != null) {
            rendered.notPrincipal(principal(statement.notPrincipal(), bound));
        }
        if (statement.has(StatementElement.ACTION)) {
            rendered.actions(expandAll(statement.actions(), Action::value, Action::new, bound));
        }
        if (statement.has(StatementElement.NOT_ACTION)) {
            rendered.notActions(expandAll(statement.notActions(), Action::value, Action::new, bound));
        }
        if (statement.has(StatementElement.RESOURCE)) {
            rendered.resources(expandAll(statement.resources(), Resource::value, Resource::new, bound));
        }
        if (statement.has(StatementElement.NOT_RESOURCE)) {
            rendered.notResources(expandAll(statement.notResources(), Resource::value, Resource::new, bound));
        }
        if (statement.has(StatementElement.CONDITION)) {
            rendered.condition(condition(statement.condition(), bound));
        }
        return rendered.build();
    }

    private Principal principal(Principal principal, Map<String, List<String>> bound) {
        if (!(principal instanceof PrincipalSet)) {
            return principal; // "*"
        }
        Map<PrincipalType, List<String>> byType = new LinkedHashMap<>();
        ((PrincipalSet) principal).byType().forEach((type, ids) ->
                byType.put(type, expandAll(ids, Function.identity(), Function.identity(), bound)));
        return new PrincipalSet(byType);
    }

    private Condition condition(Condition condition, Map<String, List<String>> bound) {
        Condition.Builder rendered = Condition.builder();
        for (Map.Entry<ConditionOperator, Map<ConditionKey, List<ConditionValue>>> operator
                : condition.operators().entrySet()) {
            rendered.operator(operator.getKey());
            operator.getValue().forEach((key, values) -> {
                List<ConditionValue> expanded = new ArrayList<>();
                for (ConditionValue value : values) {
                    if (value.type() == ConditionValue.JsonType.STRING) {
                        expand(value.text(), bound).forEach(text -> expanded.add(ConditionValue.of(text)));
                    } else {
                        expanded.add(value);
                    }
                }
                rendered.put(operator.getKey(), key, expanded);
            });
        }
        return rendered.build();
    }

    /** {@return every value with its placeholders replaced, in order, a list parameter's values in place} */
    private <T> List<T> expandAll(List<T> values, Function<T, String> text, Function<String, T> value,
            Map<String, List<String>> bound) {
        List<T> expanded = new ArrayList<>(values.size());
        for (T item : values) {
            for (String replaced : expand(text.apply(item), bound)) {
                expanded.add(value.apply(replaced));
            }
        }
        return expanded;
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
