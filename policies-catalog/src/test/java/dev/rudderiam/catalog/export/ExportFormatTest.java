package dev.rudderiam.catalog.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rudderiam.arn.Arn;
import dev.rudderiam.catalog.blueprint.RudderStackRole;
import dev.rudderiam.json.JsonStyle;
import dev.rudderiam.json.JsonValues;
import dev.rudderiam.json.PolicyJson;
import dev.rudderiam.policy.PolicyDocument;
import dev.rudderiam.role.PolicyName;
import dev.rudderiam.role.RoleSpec;
import dev.rudderiam.validation.Finding;
import dev.rudderiam.validation.ValidationResult;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Checks each export structurally against its tool's documented schema: the property and argument sets below are
 * copied from the AWS CloudFormation and Terraform AWS provider references cited at each constant.
 */
class ExportFormatTest {
    /** https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/template-anatomy.html */
    private static final Set<String> CFN_TEMPLATE_SECTIONS = Set.of("AWSTemplateFormatVersion", "Description",
            "Metadata", "Parameters", "Rules", "Mappings", "Conditions", "Transform", "Resources", "Outputs");
    /** https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-iam-role.html */
    private static final Set<String> CFN_ROLE_PROPERTIES = Set.of("AssumeRolePolicyDocument", "Description",
            "ManagedPolicyArns", "MaxSessionDuration", "Path", "PermissionsBoundary", "Policies", "RoleName", "Tags");
    private static final Set<String> CFN_ROLE_REQUIRED = Set.of("AssumeRolePolicyDocument");
    /** AWS::IAM::Role Policy: both required. */
    private static final Set<String> CFN_POLICY_PROPERTIES = Set.of("PolicyDocument", "PolicyName");
    /** Tag: Key and Value, both required. */
    private static final Set<String> CFN_TAG_PROPERTIES = Set.of("Key", "Value");
    /** AWS::IAM::Role return values for Fn::GetAtt. */
    private static final Set<String> CFN_ROLE_ATTRIBUTES = Set.of("Arn", "RoleId");
    /** https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/outputs-section-structure.html */
    private static final Set<String> CFN_OUTPUT_FIELDS = Set.of("Description", "Value", "Export", "Condition");

