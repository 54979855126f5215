package dev.rudderiam.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class AnalyzeCommandTest {
    private static final String[] S3_ROLE = {"analyze", "--workspace-id", "ws-123", "--name", "rudderstack",
        "--account", "111122223333", "--destination", "S3", "--param", "bucketName=acme-events"};

    @Test
    void printsWhoCanAssumeAndWhatTheS3TemplateGrants() {
        SimulateCommandTest.Run run = SimulateCommandTest.run(S3_ROLE);
        assertEquals(0, run.code(), run.err());
        // The S3 template grants the uploads on the bucket's objects and, under an s3:prefix condition, the listing.
        assertEquals("""
                Role arn:aws:iam::111122223333:role/rudderstack
                Who can assume it (sts:AssumeRole):
                  AWS account 422074288268 (any principal there whose own policies allow it) may assume the role \
                when sts:ExternalId is exactly "ws-123"
                What it grants:
                  s3:AbortMultipartUpload (Write) on [arn:aws:s3:::acme-events/*]
                  s3:ListBucket (List) on [arn:aws:s3:::acme-events (conditional)]
                  s3:PutObject (Write) on [arn:aws:s3:::acme-events/*]
                  s3:PutObjectAcl (Permissions management, Write) on [arn:aws:s3:::acme-events/*]
                """, run.out());
    }

    @Test
    void failsWhenAForbiddenActionIsGranted() {
        String[] args = SimulateCommandTest.concat(S3_ROLE, "--not-granted", "s3:DeleteBucket");
        assertEquals(0, SimulateCommandTest.run(args).code());
        SimulateCommandTest.Run granted = SimulateCommandTest.run(SimulateCommandTest.concat(args, "--not-granted", "s3:Put*"));
        assertEquals(1, granted.code());
        assertTrue(granted.out().contains("FAIL\n  identity[0].Statement[0](S3UploadObjects) allows s3:Put*"),
                granted.out());
    }
}
