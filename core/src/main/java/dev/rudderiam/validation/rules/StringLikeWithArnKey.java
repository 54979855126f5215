package dev.rudderiam.validation.rules;

import dev.rudderiam.policy.ConditionClause;
import dev.rudderiam.validation.Severity;

/**
 * {@code STRING_LIKE_OPERATOR_WITH_ARN_CONDITION_KEYS}: an ARN key is matched with {@code ArnLike}, which compares
 * ARN part by part, rather than {@code StringLike}, whose {@code *} also spans the separators.
 *
 * @see <a href="https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition_operators.html#Conditions_ARN">Condition
 *     operators: ARN</a>
 */
final class StringLikeWithArnKey extends KeyTypeRule {
    StringLikeWithArnKey(ReferenceIndex reference) {
        super("STRING_LIKE_OPERATOR_WITH_ARN_CONDITION_KEYS", Severity.SECURITY_WARNING,
                "ARN keys are matched with ArnLike rather than StringLike.", reference);
    }

    @Override
    String problem(ConditionClause clause, String type) {
        String base = clause.operator().baseName();
        if (elementType(type).equals("ARN") && (base.equals("StringLike") || base.equals("StringNotLike"))) {
            return "Use an ARN operator instead of " + clause.operator() + " for the condition key " + clause.key();
        }
        return null;
    }
}
