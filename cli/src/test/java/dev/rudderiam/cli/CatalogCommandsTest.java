package dev.rudderiam.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rudderiam.catalog.PolicyCatalog;
import dev.rudderiam.catalog.blueprint.RudderStackRole;
import dev.rudderiam.catalog.export.ExportFormat;
import dev.rudderiam.json.JsonStyle;
import dev.rudderiam.json.JsonValues;
import dev.rudderiam.json.PolicyJson;
import dev.rudderiam.role.PolicyName;
import dev.rudderiam.role.RoleSpec;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The catalog commands: destinations, policy and role, with their exit codes. */
class CatalogCommandsTest {
    @Test
    void destinationsListsEveryTemplateAsATable() {
        CliRun run = CliRun.of("destinations");
        assertEquals(0, run.exitCode(), run.err());
        List<String> lines = run.out().lines().toList();
        assertTrue(lines.get(0).matches("ID +NAME +PARAMETERS"), lines.get(0));
        assertTrue(lines.get(1).matches("S3 +Amazon S3 +bucketName\\*, prefix, kmsKeyArn"), lines.get(1));
        assertEquals(PolicyCatalog.bundled().destinations().size() + 2, lines.size());
    }

    @Test
    void destinationsAsJsonHasTheDocumentedShape() {
        CliRun run = CliRun.of("destinations", "--output", "json");
        assertEquals(0, run.exitCode(), run.err());
        List<?> entries = (List<?>) JsonValues.read(run.out(), 1 << 20);
        assertEquals(PolicyCatalog.bundled().destinations().size(), entries.size());
        for (Object entry : entries) {
            Map<?, ?> destination = (Map<?, ?>) entry;
            assertEquals(List.of("id", "name", "docs", "parameters"), List.copyOf(destination.keySet()));
            for (Object parameter : (List<?>) destination.get("parameters")) {
                assertEquals(List.of("name", "type", "required", "default", "description"),
                        List.copyOf(((Map<?, ?>) parameter).keySet()));
            }
        }
        Map<?, ?> firehose = (Map<?, ?>) entries.get(2);
        assertEquals("FIREHOSE", firehose.get("id"));
        Map<?, ?> streams = (Map<?, ?>) ((List<?>) firehose.get("parameters")).get(2);
        assertEquals("deliveryStreams", streams.get("name"));
        assertEquals("firehose-delivery-stream[]", streams.get("type"));
        assertEquals(Boolean.TRUE, streams.get("required"));
        assertEquals(JsonValues.NULL, streams.get("default"));
        assertEquals(2, CliRun.of("destinations", "--output", "yaml").exitCode());
    }

    @Test
    void policyPrintsTheRenderedPolicy() {
        CliRun run = CliRun.of("policy", "--destination", "S3", "--param", "bucketName=acme-events");
        assertEquals(0, run.exitCode(), run.err());
        assertEquals("{\"Version\":\"2012-10-17\",\"Statement\":[{\"Sid\":\"S3UploadObjects\",\"Effect\":\"Allow\","
                + "\"Action\":[\"s3:PutObject\",\"s3:PutObjectAcl\",\"s3:AbortMultipartUpload\"],"
                + "\"Resource\":\"arn:aws:s3:::acme-events/*\"},{\"Sid\":\"S3ListDateFolders\",\"Effect\":\"Allow\","
                + "\"Action\":\"s3:ListBucket\",\"Resource\":\"arn:aws:s3:::acme-events\",\"Condition\":{\"StringLike\":"
                + "{\"s3:prefix\":[\"rudder-logs/*\",\"*/rudder-logs/*\"]}}}]}",
                run.out().strip());
    }

    @Test
    void policyNotesATrustedPartyTheTrustPolicyNeeds() {
        CliRun run = CliRun.of("policy", "--destination", "SNOWFLAKE_STORAGE_INTEGRATION", "--param",
                "bucketName=sf-stage", "--param", "snowflakeUserArn=arn:aws:iam::210987654321:user/sf",
                "--param", "snowflakeExternalId=SF=1");
        assertEquals(0, run.exitCode(), run.err());
        assertEquals("note: SNOWFLAKE_STORAGE_INTEGRATION also needs arn:aws:iam::210987654321:user/sf with external"
                + " id SF=1 in the role's trust policy; 'role' adds it", run.err().strip());
    }

