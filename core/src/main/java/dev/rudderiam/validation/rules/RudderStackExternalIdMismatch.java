package dev.rudderiam.validation.rules;

import dev.rudderiam.policy.Statement;
import dev.rudderiam.policy.StatementElement;
import dev.rudderiam.role.ExternalId;
import dev.rudderiam.role.RudderStack;
import dev.rudderiam.validation.Finding;
import dev.rudderiam.validation.Severity;
import java.util.List;
import java.util.Set;

/**
 * {@code RUDDERSTACK_EXTERNAL_ID_MISMATCH}: every statement that lets RudderStack's account (or everyone) assume
 * the role requires {@code sts:ExternalId} to equal the workspace id exactly. Otherwise RudderStack could assume the
 * role on behalf of another workspace: the confused deputy problem the external id exists to prevent.
 */
final class RudderStackExternalIdMismatch extends StatementRule {
    private final ExternalId workspaceId;

    RudderStackExternalIdMismatch(ExternalId workspaceId) {
        super("RUDDERSTACK_EXTERNAL_ID_MISMATCH", Severity.ERROR, RudderStackTrust.DOC, "Every statement trusting"
                + " RudderStack's account requires exactly the workspace id as external id.", Types.TRUST);
        this.workspaceId = workspaceId;
    }

    @Override
    public Set<StatementElement> inspects() {
        return Elements.PRINCIPAL;
    }

    @Override
    void check(StatementView view, List<Finding> findings) {
        int index = view.index;
        Statement statement = view.statement;
        if (RudderStackTrust.letsAssume(view)
                && !RudderStackTrust.requiresExactly(view, workspaceId)) {
            findings.add(finding(Pointers.statement(index), "Statement " + index + " lets RudderStack's account "
                    + RudderStack.ACCOUNT + " assume the role without requiring sts:ExternalId to equal the"
                    + " workspace id '" + workspaceId + "' (StringEquals, that value only): RudderStack could then"
                    + " assume it for another workspace."));
        }
    }
}
