package dev.rudderiam.validation.rules;

import dev.rudderiam.pattern.Glob;
import dev.rudderiam.policy.Action;
import dev.rudderiam.policy.StatementElement;
import dev.rudderiam.validation.Finding;
import dev.rudderiam.validation.Severity;
import java.util.List;
import java.util.Set;

/**
 * {@code INVALID_ACTION}: an action is {@code *} or {@code service:name}, and (after wildcard expansion) names at
 * least one action of its service in the service reference. An action AWS retired, or one newer than the bundled
 * reference, is reported too.
 *
 * @see <a href="https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_action.html">IAM JSON
 *     policy elements: Action</a>
 */
final class InvalidAction extends StatementRule {
    private final ReferenceIndex reference;

    InvalidAction(ReferenceIndex reference) {
        super("INVALID_ACTION", Severity.ERROR, "Actions (after wildcard expansion) exist in the service reference.",
                Types.ALL);
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
            Action action = entry.action();
            String value = action.value();
            if (value.equals("*")) {
                continue;
            }
            if (!entry.hasService() || !entry.hasName()) {
                findings.add(finding(entry.path(), "Action '" + value + "' in statement " + index
                        + " is not valid: an action is \"*\" or service:ActionName, such as s3:GetObject."));
            } else {
                ReferenceIndex.Resolution resolution = entry.resolution(reference);
                if (resolution.service() != null && resolution.actions().isEmpty()) {
                    findings.add(finding(entry.path(), "The action '" + value + "' in statement " + index
                            + " does not exist: " + (Glob.hasWildcard(entry.name())
                                    ? "the pattern matches no action of " : "it is not an action of ")
                            + "service " + resolution.service().info.prefix() + " in the service reference."));
                }
            }
        }
    }
}
