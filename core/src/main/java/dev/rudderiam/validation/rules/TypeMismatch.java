package dev.rudderiam.validation.rules;

import dev.rudderiam.policy.ConditionOperator.Family;
import dev.rudderiam.validation.Severity;
import org.jspecify.annotations.Nullable;

/**
 * {@code TYPE_MISMATCH}: the operator's family fits the key's type: string operators for {@code String} keys,
 * {@code Bool} for {@code Bool}, numeric for {@code Numeric}, date (or numeric) for {@code Date}, {@code IpAddress}
 * for {@code IPAddress}, ARN or string operators for {@code ARN}. {@code Null} fits every key.
 *
 * @see <a href="https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition_operators.html">IAM
 *     JSON policy elements: Condition operators</a>
 */
final class TypeMismatch extends KeyTypeRule {
    TypeMismatch(ReferenceIndex reference) {
        super("TYPE_MISMATCH", Severity.WARNING, "Condition operators fit the type of their key.", reference);
    }

    @Override
    @Nullable String problem(ClauseEntry clause, String type) {
        Family family = clause.family;
        if (family == Family.NULL || family == Family.UNKNOWN) {
            return null;
        }
        String element = elementType(type);
        Family expected;
        switch (element) {
            case "String": expected = Family.STRING; break;
            case "Bool": expected = Family.BOOL; break;
            case "Numeric": expected = Family.NUMERIC; break;
            case "Date": expected = Family.DATE; break;
            case "IPAddress": expected = Family.IP_ADDRESS; break;
            case "ARN": expected = Family.ARN; break;
            default: return null;
        }
        boolean fits = family == expected
                || expected == Family.ARN && family == Family.STRING
                || expected == Family.DATE && family == Family.NUMERIC;
        return fits ? null : "Use an operator of type " + element + " instead of " + clause.operator
                + " for the condition key " + clause.key;
    }
}
