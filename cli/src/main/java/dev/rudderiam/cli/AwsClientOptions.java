package dev.rudderiam.cli;

import dev.rudderiam.arn.AccountId;
import dev.rudderiam.arn.Partition;
import dev.rudderiam.aws.IamRegions;
import dev.rudderiam.aws.RoleManager;
import java.io.PrintWriter;
import java.net.URI;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.ProfileCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.iam.IamClientBuilder;

/**
 * The AWS options of the commands that talk to IAM, named as the AWS CLI names them: {@code --profile},
 * {@code --region}, {@code --endpoint-url} (to reach an IAM-compatible emulator) and {@code --output}. Credentials
 * come from the SDK's default chain (environment, system properties, shared files, container and instance roles)
 * unless a profile is named.
 */
final class AwsClientOptions {
    /** How results print. */
    enum Output {
        /** Lines for people. */
        text,
        /** One JSON document. */
        json
    }

    @Option(names = "--profile", paramLabel = "NAME",
            description = "Named profile from the shared AWS config and credentials files.")
    @Nullable String profile;

    @Option(names = "--region", paramLabel = "REGION",
            description = "Any region of the target partition (IAM is global per partition): cn-* selects aws-cn,"
                    + " us-gov-* aws-us-gov; default aws-global.")
    @Nullable String region;

    @Option(names = "--endpoint-url", paramLabel = "URL",
            description = "Send IAM calls to this URL instead of the partition's IAM endpoint.")
    @Nullable URI endpointUrl;

    @Option(names = "--account", paramLabel = "ID",
            description = "The AWS account the credentials are for. Recorded in a plan of a role that does not exist"
                    + " yet, so that apply --plan refuses it in another account (IAM names the account only in"
                    + " ARNs).")
    @Nullable String account;

    @Option(names = "--output", paramLabel = "FORMAT", defaultValue = "text",
            description = "text or json (JSON includes the number of read and write calls).")
    Output output = Output.text;

    /** Prints {@code text}, or with {@code --output json} the JSON {@code json} supplies, on one line each. */
    void print(PrintWriter out, String text, Supplier<String> json) {
        out.print(output == Output.json ? json.get() + System.lineSeparator() : text);
        out.flush();
    }

    /** {@return a role manager over {@code iam} that knows the partition and, when given, the account} */
    RoleManager.Builder manager(IamClient iam) {
        RoleManager.Builder builder = RoleManager.builder(iam).partition(partition());
        if (account != null) {
            builder.account(AccountId.of(account));
        }
        return builder;
    }

    /** {@return the partition {@code --region} selects, as {@link IamRegions#forRegion} does} */
    Partition partition() {
        Region client = region == null ? Region.AWS_GLOBAL : IamRegions.forRegion(Region.of(region));
        return client.equals(Region.AWS_CN_GLOBAL) ? Partition.AWS_CN
                : client.equals(Region.AWS_US_GOV_GLOBAL) ? Partition.AWS_US_GOV : Partition.AWS;
    }

    /** {@return a client for these options; the caller closes it} */
    IamClient client() {
        AwsCredentialsProvider credentials = profile == null ? DefaultCredentialsProvider.builder().build()
                : ProfileCredentialsProvider.create(profile);
        IamClientBuilder builder = IamClient.builder()
                .region(region == null ? Region.AWS_GLOBAL : IamRegions.forRegion(Region.of(region)))
                .credentialsProvider(credentials);
        if (endpointUrl != null) {
            builder.endpointOverride(endpointUrl);
        }
        return builder.build();
    }
}
