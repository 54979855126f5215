package dev.rudderiam.validation;

import java.util.List;

/** A rule that checks a role's attributes, or its documents taken together. It never throws. */
public interface RoleRule extends Rule {
    /** Appends to {@code findings} what this rule finds in the role of {@code context}, with role-level paths. */
    void check(RoleContext context, List<Finding> findings);
}
