package dev.rudderiam.validation.rules;

import dev.rudderiam.policy.ConditionClause;
import dev.rudderiam.policy.ConditionOperator;
import dev.rudderiam.validation.Severity;

/**
 * {@code MISSING_QUALIFIER}: a multivalued key ({@code ArrayOf..} in the reference) is tested with
 * {@code ForAllValues:} or {@code ForAnyValue:}; without one the clause compares a set with a single value.
 *
 * @see <a href="https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-single-vs-multi-valued-context-keys.html">Single-valued
 *     vs. multivalued context keys</a>
 */
final class MissingQualifier extends KeyTypeRule {
    MissingQualifier(ReferenceIndex reference) {
        super("MISSING_QUALIFIER", Severity.ERROR, "Multivalued keys are tested with ForAllValues or ForAnyValue.",
                reference);
    }

    @Override
    String problem(ConditionClause clause, String type) {
        ConditionOperator operator = clause.operator();
        if (type.startsWith("ArrayOf") && operator.qualifier() == ConditionOperator.SetQualifier.NONE
                && operator.family() != ConditionOperator.Family.NULL && operator.isKnown()) {
            return "The request context key " + clause.key() + " has multiple values: use the ForAllValues or"
                    + " ForAnyValue qualifier with " + operator;
        }
        return null;
    }
}
