package dev.rudderiam.validation.rules;

import dev.rudderiam.policy.ConditionOperator;
import dev.rudderiam.policy.Statement;
import dev.rudderiam.policy.StatementElement;
import dev.rudderiam.validation.Finding;
import dev.rudderiam.validation.Severity;
import java.util.List;
import java.util.Set;

/**
 * {@code INVALID_CONDITION_OPERATOR}: a condition operator is one of IAM's, optionally qualified with
 * {@code ForAllValues:} or {@code ForAnyValue:} and suffixed with {@code IfExists}. {@code NullIfExists} is left to
 * {@code NULL_WITH_IF_EXISTS}.
 *
 * @see <a href="https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition_operators.html">IAM
 *     JSON policy elements: Condition operators</a>
 */
final class InvalidConditionOperator extends StatementRule {
    InvalidConditionOperator() {
        super("INVALID_CONDITION_OPERATOR", Severity.ERROR, "Condition operators are IAM's operators.", Types.ALL);
    }

    @Override
    public Set<StatementElement> inspects() {
        return Elements.CONDITION;
    }

    @Override
    void check(StatementView view, List<Finding> findings) {
        int index = view.index;
        Statement statement = view.statement;
        for (ConditionOperator operator : statement.condition().operators().keySet()) {
            if (!operator.isKnown() && !NullWithIfExists.isNullIfExists(operator)) {
                findings.add(finding(Pointers.statement(index) + "/Condition/" + Pointers.escape(operator.name()),
                        "Condition operator '" + operator.name() + "' in statement " + index + " is not an IAM"
                                + " condition operator such as StringEquals, ArnLike or ForAnyValue:StringLike."));
            }
        }
    }
}
