package dev.rudderiam.json;

import dev.rudderiam.policy.PolicyDocument;
import java.util.Objects;

/**
 * A policy's size as IAM counts it against its quotas: the characters of the document, not counting white space.
 *
 * @see <a href="https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_iam-quotas.html#reference_iam-quotas-entity-length">IAM
 *     quotas: "IAM doesn't count white space when calculating the size of a policy"</a>
 */
public final class PolicySize {
    /** A managed policy document's limit. */
    public static final int MANAGED_POLICY_QUOTA = 6144;
    /** The limit for all inline policies of one role together. */
    public static final int ROLE_INLINE_POLICIES_QUOTA = 10240;
    /** A role trust policy's default limit (accounts can raise it). */
    public static final int TRUST_POLICY_DEFAULT_QUOTA = 2048;

    private PolicySize() {
    }

    /** {@return the number of non-white-space characters in the canonical JSON of {@code document}} */
    public static int of(PolicyDocument document) {
        Objects.requireNonNull(document, "document");
        return of(PolicyJson.write(document));
    }

    /** {@return the number of non-white-space characters in {@code json}, as IAM counts a submitted document} */
    public static int of(String json) {
        int size = 0;
        for (int i = 0; i < json.length(); i++) {
            if (!Character.isWhitespace(json.charAt(i))) {
                size++;
            }
        }
        return size;
    }
}
