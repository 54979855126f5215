package dev.rudderiam.catalog.export;

import dev.rudderiam.arn.Arn;
import dev.rudderiam.role.RoleSpec;
import dev.rudderiam.role.RudderStack;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Writes {@link ExportFormat#CLOUDFORMATION}: the role as an {@code AWS::IAM::Role} resource, with only the
 * properties the role sets.
 *
 * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-iam-role.html">AWS::IAM::Role</a>
 * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/template-anatomy.html">Template
 *     anatomy</a>
 */
final class CloudFormationTemplate {
    /** The role's logical id. */
    static final String ROLE = "RudderStackRole";

    private CloudFormationTemplate() {
    }

    static Map<String, Object> of(RoleSpec role) {
        return template("IAM role " + role.name().value() + " that RudderStack (AWS account " + RudderStack.ACCOUNT
                + ") assumes to reach AWS destinations", properties(role));
    }

    /** {@return the role resource's properties, in a map the caller may change} */
    static Map<String, Object> properties(RoleSpec role) {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("RoleName", role.name().value());
        properties.put("Path", role.path().value());
        if (role.description() != null) {
            properties.put("Description", role.description().value());
        }
        properties.put("AssumeRolePolicyDocument", role.trustPolicy());
        if (!role.inlinePolicies().isEmpty()) {
            List<Object> policies = new ArrayList<>();
            role.inlinePolicies().forEach((name, document) -> {
                Map<String, Object> policy = new LinkedHashMap<>();
                policy.put("PolicyName", name.value());
                policy.put("PolicyDocument", document);
                policies.add(policy);
            });
            properties.put("Policies", policies);
        }
        if (!role.managedPolicyArns().isEmpty()) {
            properties.put("ManagedPolicyArns", role.managedPolicyArns().stream().map(Arn::toString)
                    .collect(Collectors.toList()));
        }
        if (role.permissionsBoundary() != null) {
            properties.put("PermissionsBoundary", role.permissionsBoundary().toString());
        }
        if (!role.tags().isEmpty()) {
            properties.put("Tags", role.tags().stream().map(tag -> {
                Map<String, Object> entry = new LinkedHashMap<>();
                entry.put("Key", tag.key());
                entry.put("Value", tag.value());
                return entry;
            }).collect(Collectors.toList()));
        }
        properties.put("MaxSessionDuration", role.maxSessionDuration().seconds());
        return properties;
    }

    /** {@return a template with the role resource of {@code properties} and the output {@code RoleArn}} */
    static Map<String, Object> template(String description, Map<String, Object> properties) {
        Map<String, Object> resource = new LinkedHashMap<>();
        resource.put("Type", "AWS::IAM::Role");
        resource.put("Properties", properties);
        Map<String, Object> output = new LinkedHashMap<>();
        output.put("Description", "ARN of the role; paste it into the IAM Role ARN setting of each destination");
        output.put("Value", Map.of("Fn::GetAtt", List.of(ROLE, "Arn")));

        Map<String, Object> template = new LinkedHashMap<>();
        template.put("AWSTemplateFormatVersion", "2010-09-09");
        template.put("Description", description);
        template.put("Resources", new LinkedHashMap<>(Map.of(ROLE, resource)));
        template.put("Outputs", new LinkedHashMap<>(Map.of("RoleArn", output)));
        return template;
    }
}
