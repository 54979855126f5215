package dev.rudderiam.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rudderiam.arn.Arn;
import dev.rudderiam.json.PolicyJson;
import dev.rudderiam.policy.PolicyDocument;
import dev.rudderiam.role.ExternalId;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Examples from the RudderStack reference (shared/reference/rudderstack-destinations.md, sections 4.1 to 4.11):
 * each expected policy is the "Corrected" or documented one there, compared semantically (statement order, Sids
 * and scalar-versus-array do not matter to IAM; Sids are dropped before comparing).
 */
class PolicyCatalogTest {
    private static final String ACCOUNT = "123456789012";
    private final PolicyCatalog catalog = PolicyCatalog.bundled();

    @Test
    void listsEveryDestinationRudderStackOffersRoleBasedAuthenticationFor() {
        assertEquals(List.of("S3", "KINESIS", "FIREHOSE", "EVENTBRIDGE", "LAMBDA", "PERSONALIZE", "RS", "RS_IAM_AUTH",
                "RS_SERVERLESS_IAM_AUTH", "S3_DATALAKE", "SNOWFLAKE", "SNOWFLAKE_STORAGE_INTEGRATION", "DELTALAKE",
                "POSTGRES", "MSSQL", "CLICKHOUSE", "AZURE_SYNAPSE"),
                catalog.destinations().stream().map(DestinationTemplate::id).collect(Collectors.toList()));
        catalog.destinations().forEach(t -> assertTrue(t.docs().startsWith("https://www.rudderstack.com/docs/"),
                t.id()));
    }

    /** The S3 destination's statements without prefix: uploads (C3 and AbortMultipartUpload) and the listing. */
    private static final String S3_UPLOADS = "{\"Effect\":\"Allow\",\"Action\":[\"s3:PutObject\",\"s3:PutObjectAcl\","
            + "\"s3:AbortMultipartUpload\"],\"Resource\":\"arn:aws:s3:::acme-events/*\"},{\"Effect\":\"Allow\","
            + "\"Action\":\"s3:ListBucket\",\"Resource\":\"arn:aws:s3:::acme-events\",\"Condition\":{\"StringLike\":"
            + "{\"s3:prefix\":[\"rudder-logs/*\",\"*/rudder-logs/*\"]}}}";

    @Test
    void s3GrantsPutObjectAclAsWellCorrectionC3AndListsTheDateFolders() {
        assertRenders("S3", Map.of("bucketName", "acme-events"), "{\"Version\":\"2012-10-17\",\"Statement\":["
                + S3_UPLOADS + "]}");
        assertTrue(catalog.template("S3").notes().get(0).contains("s3:PutObjectAcl"));
        assertRenders("S3", Map.of("bucketName", "acme-events", "prefix", "events/web"), "{\"Version\":\"2012-10-17\","
                + "\"Statement\":[{\"Effect\":\"Allow\",\"Action\":[\"s3:PutObject\",\"s3:PutObjectAcl\","
                + "\"s3:AbortMultipartUpload\"],\"Resource\":\"arn:aws:s3:::acme-events/events/web/*\"},"
                + "{\"Effect\":\"Allow\",\"Action\":\"s3:ListBucket\",\"Resource\":\"arn:aws:s3:::acme-events\","
                + "\"Condition\":{\"StringLike\":{\"s3:prefix\":\"events/web/rudder-logs/*\"}}}]}");
    }

    @Test
    void kmsKeyAddsGenerateDataKeyAndDecryptCorrectionC4() {
        String key = "arn:aws:kms:us-east-1:" + ACCOUNT + ":key/1234abcd-12ab-34cd-56ef-1234567890ab";
        assertRenders("S3", Map.of("bucketName", "acme-events", "kmsKeyArn", key), "{\"Version\":\"2012-10-17\","
                + "\"Statement\":[" + S3_UPLOADS + ",{\"Effect\":\"Allow\",\"Action\":"
                + "[\"kms:GenerateDataKey\",\"kms:Decrypt\"],\"Resource\":\"" + key + "\"}]}");
    }

