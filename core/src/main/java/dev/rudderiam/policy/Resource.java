package dev.rudderiam.policy;

import java.util.Objects;

/**
 * One entry of a {@code Resource} or {@code NotResource} element: an ARN or ARN pattern with {@code *} and
 * {@code ?} wildcards, or {@code *} alone. Held as written; IAM compares resources case-sensitively.
 *
 * @param value the resource as written, such as {@code arn:aws:s3:::my-bucket/*}
 * @see <a href="https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_resource.html">IAM
 *     JSON policy elements: Resource</a>
 */
public record Resource(String value) {
    /** Every resource. */
    public static final Resource ALL = new Resource("*");

    /** Checks for null. */
    public Resource {
        Objects.requireNonNull(value, "resource");
    }

    /** {@return the resource {@code value}} */
    public static Resource of(String value) {
        return new Resource(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
