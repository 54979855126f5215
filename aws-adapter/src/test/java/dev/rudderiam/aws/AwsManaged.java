package dev.rudderiam.aws;

import dev.rudderiam.json.PolicyJson;
import dev.rudderiam.policy.PolicyDocument;
import java.util.Map;

/**
 * Stand-ins for the documents of the AWS managed policies the tests attach. They keep the shape that matters to
 * the adapter (all of them allow and none denies, as AWS's own documents do) with far fewer actions; an AWS managed
 * policy not listed stands for one that allows everything.
 *
 * @see <a href="https://docs.aws.amazon.com/aws-managed-policy/latest/reference/policy-list.html">AWS managed
 *     policies</a>
 */
final class AwsManaged {
    private static final Map<String, String> DOCUMENTS = Map.of(
            "ReadOnlyAccess", allow("\"s3:Get*\",\"s3:List*\",\"kinesis:Describe*\",\"iam:Get*\",\"iam:List*\""),
            "AmazonS3ReadOnlyAccess", allow("\"s3:Get*\",\"s3:List*\""),
            "AmazonKinesisFullAccess", allow("\"kinesis:*\""),
            "AmazonRedshiftDataFullAccess", allow("\"redshift-data:*\""),
            "CloudWatchLogsFullAccess", allow("\"logs:*\""),
            "PowerUserAccess", "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\","
                    + "\"NotAction\":[\"iam:*\",\"organizations:*\",\"account:*\"],\"Resource\":\"*\"}]}");

    private AwsManaged() {
    }

    static PolicyDocument document(String arn) {
        String name = arn.substring(arn.lastIndexOf('/') + 1);
        return PolicyJson.read(DOCUMENTS.getOrDefault(name, allow("\"*\"")));
    }

    private static String allow(String actions) {
        return "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":[" + actions
                + "],\"Resource\":\"*\"}]}";
    }
}
