package dev.rudderiam.catalog.export;

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
import dev.rudderiam.role.RudderStack;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Writes the parameterized {@link ExportFormat#TERRAFORM} module: {@value #VARIABLES}, {@value #MAIN} and
 * {@value #OUTPUTS}, in Terraform's JSON syntax, called once per account (one {@code module} block per provider
 * alias, or one Terraform workspace per account).
 *
 * <ul>
 *   <li>{@code workspace_id}, {@code role_name} and one variable per destination parameter
 *       ({@code <destination>_<parameter>} in snake case, such as {@code s3_bucket_name}), each with a
 *       {@code validation} block from its {@link ParameterConstraint}: {@code can(regex("^...$", var.x))} (the
 *       patterns use only syntax RE2, Terraform's regex engine, and Java read alike), {@code length(...)} bounds,
 *       or {@code contains([...], var.x)}. The values the role was built with are the defaults.</li>
 *   <li>An optional variable defaults to the empty string, meaning "not given"; a list variable is a
 *       {@code list(string)} expanded with a {@code for} expression, without a limit on its length.</li>
 *   <li>The account id and partition come from the {@code aws_caller_identity} and {@code aws_partition} data
 *       sources of the provider the module is called with.</li>
 *   <li>The policies are {@code jsonencode} expressions whose conditional statements are kept by a
 *       {@code for ... if} filter; an optional variable given without the ones it requires fails the role's
 *       {@code precondition} (a variable's validation may only name the variable itself before Terraform
 *       1.9).</li>
 * </ul>
 *
 * @see <a href="https://developer.hashicorp.com/terraform/language/values/variables#custom-validation-rules">Custom
 *     validation rules</a>
 * @see <a href="https://developer.hashicorp.com/terraform/language/functions/regex">regex (RE2 syntax)</a>
 * @see <a href="https://developer.hashicorp.com/terraform/language/syntax/json">JSON configuration syntax</a>
 * @see <a href="https://registry.terraform.io/providers/hashicorp/aws/latest/docs/data-sources/caller_identity">aws_caller_identity</a>
 * @see <a href="https://registry.terraform.io/providers/hashicorp/aws/latest/docs/data-sources/partition">aws_partition</a>
 */
final class TerraformModule {
    static final String VARIABLES = "variables.tf.json";
    static final String MAIN = "main.tf.json";
    static final String OUTPUTS = "outputs.tf.json";

    private static final String ACCOUNT = "local.account_id";
    private static final String PARTITION = "local.partition";
    private static final String ITEM = "item";

    private final PolicyCatalog catalog = PolicyCatalog.bundled();
    private final Map<String, Object> variables = new LinkedHashMap<>();
    private final Map<Binding, String> names = new LinkedHashMap<>();
    private final List<Object> preconditions = new ArrayList<>();

    private TerraformModule() {
    }

    static Map<String, Map<String, Object>> of(ParameterizedRole role) {
        return new TerraformModule().module(role);
    }

    private Map<String, Map<String, Object>> module(ParameterizedRole role) {
        variables.put("workspace_id", variable("string", "RudderStack workspace id, which RudderStack passes as"
                + " external id. Rule: " + ParameterType.EXTERNAL_ID.rule(), role.workspaceId(),
                ParameterConstraint.of(ParameterType.EXTERNAL_ID).orElseThrow(), "workspace_id", false, false));
        variables.put("role_name", variable("string", "Name of the IAM role. Rule: a role name is 1 to 64 letters,"
                + " digits and _+=,.@-", role.role().name().value(), ParameterConstraint.roleName(), "role_name",
                false, false));

        Map<String, List<String>> policies = new LinkedHashMap<>();
        List<String> trust = new ArrayList<>();
        Map<String, Integer> seen = new LinkedHashMap<>();
        for (ParameterizedRole.Destination destination : role.destinations()) {
            DestinationTemplate template = catalog.template(destination.id());
            int instance = seen.merge(template.id(), 1, Integer::sum);
            Map<String, Binding> bindings = declare(template, instance, destination.values());
            String policy = role.layout() == PolicyLayout.COMBINED ? RudderStackRole.COMBINED_POLICY_NAME
                    : RudderStackRole.policyName(template.id());
            List<String> statements = policies.computeIfAbsent(policy, k -> new ArrayList<>());
            for (StatementTemplate statement : template.statementTemplates()) {
                Condition condition = TemplateParameters.condition(statement.when(), bindings);
                if (!condition.equals(Condition.FALSE)) {
                    Map<String, Object> body = new LinkedHashMap<>(statement.statement());
                    if (instance > 1 && body.get("Sid") instanceof String) {
                        body.put("Sid", body.get("Sid") + "No" + instance);
                    }
                    statements.add(when(condition, value(body, bindings)));
                }
            }
            for (TrustTemplate trusted : template.trustTemplates()) {
                Condition condition = TemplateParameters.condition(trusted.when(), bindings);
                if (!condition.equals(Condition.FALSE)) {
                    trust.add(when(condition, trustStatement(trusted, bindings)));
                }
            }
        }

        Map<String, Object> config = TerraformConfig.of(role.role());
        Map<String, Object> resources = new LinkedHashMap<>();
        ((Map<?, ?>) Objects.requireNonNull(config.get("resource"))).forEach((k, v) -> resources.put((String) k, v));
        Map<String, Object> roleArguments = new LinkedHashMap<>();
        Map<?, ?> roles = (Map<?, ?>) Objects.requireNonNull(resources.get("aws_iam_role"));
        ((Map<?, ?>) Objects.requireNonNull(roles.get(TerraformConfig.ROLE)))
                .forEach((k, v) -> roleArguments.put((String) k, v));
        roleArguments.put("name", "${var.role_name}");
        roleArguments.put("assume_role_policy", "${jsonencode({\"Version\" = \"2012-10-17\", \"Statement\" = "
                + concat(List.of(rudderStackTrust()), trust) + "})}");
        if (!preconditions.isEmpty()) {
            roleArguments.put("lifecycle", List.of(Map.of("precondition", preconditions)));
        }
        resources.put("aws_iam_role", Map.of(TerraformConfig.ROLE, roleArguments));
        resources.remove("aws_iam_role_policy");
        if (!policies.isEmpty()) {
            Map<String, Object> inline = new LinkedHashMap<>();
            int index = 0;
            for (Map.Entry<String, List<String>> policy : policies.entrySet()) {
                Map<String, Object> arguments = new LinkedHashMap<>();
                arguments.put("name", policy.getKey());
                arguments.put("role", "${aws_iam_role." + TerraformConfig.ROLE + ".id}");
                arguments.put("policy", "${jsonencode({\"Version\" = \"2012-10-17\", \"Statement\" = "
                        + concat(List.of(), policy.getValue()) + "})}");
                inline.put("policy_" + (++index), arguments);
            }
            resources.put("aws_iam_role_policy", inline);
        }

        Map<String, Object> main = new LinkedHashMap<>();
        main.put("terraform", config.get("terraform"));
        main.put("data", Map.of("aws_caller_identity", Map.of("current", Map.of()),
                "aws_partition", Map.of("current", Map.of())));
        main.put("locals", Map.of("account_id", "${data.aws_caller_identity.current.account_id}",
                "partition", "${data.aws_partition.current.partition}"));
        main.put("resource", resources);
        Map<String, Map<String, Object>> files = new LinkedHashMap<>();
        files.put(VARIABLES, Map.of("variable", variables));
        files.put(MAIN, main);
        files.put(OUTPUTS, Map.of("output", config.get("output")));
        return files;
    }

    /** Declares the variables of one destination and returns how each catalog parameter is bound. */
    private Map<String, Binding> declare(DestinationTemplate template, int instance, Map<String, String> values) {
        String prefix = TemplateParameters.prefix(template.id(), instance);
        Map<String, Binding> bindings = TemplateParameters.bind(template, prefix, values);
        String base = template.id().toLowerCase(Locale.ROOT) + (instance > 1 ? "_no" + instance : "");
        for (Binding binding : bindings.values()) {
            String name = base + "_" + binding.parameter().name().replaceAll("([A-Z])", "_$1").toLowerCase(Locale.ROOT);
            names.put(binding, name);
            if (binding.kind() != Binding.Kind.PARAMETER && binding.kind() != Binding.Kind.LIST) {
                continue;
            }
            if (variables.containsKey(name)) {
                throw new IllegalArgumentException("destination " + template.id() + ": parameter '"
                        + binding.parameter().name() + "' would be named " + name + " like another");
            }
            boolean list = binding.kind() == Binding.Kind.LIST;
            variables.put(name, variable(list ? "list(string)" : "string", binding.description(),
                    list ? binding.values() : binding.value(), Objects.requireNonNull(binding.constraint()), name,
                    binding.optional(), list));
        }
        for (Binding[] pair : TemplateParameters.requirements(bindings)) {
            String required = names.get(pair[1]);
            Map<String, Object> precondition = new LinkedHashMap<>();
            precondition.put("condition", "${var." + names.get(pair[0]) + " == \"\" || var." + required
                    + " != \"\"}");
            precondition.put("error_message", "The variable " + required + " is required when "
                    + names.get(pair[0]) + " is given.");
            preconditions.add(precondition);
        }
        return bindings;
    }

    /** {@return a variable declaration with a validation block for {@code constraint}} */
    static Map<String, Object> variable(String type, String description, Object defaultValue,
            ParameterConstraint constraint, String name, boolean optional, boolean list) {
        String value = list ? ITEM : "var." + name;
        String check = check(constraint, value);
        String condition;
        if (list) {
            condition = "alltrue([for " + ITEM + " in var." + name + " : " + check + "])"
                    + (optional ? "" : " && length(var." + name + ") > 0");
        } else {
            condition = optional ? "var." + name + " == \"\" || " + check : check;
        }
        Map<String, Object> validation = new LinkedHashMap<>();
        validation.put("condition", "${" + condition + "}");
        String rule = description.endsWith(".") ? description : description + ".";
        validation.put("error_message", "The value of " + name + " breaks its rule" + (optional ? " (empty: not"
                + " given)" : "") + ". " + literal(rule));
        Map<String, Object> variable = new LinkedHashMap<>();
        variable.put("type", type);
        variable.put("description", literal((optional ? "Optional (empty: not given). " : "") + description));
        variable.put("default", defaultValue);
        variable.put("validation", List.of(validation));
        return variable;
    }

    /** {@return an HCL condition that holds when {@code value} (an expression) satisfies {@code constraint}} */
    private static String check(ParameterConstraint constraint, String value) {
        List<String> parts = new ArrayList<>();
        if (!constraint.allowedValues().isEmpty()) {
            parts.add("contains([" + constraint.allowedValues().stream().map(TerraformModule::string)
                    .collect(Collectors.joining(", ")) + "], " + value + ")");
        }
        if (!constraint.pattern().isEmpty()) {
            parts.add("can(regex(" + string(constraint.pattern()) + ", " + value + "))");
        }
        constraint.refused().forEach(refused -> parts.add("!can(regex(" + string(refused) + ", " + value + "))"));
        if (constraint.minLength() > 0) {
            parts.add("length(" + value + ") >= " + constraint.minLength());
        }
        if (constraint.maxLength() > 0) {
            parts.add("length(" + value + ") <= " + constraint.maxLength());
        }
        return "(" + String.join(" && ", parts) + ")";
    }

    /** {@return {@code item} as an HCL expression of a one-element tuple, kept only when the condition holds} */
    private String when(Condition condition, String item) {
        if (condition.equals(Condition.TRUE)) {
            return item;
        }
        return "[for s in [" + item + "] : s if " + expression(condition) + "]";
    }

    /** {@return the HCL tuple of {@code fixed} followed by {@code items}, each an element or a filtered tuple} */
    private static String concat(List<String> fixed, List<String> items) {
        List<String> segments = new ArrayList<>();
        List<String> run = new ArrayList<>(fixed);
        for (String item : items) {
            if (item.startsWith("[for ")) {
                if (!run.isEmpty()) {
                    segments.add("[" + String.join(", ", run) + "]");
                    run = new ArrayList<>();
                }
                segments.add(item);
            } else {
                run.add(item);
            }
        }
        if (!run.isEmpty() || segments.isEmpty()) {
            segments.add("[" + String.join(", ", run) + "]");
        }
        return segments.size() == 1 ? segments.get(0) : "concat(" + String.join(", ", segments) + ")";
    }

    private String expression(Condition condition) {
        if (condition instanceof Given) {
            Binding binding = ((Given) condition).binding();
            return binding.kind() == Binding.Kind.LIST ? "length(var." + names.get(binding) + ") > 0"
                    : "var." + names.get(binding) + " != \"\"";
        }
        if (condition instanceof TemplateParameters.Equals) {
            TemplateParameters.Equals equals = (TemplateParameters.Equals) condition;
            String variable = "var." + names.get(equals.binding());
            // A boolean variable takes any ASCII case, as the catalog does.
            return (equals.binding().parameter().type() == ParameterType.BOOLEAN ? "lower(" + variable + ")"
                    : variable) + " == " + string(equals.value());
        }
        if (condition instanceof Not) {
            return "!(" + expression(((Not) condition).condition()) + ")";
        }
        return "(" + ((And) condition).conditions().stream().map(this::expression)
                .collect(Collectors.joining(" && ")) + ")";
    }

    /** {@return a JSON value of a statement template as an HCL expression} */
    private String value(Object value, Map<String, Binding> bindings) {
        if (value instanceof String) {
            List<Part> parts = TemplateParameters.parts((String) value, bindings);
            return TemplateParameters.list(parts).isPresent() ? expanded(parts) : template(parts, null);
        }
        if (value instanceof List) {
            List<String> items = new ArrayList<>();
            for (Object item : (List<?>) value) {
                if (item instanceof String
                        && TemplateParameters.list(TemplateParameters.parts((String) item, bindings)).isPresent()) {
                    items.add(expanded(TemplateParameters.parts((String) item, bindings)));
                } else {
                    items.add(value(item, bindings));
                }
            }
            return concat(List.of(), items);
        }
        if (value instanceof Map) {
            return "{" + ((Map<?, ?>) value).entrySet().stream().map(e -> string((String) e.getKey()) + " = "
                    + value(e.getValue(), bindings)).collect(Collectors.joining(", ")) + "}";
        }
        return String.valueOf(value);
    }

    /** {@return a {@code for} expression with one string per value of the list parameter the parts name} */
    private String expanded(List<Part> parts) {
        Binding list = TemplateParameters.list(parts).orElseThrow();
        return "[for " + ITEM + " in var." + names.get(list) + " : " + template(parts, list) + "]";
    }

    /** {@return the parts as an HCL string template; the list binding, if any, is the loop's item} */
    private String template(List<Part> parts, @Nullable Binding list) {
        StringBuilder out = new StringBuilder("\"");
        boolean first = true;
        for (Part part : parts) {
            Binding binding = part.binding();
            if (binding == null) {
                String text = part.text();
                if (first && text.startsWith(StackSetTemplate.ARN_AWS)) {
                    out.append("arn:${").append(PARTITION).append("}:");
                    text = text.substring(StackSetTemplate.ARN_AWS.length());
                }
                out.append(escape(text));
            } else if (binding.kind() == Binding.Kind.ACCOUNT) {
                out.append("${").append(ACCOUNT).append('}');
            } else {
                out.append("${").append(binding == list ? ITEM : "var." + names.get(binding)).append('}');
            }
            first = false;
        }
        return out.append('"').toString();
    }

    /** {@return RudderStack's trust statement with the workspace id as {@code var.workspace_id}} */
    private static String rudderStackTrust() {
        return hcl(statement(RudderStack.trustPolicy(StackSetTemplate.WORKSPACE_SENTINEL), 0),
                Map.of(StackSetTemplate.WORKSPACE_SENTINEL, "var.workspace_id"));
    }

    /** {@return the trust statement of a further party, its principal and external id from the variables} */
    private String trustStatement(TrustTemplate trusted, Map<String, Binding> bindings) {
        PolicyDocument sentinel = StackSetTemplate.partySentinel();
        return hcl(statement(sentinel, sentinel.statements().size() - 1), Map.of(
                StackSetTemplate.PRINCIPAL_SENTINEL, template(TemplateParameters.parts(trusted.principal(), bindings),
                        null),
                StackSetTemplate.EXTERNAL_ID_SENTINEL, template(TemplateParameters.parts(trusted.externalId(),
                        bindings), null)));
    }

    private static Object statement(PolicyDocument document, int index) {
        return Objects.requireNonNull(((List<?>) Objects.requireNonNull(((Map<?, ?>) JsonValues.of(document))
                .get("Statement"))).get(index));
    }

    /** {@return a JSON value as an HCL expression, a string equal to a key of {@code sentinels} as its value} */
    private static String hcl(Object value, Map<String, String> sentinels) {
        if (value instanceof String) {
            return sentinels.getOrDefault(value, string((String) value));
        }
        if (value instanceof List) {
            return "[" + ((List<?>) value).stream().map(v -> hcl(v, sentinels)).collect(Collectors.joining(", "))
                    + "]";
        }
        if (value instanceof Map) {
            return "{" + ((Map<?, ?>) value).entrySet().stream().map(e -> string((String) e.getKey()) + " = "
                    + hcl(e.getValue(), sentinels)).collect(Collectors.joining(", ")) + "}";
        }
        return String.valueOf(value);
    }

    /** {@return {@code text} as an HCL string literal} */
    static String string(String text) {
        return "\"" + escape(text) + "\"";
    }

    /** {@return {@code text} escaped for the inside of an HCL string: backslash, quote, {@code ${} and {@code %{}} */
    private static String escape(String text) {
        return literal(text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n"));
    }

    private static String literal(String text) {
        return TerraformConfig.literal(text);
    }
}
