/**
 * Plans, applies, checks for drift and deletes the role through the caller's AWS SDK v2 {@code IamClient}.
 *
 * <p>The SDK types that appear in the API are required transitively: the IAM client
 * ({@code RoleManager.builder(IamClient)}), {@code Region} ({@code IamRegions}) and {@code BackoffStrategy}
 * ({@code RetryBudget}); the SDK's core modules are used inside only.
 *
 * <p>The S3, KMS and Organizations clients are optional ({@code requires static}): only the guardrail readers of
 * {@code dev.rudderiam.aws.guardrails} use them, one class per client, and a caller who reads with one adds it.
 */
// The AWS SDK v2 jars have no module-info, only Automatic-Module-Name: requiring them is the only way, not a slip.
@SuppressWarnings({"requires-automatic", "requires-transitive-automatic"})
module dev.rudderiam.aws {
    requires transitive dev.rudderiam.core;
    requires transitive software.amazon.awssdk.services.iam;
    requires software.amazon.awssdk.awscore;
    requires software.amazon.awssdk.core;
    requires transitive software.amazon.awssdk.regions;
    requires transitive software.amazon.awssdk.retries.api;
    requires static software.amazon.awssdk.services.s3;
    requires static software.amazon.awssdk.services.kms;
    requires static software.amazon.awssdk.services.organizations;

    exports dev.rudderiam.aws;
    exports dev.rudderiam.aws.fleet;
    exports dev.rudderiam.aws.guardrails;
}
