package dev.rudderiam.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The calls a template lists, as a preflight check reads them. */
class RudderStackCallTest {
    private final DestinationTemplate s3 = PolicyCatalog.bundled().template("S3");

    @Test
    void theS3DestinationListsTheDateFolderBeforeUploadingWithTheAcl() {
        List<RudderStackCall> calls = s3.calls(Map.of("bucketName", "acme-events", "prefix", "events"));
        RudderStackCall list = calls.get(0);
        assertEquals("ListObjectsV2", list.operation());
        assertEquals("s3:ListBucket", list.action());
        assertEquals(List.of("arn:aws:s3:::acme-events"), list.resources());
        assertEquals(Map.of("s3:prefix", "events/rudder-logs/{sourceId}"), list.context());
        assertEquals("prefix given", list.condition());
        assertEquals("rudderstack-aws-s3-access", list.session());
        assertEquals(RudderStackCall.Caller.RUDDERSTACK, list.caller());
        RudderStackCall put = calls.get(1);
        assertEquals("s3:PutObject", put.action());
        assertEquals(Map.of("s3:x-amz-acl", "bucket-owner-full-control"), put.context());
        assertEquals(Set.of("sourceId", "key"), put.runtimeTokens());
        assertEquals(List.of("arn:aws:s3:::acme-events/events/rudder-logs/src-1/2026-12-01/f.json.gz"),
                put.withRuntimeValues(Map.of("sourceId", "src-1", "key", "2026-12-01/f.json.gz")).resources());
    }

    @Test
    void aMissingRuntimeValueIsNamed() {
        RudderStackCall put = s3.calls(Map.of("bucketName", "acme-events")).get(1);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> put.withRuntimeValues(Map.of("sourceId", "src-1")));
        assertEquals("runtime token '{key}' of call PutObject (s3:PutObject) has no value: give one for each of"
                + " [sourceId, key]", e.getMessage());
    }

    @Test
    void aListParameterGivesOneCallPerValue() {
        List<RudderStackCall> calls = PolicyCatalog.bundled().template("FIREHOSE").calls(Map.of("region", "eu-west-1",
                "accountId", "123456789012", "deliveryStreams", "tracks,identifies"));
        assertEquals(List.of(List.of("arn:aws:firehose:eu-west-1:123456789012:deliverystream/tracks"),
                List.of("arn:aws:firehose:eu-west-1:123456789012:deliverystream/identifies")),
                calls.stream().map(RudderStackCall::resources).toList());
    }

    @Test
    void glueCallsNameTheDatabaseAndAreConditionedOnTheirSettings() {
        List<RudderStackCall> calls = PolicyCatalog.bundled().template("S3_DATALAKE").calls(Map.of(
                "bucketName", "lake", "useGlue", "true", "region", "eu-west-1", "accountId", "123456789012",
                "namespace", "web"));
        assertEquals(List.of("glue:CreateDatabase", "glue:CreateTable", "glue:UpdateTable", "glue:GetTables"),
                calls.stream().map(RudderStackCall::action).filter(a -> a.startsWith("glue:")).toList());
        RudderStackCall create = calls.stream().filter(c -> c.action().equals("glue:CreateDatabase")).findFirst()
                .orElseThrow();
        assertEquals(List.of("arn:aws:glue:eu-west-1:123456789012:catalog",
                "arn:aws:glue:eu-west-1:123456789012:database/web"), create.resources());
        assertEquals("rudderstack-aws-glue-access", create.session());
        assertEquals("namespace given and useGlue = true", create.condition());
    }
}
