package dev.rudderiam.validation.rules;

import dev.rudderiam.pattern.Glob;
import dev.rudderiam.policy.StatementElement;
import dev.rudderiam.validation.Finding;
import dev.rudderiam.validation.Severity;
import java.util.List;
import java.util.Set;

/**
 * {@code INVALID_SERVICE_IN_ACTION}: the service prefix of an action is one the service reference knows.
 *
 * @see <a href="https://docs.aws.amazon.com/service-authorization/latest/reference/reference_policies_actions-resources-contextkeys.html">Actions,
 *     resources, and condition keys for AWS services</a>
 */
final class InvalidServiceInAction extends StatementRule {
    private final ReferenceIndex reference;

    InvalidServiceInAction(ReferenceIndex reference) {
        super("INVALID_SERVICE_IN_ACTION", Severity.ERROR, "Action prefixes are known services.", Types.ALL);
        this.reference = reference;
    }

    @Override
    public Set<StatementElement> inspects() {
        return Elements.ACTIONS;
    }

    @Override
    void check(StatementView view, List<Finding> findings) {
        int index = view.index;
        for (ActionEntry entry : view.allActions()) {
            if (!entry.hasService() || entry.resolution(reference).service() != null) {
                continue;
            }
            String service = entry.service();
            if (!Glob.hasWildcard(service) && reference.service(service).isEmpty()) {
                findings.add(finding(entry.path(), "The service '" + service + "' of action '" + entry.action()
                        + "' in statement " + index + " does not exist: check the service prefix."));
            }
        }
    }
}
