package dev.rudderiam.reference;

import dev.rudderiam.arn.Arn;
import dev.rudderiam.policy.PolicyDocument;
import java.util.Optional;

/**
 * What AWS managed policies grant, looked up by policy ARN: for each policy AWS publishes in account {@code aws}, the
 * {@code Allow} statements of its default version with their actions and resources (conditions left out, since a
 * condition only narrows an {@code Allow}). Implementations are immutable and thread-safe; the
 * {@code policies-catalog} module ships a snapshot.
 *
 * @see <a href="https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies_managed-vs-inline.html#aws-managed-policies">AWS
 *     managed policies</a>
 */
public interface ManagedPolicyReference {

    /**
     * {@return the {@code Allow} statements of the AWS managed policy {@code policyArn}, or empty when the reference
     * does not know it (a customer managed policy, or one AWS published after the snapshot)}
     */
    Optional<PolicyDocument> grants(Arn policyArn);

    /** {@return a reference that knows no policy} */
    static ManagedPolicyReference none() {
        return policyArn -> Optional.empty();
    }
}
