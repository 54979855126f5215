package dev.rudderiam.validation;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A named group of rules that run together: the document rules and the role rules of one concern (grammar and
 * quotas, the AWS service reference, security, RudderStack). {@code dev.rudderiam.validation.rules.RuleSets}
 * provides the library's sets.
 *
 * @param name the set's name, such as {@code grammar}
 * @param policyRules the rules run on every document
 * @param roleRules the rules run once per role
 */
public record RuleSet(String name, List<PolicyRule> policyRules, List<RoleRule> roleRules) {
    /** Copies the lists and checks for nulls. */
    public RuleSet {
        Objects.requireNonNull(name, "rule set name");
        policyRules = List.copyOf(policyRules);
        roleRules = List.copyOf(roleRules);
    }

    /** {@return every rule of the set once, document rules first (a rule may check documents and roles both)} */
    public List<Rule> rules() {
        Set<Rule> all = new LinkedHashSet<>(policyRules);
        all.addAll(roleRules);
        return List.copyOf(all);
    }
}
