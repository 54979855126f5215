/**
 * The RudderStack role blueprint: {@link dev.rudderiam.catalog.blueprint.RudderStackRole} composes a complete core
 * {@code RoleSpec} from a workspace id, a role name and the destinations the role serves, arranging their policies
 * as a {@link dev.rudderiam.catalog.blueprint.PolicyLayout} within IAM's inline-policy quota.
 */
@NullMarked
package dev.rudderiam.catalog.blueprint;

import org.jspecify.annotations.NullMarked;
