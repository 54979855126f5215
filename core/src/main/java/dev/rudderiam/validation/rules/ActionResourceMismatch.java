package dev.rudderiam.validation.rules;

import dev.rudderiam.policy.Effect;
import dev.rudderiam.policy.Resource;
import dev.rudderiam.policy.Statement;
import dev.rudderiam.policy.StatementElement;
import dev.rudderiam.reference.ActionInfo;
import dev.rudderiam.validation.Finding;
import dev.rudderiam.validation.Severity;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Allowed actions that no resource of their statement can match, so that IAM accepts the policy but the statement
 * never grants them. {@code ACTION_RESOURCE_MISMATCH} (an error): the action acts on resource types and none of the
 * listed resources fits their ARN formats in the service reference; the classic case is {@code s3:PutObject} on
 * {@code arn:aws:s3:::bucket} instead of {@code arn:aws:s3:::bucket/*}. {@code ACTION_NEEDS_ALL_RESOURCES} (a
 * warning, as the reference may lag behind a service adding resource-level permissions): the action supports no
 * resource type, so AWS requires {@code "Resource": "*"}, and the list lacks it. Only {@code Allow} statements with
 * a {@code Resource} list are checked, and only actions without wildcards.
 *
 * @see <a href="https://docs.aws.amazon.com/service-authorization/latest/reference/reference_policies_actions-resources-contextkeys.html">Actions,
 *     resources, and condition keys for AWS services</a>
 */
final class ActionResourceMismatch extends StatementRule {
    private final ReferenceIndex reference;
    private final boolean typed;

    private ActionResourceMismatch(String code, Severity severity, String summary, ReferenceIndex reference,
            boolean typed) {
        super(code, severity, "https://docs.aws.amazon.com/service-authorization/latest/reference/"
                + "reference_policies_actions-resources-contextkeys.html", summary, Types.PERMISSIONS);
        this.reference = reference;
        this.typed = typed;
    }

    static ActionResourceMismatch typed(ReferenceIndex reference) {
        return new ActionResourceMismatch("ACTION_RESOURCE_MISMATCH", Severity.ERROR,
                "Each allowed action has a resource of a type it acts on.", reference, true);
    }

    static ActionResourceMismatch untyped(ReferenceIndex reference) {
        return new ActionResourceMismatch("ACTION_NEEDS_ALL_RESOURCES", Severity.WARNING,
                "Allowed actions without resource-level permissions have \"Resource\": \"*\".", reference, false);
    }

    @Override
    public Set<StatementElement> inspects() {
        return Elements.RESOURCE;
    }

    /**
     * Not linear: each distinct ARN format of the statement's actions is compared with each of its resources
     * ({@link ReferenceIndex#matchesSome}), so the validator runs it only on documents IAM could accept.
     */
    @Override
    public boolean linear() {
        return false;
    }

    @Override
    void check(StatementView view, List<Finding> findings) {
        int index = view.index;
        Statement statement = view.statement;
        if (statement.effect() != Effect.ALLOW || statement.resources().isEmpty()) {
            return;
        }
        if (statement.resources().contains(Resource.ALL)) {
            return;
        }
        // Sized for the few ARN formats a statement's actions usually share (the default size allocates a table of
        // 64 slots per statement and rule); it grows when a statement has more.
        Map<ReferenceIndex.ResourceFormat, Boolean> known = new IdentityHashMap<>(4);
        for (ActionEntry entry : view.actions()) {
            if (!entry.hasService() || entry.hasWildcard()) {
                continue;
            }
            ReferenceIndex.Resolution resolution = entry.resolution(reference);
            if (resolution.actions().isEmpty()) {
                continue;
            }
            ActionInfo info = resolution.actions().get(0);
            ReferenceIndex.Service service = Objects.requireNonNull(resolution.service(), "service of a named action");
            if (info.resourceTypes().isEmpty() == typed) {
                continue;
            }
            if (!reference.matchesSome(service, info, view.resources(), statement.resources().size(),
                    known)) {
                findings.add(finding(entry.path(), message(index, entry, info, service)));
            }
        }
    }

    private static String message(int index, ActionEntry entry, ActionInfo info, ReferenceIndex.Service service) {
        if (info.resourceTypes().isEmpty()) {
            return "The action '" + entry.action() + "' in statement " + index + " supports no resource-level"
                    + " permissions, so it needs \"Resource\": \"*\": none of the statement's resources can match it.";
        }
        List<String> formats = new ArrayList<>();
        for (ActionInfo.ResourceTypeUse use : info.resourceTypes()) {
            formats.add(service.info.resourceTypes().containsKey(use.resourceType())
                    ? service.info.resourceTypes().get(use.resourceType()).arnFormat() : use.resourceType());
        }
        return "The action '" + entry.action() + "' in statement " + index + " acts on " + formats
                + " and none of the statement's resources matches those ARN formats, so the statement does not"
                + " grant it.";
    }
}
