package dev.rudderiam.validation.rules;

import dev.rudderiam.eval.IpLiterals;
import dev.rudderiam.policy.ConditionOperator.Family;
import dev.rudderiam.policy.ConditionValue;
import dev.rudderiam.policy.StatementElement;
import dev.rudderiam.validation.Finding;
import dev.rudderiam.validation.Severity;
import java.util.List;
import java.util.Set;

/**
 * {@code TYPE_MISMATCH_IP_RANGE}: every value of an {@code IpAddress} or {@code NotIpAddress} clause is an IPv4 or
 * IPv6 address or CIDR block ({@link IpLiterals}). IAM refuses a policy whose IP condition value is anything else;
 * the evaluator reads such a value as matching nothing, so a {@code Deny ... NotIpAddress} or {@code IpAddress}
 * with a host name would deny less than it seems to, and no name is ever looked up to find out. One finding per
 * value, at the value.
 *
 * @see <a href="https://docs.aws.amazon.com/IAM/latest/UserGuide/access-analyzer-reference-policy-checks.html#access-analyzer-reference-policy-checks-error-type-mismatch-ip-range">Access
 *     Analyzer: Error - Type mismatch IP range</a>
 * @see <a href="https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition_operators.html#Conditions_IPAddress">IP
 *     address condition operators: "the standard CIDR format"</a>
 */
final class IpAddressValue extends StatementRule {
    IpAddressValue() {
        super("TYPE_MISMATCH_IP_RANGE", Severity.ERROR, "https://docs.aws.amazon.com/IAM/latest/UserGuide/"
                + "access-analyzer-reference-policy-checks.html"
                + "#access-analyzer-reference-policy-checks-error-type-mismatch-ip-range",
                "IpAddress and NotIpAddress values are IP addresses or CIDR blocks.", Types.ALL);
    }

    @Override
    public Set<StatementElement> inspects() {
        return Elements.CONDITION;
    }

    @Override
    void check(StatementView view, List<Finding> findings) {
        for (ClauseEntry clause : view.clauses()) {
            if (clause.family != Family.IP_ADDRESS || clause.isNullIfExists()) {
                continue;
            }
            List<ConditionValue> values = clause.values;
            for (int i = 0; i < values.size(); i++) {
                String text = values.get(i).text();
                if (!IpLiterals.isAddressOrBlock(text)) {
                    findings.add(finding(values.size() == 1 ? clause.path() : clause.path() + "/" + i,
                            "Value " + values.get(i) + " of " + clause.key + " under " + clause.operator
                                    + " in statement " + view.index + " is not an IP address or CIDR block"
                                    + " (such as 203.0.113.0/24 or 2001:DB8:1234:5678::/64); IAM refuses it."));
                }
            }
        }
    }
}
