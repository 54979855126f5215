package dev.rudderiam.analysis;

import dev.rudderiam.arn.AccountId;
import dev.rudderiam.arn.Arn;
import dev.rudderiam.policy.AnyPrincipal;
import dev.rudderiam.policy.ConditionClause;
import dev.rudderiam.policy.ConditionOperator;
import dev.rudderiam.policy.ConditionValue;
import dev.rudderiam.policy.Principal;
import dev.rudderiam.policy.PrincipalId;
import dev.rudderiam.policy.PrincipalSet;
import dev.rudderiam.policy.PrincipalType;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** Plain-English descriptions of principals and condition clauses, for reports. */
final class Describe {
    private Describe() {
    }

    static List<String> principals(Principal principal) {
        if (principal instanceof AnyPrincipal) {
            return List.of("anyone (every AWS principal, including anonymous users)");
        }
        List<String> out = new ArrayList<>();
        for (PrincipalId id : ((PrincipalSet) principal).ids()) {
            out.add(principal(id));
        }
        return out;
    }

    /** @see <a href="https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_principal.html">Principal</a> */
    static String principal(PrincipalId id) {
        String value = id.value();
        if (id.type().equals(PrincipalType.AWS)) {
            if (value.equals("*")) {
                return "anyone (every AWS principal, including anonymous users)";
            }
            Optional<Arn> arn = Arn.tryParse(value);
            if (AccountId.isValid(value) || arn.isPresent() && arn.get().isAccountRoot()) {
                String account = AccountId.isValid(value) ? value : arn.get().account();
                return "AWS account " + account + " (any principal there whose own policies allow it)";
            }
            if (arn.isPresent()) {
                String resource = arn.get().resource();
                if (resource.startsWith("role/")) {
                    return "IAM role " + value + " (its sessions)";
                }
                if (resource.startsWith("user/")) {
                    return "IAM user " + value;
                }
                if (resource.startsWith("assumed-role/")) {
                    return "assumed-role session " + value;
                }
            }
            return "AWS principal " + value;
        }
        if (id.type().equals(PrincipalType.SERVICE)) {
            return "AWS service " + value;
        }
        if (id.type().equals(PrincipalType.FEDERATED)) {
            return "identities federated by " + value;
        }
        return id.type() + " principal " + value;
    }

    /** @see <a href="https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition_operators.html">Condition operators</a> */
    static String condition(ConditionClause clause) {
        ConditionOperator operator = clause.operator();
        String values = clause.values().stream().map(ConditionValue::toString)
                .collect(Collectors.joining(" or ", clause.values().size() > 1 ? "one of " : "", ""));
        String key = clause.key().name();
        String base = operator.baseName();
        if (base.equals("Null")) {
            boolean absent = clause.values().size() == 1 && clause.values().get(0).text().equalsIgnoreCase("true");
            return key + (absent ? " is absent" : " is present");
        }
        String subject = key;
        if (operator.qualifier() == ConditionOperator.SetQualifier.FOR_ALL_VALUES) {
            subject = "every value of " + key + " (or none)";
        } else if (operator.qualifier() == ConditionOperator.SetQualifier.FOR_ANY_VALUE) {
            subject = "some value of " + key;
        }
        String phrase = phrase(base);
        if (operator.isNegated()) {
            phrase = "is not " + phrase.substring(phrase.indexOf(' ') + 1);
        }
        String text = subject + " " + phrase + " " + values;
        return operator.ifExists() ? text + " (when present)" : text;
    }

    private static String phrase(String base) {
        String positive = base.replace("Not", "");
        switch (positive) {
            case "StringEquals": case "ArnEquals": case "NumericEquals": case "DateEquals": case "BinaryEquals":
            case "Bool":
                return "is exactly";
            case "StringEqualsIgnoreCase": return "is, ignoring case,";
            case "StringLike": case "ArnLike": return "is like";
            case "NumericLessThan": return "is less than";
            case "NumericLessThanEquals": return "is at most";
            case "NumericGreaterThan": return "is greater than";
            case "NumericGreaterThanEquals": return "is at least";
            case "DateLessThan": return "is before";
            case "DateLessThanEquals": return "is at or before";
            case "DateGreaterThan": return "is after";
            case "DateGreaterThanEquals": return "is at or after";
            case "IpAddress": return "is in";
            default: return "is (" + base + ")";
        }
    }
}
