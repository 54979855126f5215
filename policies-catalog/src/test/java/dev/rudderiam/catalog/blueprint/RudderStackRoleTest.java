package dev.rudderiam.catalog.blueprint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rudderiam.arn.Arn;
import dev.rudderiam.catalog.DestinationParameterException;
import dev.rudderiam.catalog.PolicyCatalog;
import dev.rudderiam.json.PolicyJson;
import dev.rudderiam.policy.PolicyDocument;
import dev.rudderiam.policy.PolicySize;
import dev.rudderiam.policy.Quotas;
import dev.rudderiam.role.PolicyName;
import dev.rudderiam.role.RoleSpec;
import dev.rudderiam.role.RudderStack;
import dev.rudderiam.role.Tag;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class RudderStackRoleTest {
    private static final String WORKSPACE = "2Nk4t3WkHTGYzbTvG2zLXJXKNoF";

    @Test
    void composesTheS3RoleWithRudderStacksTrustPolicy() {
        RoleSpec role = RudderStackRole.builder()
                .workspaceId(WORKSPACE)
                .roleName("rudderstack-s3")
                .path("/rudderstack/")
                .description("Lets RudderStack write events to S3")
                .permissionsBoundary(Arn.parse("arn:aws:iam::123456789012:policy/boundary"))
                .tag("team", "data")
                .maxSessionDuration(Duration.ofHours(2))
                .destination("S3", Map.of("bucketName", "acme-events"))
                .build();
        assertEquals("rudderstack-s3", role.name().value());
        assertEquals("/rudderstack/", role.path().value());
        assertEquals("Lets RudderStack write events to S3", role.description().value());
        assertEquals(RudderStack.trustPolicy(WORKSPACE), role.trustPolicy());
        assertEquals(Map.of(PolicyName.of("rudderstack-s3"),
                PolicyCatalog.bundled().template("S3").render(Map.of("bucketName", "acme-events"))),
                role.inlinePolicies());
        assertEquals(Arn.parse("arn:aws:iam::123456789012:policy/boundary"), role.permissionsBoundary());
        assertEquals(List.of(Tag.of("team", "data")), role.tags());
        assertEquals(7200, role.maxSessionDuration().seconds());
        assertEquals("arn:aws:iam::123456789012:role/rudderstack/rudderstack-s3",
                role.arn(RudderStack.PARTITION, dev.rudderiam.arn.AccountId.of("123456789012")).toString());
    }

    @Test
    void twoBucketsOfOneDestinationShareOneStatement() {
        RoleSpec role = base().destination("S3", Map.of("bucketName", "one"))
                .destination("S3", Map.of("bucketName", "two")).build();
        assertEquals(json("{\"Version\":\"2012-10-17\",\"Statement\":[{\"Sid\":\"S3UploadObjects\",\"Effect\":"
                + "\"Allow\",\"Action\":[\"s3:PutObject\",\"s3:PutObjectAcl\",\"s3:AbortMultipartUpload\"],"
                + "\"Resource\":[\"arn:aws:s3:::one/*\",\"arn:aws:s3:::two/*\"]},{\"Sid\":\"S3ListDateFolders\","
                + "\"Effect\":\"Allow\",\"Action\":\"s3:ListBucket\",\"Resource\":[\"arn:aws:s3:::one\","
                + "\"arn:aws:s3:::two\"],\"Condition\":{\"StringLike\":{\"s3:prefix\":[\"rudder-logs/*\","
                + "\"*/rudder-logs/*\"]}}}]}"), role.inlinePolicies().get(PolicyName.of("rudderstack-s3")));
    }

    @Test
    void perDestinationLayoutNamesOnePolicyPerDestinationId() {
        RoleSpec role = base().destination("S3_DATALAKE", Map.of("bucketName", "lake"))
                .destination("RS_IAM_AUTH", Map.of("region", "us-east-1", "accountId", "123456789012",
                        "clusterId", "c1", "dbUser", "u", "dbName", "d"))
                .build();
        assertEquals(List.of("rudderstack-s3-datalake", "rudderstack-rs-iam-auth"), role.inlinePolicies().keySet()
                .stream().map(PolicyName::value).collect(Collectors.toList()));
    }

    @Test
    void combinedLayoutMergesDuplicateStatementsAcrossDestinations() {
        RoleSpec role = base().policyLayout(PolicyLayout.COMBINED)
                .destination("RS", Map.of("bucketName", "staging"))
                .destination("SNOWFLAKE", Map.of("bucketName", "staging"))
                .destination("S3", Map.of("bucketName", "staging"))
                .destination("EVENTBRIDGE", Map.of())
                .build();
        assertEquals(List.of(PolicyName.of(RudderStackRole.COMBINED_POLICY_NAME)),
                List.copyOf(role.inlinePolicies().keySet()));
        assertEquals(json("{\"Version\":\"2012-10-17\",\"Statement\":["
                + "{\"Sid\":\"StagingObjects\",\"Effect\":\"Allow\",\"Action\":[\"s3:GetObject\",\"s3:PutObject\","
                + "\"s3:PutObjectAcl\",\"s3:AbortMultipartUpload\",\"s3:GetObjectVersion\"],"
                + "\"Resource\":\"arn:aws:s3:::staging/*\"},"
                + "{\"Sid\":\"StagingList\",\"Effect\":\"Allow\",\"Action\":[\"s3:ListBucket\",\"s3:GetBucketLocation\"],"
                + "\"Resource\":\"arn:aws:s3:::staging\"},"
                // S3's listing keeps its s3:prefix condition: statements with different conditions never merge
                + "{\"Sid\":\"S3ListDateFolders\",\"Effect\":\"Allow\",\"Action\":\"s3:ListBucket\","
                + "\"Resource\":\"arn:aws:s3:::staging\",\"Condition\":{\"StringLike\":{\"s3:prefix\":"
                + "[\"rudder-logs/*\",\"*/rudder-logs/*\"]}}},"
                + "{\"Sid\":\"EventBridgePutEvents\",\"Effect\":\"Allow\",\"Action\":\"events:PutEvents\","
                + "\"Resource\":\"*\"}]}"), role.inlinePolicies().values().iterator().next());
    }

    @Test
    void snowflakeStorageIntegrationAddsTheSecondTrustStatement() {
        RoleSpec role = base()
                .destination("SNOWFLAKE", Map.of("bucketName", "sf-stage"))
                .destination("SNOWFLAKE_STORAGE_INTEGRATION", Map.of("bucketName", "sf-stage", "snowflakeUserArn",
                        "arn:aws:iam::210987654321:user/abc1-s-v2st1234", "snowflakeExternalId", "SF_EXT=1"))
                .build();
        // shared/reference/rudderstack-destinations.md section 7
        PolicyDocument expected = PolicyJson.read("{\"Version\":\"2012-10-17\",\"Statement\":["
                + "{\"Effect\":\"Allow\",\"Principal\":{\"AWS\":[\"arn:aws:iam::422074288268:root\"]},"
                + "\"Action\":\"sts:AssumeRole\",\"Condition\":{\"StringEquals\":{\"sts:ExternalId\":\"" + WORKSPACE
                + "\"}}},{\"Effect\":\"Allow\",\"Principal\":{\"AWS\":[\"arn:aws:iam::210987654321:user/abc1-s-v2st1234\"]},"
                + "\"Action\":\"sts:AssumeRole\",\"Condition\":{\"StringEquals\":{\"sts:ExternalId\":\"SF_EXT=1\"}}}]}");
        assertTrue(expected.semanticallyEquals(role.trustPolicy()), PolicyJson.write(role.trustPolicy()));
    }

    @Test
    void failsClearlyWhenTheInlinePoliciesExceedTheRoleQuota() {
        String streams = IntStream.range(0, 120).mapToObj(i -> "delivery-stream-with-a-long-name-" + i)
                .collect(Collectors.joining(","));
        RudderStackRole.Builder builder = base().destination("FIREHOSE", Map.of("region", "us-east-1",
                "accountId", "123456789012", "deliveryStreams", streams));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, builder::build);
        assertTrue(e.getMessage().startsWith("inline policies of role 'rudderstack' total "), e.getMessage());
        assertTrue(e.getMessage().contains("IAM allows at most 10240 per role; split the destinations"),
                e.getMessage());
    }

    @Test
    void suggestsTheCombinedLayoutWhenOnlyItFits() {
        RudderStackRole.Builder builder = base();
        for (String id : List.of("S3", "RS", "SNOWFLAKE", "POSTGRES", "MSSQL")) {
            for (int i = 0; i < 20; i++) {
                builder.destination(id, Map.of("bucketName", "bucket-with-a-rather-long-name-number-" + i));
            }
        }
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, builder::build);
        assertTrue(e.getMessage().contains("; the combined layout (PolicyLayout.COMBINED) needs "), e.getMessage());
        RoleSpec combined = builder.policyLayout(PolicyLayout.COMBINED).build();
        // objects (all five destinations), buckets with Snowflake's GetBucketLocation, S3's conditioned listing
        assertEquals(3, combined.inlinePolicies().values().iterator().next().statements().size());
    }

    @Test
    void staysWithinTheQuotaWhenItCan() {
        String streams = IntStream.range(0, 60).mapToObj(i -> "delivery-stream-with-a-long-name-" + i)
                .collect(Collectors.joining(","));
        RoleSpec role = base().destination("FIREHOSE", Map.of("region", "us-east-1", "accountId", "123456789012",
                "deliveryStreams", streams)).build();
        int total = role.inlinePolicies().values().stream().mapToInt(PolicySize::of).sum();
        assertTrue(total > 5000 && total <= Quotas.DEFAULT.roleInlinePolicies(), "total " + total);
    }

    @Test
    void reportsMissingPartsAndBadDestinations() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> RudderStackRole.builder().roleName("r")
                .destination("S3", Map.of("bucketName", "b")).build()).getMessage().startsWith("workspace id is missing"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> RudderStackRole.builder().workspaceId(WORKSPACE)
                .destination("S3", Map.of("bucketName", "b")).build()).getMessage().startsWith("role name is missing"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> base().build()).getMessage()
                .startsWith("destinations are missing"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> base().destination("SQS", Map.of()).build())
                .getMessage().startsWith("destination 'SQS' is unknown"));
        assertEquals("bucketName", assertThrows(DestinationParameterException.class,
                () -> base().destination("S3", Map.of()).build()).parameter());
        assertThrows(IllegalArgumentException.class, () -> base().maxSessionDuration(Duration.ofMinutes(30))
                .destination("S3", Map.of("bucketName", "b")).build());
        assertThrows(IllegalArgumentException.class, () -> base().maxSessionDuration(Duration.ofMillis(3_600_500)));
    }

    @Test
    void aNullParameterValueOrNameIsNamedNotANullPointerWithoutMessage() {
        Map<String, String> nullValue = new java.util.HashMap<>();
        nullValue.put("bucketName", null);
        NullPointerException value = assertThrows(NullPointerException.class,
                () -> RudderStackRole.builder().destination("S3", nullValue));
        assertEquals("destination S3: parameter 'bucketName' has a null value", value.getMessage());
        Map<String, String> nullName = new java.util.HashMap<>();
        nullName.put(null, "acme-events");
        NullPointerException name = assertThrows(NullPointerException.class,
                () -> RudderStackRole.builder().destination("S3", nullName));
        assertEquals("destination S3: a parameter name is null", name.getMessage());
        NullPointerException template = assertThrows(NullPointerException.class,
                () -> PolicyCatalog.bundled().template("S3").render(nullName));
        assertEquals("destination S3: a parameter name is null", template.getMessage());
    }

    @Test
    void managedPoliciesAloneAreEnough() {
        RoleSpec role = base().addManagedPolicyArn(Arn.parse("arn:aws:iam::aws:policy/ReadOnlyAccess")).build();
        assertEquals(Map.of(), role.inlinePolicies());
        assertEquals(1, role.managedPolicyArns().size());
    }

    private static RudderStackRole.Builder base() {
        return RudderStackRole.builder().workspaceId(WORKSPACE).roleName("rudderstack");
    }

    private static PolicyDocument json(String text) {
        return PolicyJson.read(text);
    }
}
