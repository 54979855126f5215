/**
 * Plans, applies, checks for drift and deletes the role through the caller's AWS SDK v2 {@code IamClient}.
 *
 * <p>The SDK types that appear in the API are required transitively: the IAM client
 * ({@code RoleManager.builder(IamClient)}), {@code Region} ({@code IamRegions}) and {@code BackoffStrategy}
 * ({@code RetryBudget}); the SDK's core modules are used inside only.
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

    exports dev.rudderiam.aws;
    exports dev.rudderiam.aws.fleet;
}
