package dev.rudderiam.validation.rules;

import dev.rudderiam.policy.StatementElement;
import dev.rudderiam.validation.Finding;
import dev.rudderiam.validation.PolicyContext;
import dev.rudderiam.validation.PolicyRule;
import dev.rudderiam.validation.internal.DocumentCheck;
import dev.rudderiam.validation.internal.SharedPass;
import java.util.EnumSet;
import java.util.List;

/**
 * {@link StatementRule}s joined: the statement views are looked up once per document rather than once per rule, and
 * each rule then runs over every statement, rule after rule, so the findings come in the order the rules would
 * append them alone.
 */
final class StatementPass implements DocumentCheck {
    /** The pass every statement rule shares. */
    static final SharedPass SHARED = StatementPass::new;

    private final StatementRule[] rules;
    /** For each rule, the elements it inspects as {@link StatementView#elements()} bits, or -1 for all. */
    private final int[] inspected;

    private StatementPass(List<PolicyRule> rules) {
        this.rules = new StatementRule[rules.size()];
        this.inspected = new int[rules.size()];
        for (int i = 0; i < this.rules.length; i++) {
            if (!(rules.get(i) instanceof StatementRule rule)) {
                throw new IllegalArgumentException("rule '" + rules.get(i) + "' cannot join the statement pass: it"
                        + " is not a statement rule");
            }
            this.rules[i] = rule;
            int bits = 0;
            for (StatementElement element : rule.inspects()) {
                bits |= 1 << element.ordinal();
            }
            inspected[i] = rule.inspects().containsAll(EnumSet.allOf(StatementElement.class)) ? -1 : bits;
        }
    }

    /**
     * Runs each rule over the statements that have an element it inspects (every statement for a rule inspecting
     * all): a rule finds nothing in a document whose statements have none ({@link PolicyRule#inspects()}), and a
     * statement rule sees one statement, so it finds nothing in such a statement either.
     */
    @Override
    public void check(PolicyContext context, List<Finding> findings) {
        StatementView[] views = StatementView.of(context);
        for (int r = 0; r < rules.length; r++) {
            for (StatementView view : views) {
                if (inspected[r] == -1 || (inspected[r] & view.elements()) != 0) {
                    rules[r].check(view, findings);
                }
            }
        }
    }
}
