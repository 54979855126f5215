package dev.rudderiam.cli;

import dev.rudderiam.arn.AccountId;
import dev.rudderiam.aws.RoleManager;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.ProfileCredentialsProvider;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.iam.IamClientBuilder;

/**
 * The AWS options of the commands that work on one role, named as the AWS CLI names them: those of
 * {@link AwsEndpointOptions} plus {@code --profile} and {@code --account}. Credentials come from the SDK's default
 * chain (environment, system properties, shared files, container and instance roles) unless a profile is named.
 */
final class AwsClientOptions extends AwsEndpointOptions {
    @Option(names = "--profile", paramLabel = "NAME",
            description = "Named profile from the shared AWS config and credentials files.")
    @Nullable String profile;

    @Option(names = "--account", paramLabel = "ID",
            description = "The AWS account the credentials are for. Recorded in a plan of a role that does not exist"
                    + " yet, so that apply --plan refuses it in another account (IAM names the account only in"
                    + " ARNs).")
    @Nullable String account;

    /** {@return a role manager over {@code iam} that knows the partition and, when given, the account} */
    RoleManager.Builder manager(IamClient iam) {
        RoleManager.Builder builder = RoleManager.builder(iam).partition(partition());
        if (account != null) {
            builder.account(AccountId.of(account));
        }
        return builder;
    }

    /** {@return a client for these options; the caller closes it} */
    IamClient client() {
        IamClientBuilder builder = IamClient.builder()
                .region(iamRegion())
                .credentialsProvider(credentials(profile));
        if (endpointUrl != null) {
            builder.endpointOverride(endpointUrl);
        }
        return builder.build();
    }

    /** {@return the credentials of {@code profile}, or of the SDK's default chain when it is null} */
    static AwsCredentialsProvider credentials(@Nullable String profile) {
        return profile == null ? DefaultCredentialsProvider.builder().build() : ProfileCredentialsProvider.create(profile);
    }
}
