package dev.rudderiam.validation.rules;

import dev.rudderiam.validation.Finding;
import dev.rudderiam.validation.PolicyContext;
import dev.rudderiam.validation.PolicyRule;
import dev.rudderiam.validation.PolicyType;
import dev.rudderiam.validation.Severity;
import java.util.List;
import java.util.Set;

/**
 * A rule over a whole document, for the policy types it applies to; {@link StatementRule} narrows it to one
 * statement at a time.
 */
abstract class DocumentRule extends BaseRule implements PolicyRule {
    /** The policy types the rule applies to, as bits by ordinal: one field read rather than a set lookup. */
    private final int types;

    DocumentRule(String code, Severity severity, String link, String summary, Set<PolicyType> types) {
        super(code, severity, link, summary);
        this.types = Types.mask(types);
    }

    DocumentRule(String code, Severity severity, String summary, Set<PolicyType> types) {
        super(code, severity, summary);
        this.types = Types.mask(types);
    }

    @Override
    public final boolean appliesTo(PolicyType type) {
        return (types & 1 << type.ordinal()) != 0;
    }

    @Override
    public final void check(PolicyContext context, List<Finding> findings) {
        if (appliesTo(context.type())) {
            checkDocument(context, findings);
        }
    }

    abstract void checkDocument(PolicyContext context, List<Finding> findings);
}
