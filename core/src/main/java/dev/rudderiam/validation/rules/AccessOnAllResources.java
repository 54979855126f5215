package dev.rudderiam.validation.rules;

import dev.rudderiam.policy.Effect;
import dev.rudderiam.policy.Resource;
import dev.rudderiam.policy.Statement;
import dev.rudderiam.policy.StatementElement;
import dev.rudderiam.reference.ActionInfo;
import dev.rudderiam.validation.Finding;
import dev.rudderiam.validation.Severity;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * An unconditioned {@code Allow} of actions that support resource-level permissions on {@code "Resource": "*"}:
 * {@code WRITE_ACTION_ON_ALL_RESOURCES} (a security warning) for the access levels Write, Permissions management and
 * Tagging, {@code READ_ACTION_ON_ALL_RESOURCES} (a warning) for Read and List. Actions that support no resource
 * type need {@code *} and are not reported; {@code "Action": "*"} counts as a write.
 *
 * @see <a href="https://docs.aws.amazon.com/IAM/latest/UserGuide/best-practices.html#grant-least-privilege">Security
 *     best practices in IAM: apply least-privilege permissions</a>
 */
final class AccessOnAllResources extends StatementRule {
    private final ReferenceIndex reference;
    private final Set<String> levels;

    private AccessOnAllResources(String code, Severity severity, Set<String> levels, ReferenceIndex reference) {
        super(code, severity, "https://docs.aws.amazon.com/IAM/latest/UserGuide/best-practices.html"
                + "#grant-least-privilege", "No " + String.join("/", levels) + " action that can be scoped is"
                + " allowed on \"*\" without a condition.", Types.PERMISSIONS);
        this.reference = reference;
        this.levels = levels;
    }

    static AccessOnAllResources writes(ReferenceIndex reference) {
        return new AccessOnAllResources("WRITE_ACTION_ON_ALL_RESOURCES", Severity.SECURITY_WARNING,
                Set.of("Write", "Permissions management", "Tagging"), reference);
    }

    static AccessOnAllResources reads(ReferenceIndex reference) {
        return new AccessOnAllResources("READ_ACTION_ON_ALL_RESOURCES", Severity.WARNING, Set.of("Read", "List"),
                reference);
    }

    @Override
    public Set<StatementElement> inspects() {
        return Elements.RESOURCE;
    }

    @Override
    void check(StatementView view, List<Finding> findings) {
        int index = view.index;
        Statement statement = view.statement;
        if (statement.effect() != Effect.ALLOW || !statement.resources().contains(Resource.ALL)
                || !statement.condition().isEmpty()) {
            return;
        }
        for (ActionEntry entry : view.actions()) {
            Optional<String> level = level(entry);
            level.ifPresent(l -> findings.add(finding(entry.path(), "Statement " + index + " allows '"
                    + entry.action() + "' (" + l + " access) on all resources (\"*\") without a condition, though the"
                    + " action can be limited to named resources: list the resource ARNs it needs.")));
        }
    }

    /** {@return the first access level of this rule among the scopable actions the entry names} */
    private Optional<String> level(ActionEntry entry) {
        if (entry.action().value().equals("*")) {
            return levels.contains("Write") ? Optional.of("all") : Optional.empty();
        }
        for (ActionInfo info : entry.resolution(reference).actions()) {
            if (info.resourceTypes().isEmpty()) {
                continue;
            }
            for (String level : info.accessLevels()) {
                if (levels.contains(level)) {
                    return Optional.of(level);
                }
            }
        }
        return Optional.empty();
    }
}
