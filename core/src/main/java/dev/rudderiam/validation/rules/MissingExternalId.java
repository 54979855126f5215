package dev.rudderiam.validation.rules;

import dev.rudderiam.policy.Effect;
import dev.rudderiam.policy.Statement;
import dev.rudderiam.policy.StatementElement;
import dev.rudderiam.validation.Finding;
import dev.rudderiam.validation.Severity;
import java.util.List;
import java.util.Set;

/**
 * {@code CROSS_ACCOUNT_TRUST_WITHOUT_EXTERNAL_ID}: a trust statement lets an AWS account or IAM principal assume the
 * role without requiring {@code sts:ExternalId}. When the trusted party is a vendor serving many customers (another
 * account), any of its customers could have it assume this role: the confused deputy problem. Access Analyzer has
 * no such check. (The validator does not know the role's own account, so a same-account principal is reported too.)
 *
 * @see <a href="https://docs.aws.amazon.com/IAM/latest/UserGuide/confused-deputy.html">The confused deputy
 *     problem</a>
 * @see <a href="https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_create_for-user_externalid.html">Access
 *     to AWS accounts owned by third parties</a>
 */
final class MissingExternalId extends StatementRule {
    MissingExternalId() {
        super("CROSS_ACCOUNT_TRUST_WITHOUT_EXTERNAL_ID", Severity.SECURITY_WARNING,
                "https://docs.aws.amazon.com/IAM/latest/UserGuide/confused-deputy.html",
                "A trust statement for an AWS account requires sts:ExternalId.", Types.TRUST);
    }

    private static boolean restrictsExternalId(StatementView view) {
        for (ClauseEntry clause : view.externalIdClauses()) {
            if (Conditions.restricts(clause)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public Set<StatementElement> inspects() {
        return Elements.PRINCIPAL;
    }

    @Override
    void check(StatementView view, List<Finding> findings) {
        int index = view.index;
        Statement statement = view.statement;
        if (statement.effect() != Effect.ALLOW || !view.allowsAssumeRole()
                || restrictsExternalId(view)) {
            return;
        }
        for (PrincipalEntry entry : view.principals()) {
            if (entry.isAws() && !entry.value().equals("*")) {
                findings.add(finding(entry.path(), "Statement " + index + " lets '" + entry.value() + "' assume the"
                        + " role without an sts:ExternalId condition: when that is another account, require the"
                        + " external id with StringEquals to prevent the confused deputy problem."));
                return;
            }
        }
    }
}