    /** https://developer.hashicorp.com/terraform/language/syntax/json (top-level block types). */
    private static final Set<String> TF_BLOCKS = Set.of("terraform", "resource", "data", "variable", "output",
            "locals", "module", "provider", "moved", "import", "check", "removed");
    /** https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/iam_role (arguments). */
    private static final Set<String> TF_ROLE_ARGUMENTS = Set.of("assume_role_policy", "description",
            "force_detach_policies", "inline_policy", "managed_policy_arns", "max_session_duration", "name",
            "name_prefix", "path", "permissions_boundary", "tags");
    /** aws_iam_role attributes (arguments plus exported attributes). */
    private static final Set<String> TF_ROLE_ATTRIBUTES = Set.of("arn", "create_date", "id", "name", "tags_all",
            "unique_id");
    /** https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/iam_role_policy */
    private static final Set<String> TF_ROLE_POLICY_ARGUMENTS = Set.of("name", "name_prefix", "policy", "role");
    /** https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/iam_role_policy_attachment */
    private static final Set<String> TF_ATTACHMENT_ARGUMENTS = Set.of("role", "policy_arn");
    /** https://developer.hashicorp.com/terraform/language/values/outputs */
    private static final Set<String> TF_OUTPUT_ARGUMENTS = Set.of("value", "description", "sensitive", "ephemeral",
            "depends_on", "precondition");
    private static final Pattern TF_IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_-]*");
    private static final Pattern TF_INTERPOLATION = Pattern.compile("(?<!\\$)\\$\\{([^}]*)}");

    private final RoleSpec full = RudderStackRole.builder()
            .workspaceId("2Nk4t3WkHTGYzbTvG2zLXJXKNoF")
            .roleName("rudderstack")
            .path("/rudderstack/")
            .description("RudderStack role; IAM policy variables look like ${aws:username}")
            .permissionsBoundary(Arn.parse("arn:aws:iam::123456789012:policy/boundary"))
            .tag("team", "data")
            .tag("cost-center", "42")
            .maxSessionDuration(java.time.Duration.ofHours(1))
            .addManagedPolicyArn(Arn.parse("arn:aws:iam::aws:policy/ReadOnlyAccess"))
            .destination("S3", Map.of("bucketName", "acme-events"))
            .destination("SNOWFLAKE_STORAGE_INTEGRATION", Map.of("bucketName", "sf-stage", "prefix", "load",
                    "snowflakeUserArn", "arn:aws:iam::210987654321:user/sf", "snowflakeExternalId", "SF_EXT=1"))
            .build();
    private final RoleSpec minimal = RudderStackRole.builder().workspaceId("ws-1").roleName("r")
            .destination("KINESIS", Map.of("region", "us-east-1", "accountId", "123456789012", "streamName", "s"))
            .build();

    @Test
    void jsonBundleHoldsEveryPartOfTheRoleAndAnEmptyFindingsArray() {
        Map<String, Object> bundle = read(ExportFormat.JSON.write(full, JsonStyle.PRETTY));
        assertEquals(List.of("roleName", "path", "description", "maxSessionDuration", "trustPolicy",
                "permissionPolicies", "managedPolicyArns", "permissionsBoundary", "tags", "findings"),
                List.copyOf(bundle.keySet()));
        assertEquals("rudderstack", bundle.get("roleName"));
        assertEquals(new BigDecimal(3600), bundle.get("maxSessionDuration"));
        assertEquals(full.trustPolicy(), policy(bundle.get("trustPolicy")));
        Map<String, Object> policies = object(bundle.get("permissionPolicies"));
        assertEquals(List.of("rudderstack-s3", "rudderstack-snowflake-storage-integration"),
                List.copyOf(policies.keySet()));
        full.inlinePolicies().forEach((name, doc) -> assertEquals(doc, policy(policies.get(name.value()))));
        assertEquals(List.of("arn:aws:iam::aws:policy/ReadOnlyAccess"), bundle.get("managedPolicyArns"));
        assertEquals("arn:aws:iam::123456789012:policy/boundary", bundle.get("permissionsBoundary"));
        assertEquals(Map.of("team", "data", "cost-center", "42"), bundle.get("tags"));
        assertEquals(List.of(), bundle.get("findings"));

        Map<String, Object> small = read(ExportFormat.JSON.write(minimal, JsonStyle.COMPACT));
        assertEquals(JsonValues.NULL, small.get("description"));
        assertEquals(JsonValues.NULL, small.get("permissionsBoundary"));
        assertEquals(Map.of(), small.get("tags"));
    }

    @Test
    void jsonBundleCarriesTheValidatorsFindings() {
        RoleSpec role = RudderStackRole.builder().workspaceId("2Nk4t3WkHTGYzbTvG2zLXJXKNoF").roleName("r")
                .destination("LAMBDA", Map.of()).build();
        ValidationResult validation = RudderStackRole.validator("2Nk4t3WkHTGYzbTvG2zLXJXKNoF").validate(role);
        List<?> findings = (List<?>) read(ExportFormat.jsonBundle(role, validation, JsonStyle.COMPACT)).get("findings");
        assertEquals(validation.findings().size(), findings.size());
        Finding first = validation.findings().get(0);
        assertEquals(Map.of("severity", first.severity().name(), "code", first.code(), "path", first.path(),
                "message", first.message(), "link", first.link()), findings.get(0));
        assertEquals("WRITE_ACTION_ON_ALL_RESOURCES", first.code());
    }

    @Test
    void cloudFormationTemplateFollowsTheIamRoleSchema() {
        for (RoleSpec role : List.of(full, minimal)) {
            Map<String, Object> template = read(ExportFormat.CLOUDFORMATION.write(role, JsonStyle.PRETTY));
            assertTrue(CFN_TEMPLATE_SECTIONS.containsAll(template.keySet()), template.keySet().toString());
            assertEquals("2010-09-09", template.get("AWSTemplateFormatVersion"));
            assertTrue(((String) template.get("Description")).length() <= 1024);
            Map<String, Object> resources = object(template.get("Resources"));
            assertEquals(1, resources.size());
            String logicalId = resources.keySet().iterator().next();
            assertTrue(logicalId.matches("[A-Za-z0-9]+"), "logical ids are alphanumeric");
            Map<String, Object> resource = object(resources.get(logicalId));
            assertEquals(Set.of("Type", "Properties"), resource.keySet());
            assertEquals("AWS::IAM::Role", resource.get("Type"));
            Map<String, Object> properties = object(resource.get("Properties"));
            assertTrue(CFN_ROLE_PROPERTIES.containsAll(properties.keySet()), properties.keySet().toString());
            assertTrue(properties.keySet().containsAll(CFN_ROLE_REQUIRED));
            assertEquals(role.trustPolicy(), policy(properties.get("AssumeRolePolicyDocument")));
            assertEquals(role.name().value(), properties.get("RoleName"));
            assertEquals(role.path().value(), properties.get("Path"));
            BigDecimal seconds = (BigDecimal) properties.get("MaxSessionDuration");
            assertEquals(role.maxSessionDuration().seconds(), seconds.intValueExact());
            List<?> policies = (List<?>) properties.getOrDefault("Policies", List.of());
            assertEquals(role.inlinePolicies().size(), policies.size());
            for (Object item : policies) {
                Map<String, Object> entry = object(item);
                assertEquals(CFN_POLICY_PROPERTIES, entry.keySet());
                assertEquals(role.inlinePolicies().get(PolicyName.of((String) entry.get("PolicyName"))),
                        policy(entry.get("PolicyDocument")));
            }
            for (Object tag : (List<?>) properties.getOrDefault("Tags", List.of())) {
                assertEquals(CFN_TAG_PROPERTIES, object(tag).keySet());
            }
            Map<String, Object> outputs = object(template.get("Outputs"));
            for (Object value : outputs.values()) {
                Map<String, Object> output = object(value);
                assertTrue(CFN_OUTPUT_FIELDS.containsAll(output.keySet()));
                List<?> getAtt = (List<?>) object(output.get("Value")).get("Fn::GetAtt");
                assertEquals(logicalId, getAtt.get(0));
                assertTrue(CFN_ROLE_ATTRIBUTES.contains(getAtt.get(1)));
                assertEquals("Arn", getAtt.get(1));
            }
        }
        Map<String, Object> properties = object(object(object(read(
                ExportFormat.CLOUDFORMATION.write(full, JsonStyle.COMPACT))
                .get("Resources")).get("RudderStackRole")).get("Properties"));
        assertEquals(List.of(Map.of("Key", "team", "Value", "data"), Map.of("Key", "cost-center", "Value", "42")),
                properties.get("Tags"));
        assertEquals("arn:aws:iam::123456789012:policy/boundary", properties.get("PermissionsBoundary"));
        assertEquals(List.of("arn:aws:iam::aws:policy/ReadOnlyAccess"), properties.get("ManagedPolicyArns"));
    }

    @Test
    void terraformConfigurationFollowsTheProviderArguments() {
        for (RoleSpec role : List.of(full, minimal)) {
            Map<String, Object> config = read(ExportFormat.TERRAFORM.write(role, JsonStyle.PRETTY));
            assertTrue(TF_BLOCKS.containsAll(config.keySet()), config.keySet().toString());
            Map<String, Object> resources = object(config.get("resource"));
            assertTrue(Set.of("aws_iam_role", "aws_iam_role_policy", "aws_iam_role_policy_attachment")
                    .containsAll(resources.keySet()));
            Map<String, Object> roles = object(resources.get("aws_iam_role"));
            assertEquals(1, roles.size());
            String roleName = roles.keySet().iterator().next();
            Map<String, Object> arguments = object(roles.get(roleName));
            assertTrue(TF_ROLE_ARGUMENTS.containsAll(arguments.keySet()), arguments.keySet().toString());
            assertEquals(role.trustPolicy(), PolicyJson.read(unescape((String) arguments.get("assume_role_policy"))));
            assertEquals(role.name().value(), arguments.get("name"));
            Map<String, Object> policies = object(resources.getOrDefault("aws_iam_role_policy", Map.of()));
            assertEquals(role.inlinePolicies().size(), policies.size());
            policies.forEach((name, value) -> {
                assertTrue(TF_IDENTIFIER.matcher(name).matches(), name);
                Map<String, Object> policy = object(value);
                assertEquals(TF_ROLE_POLICY_ARGUMENTS.size() - 1, policy.size());
                assertTrue(TF_ROLE_POLICY_ARGUMENTS.containsAll(policy.keySet()));
                assertEquals(role.inlinePolicies().get(PolicyName.of((String) policy.get("name"))),
                        PolicyJson.read(unescape((String) policy.get("policy"))));
            });
            Map<String, Object> attachments = object(resources.getOrDefault("aws_iam_role_policy_attachment",
                    Map.of()));
            assertEquals(role.managedPolicyArns().size(), attachments.size());
            attachments.values().forEach(a -> assertEquals(TF_ATTACHMENT_ARGUMENTS, object(a).keySet()));
            Map<String, Object> outputs = object(config.get("output"));
            outputs.values().forEach(o -> assertTrue(TF_OUTPUT_ARGUMENTS.containsAll(object(o).keySet())));
            assertEquals("${aws_iam_role." + roleName + ".arn}", object(outputs.get("role_arn")).get("value"));
            for (String reference : interpolations(config)) {
                String[] parts = reference.split("\\.");
                assertEquals(3, parts.length, reference);
                assertTrue(object(resources.get(parts[0])).containsKey(parts[1]), reference);
                assertTrue(TF_ROLE_ATTRIBUTES.contains(parts[2]), reference);
            }
        }
    }

    @Test
    void terraformEscapesTemplateSequencesInLiteralStrings() {
        Map<String, Object> role = object(object(object(read(ExportFormat.TERRAFORM.write(full, JsonStyle.COMPACT))
                .get("resource")).get("aws_iam_role")).get("rudderstack"));
        assertEquals("RudderStack role; IAM policy variables look like $${aws:username}", role.get("description"));
        assertEquals("a $${b} %%{c} $d", TerraformConfig.literal("a ${b} %{c} $d"));
    }

    @Test
    void formatsAreNamedAsOnTheCommandLine() {
        assertEquals(ExportFormat.CLOUDFORMATION, ExportFormat.of("CloudFormation"));
        assertEquals("format 'yaml' is unknown: expected one of json, cloudformation, terraform",
                assertThrows(IllegalArgumentException.class, () -> ExportFormat.of("yaml")).getMessage());
    }

    /** Interpolations ({@code ${...}} not escaped as {@code $${}) anywhere in the configuration. */
    private static List<String> interpolations(Object value) {
        List<String> found = new ArrayList<>();
        if (value instanceof String) {
            Matcher matcher = TF_INTERPOLATION.matcher((String) value);
            while (matcher.find()) {
                found.add(matcher.group(1));
            }
        } else if (value instanceof Map) {
            ((Map<?, ?>) value).values().forEach(v -> found.addAll(interpolations(v)));
        } else if (value instanceof List) {
            ((List<?>) value).forEach(v -> found.addAll(interpolations(v)));
        }
        return found;
    }

    private static String unescape(String template) {
        return template.replace("$${", "${").replace("%%{", "%{");
    }

    private static Map<String, Object> read(String json) {
        return object(JsonValues.read(json, 1 << 20));
    }

    private static PolicyDocument policy(Object value) {
        return PolicyJson.read(JsonValues.write(value));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> object(Object value) {
        assertInstanceOf(Map.class, value);
        return (Map<String, Object>) value;
    }
}