    @Test
    void policyRefusesBadParametersWithTheRuleAndNoStackTrace() {
        CliRun run = CliRun.of("policy", "--destination", "S3", "--param", "bucketName=Acme_Events");
        assertEquals(ExitCodes.BAD_INPUT, run.exitCode());
        assertTrue(run.err().startsWith("error: destination S3: parameter 'bucketName' = 'Acme_Events' is invalid: an"
                + " S3 bucket name is"), run.err());
        assertFalse(run.err().contains("\tat "), run.err());
        assertTrue(CliRun.of("policy", "--destination", "SQS").err().contains("destination 'SQS' is unknown"));
    }

    @Test
    void parametersBelongToTheDestinationTheyFollow() {
        CliRun run = CliRun.of("role", "--workspace-id", "ws-1", "--name", "rudderstack",
                "--destination", "S3", "--param", "bucketName=events-bucket",
                "--destination", "RS", "--param", "bucketName=staging-bucket", "--param", "cleanup=true",
                "--destination", "FIREHOSE", "--param", "region=us-east-1", "--param", "accountId=123456789012",
                "--param", "deliveryStreams=a,b",
                "--destination", "SNOWFLAKE_STORAGE_INTEGRATION", "--param", "bucketName=staging-bucket",
                "--param", "snowflakeUserArn=arn:aws:iam::210987654321:user/sf", "--param", "snowflakeExternalId=SF=1");
        assertEquals(0, run.exitCode(), run.err());
        RoleSpec expected = RudderStackRole.builder().workspaceId("ws-1").roleName("rudderstack")
                .destination("S3", Map.of("bucketName", "events-bucket"))
                .destination("RS", Map.of("bucketName", "staging-bucket", "cleanup", "true"))
                .destination("FIREHOSE", Map.of("region", "us-east-1", "accountId", "123456789012",
                        "deliveryStreams", "a,b"))
                .destination("SNOWFLAKE_STORAGE_INTEGRATION", Map.of("bucketName", "staging-bucket",
                        "snowflakeUserArn", "arn:aws:iam::210987654321:user/sf", "snowflakeExternalId", "SF=1"))
                .build();
        assertEquals(bundle(expected, "ws-1"), run.out().strip());
    }

    @Test
    void roleOptionsCarryEveryAttribute() {
        CliRun run = CliRun.of("role", "--workspace-id", "ws-1", "--name", "r", "--path", "/rs/",
                "--description", "RudderStack", "--permissions-boundary", "arn:aws:iam::123456789012:policy/b",
                "--tag", "team=data", "--tag", "env=prod", "--max-session-duration", "7200",
                "--managed-policy-arn", "arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess", "--combine-policies",
                "--destination", "S3", "--param", "bucketName=bucket-1", "--destination", "KINESIS",
                "--param", "region=eu-west-1", "--param", "accountId=123456789012", "--param", "streamName=s");
        assertEquals(0, run.exitCode(), run.err());
        RoleSpec expected = RudderStackRole.builder().workspaceId("ws-1").roleName("r").path("/rs/")
                .description("RudderStack")
                .permissionsBoundary(dev.rudderiam.arn.Arn.parse("arn:aws:iam::123456789012:policy/b"))
                .tag("team", "data").tag("env", "prod").maxSessionDuration(Duration.ofSeconds(7200))
                .addManagedPolicyArn(dev.rudderiam.arn.Arn.parse("arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess"))
                .policyLayout(dev.rudderiam.catalog.blueprint.PolicyLayout.COMBINED)
                .destination("S3", Map.of("bucketName", "bucket-1"))
                .destination("KINESIS", Map.of("region", "eu-west-1", "accountId", "123456789012", "streamName", "s"))
                .build();
        assertEquals(bundle(expected, "ws-1"), run.out().strip());
    }