    @Test
    void kinesisWithACustomerManagedKeyMayGenerateDataKeys() {
        String key = "arn:aws:kms:us-east-1:" + ACCOUNT + ":key/1234abcd-12ab-34cd-56ef-1234567890ab";
        assertRenders("KINESIS", Map.of("region", "us-east-1", "accountId", ACCOUNT, "streamName", "events",
                "kmsKeyArn", key), "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\","
                        + "\"Action\":[\"kinesis:PutRecord\"],\"Resource\":[\"arn:aws:kinesis:us-east-1:" + ACCOUNT
                        + ":stream/events\"]},{\"Effect\":\"Allow\",\"Action\":\"kms:GenerateDataKey\",\"Resource\":\""
                        + key + "\"}]}");
    }

    @Test
    void kinesisIsAsDocumented() {
        assertRenders("KINESIS", Map.of("region", "us-east-1", "accountId", ACCOUNT, "streamName", "events"),
                "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":[\"kinesis:PutRecord\"],"
                        + "\"Resource\":[\"arn:aws:kinesis:us-east-1:" + ACCOUNT + ":stream/events\"]}]}");
    }

    @Test
    void firehoseNamesEachDeliveryStreamCorrectionC1() {
        assertRenders("FIREHOSE", Map.of("region", "eu-west-1", "accountId", ACCOUNT, "deliveryStreams",
                "tracks,identifies,tracks"), "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\","
                        + "\"Action\":[\"firehose:PutRecord\"],\"Resource\":["
                        + "\"arn:aws:firehose:eu-west-1:" + ACCOUNT + ":deliverystream/tracks\","
                        + "\"arn:aws:firehose:eu-west-1:" + ACCOUNT + ":deliverystream/identifies\"]}]}");
    }

    @Test
    void eventBridgeIsNarrowedToTheBusWhenRegionAndAccountAreGiven() {
        assertRenders("EVENTBRIDGE", Map.of(), "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\","
                + "\"Action\":[\"events:PutEvents\"],\"Resource\":\"*\"}]}");
        assertRenders("EVENTBRIDGE", Map.of("region", "us-east-1", "accountId", ACCOUNT),
                "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":[\"events:PutEvents\"],"
                        + "\"Resource\":\"arn:aws:events:us-east-1:" + ACCOUNT + ":event-bus/default\"}]}");
    }

    @Test
    void lambdaIsNarrowedAsFarAsTheParametersAllow() {
        assertRenders("LAMBDA", Map.of(), "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\","
                + "\"Action\":[\"lambda:InvokeFunction\"],\"Resource\":\"*\"}]}");
        assertRenders("LAMBDA", Map.of("region", "us-east-1", "accountId", ACCOUNT), "{\"Version\":\"2012-10-17\","
                + "\"Statement\":[{\"Effect\":\"Allow\",\"Action\":[\"lambda:InvokeFunction\"],"
                + "\"Resource\":\"arn:aws:lambda:us-east-1:" + ACCOUNT + ":function:*\"}]}");
        assertRenders("LAMBDA", Map.of("region", "us-east-1", "accountId", ACCOUNT, "functionName", "ingest"),
                "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":[\"lambda:InvokeFunction\"],"
                        + "\"Resource\":[\"arn:aws:lambda:us-east-1:" + ACCOUNT + ":function:ingest\","
                        + "\"arn:aws:lambda:us-east-1:" + ACCOUNT + ":function:ingest:*\"]}]}");
    }

    @Test
    void personalizeGrantsOnlyTheChosenOperation() {
        assertRenders("PERSONALIZE", Map.of(), "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\","
                + "\"Action\":[\"personalize:PutEvents\"],\"Resource\":\"*\"}]}");
        assertRenders("PERSONALIZE", Map.of("eventChoice", "PutUsers"), "{\"Version\":\"2012-10-17\",\"Statement\":"
                + "[{\"Effect\":\"Allow\",\"Action\":[\"personalize:PutUsers\"],\"Resource\":\"*\"}]}");
        String dataset = "arn:aws:personalize:us-east-1:" + ACCOUNT + ":dataset/shop/ITEMS";
        assertRenders("PERSONALIZE", Map.of("eventChoice", "PutItems", "datasetArn", dataset),
                "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":[\"personalize:PutItems\"],"
                        + "\"Resource\":\"" + dataset + "\"}]}");
    }

    @Test
    void warehouseStagingListsTheBucketAndCleansUpOnRequestCorrectionsC2AndC5() {
        String objects = "{\"Effect\":\"Allow\",\"Action\":[\"s3:GetObject\",\"s3:PutObject\",\"s3:PutObjectAcl\","
                + "\"s3:AbortMultipartUpload\"],\"Resource\":\"arn:aws:s3:::staging/*\"}";
        String list = "{\"Effect\":\"Allow\",\"Action\":\"s3:ListBucket\",\"Resource\":\"arn:aws:s3:::staging\"}";
        String delete = "{\"Effect\":\"Allow\",\"Action\":\"s3:DeleteObject\",\"Resource\":\"arn:aws:s3:::staging/*\"}";
        String noCleanup = "{\"Version\":\"2012-10-17\",\"Statement\":[" + objects + "," + list + "]}";
        String cleanup = "{\"Version\":\"2012-10-17\",\"Statement\":[" + objects + "," + list + "," + delete + "]}";
        for (String id : List.of("RS", "DELTALAKE", "POSTGRES", "MSSQL", "CLICKHOUSE", "AZURE_SYNAPSE")) {
            assertRenders(id, Map.of("bucketName", "staging"), noCleanup);
            assertRenders(id, Map.of("bucketName", "staging", "cleanup", "TRUE"), cleanup);
        }
        assertRenders("SNOWFLAKE", Map.of("bucketName", "staging", "storageIntegration", "true"), noCleanup);
        assertRenders("SNOWFLAKE", Map.of("bucketName", "staging", "cleanup", "TRUE", "storageIntegration", "true"),
                cleanup);
    }

    @Test
    void snowflakeCopyWithTemporaryCredentialsReadsWhatSnowflakeRequires() {
        assertRenders("SNOWFLAKE", Map.of("bucketName", "staging"), "{\"Version\":\"2012-10-17\",\"Statement\":["
                + "{\"Effect\":\"Allow\",\"Action\":[\"s3:GetObject\",\"s3:PutObject\",\"s3:PutObjectAcl\","
                + "\"s3:AbortMultipartUpload\"],\"Resource\":\"arn:aws:s3:::staging/*\"},"
                + "{\"Effect\":\"Allow\",\"Action\":\"s3:ListBucket\",\"Resource\":\"arn:aws:s3:::staging\"},"
                + "{\"Effect\":\"Allow\",\"Action\":\"s3:GetObjectVersion\",\"Resource\":\"arn:aws:s3:::staging/*\"},"
                + "{\"Effect\":\"Allow\",\"Action\":\"s3:GetBucketLocation\",\"Resource\":\"arn:aws:s3:::staging\"}]}");
    }

    @Test
    void redshiftIamAuthIsAsDocumented() {
        String r = "arn:aws:redshift:us-west-2:" + ACCOUNT + ":";
        assertRenders("RS_IAM_AUTH", Map.of("region", "us-west-2", "accountId", ACCOUNT, "clusterId", "analytics",
                "dbUser", "rudder", "dbName", "dev"), "{\"Version\":\"2012-10-17\",\"Statement\":["
                        + "{\"Effect\":\"Allow\",\"Action\":\"redshift:GetClusterCredentials\",\"Resource\":[\"" + r
                        + "dbuser:analytics/rudder\",\"" + r + "dbname:analytics/dev\"]},"
                        + "{\"Effect\":\"Allow\",\"Action\":[\"redshift-data:BatchExecuteStatement\","
                        + "\"redshift-data:ExecuteStatement\"],\"Resource\":[\"" + r + "cluster:analytics\"]},"
                        + "{\"Effect\":\"Allow\",\"Action\":[\"redshift-data:GetStatementResult\","
                        + "\"redshift-data:CancelStatement\",\"redshift-data:DescribeStatement\"],\"Resource\":\"*\"}]}");
    }

    @Test
    void redshiftServerlessGrantsTheWorkgroupOrAllWorkgroupsOfTheRegion() {
        String workgroup = "arn:aws:redshift-serverless:us-west-2:" + ACCOUNT + ":workgroup/";
        String expected = "{\"Version\":\"2012-10-17\",\"Statement\":["
                + "{\"Effect\":\"Allow\",\"Action\":[\"redshift-serverless:GetCredentials\","
                + "\"redshift-data:BatchExecuteStatement\",\"redshift-data:ExecuteStatement\"],\"Resource\":[\""
                + workgroup + "%s\"]},"
                + "{\"Effect\":\"Allow\",\"Action\":[\"redshift-data:GetStatementResult\","
                + "\"redshift-data:CancelStatement\",\"redshift-data:DescribeStatement\"],\"Resource\":\"*\"}]}";
        String id = "0f1e2d3c-4b5a-6978-8a9b-0c1d2e3f4a5b";
        assertRenders("RS_SERVERLESS_IAM_AUTH", Map.of("region", "us-west-2", "accountId", ACCOUNT, "workgroupId", id),
                String.format(expected, id));
        assertRenders("RS_SERVERLESS_IAM_AUTH", Map.of("region", "us-west-2", "accountId", ACCOUNT),
                String.format(expected, "*"));
    }

    @Test
    void dataLakeAddsGlueOnlyWhenOnAndScopesItToTheNamespace() {
        String s3 = "{\"Effect\":\"Allow\",\"Action\":[\"s3:GetObject\",\"s3:PutObject\",\"s3:PutObjectAcl\","
                + "\"s3:AbortMultipartUpload\"],"
                + "\"Resource\":\"arn:aws:s3:::lake/*\"},{\"Effect\":\"Allow\",\"Action\":\"s3:ListBucket\","
                + "\"Resource\":\"arn:aws:s3:::lake\"}";
        assertRenders("S3_DATALAKE", Map.of("bucketName", "lake"), "{\"Version\":\"2012-10-17\",\"Statement\":[" + s3
                + "]}");
        assertRenders("S3_DATALAKE", Map.of("bucketName", "lake", "useGlue", "true"), "{\"Version\":\"2012-10-17\","
                + "\"Statement\":[" + s3 + ",{\"Effect\":\"Allow\",\"Action\":[\"glue:CreateDatabase\","
                + "\"glue:CreateTable\",\"glue:UpdateTable\",\"glue:GetTables\"],\"Resource\":\"*\"}]}");
        String g = "arn:aws:glue:eu-central-1:" + ACCOUNT + ":";
        assertRenders("S3_DATALAKE", Map.of("bucketName", "lake", "useGlue", "true", "region", "eu-central-1",
                "accountId", ACCOUNT, "namespace", "web"), "{\"Version\":\"2012-10-17\",\"Statement\":[" + s3
                        + ",{\"Effect\":\"Allow\",\"Action\":\"glue:CreateDatabase\",\"Resource\":[\"" + g
                        + "catalog\",\"" + g + "database/web\"]},{\"Effect\":\"Allow\",\"Action\":["
                        + "\"glue:CreateTable\",\"glue:UpdateTable\",\"glue:GetTables\"],\"Resource\":[\"" + g
                        + "catalog\",\"" + g + "database/web\",\"" + g + "table/web/*\"]}]}");
    }

    @Test
    void dataLakeGrantsGluePartitionsOnlyWithATimeWindowLayoutAndDeletesOnlyWithCleanup() {
        String g = "arn:aws:glue:eu-central-1:" + ACCOUNT + ":";
        String glueResources = "[\"" + g + "catalog\",\"" + g + "database/web\",\"" + g + "table/web/*\"]";
        assertRenders("S3_DATALAKE", Map.of("bucketName", "lake", "cleanup", "true", "useGlue", "true",
                "timeWindowLayout", "true", "region", "eu-central-1", "accountId", ACCOUNT, "namespace", "web"),
                "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":[\"s3:GetObject\","
                        + "\"s3:PutObject\",\"s3:PutObjectAcl\",\"s3:AbortMultipartUpload\"],"
                        + "\"Resource\":\"arn:aws:s3:::lake/*\"},{\"Effect\":\"Allow\",\"Action\":\"s3:ListBucket\","
                        + "\"Resource\":\"arn:aws:s3:::lake\"},{\"Effect\":\"Allow\",\"Action\":\"s3:DeleteObject\","
                        + "\"Resource\":\"arn:aws:s3:::lake/*\"},"
                        + "{\"Effect\":\"Allow\",\"Action\":\"glue:CreateDatabase\","
                        + "\"Resource\":[\"" + g + "catalog\",\"" + g + "database/web\"]},{\"Effect\":\"Allow\","
                        + "\"Action\":[\"glue:CreateTable\",\"glue:UpdateTable\",\"glue:GetTables\"],\"Resource\":"
                        + glueResources + "},{\"Effect\":\"Allow\",\"Action\":[\"glue:GetPartition\","
                        + "\"glue:BatchCreatePartition\"],\"Resource\":" + glueResources + "}]}");
        assertRenders("S3_DATALAKE", Map.of("bucketName", "lake", "useGlue", "true", "timeWindowLayout", "true"),
                "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":[\"s3:GetObject\","
                        + "\"s3:PutObject\",\"s3:PutObjectAcl\",\"s3:AbortMultipartUpload\"],"
                        + "\"Resource\":\"arn:aws:s3:::lake/*\"},{\"Effect\":\"Allow\",\"Action\":\"s3:ListBucket\","
                        + "\"Resource\":\"arn:aws:s3:::lake\"},"
                        + "{\"Effect\":\"Allow\",\"Action\":[\"glue:CreateDatabase\","
                        + "\"glue:CreateTable\",\"glue:UpdateTable\",\"glue:GetTables\"],\"Resource\":\"*\"},"
                        + "{\"Effect\":\"Allow\",\"Action\":[\"glue:GetPartition\",\"glue:BatchCreatePartition\"],"
                        + "\"Resource\":\"*\"}]}");
    }

    @Test
    void snowflakeStorageIntegrationNeedsItsOwnTrustStatement() {
        Map<String, String> values = Map.of("bucketName", "sf-stage", "prefix", "load", "snowflakeUserArn",
                "arn:aws:iam::210987654321:user/abc1-s-v2st1234", "snowflakeExternalId", "MYACCOUNT_SFCRole=2_abc=");
        String load = "{\"Effect\":\"Allow\",\"Action\":[\"s3:GetObject\",\"s3:GetObjectVersion\"],"
                + "\"Resource\":\"arn:aws:s3:::sf-stage/load/*\"},"
                + "{\"Effect\":\"Allow\",\"Action\":\"s3:ListBucket\",\"Resource\":\"arn:aws:s3:::sf-stage\","
                + "\"Condition\":{\"StringLike\":{\"s3:prefix\":[\"load/*\"]}}},"
                + "{\"Effect\":\"Allow\",\"Action\":\"s3:GetBucketLocation\",\"Resource\":\"arn:aws:s3:::sf-stage\"}";
        assertRenders("SNOWFLAKE_STORAGE_INTEGRATION", values, "{\"Version\":\"2012-10-17\",\"Statement\":[" + load
                + "]}");
        Map<String, String> unloadAndPurge = new java.util.HashMap<>(values);
        unloadAndPurge.put("unload", "true");
        unloadAndPurge.put("purge", "true");
        assertRenders("SNOWFLAKE_STORAGE_INTEGRATION", unloadAndPurge, "{\"Version\":\"2012-10-17\",\"Statement\":["
                + load + ",{\"Effect\":\"Allow\",\"Action\":\"s3:PutObject\","
                + "\"Resource\":\"arn:aws:s3:::sf-stage/load/*\"},"
                + "{\"Effect\":\"Allow\",\"Action\":[\"s3:DeleteObject\",\"s3:DeleteObjectVersion\"],"
                + "\"Resource\":\"arn:aws:s3:::sf-stage/load/*\"}]}");
        assertEquals(List.of(new TrustedParty(Arn.parse("arn:aws:iam::210987654321:user/abc1-s-v2st1234"),
                ExternalId.of("MYACCOUNT_SFCRole=2_abc="))),
                catalog.template("SNOWFLAKE_STORAGE_INTEGRATION").trustedParties(values));
        assertEquals(List.of(), catalog.template("SNOWFLAKE").trustedParties(Map.of("bucketName", "sf-stage")));
    }

    @Test
    void aMissingParameterNamesItAndItsRule() {
        DestinationParameterException e = assertThrows(DestinationParameterException.class,
                () -> catalog.template("KINESIS").render(Map.of("region", "us-east-1", "accountId", ACCOUNT)));
        assertEquals("streamName", e.parameter());
        assertNull(e.value());
        assertEquals(DestinationParameterException.Problem.MISSING, e.problem());
        assertTrue(e.getMessage().startsWith("destination KINESIS: parameter 'streamName' is missing: it is"
                + " required; a Kinesis stream name is 1 to 128"), e.getMessage());
    }

    @Test
    void anUnknownParameterNamesTheKnownOnes() {
        DestinationParameterException e = assertThrows(DestinationParameterException.class,
                () -> catalog.template("S3").render(Map.of("bucket", "x")));
        assertEquals(DestinationParameterException.Problem.UNKNOWN, e.problem());
        assertEquals("destination S3: parameter 'bucket' = 'x' is unknown: S3 takes bucketName, prefix, kmsKeyArn",
                e.getMessage());
    }

    @Test
    void anInvalidValueNamesTheValueAndTheAwsRule() {
        DestinationParameterException e = assertThrows(DestinationParameterException.class,
                () -> catalog.template("S3").render(Map.of("bucketName", "My_Bucket")));
        assertEquals(DestinationParameterException.Problem.INVALID, e.problem());
        assertEquals("My_Bucket", e.value());
        assertTrue(e.getMessage().startsWith("destination S3: parameter 'bucketName' = 'My_Bucket' is invalid: an S3"
                + " bucket name is 3 to 63"), e.getMessage());
        assertTrue(e.getMessage().endsWith("(https://docs.aws.amazon.com/AmazonS3/latest/userguide/bucketnamingrules.html)"));
        for (String region : List.of("cn-north-1", "us-gov-west-1", "us-east", "US-EAST-1")) {
            assertThrows(DestinationParameterException.class, () -> catalog.template("KINESIS").render(Map.of(
                    "region", region, "accountId", ACCOUNT, "streamName", "s")), region);
        }
    }

    @Test
    void aParameterThatNeedsAnotherSaysSo() {
        DestinationParameterException e = assertThrows(DestinationParameterException.class,
                () -> catalog.template("LAMBDA").render(Map.of("functionName", "ingest")));
        assertEquals("region", e.parameter());
        assertTrue(e.getMessage().contains("is missing: it is required when 'functionName' is given"), e.getMessage());
    }

    @Test
    void looksUpIdsIgnoringCaseAndListsTheKnownOnesOtherwise() {
        assertEquals("S3_DATALAKE", catalog.template("s3_datalake").id());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> catalog.template("SQS"));
        assertTrue(e.getMessage().startsWith("destination 'SQS' is unknown: the catalog has S3, KINESIS,"),
                e.getMessage());
    }

    private void assertRenders(String id, Map<String, String> values, String expectedJson) {
        PolicyDocument actual = withoutSids(catalog.template(id).render(values));
        PolicyDocument expected = PolicyJson.read(expectedJson);
        assertTrue(expected.semanticallyEquals(actual), id + " " + values + "\nexpected " + PolicyJson.write(expected)
                + "\nactual   " + PolicyJson.write(actual));
    }

    static PolicyDocument withoutSids(PolicyDocument document) {
        return document.toBuilder().statements(document.statements().stream().map(s -> s.toBuilder().sid(null).build())
                .collect(Collectors.toList())).build();
    }
}
