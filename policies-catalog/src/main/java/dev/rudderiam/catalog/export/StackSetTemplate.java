package dev.rudderiam.catalog.export;

import dev.rudderiam.arn.Arn;
import dev.rudderiam.catalog.DestinationTemplate;
import dev.rudderiam.catalog.ParameterType;
import dev.rudderiam.catalog.PolicyCatalog;
import dev.rudderiam.catalog.StatementTemplate;
import dev.rudderiam.catalog.TrustTemplate;
import dev.rudderiam.catalog.blueprint.PolicyLayout;
import dev.rudderiam.catalog.blueprint.RudderStackRole;
import dev.rudderiam.catalog.export.TemplateParameters.And;
import dev.rudderiam.catalog.export.TemplateParameters.Binding;
import dev.rudderiam.catalog.export.TemplateParameters.Condition;
import dev.rudderiam.catalog.export.TemplateParameters.Given;
import dev.rudderiam.catalog.export.TemplateParameters.Not;
import dev.rudderiam.catalog.export.TemplateParameters.Part;
import dev.rudderiam.json.JsonValues;
import dev.rudderiam.policy.PolicyDocument;
import dev.rudderiam.role.ExternalId;
import dev.rudderiam.role.RudderStack;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

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

    /** The start of the ARNs the catalog's templates write, whose partition becomes {@code AWS::Partition}. */
    static final String ARN_AWS = "arn:aws:";
    private static final String ACCOUNT = "${AWS::AccountId}";
    private static final Map<String, Object> NO_VALUE = Map.of("Ref", "AWS::NoValue");
    private static final String BOOLEAN_CASE = "BooleanCase";
    /** Stands for the workspace id in a trust policy built by core, before it becomes a reference. */
    static final String WORKSPACE_SENTINEL = "rudderiam-parameterized-workspace-id";
    /** Stands for a further trusted party's principal. */
    static final String PRINCIPAL_SENTINEL = "arn:aws:iam::000000000000:user/rudderiam-parameterized";
    /** Stands for a further trusted party's external id. */
    static final String EXTERNAL_ID_SENTINEL = "rudderiam-parameterized-external-id";

    private final PolicyCatalog catalog = PolicyCatalog.bundled();
    private final Map<String, Object> parameters = new LinkedHashMap<>();
    private final Map<String, Object> conditions = new LinkedHashMap<>();
    private final Map<String, Object> rules = new LinkedHashMap<>();
    private boolean booleanDeclared;

    private StackSetTemplate() {
    }

    static Map<String, Object> of(ParameterizedRole role) {
        return new StackSetTemplate().template(role);
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
            String prefix = TemplateParameters.prefix(template.id(), instance);
            Map<String, Binding> bindings = declare(template, prefix, destination.values());
            String policy = role.layout() == PolicyLayout.COMBINED ? RudderStackRole.COMBINED_POLICY_NAME
                    : RudderStackRole.policyName(template.id());
            List<Object> statements = policies.computeIfAbsent(policy, k -> new ArrayList<>());
            int index = 0;
            for (StatementTemplate statement : template.statementTemplates()) {
                index++;
                Condition condition = TemplateParameters.condition(statement.when(), bindings);
                if (condition.equals(Condition.FALSE)) {
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
                Condition condition = TemplateParameters.condition(trusted.when(), bindings);
                if (!condition.equals(Condition.FALSE)) {
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
        if (booleanDeclared) {
            ordered.put("Mappings", Map.of(BOOLEAN_CASE, booleanCase()));
        }
        if (!conditions.isEmpty()) {
            ordered.put("Conditions", conditions);
        }
        ordered.put("Resources", template.get("Resources"));
        ordered.put("Outputs", template.get("Outputs"));
        return ordered;
    }

    /** Declares the template's parameters for one destination and returns how each catalog parameter is bound. */
    private Map<String, Binding> declare(DestinationTemplate template, String prefix, Map<String, String> values) {
        Map<String, Binding> bindings = TemplateParameters.bind(template, prefix, values);
        for (Binding binding : bindings.values()) {
            if (parameters.containsKey(binding.name()) || parameters.containsKey(binding.name() + "1")) {
                throw new IllegalArgumentException("destination " + template.id() + ": parameter '"
                        + binding.parameter().name() + "' would be named " + binding.name() + " like another; give"
                        + " the destinations in another order");
            }
            if (binding.kind() == Binding.Kind.LIST) {
                List<String> items = binding.values();
                if (items.size() > LIST_SLOTS) {
                    throw new IllegalArgumentException("destination " + template.id() + ": parameter '"
                            + binding.parameter().name() + "' lists " + items.size() + " values; a parameterized"
                            + " template takes at most " + LIST_SLOTS + " (one parameter each)");
                }
                for (int slot = 1; slot <= LIST_SLOTS; slot++) {
                    boolean optional = slot > 1 || binding.optional();
                    parameters.put(slot(binding, slot), parameter("String", "Value " + slot + " of " + LIST_SLOTS
                            + (slot > 1 ? " (empty: none)" : "") + ". " + binding.description(), "",
                            binding.constraint(), slot <= items.size() ? items.get(slot - 1) : "", optional));
                    if (optional) {
                        conditions.put(given(slot(binding, slot)), givenExpression(slot(binding, slot)));
                    }
                }
            } else if (binding.kind() == Binding.Kind.PARAMETER) {
                booleanDeclared |= binding.parameter().type() == ParameterType.BOOLEAN;
                parameters.put(binding.name(), parameter("String", binding.description(), "", binding.constraint(),
                        binding.value(), binding.optional()));
                if (binding.optional()) {
                    conditions.put(given(binding.name()), givenExpression(binding.name()));
                }
            }
        }
        for (Binding[] pair : TemplateParameters.requirements(bindings)) {
            String name = pair[0].name() + "Requires";
            Map<String, Object> assertion = new LinkedHashMap<>();
            assertion.put("Assert", givenExpression(pair[1].name()));
            assertion.put("AssertDescription", pair[1].name() + " is required when " + pair[0].name()
                    + " is given");
            @SuppressWarnings("unchecked")
            Map<String, Object> rule = (Map<String, Object>) rules.computeIfAbsent(name, k -> {
                Map<String, Object> created = new LinkedHashMap<>();
                created.put("RuleCondition", givenExpression(pair[0].name()));
                created.put("Assertions", new ArrayList<>());
                return created;
            });
            @SuppressWarnings("unchecked")
            List<Object> assertions = (List<Object>) Objects.requireNonNull(rule.get("Assertions"));
            assertions.add(assertion);
        }
        return bindings;
    }

    /** {@return the CloudFormation name of the list parameter's slot {@code slot} (1-based)} */
    private static String slot(Binding binding, int slot) {
        return binding.name() + slot;
    }

    /** {@return a parameter declaration with the constraint; an optional one also takes the empty string} */
    static Map<String, Object> parameter(String type, String description, String rule,
            @Nullable ParameterConstraint constraint, String defaultValue, boolean optional) {
        Objects.requireNonNull(constraint, "constraint");
        Map<String, Object> parameter = new LinkedHashMap<>();
        parameter.put("Type", type);
        String text = rule.isEmpty() ? description : description + " Rule: " + rule;
        parameter.put("Description", (optional ? "Optional (empty: not given). " : "") + text);
        if (!constraint.pattern().isEmpty()) {
            parameter.put("AllowedPattern", constraint.cloudFormationPattern(optional));
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
     * {@return the mapping from every ASCII spelling of {@code true} and {@code false} (the values a boolean
     * parameter's pattern takes, as the catalog does) to the lower-case one its conditions compare}: CloudFormation
     * has no function that folds case, and its conditions may read a mapping with {@code Fn::FindInMap}
     * (https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/intrinsic-function-reference-conditions.html)
     */
    private static Map<String, Object> booleanCase() {
        Map<String, Object> mapping = new java.util.TreeMap<>();
        for (String word : List.of("true", "false")) {
            for (int bits = 0; bits < 1 << word.length(); bits++) {
                StringBuilder spelling = new StringBuilder();
                for (int i = 0; i < word.length(); i++) {
                    char c = word.charAt(i);
                    spelling.append((bits >> i & 1) == 1 ? Character.toUpperCase(c) : c);
                }
                mapping.put(spelling.toString(), Map.of("Lower", word));
            }
        }
        return mapping;
    }

    private static String given(String name) {
        return name + "Given";
    }

    private static Map<String, Object> givenExpression(String name) {
        return Map.of("Fn::Not", List.of(Map.of("Fn::Equals", List.of(Map.of("Ref", name), ""))));
    }

    /** {@return the condition as a CloudFormation condition function} */
    private static Object expression(Condition condition) {
        if (condition instanceof Given) {
            Binding binding = ((Given) condition).binding();
            return Map.of("Condition", given(binding.kind() == Binding.Kind.LIST ? slot(binding, 1) : binding.name()));
        }
        if (condition instanceof TemplateParameters.Equals) {
            TemplateParameters.Equals equals = (TemplateParameters.Equals) condition;
            Map<String, Object> value = Map.of("Ref", equals.binding().name());
            if (equals.binding().parameter().type() == ParameterType.BOOLEAN) {
                value = Map.of("Fn::FindInMap", List.of(BOOLEAN_CASE, value, "Lower"));
            }
            return Map.of("Fn::Equals", List.of(value, equals.value()));
        }
        if (condition instanceof Not) {
            return Map.of("Fn::Not", List.of(expression(((Not) condition).condition())));
        }
        List<Object> all = new ArrayList<>();
        ((And) condition).conditions().forEach(c -> all.add(expression(c)));
        return Map.of("Fn::And", all);
    }

    /** {@return {@code body}, or an {@code Fn::If} on a new named condition that drops it} */
    private Object when(Condition condition, String name, Object body) {
        if (condition.equals(Condition.TRUE)) {
            return body;
        }
        Object expression = expression(condition);
        String conditionName = name;
        if (condition instanceof Given) {
            conditionName = (String) ((Map<?, ?>) expression).get("Condition");
        } else {
            conditions.put(conditionName, expression);
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
        return TemplateParameters.list(TemplateParameters.parts(text, bindings)).isPresent();
    }

    /** {@return the string as one value, or one per list slot (the optional slots dropped when empty)} */
    private static List<Object> strings(String text, Map<String, Binding> bindings) {
        List<Part> parts = TemplateParameters.parts(text, bindings);
        Binding list = TemplateParameters.list(parts).orElse(null);
        if (list == null) {
            return List.of(sub(parts, 0));
        }
        List<Object> items = new ArrayList<>();
        for (int slot = 1; slot <= LIST_SLOTS; slot++) {
            Object item = sub(parts, slot);
            boolean optional = slot > 1 || list.optional();
            items.add(optional ? Map.of("Fn::If", List.of(given(slot(list, slot)), item, NO_VALUE)) : item);
        }
        return items;
    }

    /**
     * {@return the parts as references: the plain string when there is none and it names no
     * {@code arn:aws:}, a {@code Ref} when it is one parameter, else an {@code Fn::Sub} (with a literal
     * {@code ${} written {@code ${!})}
     */
    private static Object sub(List<Part> parts, int slot) {
        if (parts.size() == 1 && parts.get(0).binding() != null
                && parts.get(0).binding().kind() != Binding.Kind.ACCOUNT) {
            Binding binding = parts.get(0).binding();
            return Map.of("Ref", binding.kind() == Binding.Kind.LIST ? slot(binding, slot) : binding.name());
        }
        StringBuilder out = new StringBuilder();
        StringBuilder plain = new StringBuilder();
        boolean references = false;
        for (Part part : parts) {
            Binding binding = part.binding();
            if (binding == null) {
                out.append(literal(part.text()));
                plain.append(part.text());
            } else {
                references = true;
                out.append(binding.kind() == Binding.Kind.ACCOUNT ? ACCOUNT : "${" + (binding.kind()
                        == Binding.Kind.LIST ? slot(binding, slot) : binding.name()) + "}");
            }
        }
        String result = out.toString();
        if (result.startsWith(ARN_AWS)) {
            result = "arn:${AWS::Partition}:" + result.substring(ARN_AWS.length());
            references = true;
        }
        return references ? Map.of("Fn::Sub", result) : plain.toString();
    }

    /** {@return literal text for {@code Fn::Sub}: {@code ${} written as {@code ${!}} */
    private static String literal(String text) {
        return text.replace("${", "${!");
    }

    /** {@return the trust statement of a further party, its principal and external id as references} */
    private static Object trustStatement(TrustTemplate trusted, Map<String, Binding> bindings) {
        PolicyDocument sentinel = partySentinel();
        List<?> statements = (List<?>) Objects.requireNonNull(((Map<?, ?>) json(sentinel)).get("Statement"));
        Object statement = statements.get(statements.size() - 1);
        return replace(replace(statement, PRINCIPAL_SENTINEL, strings(trusted.principal(), bindings).get(0)),
                EXTERNAL_ID_SENTINEL, strings(trusted.externalId(), bindings).get(0));
    }

    /** {@return a trust policy whose last statement trusts {@link #PRINCIPAL_SENTINEL} with its external id} */
    static PolicyDocument partySentinel() {
        return RudderStack.trustPolicyBuilder(WORKSPACE_SENTINEL).trust(Arn.parse(PRINCIPAL_SENTINEL),
                ExternalId.of(EXTERNAL_ID_SENTINEL)).build();
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
        return JsonValues.of(document);
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
