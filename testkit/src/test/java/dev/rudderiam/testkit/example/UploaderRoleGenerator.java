package dev.rudderiam.testkit.example;

import dev.rudderiam.json.PolicyJson;
import dev.rudderiam.policy.PolicyDocument;
import dev.rudderiam.role.PolicyName;
import dev.rudderiam.role.RoleSpec;
import dev.rudderiam.role.RudderStack;

/**
 * A user's own role generator, as the README shows it: a RudderStack role that may upload into one bucket. The
 * broken variant is what a hurried edit produces: a wildcard action and a trust condition anyone satisfies.
 */
final class UploaderRoleGenerator {
    private UploaderRoleGenerator() {
    }

    static RoleSpec uploaderRole(String workspaceId, String bucket) {
        PolicyDocument upload = PolicyJson.read("""
                {"Version":"2012-10-17","Statement":[{"Effect":"Allow",
                 "Action":["s3:PutObject","s3:PutObjectAcl"],"Resource":"arn:aws:s3:::%s/*"}]}""".formatted(bucket));
        return RoleSpec.builder().name("RudderStackUploader").trustPolicy(RudderStack.trustPolicy(workspaceId))
                .inlinePolicy(PolicyName.of("upload"), upload).build();
    }

    static RoleSpec brokenUploaderRole(String workspaceId, String bucket) {
        PolicyDocument upload = PolicyJson.read("""
                {"Version":"2012-10-17","Statement":[{"Effect":"Allow",
                 "Action":"s3:Put*","Resource":"arn:aws:s3:::%s/*"}]}""".formatted(bucket));
        PolicyDocument trust = PolicyJson.read("""
                {"Version":"2012-10-17","Statement":[{"Effect":"Allow",
                 "Principal":{"AWS":"arn:aws:iam::422074288268:root"},"Action":"sts:AssumeRole",
                 "Condition":{"StringLike":{"sts:ExternalId":"%s*"}}}]}""".formatted(workspaceId));
        return RoleSpec.builder().name("RudderStackUploader").trustPolicy(trust)
                .inlinePolicy(PolicyName.of("upload"), upload).build();
    }
}
