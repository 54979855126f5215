package dev.rudderiam.arn;

import dev.rudderiam.arn.internal.ArnText;
import java.util.Objects;
import java.util.Optional;

/**
 * An Amazon Resource Name, {@code arn:partition:service:region:account-id:resource}.
 *
 * <p>The parts are kept as written, so an ARN pattern from a policy ({@code arn:aws:s3:::bucket/*},
 * {@code arn:*:iam::*:role/x}) parses too; {@link #partitionOrEmpty()} and {@link #accountId()} interpret them.
 * The resource part may itself contain {@code :} and {@code /}.
 *
 * @param partition the partition, such as {@code aws}; may be a wildcard in a policy pattern
 * @param service the service namespace, such as {@code iam} or {@code s3}
 * @param region the region, empty for global services such as IAM and S3
 * @param account the account id, empty for S3 buckets and objects
 * @param resource the resource part, such as {@code role/path/name}
 * @see <a href="https://docs.aws.amazon.com/IAM/latest/UserGuide/reference-arns.html">IAM User Guide: ARN format</a>
 */
public record Arn(String partition, String service, String region, String account, String resource) {

    /** Checks nulls and that the partition and service are not empty. */
    public Arn {
        Objects.requireNonNull(partition, "partition");
        Objects.requireNonNull(service, "service");
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(resource, "resource");
        if (partition.isEmpty() || service.isEmpty()) {
            throw new IllegalArgumentException("ARN 'arn:" + partition + ":" + service
                    + ":...' is invalid: partition and service must not be empty");
        }
    }

    /**
     * Parses an ARN.
     *
     * @throws IllegalArgumentException naming the value and the ARN format when {@code text} is not an ARN
     */
    public static Arn parse(String text) {
        Objects.requireNonNull(text, "arn");
        return tryParse(text).orElseThrow(() -> new IllegalArgumentException("ARN '" + text
                + "' is invalid: expected arn:partition:service:region:account-id:resource with non-empty"
                + " partition, service and resource"));
    }

    /** {@return the ARN in {@code text}, or empty when it does not have the six colon-separated parts} */
    public static Optional<Arn> tryParse(String text) {
        return ArnText.tryParse(text).map(read -> new Arn(read.partition(), read.service(), read.region(),
                read.account(), read.resource()));
    }

    /** {@return the partition, when the partition part is a partition id rather than a pattern} */
    public Optional<Partition> partitionOrEmpty() {
        return Partition.tryParse(partition);
    }

    /** {@return the account, when the account part is a 12-digit account id} */
    public Optional<AccountId> accountId() {
        return AccountId.tryParse(account);
    }

    /** {@return whether this is the ARN of an account root, {@code arn:<partition>:iam::<account>:root}} */
    public boolean isAccountRoot() {
        return service.equals("iam") && region.isEmpty() && resource.equals("root") && accountId().isPresent();
    }

    @Override
    public String toString() {
        return "arn:" + partition + ":" + service + ":" + region + ":" + account + ":" + resource;
    }
}
