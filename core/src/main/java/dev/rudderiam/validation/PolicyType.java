package dev.rudderiam.validation;

import dev.rudderiam.policy.Quotas;

/**
 * The kind of policy a document is, which decides its grammar and its size quota.
 *
 * @see <a href="https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies.html">Policies and permissions in
 *     IAM</a>
 */
public enum PolicyType {
    /**
     * A permission policy attached to the role, inline or managed: no {@code Principal}, needs {@code Resource}.
     * Checked alone, it is held to the managed-policy quota; in a role, inline policies share the role's quota.
     */
    IDENTITY,
    /** The role's trust (assume role) policy: needs {@code Principal}, has no {@code Resource}. */
    TRUST,
    /** A permissions boundary: a managed policy with the grammar of an identity policy. */
    BOUNDARY;

    /** {@return the size quota a document of this type has on its own, under {@code quotas}} */
    public int quota(Quotas quotas) {
        return this == TRUST ? quotas.trustPolicy() : quotas.managedPolicy();
    }
}
