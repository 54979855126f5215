package dev.rudderiam.validation.rules;

import dev.rudderiam.policy.ConditionOperator;
import dev.rudderiam.validation.Severity;
import org.jspecify.annotations.Nullable;

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
    @Nullable String problem(ClauseEntry clause, String type) {
        if (type.startsWith("ArrayOf") && clause.qualifier == ConditionOperator.SetQualifier.NONE
                && clause.family != ConditionOperator.Family.NULL && clause.isKnown()) {
            return "The request context key " + clause.key + " has multiple values: use the ForAllValues or"
                    + " ForAnyValue qualifier with " + clause.operator;
        }
        return null;
    }
}
