package dev.rudderiam.catalog.blueprint;

/**
 * How {@link RudderStackRole} arranges the destinations' permissions into inline policies. Either way the
 * statements are combined without duplicates and the total must fit IAM's 10,240 characters for all inline
 * policies of a role.
 *
 * @see <a href="https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_iam-quotas.html">IAM quotas: role
 *     policy size</a>
 */
public enum PolicyLayout {
    /**
     * One inline policy per destination id, named {@code rudderstack-<id>} in lower case with hyphens (for example
     * {@code rudderstack-s3-datalake}), so adding or removing a destination touches one policy.
     */
    PER_DESTINATION,
    /** One inline policy named {@code rudderstack-destinations} holding every statement; the smallest total. */
    COMBINED
}
