package dev.rudderiam.validation.rules;

import dev.rudderiam.role.RoleName;
import dev.rudderiam.validation.Finding;
import dev.rudderiam.validation.RoleContext;
import dev.rudderiam.validation.RoleRule;
import dev.rudderiam.validation.Severity;
import java.util.List;

/**
 * {@code ROLE_NAME_TAKEN}: role names are unique in an account ignoring case, so a name equal (ignoring case) to an
 * existing role's makes {@code CreateRole} fail with {@code EntityAlreadyExists}.
 *
 * @see <a href="https://docs.aws.amazon.com/IAM/latest/APIReference/API_CreateRole.html">CreateRole: RoleName</a>
 */
final class RudderStackRoleName extends BaseRule implements RoleRule {
    private final List<RoleName> existing;

    RudderStackRoleName(List<RoleName> existing) {
        super("ROLE_NAME_TAKEN", Severity.ERROR,
                "https://docs.aws.amazon.com/IAM/latest/APIReference/API_CreateRole.html",
                "The role name differs, ignoring case, from every existing role's.");
        this.existing = List.copyOf(existing);
    }

    @Override
    public void check(RoleContext context, List<Finding> findings) {
        RoleName name = context.role().name();
        for (RoleName other : existing) {
            if (name.collidesWith(other)) {
                findings.add(finding("/roleName", "Role name '" + name + "' is taken: the account already has the"
                        + " role '" + other + "', and IAM compares role names ignoring case."));
                return;
            }
        }
    }
}
