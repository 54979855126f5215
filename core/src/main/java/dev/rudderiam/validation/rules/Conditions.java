package dev.rudderiam.validation.rules;

import dev.rudderiam.policy.Action;
import dev.rudderiam.policy.ConditionClause;
import dev.rudderiam.policy.ConditionKey;
import dev.rudderiam.policy.ConditionOperator;
import dev.rudderiam.policy.ConditionValue;
import dev.rudderiam.policy.Statement;
import java.util.ArrayList;
import java.util.List;

/** Questions the security and RudderStack rules ask about a statement's actions and conditions. */
final class Conditions {
    private Conditions() {
    }

    /**
     * {@return whether the clause narrows who matches}: a known, non-negated operator without {@code IfExists}
     * (which passes when the key is absent), not {@code ForAllValues:} (which passes on an empty set), not
     * {@code Null}, and no value that a like-operator matches with anything.
     */
    static boolean restricts(ConditionClause clause) {
        ConditionOperator operator = clause.operator();
        if (!operator.isKnown() || operator.isNegated() || operator.ifExists()
                || operator.qualifier() == ConditionOperator.SetQualifier.FOR_ALL_VALUES
                || operator.family() == ConditionOperator.Family.NULL || clause.values().isEmpty()) {
            return false;
        }
        if (operator.baseName().endsWith("Like")) {
            for (ConditionValue value : clause.values()) {
                if (onlyStars(value.text())) {
                    return false;
                }
            }
        }
        return true;
    }

    private static boolean onlyStars(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) != '*') {
                return false;
            }
        }
        return true;
    }

    /** {@return whether some clause of the statement narrows who matches} */
    static boolean anyRestricts(StatementView view) {
        for (ConditionClause clause : view.clauses()) {
            if (restricts(clause)) {
                return true;
            }
        }
        return false;
    }

    /** {@return the clauses of the statement on {@code key} (compared ignoring case)} */
    static List<ConditionClause> on(StatementView view, ConditionKey key) {
        List<ConditionClause> on = List.of();
        for (ConditionClause clause : view.clauses()) {
            if (clause.key().sameKeyAs(key)) {
                if (on.isEmpty()) {
                    on = new ArrayList<>(2);
                }
                on.add(clause);
            }
        }
        return on;
    }

    /** {@return whether the statement's {@code Action} list holds {@code action} itself or a pattern matching it} */
    static boolean allows(Statement statement, String action) {
        for (Action a : statement.actions()) {
            if (Wildcards.matches(a.value(), action, true)) {
                return true;
            }
        }
        return false;
    }
}
