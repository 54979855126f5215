package dev.rudderiam.catalog.export;

import dev.rudderiam.arn.Arn;
import dev.rudderiam.catalog.DestinationTemplate;
import dev.rudderiam.catalog.Parameter;
import dev.rudderiam.catalog.ParameterType;
import dev.rudderiam.catalog.PolicyCatalog;
import dev.rudderiam.catalog.StatementTemplate;
import dev.rudderiam.catalog.TrustTemplate;
import dev.rudderiam.catalog.When;
import dev.rudderiam.catalog.blueprint.PolicyLayout;
import dev.rudderiam.catalog.blueprint.RudderStackRole;
import dev.rudderiam.json.JsonValues;
import dev.rudderiam.json.PolicyJson;
import dev.rudderiam.policy.PolicyDocument;
import dev.rudderiam.role.ExternalId;
import dev.rudderiam.role.RudderStack;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes the parameterized {@link ExportFormat#CLOUDFORMATION} template: one reviewed template for every account of
 * a fleet, deployed as a StackSet or as one stack per account.
 *
 * <ul>
 *   <li>{@code WorkspaceId}, {@code RoleName} and each destination parameter are CloudFormation {@code Parameters}
 *       with the {@link ParameterConstraint} of their catalog type ({@code AllowedPattern}, {@code MinLength},
 *       {@code MaxLength}, {@code AllowedValues}) and the catalog's description and rule, so CloudFormation refuses
 *       a bad value before any IAM call. The values the role was built with are the defaults.</li>
 *   <li>An {@code account-id} parameter is not asked for: it is {@code AWS::AccountId}, the account the stack runs
 *       in. Every {@code arn:aws:} the templates write becomes {@code arn:${AWS::Partition}:}.</li>
 *   <li>An optional parameter defaults to the empty string, which means "not given"; a condition
 *       {@code <Parameter>Given} drops the statements that need it ({@code Fn::If} with {@code AWS::NoValue}) and
 *       keeps those that apply without it. A {@code Rules} assertion refuses a parameter given without the
 *       parameters it requires.</li>
 *   <li>A list parameter becomes {@value #LIST_SLOTS} parameters {@code <Parameter>1} to
 *       {@code <Parameter>5}, each one resource; a list of more values is refused, as CloudFormation cannot map a
 *       list into ARNs without a transform.</li>
 *   <li>A parameter whose type has no {@link ParameterConstraint} (a Glue database name) is not a parameter: the
 *       value given is written into the template, the same for every account.</li>
 * </ul>
 * The template creates only the global IAM role (no regional resource), named by {@code RoleName}, so deploying it
 * needs {@code CAPABILITY_NAMED_IAM}, and a StackSet deploys it to one region per account.
 *
 * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/parameters-section-structure.html">Parameters</a>
 * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/conditions-section-structure.html">Conditions</a>
 * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/rules-section-structure.html">Rules</a>
 * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/intrinsic-function-reference-sub.html">Fn::Sub</a>
 * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/pseudo-parameter-reference.html">Pseudo
 *     parameters (AWS::AccountId, AWS::Partition, AWS::NoValue)</a>
 */
final class StackSetTemplate {
    /** The most values a list parameter takes in a parameterized template. */
    static final int LIST_SLOTS = 5;

    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Za-z][A-Za-z0-9]*)}");
    private static final String ACCOUNT = "${AWS::AccountId}";
    private static final Map<String, Object> NO_VALUE = Map.of("Ref", "AWS::NoValue");
    private static final String WORKSPACE_SENTINEL = "rudderiam-parameterized-workspace-id";
    private static final String PRINCIPAL_SENTINEL = "arn:aws:iam::000000000000:user/rudderiam-parameterized";
    private static final String EXTERNAL_ID_SENTINEL = "rudderiam-parameterized-external-id";

    private final PolicyCatalog catalog = PolicyCatalog.bundled();
    private final Map<String, Object> parameters = new LinkedHashMap<>();
    private final Map<String, Object> conditions = new LinkedHashMap<>();
    private final Map<String, Object> rules = new LinkedHashMap<>();

    private StackSetTemplate() {
    }

    static Map<String, Object> of(ParameterizedRole role) {
        return new StackSetTemplate().template(role);
    }

    /** How one catalog parameter of one destination appears in the template. */
    private record Binding(Parameter parameter, String name, Kind kind, String value) {
        enum Kind { PARAMETER, LIST, ACCOUNT, FIXED, ABSENT }

        /** {@return the parameter's CloudFormation name for the list slot {@code slot} (1-based)} */
        String slot(int slot) {
            return name + slot;
        }

        boolean optional() {
            return !parameter.required() && parameter.defaultValue() == null;
        }
    }

    private Map<String, Object> template(ParameterizedRole role) {
        ParameterConstraint roleName = ParameterConstraint.roleName();
        parameters.put("WorkspaceId", parameter("String", "RudderStack workspace id, which RudderStack passes as"
                + " external id (Settings > Workspace in RudderStack)", ParameterType.EXTERNAL_ID.rule(),
                ParameterConstraint.of(ParameterType.EXTERNAL_ID).orElseThrow(), role.workspaceId(), false));
        parameters.put("RoleName", parameter("String", "Name of the IAM role, the same in every account (the role"
                + " ARN RudderStack is given names it)", "a role name is 1 to 64 letters, digits and _+=,.@-",
                roleName, role.role().name().value(), false));

        Map<String, List<Object>> policies = new LinkedHashMap<>();
        List<Object> trust = new ArrayList<>();
        Map<String, Integer> seen = new LinkedHashMap<>();
        for (ParameterizedRole.Destination destination : role.destinations()) {
            DestinationTemplate template = catalog.template(destination.id());
            int instance = seen.merge(template.id(), 1, Integer::sum);
            String prefix = template.id().replaceAll("[^A-Za-z0-9]", "") + (instance > 1 ? "No" + instance : "");
            Map<String, Binding> bindings = bind(template, prefix, destination.values());
            String policy = role.layout() == PolicyLayout.COMBINED ? RudderStackRole.COMBINED_POLICY_NAME
                    : RudderStackRole.policyName(template.id());
            List<Object> statements = policies.computeIfAbsent(policy, k -> new ArrayList<>());
            int index = 0;
            for (StatementTemplate statement : template.statementTemplates()) {
                index++;
                Object condition = condition(statement.when(), bindings);
                if (condition.equals(Boolean.FALSE)) {
                    continue;
                }
                Map<String, Object> body = new LinkedHashMap<>();
                statement.statement().forEach((key, value) -> body.put(key, value(value, bindings)));
                if (instance > 1 && body.get("Sid") instanceof String) {
                    body.put("Sid", body.get("Sid") + "No" + instance);
                }
                statements.add(when(condition, prefix + "Statement" + index, body));
            }
            int party = 0;
            for (TrustTemplate trusted : template.trustTemplates()) {
                party++;
                Object condition = condition(trusted.when(), bindings);
                if (!condition.equals(Boolean.FALSE)) {
                    trust.add(when(condition, prefix + "Trust" + party, trustStatement(trusted, bindings)));
                }
            }
        }

        Map<String, Object> properties = CloudFormationTemplate.properties(role.role());
        properties.put("RoleName", Map.of("Ref", "RoleName"));
        properties.put("AssumeRolePolicyDocument", trustPolicy(trust));
        List<Object> inline = new ArrayList<>();
        policies.forEach((name, statements) -> {
            Map<String, Object> document = new LinkedHashMap<>();
            document.put("Version", PolicyDocument.VERSION_2012_10_17);
            document.put("Statement", statements);
            Map<String, Object> policy = new LinkedHashMap<>();
            policy.put("PolicyName", name);
            policy.put("PolicyDocument", document);
            inline.add(policy);
        });
        if (inline.isEmpty()) {
            properties.remove("Policies");
        } else {
            properties.put("Policies", inline);
        }
        Map<String, Object> template = CloudFormationTemplate.template("IAM role that RudderStack (AWS account "
                + RudderStack.ACCOUNT + ") assumes to reach AWS destinations, one template for every account: deploy"
                + " with CAPABILITY_NAMED_IAM, as a StackSet to one region per account (IAM is global)", properties);
        Map<String, Object> ordered = new LinkedHashMap<>();
        ordered.put("AWSTemplateFormatVersion", template.get("AWSTemplateFormatVersion"));
        ordered.put("Description", template.get("Description"));
        ordered.put("Parameters", parameters);
        if (!rules.isEmpty()) {
            ordered.put("Rules", rules);
        }
        if (!conditions.isEmpty()) {
            ordered.put("Conditions", conditions);
        }
        ordered.put("Resources", template.get("Resources"));
        ordered.put("Outputs", template.get("Outputs"));
        return ordered;
    }

    /** Declares the template's parameters for one destination and returns how each catalog parameter is bound. */
    private Map<String, Binding> bind(DestinationTemplate template, String prefix, Map<String, String> values) {
        template.render(values);
        Map<String, Binding> bindings = new LinkedHashMap<>();
        for (Parameter parameter : template.parameters()) {
            String name = prefix + Character.toUpperCase(parameter.name().charAt(0)) + parameter.name().substring(1);
            String given = values.getOrDefault(parameter.name(), parameter.defaultValue());
            String value = given == null ? "" : (parameter.type() == ParameterType.BOOLEAN
                    ? given.toLowerCase(java.util.Locale.ROOT) : given);
            if (parameters.containsKey(name) || parameters.containsKey(name + "1")) {
                throw new IllegalArgumentException("destination " + template.id() + ": parameter '" + parameter.name()
                        + "' would be named " + name + " like another; give the destinations in another order");
            }
            if (parameter.type() == ParameterType.ACCOUNT_ID) {
                bindings.put(parameter.name(), new Binding(parameter, name, Binding.Kind.ACCOUNT, ""));
                continue;
            }
            var constraint = ParameterConstraint.of(parameter);
            if (constraint.isEmpty()) {
                bindings.put(parameter.name(), new Binding(parameter, name,
                        given == null ? Binding.Kind.ABSENT : Binding.Kind.FIXED, value));
                continue;
            }
            String description = parameter.description() + " Rule: " + parameter.rule();
            if (parameter.list()) {
                List<String> items = value.isEmpty() ? List.of() : List.of(value.split(",", -1));
                if (items.size() > LIST_SLOTS) {
                    throw new IllegalArgumentException("destination " + template.id() + ": parameter '"
                            + parameter.name() + "' lists " + items.size() + " values; a parameterized template"
                            + " takes at most " + LIST_SLOTS + " (one parameter each)");
                }
                Binding binding = new Binding(parameter, name, Binding.Kind.LIST, value);
                for (int slot = 1; slot <= LIST_SLOTS; slot++) {
                    boolean optional = slot > 1 || binding.optional();
                    parameters.put(binding.slot(slot), parameter("String", "Value " + slot + " of " + LIST_SLOTS
                            + (slot > 1 ? " (empty: none)" : "") + ". " + description, "", constraint.get(),
                            slot <= items.size() ? items.get(slot - 1) : "", optional));
                    if (optional) {
                        conditions.put(given(binding.slot(slot)), givenExpression(binding.slot(slot)));
                    }
                }
                bindings.put(parameter.name(), binding);
                continue;
            }
            Binding binding = new Binding(parameter, name, Binding.Kind.PARAMETER, value);
            parameters.put(name, parameter("String", description, "", constraint.get(), value, binding.optional()));
            if (binding.optional()) {
                conditions.put(given(name), givenExpression(name));
            }
            bindings.put(parameter.name(), binding);
        }
        for (Binding binding : bindings.values()) {
            if (binding.kind() != Binding.Kind.PARAMETER || !binding.optional()) {
                continue;
            }
            List<Object> assertions = new ArrayList<>();
            for (String other : binding.parameter().requires()) {
                Binding required = bindings.get(other);
                if (required.kind() == Binding.Kind.PARAMETER && required.optional()) {
                    Map<String, Object> assertion = new LinkedHashMap<>();
                    assertion.put("Assert", givenExpression(required.name()));
                    assertion.put("AssertDescription", required.name() + " is required when " + binding.name()
                            + " is given");
                    assertions.add(assertion);
                }
            }
            if (!assertions.isEmpty()) {
                Map<String, Object> rule = new LinkedHashMap<>();
                rule.put("RuleCondition", givenExpression(binding.name()));
                rule.put("Assertions", assertions);
                rules.put(binding.name() + "Requires", rule);
            }
        }
        return bindings;
    }

    /** {@return a parameter declaration with the constraint; an optional one also takes the empty string} */
    private static Map<String, Object> parameter(String type, String description, String rule,
            ParameterConstraint constraint, String defaultValue, boolean optional) {
        Map<String, Object> parameter = new LinkedHashMap<>();
        parameter.put("Type", type);
        String text = (rule.isEmpty() ? description : description + " Rule: " + rule)
                + (constraint.exact() ? "" : " This template also refuses " + constraint.narrowing() + ".");
        parameter.put("Description", (optional ? "Optional (empty: not given). " : "") + text);
        if (!constraint.pattern().isEmpty()) {
            parameter.put("AllowedPattern", optional ? optional(constraint.pattern()) : constraint.pattern());
        }
        if (constraint.minLength() > 0 && !optional) {
            parameter.put("MinLength", constraint.minLength());
        }
        if (constraint.maxLength() > 0) {
            parameter.put("MaxLength", constraint.maxLength());
        }
        if (!constraint.allowedValues().isEmpty()) {
            List<String> allowed = new ArrayList<>(constraint.allowedValues());
            if (optional) {
                allowed.add("");
            }
            parameter.put("AllowedValues", allowed);
        }
        parameter.put("Default", defaultValue);
        parameter.put("ConstraintDescription", text);
        return parameter;
    }

    /**
     * {@return {@code pattern} (anchored with {@code ^...$}) that also matches the empty string; a minimum length
     * above 1 is then not enforced for the empty string alone, which the patterns bound themselves}
     */
    static String optional(String pattern) {
        return "^(" + pattern.substring(1, pattern.length() - 1) + ")?$";
    }

    private static String given(String name) {
        return name + "Given";
    }

    private static Map<String, Object> givenExpression(String name) {
        return Map.of("Fn::Not", List.of(Map.of("Fn::Equals", List.of(Map.of("Ref", name), ""))));
    }

    /** {@return TRUE, FALSE, or a condition expression for {@code when}} */
    private static Object condition(When when, Map<String, Binding> bindings) {
        List<Object> parts = new ArrayList<>();
        when.present().forEach(name -> parts.add(present(bindings.get(name))));
        when.absent().forEach(name -> parts.add(not(present(bindings.get(name)))));
        when.equals().forEach((name, value) -> parts.add(equal(bindings.get(name), value)));
        when.notEquals().forEach((name, value) -> parts.add(not(equal(bindings.get(name), value))));
        if (parts.contains(Boolean.FALSE)) {
            return Boolean.FALSE;
        }
        parts.removeIf(Boolean.TRUE::equals);
        if (parts.isEmpty()) {
            return Boolean.TRUE;
        }
        return parts.size() == 1 ? parts.get(0) : Map.of("Fn::And", parts);
    }

    private static Object present(Binding binding) {
        switch (binding.kind()) {
            case FIXED:
            case ACCOUNT:
                return Boolean.TRUE;
            case ABSENT:
                return Boolean.FALSE;
            case LIST:
                return binding.optional() ? Map.of("Condition", given(binding.slot(1))) : Boolean.TRUE;
            default:
                return binding.optional() ? Map.of("Condition", given(binding.name())) : Boolean.TRUE;
        }
    }

    private static Object equal(Binding binding, String value) {
        if (binding.kind() == Binding.Kind.FIXED || binding.kind() == Binding.Kind.ABSENT) {
            return binding.value().equals(value);
        }
        if (binding.kind() != Binding.Kind.PARAMETER) {
            throw new IllegalStateException("parameter '" + binding.parameter().name() + "' is compared to a value");
        }
        return Map.of("Fn::Equals", List.of(Map.of("Ref", binding.name()), value));
    }

    private static Object not(Object condition) {
        if (condition instanceof Boolean) {
            return !(Boolean) condition;
        }
        return Map.of("Fn::Not", List.of(condition));
    }

    /** {@return {@code body}, or an {@code Fn::If} on a new named condition that drops it} */
    private Object when(Object condition, String name, Object body) {
        if (condition.equals(Boolean.TRUE)) {
            return body;
        }
        String conditionName = name;
        if (condition instanceof Map && ((Map<?, ?>) condition).size() == 1
                && ((Map<?, ?>) condition).containsKey("Condition")) {
            conditionName = (String) ((Map<?, ?>) condition).get("Condition");
        } else {
            conditions.put(conditionName, condition);
        }
        return Map.of("Fn::If", List.of(conditionName, body, NO_VALUE));
    }

    /** Converts a JSON value of a statement template; a string naming a list parameter becomes several. */
    private static Object value(Object value, Map<String, Binding> bindings) {
        if (value instanceof String) {
            List<Object> items = strings((String) value, bindings);
            return items.size() == 1 && !listIn((String) value, bindings) ? items.get(0) : items;
        }
        if (value instanceof List) {
            List<Object> items = new ArrayList<>();
            for (Object item : (List<?>) value) {
                if (item instanceof String) {
                    items.addAll(strings((String) item, bindings));
                } else {
                    items.add(value(item, bindings));
                }
            }
            return items;
        }
        if (value instanceof Map) {
            Map<String, Object> object = new LinkedHashMap<>();
            ((Map<?, ?>) value).forEach((k, v) -> object.put((String) k, value(v, bindings)));
            return object;
        }
        return value;
    }

    private static boolean listIn(String text, Map<String, Binding> bindings) {
        Matcher matcher = PLACEHOLDER.matcher(text);
        while (matcher.find()) {
            if (bindings.get(matcher.group(1)).kind() == Binding.Kind.LIST) {
                return true;
            }
        }
        return false;
    }

    /** {@return the string as one value, or one per list slot (the optional slots dropped when empty)} */
    private static List<Object> strings(String text, Map<String, Binding> bindings) {
        Matcher matcher = PLACEHOLDER.matcher(text);
        Binding list = null;
        while (matcher.find()) {
            Binding binding = bindings.get(matcher.group(1));
            if (binding.kind() == Binding.Kind.LIST) {
                if (list != null) {
                    throw new IllegalStateException("'" + text + "' names two list parameters");
                }
                list = binding;
            }
        }
        if (list == null) {
            return List.of(sub(text, bindings, 0));
        }
        List<Object> items = new ArrayList<>();
        for (int slot = 1; slot <= LIST_SLOTS; slot++) {
            Object item = sub(text, bindings, slot);
            boolean optional = slot > 1 || list.optional();
            items.add(optional ? Map.of("Fn::If", List.of(given(list.slot(slot)), item, NO_VALUE)) : item);
        }
        return items;
    }

    /**
     * {@return {@code text} with placeholders as references: the string itself when it has none and names no
     * {@code arn:aws:}, a {@code Ref} when it is one parameter, else an {@code Fn::Sub} (with a literal
     * {@code ${} written {@code ${!})}
     */
    private static Object sub(String text, Map<String, Binding> bindings, int slot) {
        Matcher whole = PLACEHOLDER.matcher(text);
        if (whole.matches()) {
            Binding binding = bindings.get(whole.group(1));
            if (binding.kind() == Binding.Kind.PARAMETER) {
                return Map.of("Ref", binding.name());
            }
            if (binding.kind() == Binding.Kind.LIST) {
                return Map.of("Ref", binding.slot(slot));
            }
        }
        StringBuilder out = new StringBuilder();
        Matcher matcher = PLACEHOLDER.matcher(text);
        int end = 0;
        boolean references = false;
        while (matcher.find()) {
            out.append(literal(text.substring(end, matcher.start())));
            Binding binding = bindings.get(matcher.group(1));
            switch (binding.kind()) {
                case ACCOUNT:
                    out.append(ACCOUNT);
                    references = true;
                    break;
                case FIXED:
                    out.append(literal(binding.value()));
                    break;
                case LIST:
                    out.append("${").append(binding.slot(slot)).append('}');
                    references = true;
                    break;
                case PARAMETER:
                    out.append("${").append(binding.name()).append('}');
                    references = true;
                    break;
                default:
                    throw new IllegalStateException("'" + text + "' names parameter '" + matcher.group(1)
                            + "', which has no value, in a statement that applies");
            }
            end = matcher.end();
        }
        out.append(literal(text.substring(end)));
        String result = out.toString();
        if (result.startsWith("arn:aws:")) {
            result = "arn:${AWS::Partition}:" + result.substring("arn:aws:".length());
            references = true;
        }
        return references ? Map.of("Fn::Sub", result) : text;
    }

    /** {@return literal text for {@code Fn::Sub}: {@code ${} written as {@code ${!}} */
    private static String literal(String text) {
        return text.replace("${", "${!");
    }

    /** {@return the trust statement of a further party, its principal and external id as references} */
    private static Object trustStatement(TrustTemplate trusted, Map<String, Binding> bindings) {
        PolicyDocument sentinel = RudderStack.trustPolicyBuilder(WORKSPACE_SENTINEL)
                .trust(Arn.parse(PRINCIPAL_SENTINEL), ExternalId.of(EXTERNAL_ID_SENTINEL)).build();
        List<?> statements = (List<?>) ((Map<?, ?>) json(sentinel)).get("Statement");
        Object statement = statements.get(statements.size() - 1);
        return replace(replace(statement, PRINCIPAL_SENTINEL, sub(trusted.principal(), bindings, 0)),
                EXTERNAL_ID_SENTINEL, sub(trusted.externalId(), bindings, 0));
    }

    /** {@return RudderStack's trust policy with the workspace id as {@code Ref WorkspaceId}, and the parties} */
    private static Object trustPolicy(List<Object> parties) {
        Map<String, Object> document = new LinkedHashMap<>();
        ((Map<?, ?>) json(RudderStack.trustPolicy(WORKSPACE_SENTINEL))).forEach((k, v) ->
                document.put((String) k, v));
        List<Object> statements = new ArrayList<>((List<?>) document.get("Statement"));
        statements.addAll(parties);
        document.put("Statement", replace(statements, WORKSPACE_SENTINEL, Map.of("Ref", "WorkspaceId")));
        return document;
    }

    private static Object json(PolicyDocument document) {
        return JsonValues.read(PolicyJson.write(document), Integer.MAX_VALUE);
    }

    /** {@return {@code value} with every string equal to {@code sentinel} replaced} */
    private static Object replace(Object value, String sentinel, Object replacement) {
        if (sentinel.equals(value)) {
            return replacement;
        }
        if (value instanceof List) {
            List<Object> items = new ArrayList<>();
            ((List<?>) value).forEach(item -> items.add(replace(item, sentinel, replacement)));
            return items;
        }
        if (value instanceof Map) {
            Map<String, Object> object = new LinkedHashMap<>();
            ((Map<?, ?>) value).forEach((k, v) -> object.put((String) k, replace(v, sentinel, replacement)));
            return object;
        }
        return value;
    }
}
