package dev.rudderiam.validation.rules;

import dev.rudderiam.policy.Statement;
import dev.rudderiam.policy.StatementElement;
import dev.rudderiam.validation.Finding;
import dev.rudderiam.validation.PolicyContext;
import dev.rudderiam.validation.PolicyType;
import dev.rudderiam.validation.Severity;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Sids repeated within one document: {@code UNIQUE_SIDS_REQUIRED} (an error) for identity policies and boundaries,
 * {@code UNIQUE_SIDS_RECOMMENDED} (a warning) for trust policies, which are resource policies.
 *
 * @see <a href="https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_sid.html">IAM JSON
 *     policy elements: Sid</a>
 */
final class DuplicateSids extends DocumentRule {
    private DuplicateSids(String code, Severity severity, Set<PolicyType> types) {
        super(code, severity, "Each Sid appears once in a policy.", types);
    }

    static DuplicateSids required() {
        return new DuplicateSids("UNIQUE_SIDS_REQUIRED", Severity.ERROR, Types.PERMISSIONS);
    }

    static DuplicateSids recommended() {
        return new DuplicateSids("UNIQUE_SIDS_RECOMMENDED", Severity.WARNING, Types.TRUST);
    }

    @Override
    public Set<StatementElement> inspects() {
        return Elements.SID;
    }

    @Override
    void checkDocument(PolicyContext context, List<Finding> findings) {
        List<Statement> statements = context.document().statements();
        if (statements.size() < 2) {
            return;
        }
        Map<String, Integer> first = new HashMap<>();
        for (int i = 0; i < statements.size(); i++) {
            String sid = statements.get(i).sid();
            if (sid == null || sid.isEmpty()) {
                continue;
            }
            Integer earlier = first.putIfAbsent(sid, i);
            if (earlier != null) {
                findings.add(finding(Pointers.statement(i) + "/Sid", "Sid '" + sid + "' of statement " + i
                        + " repeats the Sid of statement " + earlier + ": statement ids are unique within a policy."));
            }
        }
    }
}
