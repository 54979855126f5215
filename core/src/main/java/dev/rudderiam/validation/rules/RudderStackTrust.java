package dev.rudderiam.validation.rules;

import dev.rudderiam.policy.Effect;
import dev.rudderiam.role.ExternalId;
import dev.rudderiam.role.TrustChecks;

/** What the RudderStack rules ask of trust statements. */
final class RudderStackTrust {
    static final String DOC = "https://www.rudderstack.com/docs/destinations/aws-iam-role-for-rudderstack/";

    private RudderStackTrust() {
    }

    /** {@return whether the principal entry covers RudderStack's account: its id, an ARN in it, or {@code *}} */
    static boolean covers(PrincipalEntry entry) {
        if (!entry.isAws()) {
            return false;
        }
        return entry.value().equals("*") || entry.inRudderStackAccount();
    }

    /** {@return whether an Allow statement lets RudderStack's account (or everyone) call sts:AssumeRole} */
    static boolean letsAssume(StatementView view) {
        if (view.statement.effect() != Effect.ALLOW || !view.allowsAssumeRole()) {
            return false;
        }
        for (PrincipalEntry entry : view.principals()) {
            if (covers(entry)) {
                return true;
            }
        }
        return false;
    }

    /** {@return whether the statement names RudderStack's account itself (not only {@code *})} */
    static boolean namesRudderStack(StatementView view) {
        for (PrincipalEntry entry : view.principals()) {
            if (covers(entry) && !entry.value().equals("*")) {
                return true;
            }
        }
        return false;
    }

    /** {@return whether the statement requires {@code sts:ExternalId} to equal the workspace id exactly} */
    static boolean requiresExactly(StatementView view, ExternalId workspaceId) {
        for (ClauseEntry clause : view.externalIdClauses()) {
            if (TrustChecks.requiresExternalId(clause.operator, clause.key, clause.values, workspaceId.value())) {
                return true;
            }
        }
        return false;
    }
}
