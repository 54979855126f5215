package dev.rudderiam.validation.rules;

import dev.rudderiam.pattern.Glob;
import dev.rudderiam.policy.ConditionOperator;
import dev.rudderiam.policy.ConditionValue;
import dev.rudderiam.policy.StatementElement;
import dev.rudderiam.validation.Finding;
import dev.rudderiam.validation.Severity;
import java.util.List;
import java.util.Set;

/**
 * {@code WEAK_EXTERNAL_ID_CONDITION}: {@code sts:ExternalId} is compared exactly, with {@code StringEquals} and
 * literal values; a like-operator, a wildcard in the value, a set qualifier or {@code IfExists} lets other external
 * ids (or none) through.
 *
 * @see <a href="https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_create_for-user_externalid.html">Access
 *     to AWS accounts owned by third parties</a>
 */
final class WeakExternalId extends StatementRule {
    WeakExternalId() {
        super("WEAK_EXTERNAL_ID_CONDITION", Severity.SECURITY_WARNING,
                "https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_create_for-user_externalid.html",
                "sts:ExternalId is compared with StringEquals and literal values.", Types.TRUST);
    }

    @Override
    public Set<StatementElement> inspects() {
        return Elements.CONDITION;
    }

    @Override
    void check(StatementView view, List<Finding> findings) {
        int index = view.index;
        for (ClauseEntry clause : view.externalIdClauses()) {
            ConditionOperator operator = clause.operator;
            String weakness = null;
            if (clause.qualifier == ConditionOperator.SetQualifier.FOR_ALL_VALUES || clause.ifExists) {
                weakness = "the operator " + operator + " also passes when the caller sends no external id";
            } else if (clause.qualifier == ConditionOperator.SetQualifier.FOR_ANY_VALUE) {
                weakness = "the operator " + operator + " is meant for multivalued keys, and sts:ExternalId has"
                        + " one value";
            } else if (clause.baseName.endsWith("Like")) {
                weakness = "the operator " + operator + " matches patterns rather than one exact value";
            } else {
                for (ConditionValue value : clause.values) {
                    if (Glob.hasWildcard(value.text())) {
                        weakness = "the value " + value + " holds a wildcard";
                        break;
                    }
                }
            }
            if (weakness != null && !clause.isNegated()) {
                findings.add(finding(clause.path(),
                        "The sts:ExternalId condition of statement " + index + " is weak: " + weakness
                                + "; use StringEquals with the exact external id."));
            }
        }
    }
}
