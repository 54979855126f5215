package dev.rudderiam.validation.rules;

import dev.rudderiam.policy.StatementElement;
import dev.rudderiam.validation.Finding;
import dev.rudderiam.validation.Severity;
import java.util.List;
import java.util.Set;

/** {@code INVALID_PRINCIPAL_KEY}: principal keys are {@code AWS}, {@code Service}, {@code Federated}, {@code CanonicalUser}. */
final class InvalidPrincipalKey extends StatementRule {
    InvalidPrincipalKey() {
        super("INVALID_PRINCIPAL_KEY", Severity.ERROR,
                "Principal keys are AWS, Service, Federated or CanonicalUser.", Types.TRUST);
    }

    @Override
    public Set<StatementElement> inspects() {
        return Elements.PRINCIPAL;
    }

    @Override
    void check(StatementView view, List<Finding> findings) {
        int index = view.index;
        String reported = null;
        for (PrincipalEntry entry : view.principals()) {
            if (!entry.type().isKnown() && !entry.type().key().equals(reported)) {
                reported = entry.type().key();
                findings.add(finding(entry.path(), "Principal key '" + entry.type().key() + "' in statement "
                        + index + " is not valid: use AWS, Service, Federated or CanonicalUser."));
            }
        }
    }
}
