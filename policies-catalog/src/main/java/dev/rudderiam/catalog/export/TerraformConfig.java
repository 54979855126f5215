package dev.rudderiam.catalog.export;

import dev.rudderiam.arn.Arn;
import dev.rudderiam.json.PolicyJson;
import dev.rudderiam.role.PolicyName;
import dev.rudderiam.role.RoleSpec;
import dev.rudderiam.role.RudderStack;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes {@link ExportFormat#TERRAFORM}: Terraform JSON syntax for the AWS provider. Every literal string has
 * {@code ${} and {@code %{} escaped as {@code $${} and {@code %%{}, because Terraform reads JSON strings as
 * templates (an IAM policy variable such as {@code ${aws:username}} would otherwise be interpolated).
 *
 * @see <a href="https://developer.hashicorp.com/terraform/language/syntax/json">Terraform JSON configuration
 *     syntax</a>
 * @see <a href="https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/iam_role">aws_iam_role</a>
 * @see <a href="https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/iam_role_policy">aws_iam_role_policy</a>
 * @see <a href="https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/iam_role_policy_attachment">aws_iam_role_policy_attachment</a>
 */
final class TerraformConfig {
    /** The role resource's name in the configuration. */
    static final String ROLE = "rudderstack";

    private TerraformConfig() {
    }

    static Map<String, Object> of(RoleSpec role) {
        Map<String, Object> roleArguments = new LinkedHashMap<>();
        roleArguments.put("name", literal(role.name().value()));
        roleArguments.put("path", literal(role.path().value()));
        if (role.description() != null) {
            roleArguments.put("description", literal(role.description().value()));
        }
        roleArguments.put("assume_role_policy", literal(PolicyJson.write(role.trustPolicy())));
        roleArguments.put("max_session_duration", role.maxSessionDuration().seconds());
        if (role.permissionsBoundary() != null) {
            roleArguments.put("permissions_boundary", literal(role.permissionsBoundary().toString()));
        }
        if (!role.tags().isEmpty()) {
            Map<String, Object> tags = new LinkedHashMap<>();
            role.tags().forEach(tag -> tags.put(tag.key(), literal(tag.value())));
            roleArguments.put("tags", tags);
        }

        Map<String, Object> resources = new LinkedHashMap<>();
        resources.put("aws_iam_role", Map.of(ROLE, roleArguments));
        Map<String, Object> policies = new LinkedHashMap<>();
        Set<String> labels = new HashSet<>();
        role.inlinePolicies().forEach((name, document) -> {
            Map<String, Object> arguments = new LinkedHashMap<>();
            arguments.put("name", literal(name.value()));
            arguments.put("role", "${aws_iam_role." + ROLE + ".id}");
            arguments.put("policy", literal(PolicyJson.write(document)));
            policies.put(label(name, labels), arguments);
        });
        if (!policies.isEmpty()) {
            resources.put("aws_iam_role_policy", policies);
        }
        Map<String, Object> attachments = new LinkedHashMap<>();
        List<Arn> managed = role.managedPolicyArns();
        for (int i = 0; i < managed.size(); i++) {
            Map<String, Object> arguments = new LinkedHashMap<>();
            arguments.put("role", "${aws_iam_role." + ROLE + ".name}");
            arguments.put("policy_arn", literal(managed.get(i).toString()));
            attachments.put("managed_policy_" + (i + 1), arguments);
        }
        if (!attachments.isEmpty()) {
            resources.put("aws_iam_role_policy_attachment", attachments);
        }

        Map<String, Object> output = new LinkedHashMap<>();
        output.put("description", "ARN of the role RudderStack (AWS account " + RudderStack.ACCOUNT
                + ") assumes; paste it into the IAM Role ARN setting of each destination");
        output.put("value", "${aws_iam_role." + ROLE + ".arn}");

        Map<String, Object> config = new LinkedHashMap<>();
        config.put("terraform", Map.of("required_providers", Map.of("aws", Map.of("source", "hashicorp/aws"))));
        config.put("resource", resources);
        config.put("output", Map.of("role_arn", output));
        return config;
    }

    /** {@return {@code text} as a Terraform template that evaluates to {@code text} itself} */
    static String literal(String text) {
        return text.replace("${", "$${").replace("%{", "%%{");
    }

    /** {@return a resource name for the policy: letters, digits, underscores and hyphens, not starting with a digit} */
    private static String label(PolicyName name, Set<String> used) {
        String base = name.value().replaceAll("[^A-Za-z0-9_-]", "_");
        if (!Character.isLetter(base.charAt(0)) && base.charAt(0) != '_') {
            base = "policy_" + base;
        }
        String label = base;
        for (int suffix = 2; !used.add(label); suffix++) {
            label = base + "_" + suffix;
        }
        return label;
    }
}
