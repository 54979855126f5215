package dev.rudderiam.validation.rules;

import dev.rudderiam.policy.StatementElement;
import dev.rudderiam.validation.Finding;
import dev.rudderiam.validation.Severity;
import java.util.List;
import java.util.Set;

/** {@code INVALID_ARN_PREFIX}: a resource is {@code *} or an ARN starting with {@code arn:}. */
final class InvalidArnPrefix extends StatementRule {
    InvalidArnPrefix() {
        super("INVALID_ARN_PREFIX", Severity.ERROR, "A resource is \"*\" or an ARN starting with arn:.",
                Types.PERMISSIONS);
    }

    @Override
    public Set<StatementElement> inspects() {
        return Elements.RESOURCES;
    }

    @Override
    void check(StatementView view, List<Finding> findings) {
        int index = view.index;
        for (ResourceEntry entry : view.resources()) {
            if (!entry.value().equals("*") && !entry.value().startsWith("arn:")) {
                findings.add(finding(entry.path(), "Resource '" + entry.value() + "' in statement " + index
                        + " is not an ARN: a resource is \"*\" or starts with the prefix arn:."));
            }
        }
    }
}
