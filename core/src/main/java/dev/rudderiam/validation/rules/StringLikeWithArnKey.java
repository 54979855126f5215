package dev.rudderiam.validation.rules;

import dev.rudderiam.validation.Severity;
import org.jspecify.annotations.Nullable;

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
    @Nullable String problem(ClauseEntry clause, String type) {
        String base = clause.baseName;
        if (elementType(type).equals("ARN") && (base.equals("StringLike") || base.equals("StringNotLike"))) {
            return "Use an ARN operator instead of " + clause.operator + " for the condition key " + clause.key;
        }
        return null;
    }
}
