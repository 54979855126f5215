package dev.rudderiam.validation;

import dev.rudderiam.policy.Quotas;
import dev.rudderiam.role.PolicyName;
import dev.rudderiam.role.RoleSpec;
import java.util.Map;
import java.util.Objects;

/**
 * What a {@link RoleRule} checks: the role spec, the quotas in force, and the contexts its permission policies were
 * checked in (so that role rules reuse what document rules derived, such as sizes).
 *
 * @param role the role
 * @param quotas the size quotas
 * @param permissionPolicies the context of each inline permission policy, by name
 */
public record RoleContext(RoleSpec role, Quotas quotas, Map<PolicyName, PolicyContext> permissionPolicies) {
    /** Checks for nulls and copies the map. */
    public RoleContext {
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(quotas, "quotas");
        permissionPolicies = Map.copyOf(permissionPolicies);
    }

    /** {@return the context of the inline policy {@code name}, made now when none was given} */
    public PolicyContext permissionPolicy(PolicyName name) {
        PolicyContext context = permissionPolicies.get(name);
        if (context != null) {
            return context;
        }
        return new PolicyContext(Objects.requireNonNull(role.inlinePolicies().get(name), "no inline policy " + name),
                PolicyType.IDENTITY, quotas.roleInlinePolicies());
    }
}
