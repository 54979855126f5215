package dev.rudderiam.validation;

import dev.rudderiam.role.RoleSpec;
import java.util.Objects;

/**
 * What a {@link RoleRule} checks: the role spec and the quotas in force.
 *
 * @param role the role
 * @param quotas the size quotas
 */
public record RoleContext(RoleSpec role, Quotas quotas) {
    /** Checks for nulls. */
    public RoleContext {
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(quotas, "quotas");
    }
}
