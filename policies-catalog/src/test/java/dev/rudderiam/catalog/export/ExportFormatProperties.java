package dev.rudderiam.catalog.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.rudderiam.catalog.blueprint.RudderStackRole;
import dev.rudderiam.json.JsonStyle;
import dev.rudderiam.json.JsonValues;
import dev.rudderiam.json.PolicyJson;
import dev.rudderiam.policy.PolicyDocument;
import dev.rudderiam.role.RoleSpec;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Every export carries the role's policies and attributes unchanged, whatever the role. */
class ExportFormatProperties {
    @Property(tries = 100)
    void exportsCarryThePoliciesUnchanged(@ForAll("roles") RoleSpec role) {
        Map<?, ?> bundle = (Map<?, ?>) JsonValues.read(ExportFormat.JSON.write(role, JsonStyle.COMPACT), 1 << 20);
        Map<?, ?> bundled = (Map<?, ?>) bundle.get("permissionPolicies");
        assertEquals(role.inlinePolicies().size(), bundled.size());
        role.inlinePolicies().forEach((name, doc) -> assertEquals(doc, policy(bundled.get(name.value()))));
        assertEquals(role.trustPolicy(), policy(bundle.get("trustPolicy")));

        Map<?, ?> cfn = (Map<?, ?>) JsonValues.read(ExportFormat.CLOUDFORMATION.write(role, JsonStyle.COMPACT),
                1 << 20);
        Map<?, ?> properties = (Map<?, ?>) ((Map<?, ?>) ((Map<?, ?>) cfn.get("Resources")).get("RudderStackRole"))
                .get("Properties");
        assertEquals(role.trustPolicy(), policy(properties.get("AssumeRolePolicyDocument")));
        for (Object item : (List<?>) properties.get("Policies")) {
            Map<?, ?> entry = (Map<?, ?>) item;
            assertEquals(role.inlinePolicies().get(dev.rudderiam.role.PolicyName.of((String) entry.get("PolicyName"))),
                    policy(entry.get("PolicyDocument")));
        }

        Map<?, ?> tf = (Map<?, ?>) JsonValues.read(ExportFormat.TERRAFORM.write(role, JsonStyle.COMPACT), 1 << 20);
        Map<?, ?> policies = (Map<?, ?>) ((Map<?, ?>) tf.get("resource")).get("aws_iam_role_policy");
        Set<PolicyDocument> exported = policies.values().stream()
                .map(p -> PolicyJson.read(((String) ((Map<?, ?>) p).get("policy")).replace("$${", "${")
                        .replace("%%{", "%{")))
                .collect(Collectors.toSet());
        assertEquals(Set.copyOf(role.inlinePolicies().values()), exported);
    }

    @Provide
    Arbitrary<RoleSpec> roles() {
        Arbitrary<String> bucket = Arbitraries.strings().withChars("abcdefghij0123456789-").ofMinLength(3)
                .ofMaxLength(20).filter(b -> Character.isLetterOrDigit(b.charAt(0))
                        && Character.isLetterOrDigit(b.charAt(b.length() - 1)));
        Arbitrary<String> id = Arbitraries.of("S3", "RS", "SNOWFLAKE", "POSTGRES", "S3_DATALAKE");
        Arbitrary<Map.Entry<String, String>> destination = Combinators.combine(id, bucket).as(Map::entry);
        Arbitrary<String> description = Arbitraries.strings().withChars("ab ${}%:").ofMaxLength(30);
        return Combinators.combine(destination.list().ofMinSize(1).ofMaxSize(4), description,
                Arbitraries.of(true, false)).as((destinations, text, combined) -> {
                    RudderStackRole.Builder builder = RudderStackRole.builder().workspaceId("ws-1").roleName("r")
                            .description(text).policyLayout(combined ? dev.rudderiam.catalog.blueprint.PolicyLayout
                                    .COMBINED : dev.rudderiam.catalog.blueprint.PolicyLayout.PER_DESTINATION);
                    destinations.forEach(d -> builder.destination(d.getKey(), Map.of("bucketName", d.getValue())));
                    return builder.build();
                });
    }

    private static PolicyDocument policy(Object value) {
        return PolicyJson.read(JsonValues.write(value));
    }
}
