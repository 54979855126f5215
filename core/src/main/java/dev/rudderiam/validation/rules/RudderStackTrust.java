package dev.rudderiam.validation.rules;

import dev.rudderiam.arn.Arn;
import dev.rudderiam.policy.ConditionClause;
import dev.rudderiam.policy.ConditionKey;
import dev.rudderiam.policy.ConditionOperator;
import dev.rudderiam.policy.ConditionValue;
import dev.rudderiam.policy.Effect;
import dev.rudderiam.policy.Statement;
import dev.rudderiam.role.ExternalId;
import dev.rudderiam.role.RudderStack;

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
        return value.equals("*") || value.equals(RudderStack.ACCOUNT) || Arn.tryParse(value)
                .flatMap(Arn::accountId).map(RudderStack.ACCOUNT_ID::equals).orElse(false);
    }

    /** {@return whether an Allow statement lets RudderStack's account (or everyone) call sts:AssumeRole} */
    static boolean letsAssume(int index, Statement statement) {
        if (statement.effect() != Effect.ALLOW || !Conditions.allows(statement, "sts:AssumeRole")) {
            return false;
        }
        return PrincipalEntry.of(index, statement).stream().anyMatch(RudderStackTrust::covers);
    }

    /** {@return whether the statement names RudderStack's account itself (not only {@code *})} */
    static boolean namesRudderStack(int index, Statement statement) {
        return PrincipalEntry.of(index, statement).stream()
                .anyMatch(e -> covers(e) && !e.value().equals("*"));
    }

    /** {@return whether the statement requires {@code sts:ExternalId} to equal the workspace id exactly} */
    static boolean requiresExactly(Statement statement, ExternalId workspaceId) {
        for (ConditionClause clause : Conditions.on(statement, ConditionKey.STS_EXTERNAL_ID)) {
            ConditionOperator operator = clause.operator();
            if (operator.baseName().equals("StringEquals") && !operator.ifExists()
                    && operator.qualifier() == ConditionOperator.SetQualifier.NONE && !clause.values().isEmpty()
                    && clause.values().stream().map(ConditionValue::text).allMatch(workspaceId.value()::equals)) {
                return true;
            }
        }
        return false;
    }
}
