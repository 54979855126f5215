package dev.rudderiam.policy;

/**
 * IAM's size quotas for policy documents, in characters not counting white space, as IAM counts them (see
 * {@link PolicySize}): the one place these numbers live.
 *
 * <p>The managed-policy and inline quotas are fixed; the trust policy quota is 2,048 by default and an account can
 * have it raised through Service Quotas, so it is configurable.
 *
 * @param managedPolicy the limit of one managed policy document (6,144)
 * @param roleInlinePolicies the limit of all inline policies of one role together (10,240)
 * @param trustPolicy the limit of a role trust policy (2,048 unless the account raised it)
 * @see <a href="https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_iam-quotas.html#reference_iam-quotas-entity-length">IAM
 *     and AWS STS quotas: character limits</a>
 */
public record Quotas(int managedPolicy, int roleInlinePolicies, int trustPolicy) {
    /** IAM's default quotas: 6,144, 10,240 and 2,048. */
    public static final Quotas DEFAULT = new Quotas(6144, 10240, 2048);

    /**
     * The longest policy document IAM's API takes in one request, in characters (white space included): the
     * {@code PolicyDocument} parameter's maximum length, whatever the quotas.
     *
     * @see <a href="https://docs.aws.amazon.com/IAM/latest/APIReference/API_CreatePolicy.html">CreatePolicy:
     *     PolicyDocument, maximum length of 131072</a>
     */
    public static final int MAX_DOCUMENT_CHARS = 131_072;

    /** Checks that every quota is positive. */
    public Quotas {
        if (managedPolicy <= 0 || roleInlinePolicies <= 0 || trustPolicy <= 0) {
            throw new IllegalArgumentException("quotas (" + managedPolicy + ", " + roleInlinePolicies + ", "
                    + trustPolicy + ") are invalid: every size quota is a positive number of characters");
        }
    }

    /** {@return these quotas with the trust policy quota an account raised to {@code characters}} */
    public Quotas withTrustPolicy(int characters) {
        return new Quotas(managedPolicy, roleInlinePolicies, characters);
    }
}
