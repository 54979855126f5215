package dev.rudderiam.validation.rules;

import dev.rudderiam.arn.internal.ArnText;
import dev.rudderiam.policy.StatementElement;
import dev.rudderiam.validation.Finding;
import dev.rudderiam.validation.Severity;
import java.util.List;
import java.util.Set;

/**
 * {@code INVALID_ARN_ACCOUNT}: the account field of a resource ARN is empty, a 12-digit account id, {@code aws}
 * (AWS managed policies) or a pattern.
 *
 * @see <a href="https://docs.aws.amazon.com/accounts/latest/reference/manage-acct-identifiers.html">AWS account
 *     identifiers</a>
 */
final class InvalidArnAccount extends StatementRule {
    InvalidArnAccount() {
        super("INVALID_ARN_ACCOUNT", Severity.ERROR, "The account of a resource ARN is 12 digits (or empty).",
                Types.PERMISSIONS);
    }

    @Override
    public Set<StatementElement> inspects() {
        return Elements.RESOURCES;
    }

    @Override
    void check(StatementView view, List<Finding> findings) {
        int index = view.index;
        for (ResourceEntry entry : view.resources()) {
            ArnText arn = entry.arn();
            if (arn == null) {
                continue;
            }
            String account = arn.account();
            if (!account.isEmpty() && !account.equals("aws") && !Arns.isAccountId(account)
                    && !ResourceEntry.isDynamic(account)) {
                findings.add(finding(entry.path(), "Account '" + account + "' of resource '" + entry.value()
                        + "' in statement " + index + " is not valid: an AWS account id is exactly 12 digits."));
            }
        }
    }
}
