package dev.rudderiam.catalog.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rudderiam.reference.ActionInfo;
import dev.rudderiam.reference.ServiceInfo;
import org.junit.jupiter.api.Test;

class BundledServiceReferenceTest {
    private final BundledServiceReference reference = BundledServiceReference.bundled();

    @Test
    void holdsEveryServiceAndActionOfTheSnapshot() {
        assertEquals(456, reference.services().size());
        assertEquals(22091, reference.services().stream().mapToInt(s -> s.actions().size()).sum());
    }

    @Test
    void looksUpServicesAndActionsIgnoringCase() {
        ServiceInfo s3 = reference.service("S3").orElseThrow();
        ActionInfo putObject = s3.action("putobject").orElseThrow();
        assertEquals("PutObject", putObject.name());
        assertEquals("Write", putObject.accessLevel());
        assertTrue(putObject.resourceTypes().contains(new ActionInfo.ResourceTypeUse("object", false)));
        assertEquals("arn:${Partition}:s3:::${BucketName}", s3.resourceTypes().get("bucket").arnFormat());
    }

    @Test
    void kinesisPutRecordNeedsAStream() {
        ActionInfo putRecord = reference.service("kinesis").orElseThrow().action("PutRecord").orElseThrow();
        assertEquals(1, putRecord.resourceTypes().size());
        assertEquals("stream", putRecord.resourceTypes().get(0).resourceType());
    }
}
