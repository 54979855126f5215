package dev.rudderiam.validation.rules;

import dev.rudderiam.pattern.Glob;
import dev.rudderiam.policy.ConditionKey;
import dev.rudderiam.policy.ConditionOperator;
import dev.rudderiam.policy.ConditionValue;

/** Questions the security and RudderStack rules ask about a statement's actions and conditions. */
final class Conditions {
    private Conditions() {
    }

    /**
     * {@return whether the clause narrows who matches}: a known, non-negated operator without {@code IfExists}
     * (which passes when the key is absent), not {@code ForAllValues:} (which passes on an empty set), not
     * {@code Null}, and no value that a like-operator matches with anything.
     */
    static boolean restricts(ClauseEntry clause) {
        if (!clause.isKnown() || clause.isNegated() || clause.ifExists
                || clause.qualifier == ConditionOperator.SetQualifier.FOR_ALL_VALUES
                || clause.family == ConditionOperator.Family.NULL || clause.values.isEmpty()) {
            return false;
        }
        if (clause.baseName.endsWith("Like")) {
            for (ConditionValue value : clause.values) {
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
        for (ClauseEntry clause : view.clauses()) {
            if (restricts(clause)) {
                return true;
            }
        }
        return false;
    }

    /** {@return the clauses of the statement on {@code key} (compared ignoring case)} */
    static ClauseEntry[] on(StatementView view, ConditionKey key) {
        ClauseEntry[] clauses = view.clauses();
        int count = 0;
        for (ClauseEntry clause : clauses) {
            if (clause.key.sameKeyAs(key)) {
                count++;
            }
        }
        if (count == clauses.length) {
            return clauses;
        }
        ClauseEntry[] on = new ClauseEntry[count];
        count = 0;
        for (ClauseEntry clause : clauses) {
            if (clause.key.sameKeyAs(key)) {
                on[count++] = clause;
            }
        }
        return on;
    }

    /** {@return whether the statement's {@code Action} list holds {@code action} itself or a pattern matching it} */
    static boolean allows(StatementView view, String action) {
        for (ActionEntry entry : view.actions()) {
            if (entry.text().equalsIgnoreCase(action)
                    || entry.hasWildcard() && entry.glob().matches(action)) {
                return true;
            }
        }
        return false;
    }
}
