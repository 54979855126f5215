package dev.rudderiam.catalog.blueprint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rudderiam.catalog.export.ExportFormat;
import dev.rudderiam.json.JsonStyle;
import dev.rudderiam.role.PolicyName;
import dev.rudderiam.role.RoleSpec;
import dev.rudderiam.role.RudderStack;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The Java example of the README (catalog section), verbatim, with what the README says about its result. */
class ReadmeExampleTest {
    @Test
    void theBlueprintExampleBuildsTheRoleTheReadmeDescribes() {
        RoleSpec role = RudderStackRole.builder()
                .workspaceId("2Nk4t3WkHTGYzbTvG2zLXJXKNoF")
                .roleName("rudderstack-destinations")
                .description("RudderStack destinations of workspace 2Nk4t3WkHTGYzbTvG2zLXJXKNoF")
                .tag("team", "data")
                .destination("S3", Map.of("bucketName", "acme-events"))
                .destination("KINESIS", Map.of("region", "us-east-1", "accountId", "123456789012", "streamName", "events"))
                .destination("SNOWFLAKE", Map.of("bucketName", "acme-staging", "cleanup", "true"))
                .build();

        String cloudFormation = ExportFormat.CLOUDFORMATION.write(role, JsonStyle.PRETTY);
        String terraform = ExportFormat.TERRAFORM.write(role, JsonStyle.PRETTY);

        assertEquals(RudderStack.trustPolicy("2Nk4t3WkHTGYzbTvG2zLXJXKNoF"), role.trustPolicy());
        assertEquals(List.of("rudderstack-s3", "rudderstack-kinesis", "rudderstack-snowflake"),
                role.inlinePolicies().keySet().stream().map(PolicyName::value).collect(Collectors.toList()));
        assertTrue(cloudFormation.contains("\"Type\" : \"AWS::IAM::Role\""), cloudFormation);
        assertTrue(terraform.contains("\"aws_iam_role_policy\""), terraform);
    }
}
