package dev.rudderiam.validation.rules;

import dev.rudderiam.validation.Finding;
import dev.rudderiam.validation.PolicyContext;
import dev.rudderiam.validation.PolicyRule;
import dev.rudderiam.validation.PolicyType;
import dev.rudderiam.validation.Severity;
import java.util.List;
import java.util.Set;

/** A document rule that looks at one statement at a time, for the policy types it applies to. */
abstract class StatementRule extends BaseRule implements PolicyRule {
    /** The policy types the rule applies to, as bits by ordinal: one field read rather than a set lookup. */
    private final int types;

    StatementRule(String code, Severity severity, String link, String summary, Set<PolicyType> types) {
        super(code, severity, link, summary);
        this.types = Types.mask(types);
    }

    StatementRule(String code, Severity severity, String summary, Set<PolicyType> types) {
        super(code, severity, summary);
        this.types = Types.mask(types);
    }

    @Override
    public final boolean appliesTo(PolicyType type) {
        return (types & 1 << type.ordinal()) != 0;
    }

    @Override
    public final void check(PolicyContext context, List<Finding> findings) {
        if (!appliesTo(context.type())) {
            return;
        }
        List<StatementView> views = StatementView.of(context);
        for (int i = 0; i < views.size(); i++) {
            check(views.get(i), findings);
        }
    }

    /** Appends the findings of one statement. */
    abstract void check(StatementView view, List<Finding> findings);
}
