package dev.rudderiam.aws;

import dev.rudderiam.arn.Partition;
import java.util.Objects;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.regions.RegionMetadata;

/**
 * The region an {@code IamClient} needs for each partition. IAM is global within a partition, with one endpoint that
 * takes every write; the SDK reaches it through a pseudo-region:
 *
 * <table>
 *   <caption>IAM client region per partition</caption>
 *   <tr><th>Partition</th><th>Region</th><th>Endpoint</th><th>Signing region</th></tr>
 *   <tr><td>{@code aws}</td><td>{@link Region#AWS_GLOBAL} ({@code aws-global})</td>
 *       <td>{@code iam.amazonaws.com}</td><td>{@code us-east-1}</td></tr>
 *   <tr><td>{@code aws-cn}</td><td>{@link Region#AWS_CN_GLOBAL} ({@code aws-cn-global})</td>
 *       <td>{@code iam.cn-north-1.amazonaws.com.cn}</td><td>{@code cn-north-1}</td></tr>
 *   <tr><td>{@code aws-us-gov}</td><td>{@link Region#AWS_US_GOV_GLOBAL} ({@code aws-us-gov-global})</td>
 *       <td>{@code iam.us-gov.amazonaws.com}</td><td>{@code us-gov-west-1}</td></tr>
 * </table>
 *
 * <pre>{@code
 * IamClient iam = IamClient.builder().region(IamRegions.forPartition(Partition.AWS)).build();
 * }</pre>
 *
 * @see <a href="https://docs.aws.amazon.com/general/latest/gr/iam-service.html">IAM endpoints and quotas</a>
 */
public final class IamRegions {
    private IamRegions() {
    }

    /**
     * {@return the IAM client region of {@code partition}}
     *
     * @throws IllegalArgumentException for a partition other than {@code aws}, {@code aws-cn}, {@code aws-us-gov}
     */
    public static Region forPartition(Partition partition) {
        Objects.requireNonNull(partition, "partition");
        if (partition.equals(Partition.AWS)) {
            return Region.AWS_GLOBAL;
        }
        if (partition.equals(Partition.AWS_CN)) {
            return Region.AWS_CN_GLOBAL;
        }
        if (partition.equals(Partition.AWS_US_GOV)) {
            return Region.AWS_US_GOV_GLOBAL;
        }
        throw new IllegalArgumentException("partition '" + partition + "' is not supported: expected aws, aws-cn or"
                + " aws-us-gov");
    }

    /**
     * {@return the IAM client region for a caller that names an ordinary region, as the AWS CLI's {@code --region}}:
     * {@code cn-north-1} gives {@code aws-cn-global}, {@code us-gov-west-1} gives {@code aws-us-gov-global}, any
     * other known region {@code aws-global}. A global pseudo-region is returned as it is.
     *
     * @throws IllegalArgumentException when the region's partition is not one of the three
     */
    public static Region forRegion(Region region) {
        Objects.requireNonNull(region, "region");
        if (region.isGlobalRegion()) {
            return region;
        }
        RegionMetadata metadata = region.metadata();
        String partition;
        if (metadata != null) {
            partition = metadata.partition().id();
        } else if (region.id().startsWith("cn-")) {
            partition = Partition.AWS_CN.id();
        } else if (region.id().startsWith("us-gov-")) {
            partition = Partition.AWS_US_GOV.id();
        } else {
            partition = Partition.AWS.id();
        }
        return forPartition(Partition.of(partition));
    }
}
