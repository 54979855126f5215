package dev.rudderiam.arn;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * An AWS partition: a group of regions with its own IAM. Access cannot be delegated across partitions.
 *
 * <p>The value type is open so that an ARN from an isolated partition still parses; {@link #isCommon()} tells the
 * three public partitions this library targets.
 *
 * @param id the partition id as it appears in ARNs, such as {@code aws}
 * @see <a href="https://docs.aws.amazon.com/IAM/latest/UserGuide/reference-arns.html">IAM User Guide: ARNs</a>
 */
public record Partition(String id) {
    private static final Set<String> KNOWN =
            Set.of("aws", "aws-cn", "aws-us-gov", "aws-iso", "aws-iso-b", "aws-iso-e", "aws-iso-f", "aws-eusc");
    private static final Pattern SHAPE = Pattern.compile("[a-z][a-z0-9-]*");

    /** The commercial partition. */
    public static final Partition AWS = new Partition("aws");
    /** The China partition. */
    public static final Partition AWS_CN = new Partition("aws-cn");
    /** The AWS GovCloud (US) partition. */
    public static final Partition AWS_US_GOV = new Partition("aws-us-gov");

    /** Checks the partition id is lower-case letters, digits and dashes. */
    public Partition {
        Objects.requireNonNull(id, "partition");
        if (!SHAPE.matcher(id).matches()) {
            throw new IllegalArgumentException("partition '" + id
                    + "' is invalid: a partition id is lower-case letters, digits and '-', such as aws or aws-cn");
        }
    }

    /** {@return the partition named {@code id}} */
    public static Partition of(String id) {
        return new Partition(Objects.requireNonNull(id, "partition").toLowerCase(Locale.ROOT));
    }

    /**
     * {@return the partition {@code id} names as written, or empty when it is not a partition id (lower-case letters,
     * digits and dashes), such as a wildcard pattern {@code aws*} in a policy}
     */
    public static Optional<Partition> tryParse(String id) {
        Objects.requireNonNull(id, "partition");
        return SHAPE.matcher(id).matches() ? Optional.of(new Partition(id)) : Optional.empty();
    }

    /** {@return whether AWS documents this partition (commercial, China, GovCloud or an isolated one)} */
    public boolean isKnown() {
        return KNOWN.contains(id);
    }

    /** {@return whether this is {@code aws}, {@code aws-cn} or {@code aws-us-gov}} */
    public boolean isCommon() {
        return equals(AWS) || equals(AWS_CN) || equals(AWS_US_GOV);
    }

    @Override
    public String toString() {
        return id;
    }
}
