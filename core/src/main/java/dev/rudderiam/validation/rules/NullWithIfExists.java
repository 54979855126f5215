package dev.rudderiam.validation.rules;

import dev.rudderiam.policy.ConditionOperator;
import dev.rudderiam.policy.Statement;
import dev.rudderiam.policy.StatementElement;
import dev.rudderiam.validation.Finding;
import dev.rudderiam.validation.Severity;
import java.util.List;
import java.util.Set;

/** {@code NULL_WITH_IF_EXISTS}: the {@code Null} operator already tests for absence and takes no {@code IfExists}. */
final class NullWithIfExists extends StatementRule {
    NullWithIfExists() {
        super("NULL_WITH_IF_EXISTS", Severity.ERROR, "The Null operator has no IfExists suffix.", Types.ALL);
    }

    static boolean isNullIfExists(ConditionOperator operator) {
        return operator.ifExists() && operator.baseName().equals("Null");
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
            if (isNullIfExists(operator)) {
                findings.add(finding(Pointers.statement(index) + "/Condition/" + Pointers.escape(operator.name()),
                        "Condition operator '" + operator.name() + "' in statement " + index
                                + " is not valid: the Null operator cannot have the IfExists suffix."));
            }
        }
    }
}
