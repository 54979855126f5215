package dev.rudderiam.validation.rules;

import dev.rudderiam.arn.internal.ArnText;
import dev.rudderiam.policy.ConditionOperator;
import dev.rudderiam.policy.ConditionValue;
import dev.rudderiam.policy.Effect;
import dev.rudderiam.role.ExternalId;
import dev.rudderiam.role.RudderStack;
import java.util.List;

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
        String value = entry.value();
        if (value.equals("*") || value.equals(RudderStack.ACCOUNT)) {
            return true;
        }
        ArnText arn = entry.arn();
        return arn != null && arn.account().equals(RudderStack.ACCOUNT);
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
            if (clause.baseName.equals("StringEquals") && !clause.ifExists
                    && clause.qualifier == ConditionOperator.SetQualifier.NONE && !clause.values.isEmpty()
                    && allEqual(clause.values, workspaceId.value())) {
                return true;
            }
        }
        return false;
    }

    private static boolean allEqual(List<ConditionValue> values, String expected) {
        for (int i = 0; i < values.size(); i++) {
            if (!values.get(i).text().equals(expected)) {
                return false;
            }
        }
        return true;
    }
}
