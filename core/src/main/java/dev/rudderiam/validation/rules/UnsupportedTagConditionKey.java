package dev.rudderiam.validation.rules;

import dev.rudderiam.policy.Effect;
import dev.rudderiam.policy.Statement;
import dev.rudderiam.policy.StatementElement;
import dev.rudderiam.reference.ActionInfo;
import dev.rudderiam.reference.ResourceTypeInfo;
import dev.rudderiam.validation.Finding;
import dev.rudderiam.validation.Severity;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * {@code ALLOW_WITH_UNSUPPORTED_TAG_CONDITION_KEY_FOR_SERVICE}: an {@code Allow} statement conditioned on
 * {@code aws:ResourceTag/..} or {@code aws:RequestTag/..} lists actions that support neither the key themselves nor
 * through their resource types: for those actions the condition never holds, so the statement does not allow them.
 *
 * @see <a href="https://docs.aws.amazon.com/IAM/latest/UserGuide/access_tags.html">Controlling access to AWS
 *     resources using tags</a>
 */
final class UnsupportedTagConditionKey extends StatementRule {
    private static final List<String> TAG_KEYS = List.of("aws:resourcetag/", "aws:requesttag/");

    private final ReferenceIndex reference;

    UnsupportedTagConditionKey(ReferenceIndex reference) {
        super("ALLOW_WITH_UNSUPPORTED_TAG_CONDITION_KEY_FOR_SERVICE", Severity.SUGGESTION,
                "Tag condition keys are supported by the actions they condition.", Types.ALL);
        this.reference = reference;
    }

    @Override
    public Set<StatementElement> inspects() {
        return Elements.CONDITION;
    }

    @Override
    void check(StatementView view, List<Finding> findings) {
        int index = view.index;
        Statement statement = view.statement;
        if (statement.effect() != Effect.ALLOW || statement.condition().isEmpty()) {
            return;
        }
        Set<String> done = null;
        for (ClauseEntry clause : view.clauses()) {
            String family = family(clause.key.name());
            if (family == null || clause.ifExists) {
                continue;
            }
            done = done == null ? new HashSet<>() : done;
            if (!done.add(family)) {
                continue;
            }
            String template = family + "${tagkey}";
            Set<String> services = new LinkedHashSet<>();
            String firstPath = null;
            for (ActionEntry entry : view.actions()) {
                if (!supports(entry, template)) {
                    services.add(entry.service());
                    firstPath = firstPath == null ? entry.path() : firstPath;
                }
            }
            if (firstPath != null) {
                findings.add(finding(firstPath, "The Allow statement " + index + " is conditioned on "
                        + clause.key + ", which actions of the services " + new ArrayList<>(services)
                        + " do not support: the statement does not allow them; move them to another statement."));
            }
        }
    }

    /** {@return the tag key family ({@code aws:resourcetag/}, ...) of {@code key}, or null for another key} */
    private static @Nullable String family(String key) {
        for (String family : TAG_KEYS) {
            if (key.regionMatches(true, 0, family, 0, family.length())) {
                return family;
            }
        }
        return null;
    }

    /** {@return whether the action, or some action its pattern matches, supports the tag key {@code template}} */
    private boolean supports(ActionEntry entry, String template) {
        ReferenceIndex.Resolution resolution = entry.resolution(reference);
        List<ActionInfo> actions = resolution.actions();
        if (actions.isEmpty()) {
            return true;
        }
        ReferenceIndex.Service service = Objects.requireNonNull(resolution.service(), "service of a named action");
        for (ActionInfo action : actions) {
            if (contains(action.conditionKeys(), template)) {
                return true;
            }
            for (ActionInfo.ResourceTypeUse use : action.resourceTypes()) {
                ResourceTypeInfo type = service.info.resourceTypes().get(use.resourceType());
                if (type != null && contains(type.conditionKeys(), template)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean contains(List<String> keys, String template) {
        for (String key : keys) {
            if (key.equalsIgnoreCase(template)) {
                return true;
            }
        }
        return false;
    }
}
