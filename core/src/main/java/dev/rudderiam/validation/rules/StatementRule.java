package dev.rudderiam.validation.rules;

import dev.rudderiam.validation.Finding;
import dev.rudderiam.validation.PolicyContext;
import dev.rudderiam.validation.PolicyType;
import dev.rudderiam.validation.Severity;
import dev.rudderiam.validation.internal.SharedPass;
import java.util.List;
import java.util.Set;

/** A document rule that looks at one statement at a time, for the policy types it applies to. */
abstract class StatementRule extends DocumentRule implements SharedPass.Member {

    StatementRule(String code, Severity severity, String link, String summary, Set<PolicyType> types) {
        super(code, severity, link, summary, types);
    }

    StatementRule(String code, Severity severity, String summary, Set<PolicyType> types) {
        super(code, severity, summary, types);
    }

    @Override
    final void checkDocument(PolicyContext context, List<Finding> findings) {
        for (StatementView view : StatementView.of(context)) {
            check(view, findings);
        }
    }

    /** {@return the pass all statement rules share, walking the statements once for all of them} */
    @Override
    public final SharedPass sharedPass() {
        return StatementPass.SHARED;
    }

    /** Appends the findings of one statement. */
    abstract void check(StatementView view, List<Finding> findings);
}
