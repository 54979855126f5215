package dev.rudderiam.role;

import dev.rudderiam.arn.AccountId;
import dev.rudderiam.arn.Partition;
import dev.rudderiam.policy.PolicyDocument;

/**
 * RudderStack's side of the role: the AWS account it assumes roles from and the trust policy that lets it.
 *
 * <p>{@link #trustPolicy(String)} is exactly what the IAM console builds for "Another AWS account"
 * {@value #ACCOUNT} with "Require external ID" set to the workspace id and "Require MFA" unchecked:
 * <pre>{@code
 * {"Version":"2012-10-17","Statement":[{"Effect":"Allow",
 *   "Principal":{"AWS":"arn:aws:iam::422074288268:root"},"Action":"sts:AssumeRole",
 *   "Condition":{"StringEquals":{"sts:ExternalId":"<workspace id>"}}}]}
 * }</pre>
 *
 * @see <a href="https://www.rudderstack.com/docs/destinations/aws-iam-role-for-rudderstack/">RudderStack: Create an
 *     IAM role for AWS-based destinations</a>
 */
public final class RudderStack {
    /** RudderStack's AWS account id, as a string constant. */
    public static final String ACCOUNT = "422074288268";
    /** RudderStack's AWS account, which assumes the role. */
    public static final AccountId ACCOUNT_ID = AccountId.of(ACCOUNT);
    /** RudderStack runs in the commercial partition; a role elsewhere cannot trust it. */
    public static final Partition PARTITION = Partition.AWS;

    private RudderStack() {
    }

    /**
     * {@return the trust policy that lets RudderStack assume the role when it passes {@code workspaceId} as
     * external id}
     *
     * @throws IllegalArgumentException when the workspace id is not a valid external id
     */
    public static PolicyDocument trustPolicy(String workspaceId) {
        return trustPolicyBuilder(workspaceId).build();
    }

    /** {@return a builder for the RudderStack trust policy, to which further trusted parties can be added} */
    public static TrustPolicyBuilder trustPolicyBuilder(String workspaceId) {
        return new TrustPolicyBuilder(ExternalId.of(workspaceId));
    }
}
