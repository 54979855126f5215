package dev.rudderiam.validation.rules;

import dev.rudderiam.role.ExternalId;
import dev.rudderiam.role.RudderStack;
import dev.rudderiam.validation.Finding;
import dev.rudderiam.validation.PolicyContext;
import dev.rudderiam.validation.Severity;
import java.util.List;

/**
 * {@code RUDDERSTACK_TRUST_MISSING}: the trust policy has an {@code Allow} statement naming RudderStack's account
 * ({@value RudderStack#ACCOUNT}) for {@code sts:AssumeRole} that requires {@code sts:ExternalId} to equal the
 * workspace id with {@code StringEquals}; without it RudderStack cannot assume the role.
 */
final class RudderStackTrustMissing extends DocumentRule {
    private final ExternalId workspaceId;

    RudderStackTrustMissing(ExternalId workspaceId) {
        super("RUDDERSTACK_TRUST_MISSING", Severity.ERROR, RudderStackTrust.DOC, "The trust policy lets RudderStack's"
                + " account assume the role with the workspace id as external id.", Types.TRUST);
        this.workspaceId = workspaceId;
    }

    @Override
    void checkDocument(PolicyContext context, List<Finding> findings) {
        for (StatementView view : StatementView.of(context)) {
            if (RudderStackTrust.letsAssume(view) && RudderStackTrust.namesRudderStack(view)
                    && RudderStackTrust.requiresExactly(view, workspaceId)) {
                return;
            }
        }
        findings.add(finding("/Statement", "No statement lets RudderStack's account " + RudderStack.ACCOUNT
                + " assume the role with sts:ExternalId equal to the workspace id '" + workspaceId + "': add"
                + " {\"Effect\":\"Allow\",\"Principal\":{\"AWS\":\"arn:aws:iam::" + RudderStack.ACCOUNT + ":root\"},"
                + "\"Action\":\"sts:AssumeRole\",\"Condition\":{\"StringEquals\":{\"sts:ExternalId\":\""
                + workspaceId + "\"}}}."));
    }
}
