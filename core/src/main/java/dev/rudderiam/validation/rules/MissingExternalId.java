package dev.rudderiam.validation.rules;

import dev.rudderiam.policy.ConditionKey;
import dev.rudderiam.policy.Effect;
import dev.rudderiam.policy.Statement;
import dev.rudderiam.validation.Finding;
import dev.rudderiam.validation.Severity;
import java.util.List;

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

    @Override
    void check(int index, Statement statement, List<Finding> findings) {
        if (statement.effect() != Effect.ALLOW || !Conditions.allows(statement, "sts:AssumeRole")
                || Conditions.on(statement, ConditionKey.STS_EXTERNAL_ID).stream().anyMatch(Conditions::restricts)) {
            return;
        }
        for (PrincipalEntry entry : PrincipalEntry.of(index, statement)) {
            if (entry.isAws() && !entry.value().equals("*")) {
                findings.add(finding(entry.path(), "Statement " + index + " lets '" + entry.value() + "' assume the"
                        + " role without an sts:ExternalId condition: when that is another account, require the"
                        + " external id with StringEquals to prevent the confused deputy problem."));
                return;
            }
        }
    }
}
