package dev.rudderiam.validation.rules;

import dev.rudderiam.validation.Finding;
import dev.rudderiam.validation.PolicyContext;
import dev.rudderiam.validation.PolicyType;
import dev.rudderiam.validation.Severity;
import dev.rudderiam.validation.Validator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * A document larger than its quota, counted as IAM counts (characters without white space): IAM refuses it with
 * {@code LimitExceeded}, so this is an error here, where Access Analyzer, which does not know whether a policy will
 * be managed or inline, calls it a warning. {@code POLICY_SIZE_EXCEEDS_IDENTITY_POLICY_QUOTA} for identity policies
 * and boundaries, {@code POLICY_SIZE_EXCEEDS_ROLE_TRUST_POLICY_QUOTA} for trust policies.
 *
 * @see <a href="https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_iam-quotas.html#reference_iam-quotas-entity-length">IAM
 *     and AWS STS quotas: character limits</a>
 */
final class PolicySizeQuota extends DocumentRule {
    private final String kind;

    private PolicySizeQuota(String code, String kind, Set<PolicyType> types) {
        super(code, Severity.ERROR, "https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_iam-quotas.html"
                + "#reference_iam-quotas-entity-length", "A " + kind + " fits its size quota.", types);
        this.kind = kind;
    }

    static PolicySizeQuota identity() {
        return new PolicySizeQuota("POLICY_SIZE_EXCEEDS_IDENTITY_POLICY_QUOTA", "permission policy",
                EnumSet.of(PolicyType.IDENTITY, PolicyType.BOUNDARY));
    }

    static PolicySizeQuota trust() {
        return new PolicySizeQuota("POLICY_SIZE_EXCEEDS_ROLE_TRUST_POLICY_QUOTA", "role trust policy", Types.TRUST);
    }

    @Override
    void checkDocument(PolicyContext context, List<Finding> findings) {
        if (context.sizeAtMost() <= context.sizeQuota()) {
            return;
        }
        int size = context.size();
        if (size > context.sizeQuota()) {
            findings.add(finding("", "The " + size + " characters of this " + kind + ", not counting white space,"
                    + " exceed its quota of " + context.sizeQuota() + " characters: split it or remove statements."
                    + (size > Validator.MAX_DOCUMENT_CHARS ? " It is larger than any document IAM's API takes ("
                    + Validator.MAX_DOCUMENT_CHARS + " characters), so only the rules whose work grows with its size"
                    + " alone ran (not ACTION_RESOURCE_MISMATCH and ACTION_NEEDS_ALL_RESOURCES)." : "")));
        }
    }
}