    @Test
    void roleExportsCloudFormationAndTerraform() {
        String[] base = {"role", "--workspace-id", "ws-1", "--name", "r", "--destination", "S3",
            "--param", "bucketName=bucket-1"};
        RoleSpec spec = RudderStackRole.builder().workspaceId("ws-1").roleName("r")
                .destination("S3", Map.of("bucketName", "bucket-1")).build();
        for (String format : List.of("cloudformation", "terraform")) {
            String[] args = java.util.stream.Stream.concat(java.util.Arrays.stream(base),
                    java.util.stream.Stream.of("--format", format)).toArray(String[]::new);
            CliRun run = CliRun.of(args);
            assertEquals(0, run.exitCode(), run.err());
            assertEquals(ExportFormat.of(format).write(spec, JsonStyle.COMPACT), run.out().strip());
        }
        CliRun bad = CliRun.of("role", "--workspace-id", "ws-1", "--name", "r", "--format", "yaml",
                "--destination", "S3", "--param", "bucketName=bucket-1");
        assertEquals(ExitCodes.BAD_INPUT, bad.exitCode());
        assertTrue(bad.err().contains("format 'yaml' is unknown"), bad.err());
        assertEquals(PolicyJson.read("{\"Version\":\"2012-10-17\",\"Statement\":[{\"Sid\":\"S3UploadObjects\","
                + "\"Effect\":\"Allow\",\"Action\":[\"s3:PutObject\",\"s3:PutObjectAcl\",\"s3:AbortMultipartUpload\"],"
                + "\"Resource\":\"arn:aws:s3:::bucket-1/*\"},{\"Sid\":\"S3ListDateFolders\",\"Effect\":\"Allow\","
                + "\"Action\":\"s3:ListBucket\",\"Resource\":\"arn:aws:s3:::bucket-1\",\"Condition\":{\"StringLike\":"
                + "{\"s3:prefix\":[\"rudder-logs/*\",\"*/rudder-logs/*\"]}}}]}"),
                spec.inlinePolicies().get(PolicyName.of("rudderstack-s3")));
    }

    @Test
    void roleCarriesTheValidatorsFindingsAndFailsTheCheckOnSecurityWarnings() {
        CliRun json = CliRun.of("role", "--workspace-id", "2Nk4t3WkHTGYzbTvG2zLXJXKNoF", "--name", "r",
                "--destination", "EVENTBRIDGE");
        assertEquals(ExitCodes.FAILED_CHECK, json.exitCode(), json.err());
        Map<?, ?> bundle = (Map<?, ?>) JsonValues.read(json.out(), 1 << 20);
        List<?> findings = (List<?>) bundle.get("findings");
        assertEquals(1, findings.size());
        Map<?, ?> finding = (Map<?, ?>) findings.get(0);
        assertEquals(List.of("severity", "code", "path", "message", "link"), List.copyOf(finding.keySet()));
        assertEquals("SECURITY_WARNING", finding.get("severity"));
        assertEquals("WRITE_ACTION_ON_ALL_RESOURCES", finding.get("code"));
        assertEquals("/permissionPolicies/rudderstack-eventbridge/Statement/0/Action", finding.get("path"));

        CliRun terraform = CliRun.of("role", "--workspace-id", "2Nk4t3WkHTGYzbTvG2zLXJXKNoF", "--name", "r", "--format", "terraform",
                "--destination", "EVENTBRIDGE");
        assertEquals(ExitCodes.FAILED_CHECK, terraform.exitCode());
        assertTrue(terraform.err().startsWith("SECURITY_WARNING WRITE_ACTION_ON_ALL_RESOURCES at"
                + " /permissionPolicies/rudderstack-eventbridge/Statement/0/Action: "), terraform.err());

        CliRun narrowed = CliRun.of("role", "--workspace-id", "2Nk4t3WkHTGYzbTvG2zLXJXKNoF", "--name", "r", "--destination", "EVENTBRIDGE",
                "--param", "region=us-east-1", "--param", "accountId=123456789012");
        assertEquals(ExitCodes.OK, narrowed.exitCode(), narrowed.out());
        assertEquals(List.of(), ((Map<?, ?>) JsonValues.read(narrowed.out(), 1 << 20)).get("findings"));
    }

    private static String bundle(RoleSpec role, String workspaceId) {
        return ExportFormat.jsonBundle(role, RudderStackRole.validator(workspaceId).validate(role), JsonStyle.COMPACT);
    }

    @Test
    void roleReportsMissingOptionsAndDestinations() {
        CliRun noName = CliRun.of("role", "--workspace-id", "ws-1", "--destination", "S3", "--param", "bucketName=bucket-1");
        assertEquals(ExitCodes.BAD_INPUT, noName.exitCode());
        assertTrue(noName.err().contains("Missing required option: '--name=NAME'"), noName.err());
        CliRun none = CliRun.of("role", "--workspace-id", "ws-1", "--name", "r");
        assertEquals(ExitCodes.BAD_INPUT, none.exitCode());
        assertTrue(none.err().contains("destinations are missing"), none.err());
        CliRun orphan = CliRun.of("role", "--workspace-id", "ws-1", "--name", "r", "--param", "bucketName=bucket-1");
        assertEquals(ExitCodes.BAD_INPUT, orphan.exitCode());
    }
}
