package dev.rudderiam.cli;

import dev.rudderiam.arn.Partition;
import dev.rudderiam.aws.IamRegions;
import java.io.PrintWriter;
import java.net.URI;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;
import software.amazon.awssdk.regions.Region;

/**
 * The options of every command that talks to AWS, whatever its credentials: {@code --region},
 * {@code --endpoint-url} (to reach an IAM-compatible emulator) and {@code --output}, named as the AWS CLI names
 * them. {@link AwsClientOptions} adds the credentials of one role's commands ({@code --profile},
 * {@code --account}); the fleet command adds its own per-account credentials.
 */
class AwsEndpointOptions {
    /** How results print. */
    enum Output {
        /** Lines for people. */
        text,
        /** One JSON document. */
        json
    }

    @Option(names = "--region", paramLabel = "REGION",
            description = "Any region of the target partition (IAM is global per partition): cn-* selects aws-cn,"
                    + " us-gov-* aws-us-gov; default aws-global.")
    @Nullable String region;

    @Option(names = "--endpoint-url", paramLabel = "URL",
            description = "Send IAM calls to this URL instead of the partition's IAM endpoint.")
    @Nullable URI endpointUrl;

    @Option(names = "--output", paramLabel = "FORMAT", defaultValue = "text",
            description = "text or json (JSON includes the number of read and write calls).")
    Output output = Output.text;

    /** Prints {@code text}, or with {@code --output json} the JSON {@code json} supplies, on one line each. */
    void print(PrintWriter out, String text, Supplier<String> json) {
        out.print(output == Output.json ? json.get() + System.lineSeparator() : text);
        out.flush();
    }

    /** {@return the region an IAM client uses: the global endpoint of the partition {@code --region} is in} */
    Region iamRegion() {
        return region == null ? Region.AWS_GLOBAL : IamRegions.forRegion(Region.of(region));
    }

    /** {@return the partition {@code --region} selects, as {@link IamRegions#forRegion} does} */
    Partition partition() {
        Region client = iamRegion();
        return client.equals(Region.AWS_CN_GLOBAL) ? Partition.AWS_CN
                : client.equals(Region.AWS_US_GOV_GLOBAL) ? Partition.AWS_US_GOV : Partition.AWS;
    }
}
