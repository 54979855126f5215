package dev.rudderiam.validation.rules;

import dev.rudderiam.pattern.Glob;
import dev.rudderiam.policy.ConditionKey;
import dev.rudderiam.policy.ConditionValue;
import dev.rudderiam.policy.Effect;
import dev.rudderiam.policy.StatementElement;
import dev.rudderiam.validation.Finding;
import dev.rudderiam.validation.Severity;
import java.util.List;
import java.util.Set;

/**
 * An {@code Allow} of an IAM action that hands out power ({@code iam:PassRole}, {@code iam:CreateServiceLinkedRole})
 * with a wildcard in the resource and no condition that narrows it by naming the services exactly
 * ({@code iam:PassedToService}, {@code iam:AWSServiceName} with a non-negated operator, no {@code IfExists}, no
 * wildcard in the values). Access Analyzer's codes: {@code ..._WITH_STAR_IN_RESOURCE} when the action is named,
 * {@code ..._WITH_STAR_IN_ACTION_AND_RESOURCE} when a wildcard action covers it and the resource is {@code *}.
 *
 * @see <a href="https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_use_passrole.html">Passing a role to an
 *     AWS service</a>
 */
final class PrivilegedActionOnStar extends StatementRule {
    private final String action;
    private final ConditionKey narrowingKey;
    private final boolean wildcardAction;

    private PrivilegedActionOnStar(String code, Severity severity, String action, String narrowingKey,
            boolean wildcardAction) {
        super(code, severity, (wildcardAction ? "No wildcard action with Resource \"*\" covers " : "No ") + action
                + (wildcardAction ? "" : " on a wildcard resource") + " without a " + narrowingKey + " condition.",
                Types.PERMISSIONS);
        this.action = action;
        this.narrowingKey = ConditionKey.of(narrowingKey);
        this.wildcardAction = wildcardAction;
    }

    static PrivilegedActionOnStar passRole() {
        return new PrivilegedActionOnStar("PASS_ROLE_WITH_STAR_IN_RESOURCE", Severity.SECURITY_WARNING,
                "iam:PassRole", "iam:PassedToService", false);
    }

    static PrivilegedActionOnStar passRoleWildcardAction() {
        return new PrivilegedActionOnStar("PASS_ROLE_WITH_STAR_IN_ACTION_AND_RESOURCE", Severity.SECURITY_WARNING,
                "iam:PassRole", "iam:PassedToService", true);
    }

    static PrivilegedActionOnStar createServiceLinkedRole() {
        return new PrivilegedActionOnStar("CREATE_SLR_WITH_STAR_IN_RESOURCE", Severity.WARNING,
                "iam:CreateServiceLinkedRole", "iam:AWSServiceName", false);
    }

    static PrivilegedActionOnStar createServiceLinkedRoleWildcardAction() {
        return new PrivilegedActionOnStar("CREATE_SLR_WITH_STAR_IN_ACTION_AND_RESOURCE", Severity.WARNING,
                "iam:CreateServiceLinkedRole", "iam:AWSServiceName", true);
    }

    @Override
    public Set<StatementElement> inspects() {
        return Elements.RESOURCES;
    }

    @Override
    void check(StatementView view, List<Finding> findings) {
        if (view.statement.effect() != Effect.ALLOW) {
            return;
        }
        ActionEntry granting = null;
        for (ActionEntry entry : view.actions()) {
            String value = entry.text();
            boolean named = value.equalsIgnoreCase(action);
            if (wildcardAction ? !named && entry.hasWildcard() && entry.glob().matches(action) : named) {
                granting = entry;
                break;
            }
        }
        if (granting == null) {
            return;
        }
        ResourceEntry star = null;
        for (ResourceEntry resource : view.resources()) {
            if (wildcardAction ? resource.value().equals("*") : coversManyRoles(resource)) {
                star = resource;
                break;
            }
        }
        if (star == null || narrowed(view)) {
            return;
        }
        findings.add(finding(granting.path(), "Statement " + view.index + " allows " + action
                + (wildcardAction ? " through the wildcard action '" + granting.text() + "'" : "")
                + " on the resource '" + star.value() + "' without a " + narrowingKey + " condition, which is"
                + " overly permissive: name the roles, or add a " + narrowingKey + " condition."));
    }

    /** A narrowing condition names the services exactly; IfExists, negated or wildcard values do not narrow. */
    private boolean narrowed(StatementView view) {
        for (ClauseEntry clause : Conditions.on(view, narrowingKey)) {
            if (Conditions.restricts(clause) && !anyWildcard(clause)) {
                return true;
            }
        }
        return false;
    }

    private static boolean anyWildcard(ClauseEntry clause) {
        for (ConditionValue value : clause.values) {
            if (Glob.hasWildcard(value.text())) {
                return true;
            }
        }
        return false;
    }

    private static boolean coversManyRoles(ResourceEntry resource) {
        return resource.value().indexOf('*') >= 0;
    }
}
