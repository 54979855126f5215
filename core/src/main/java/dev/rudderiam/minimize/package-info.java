/**
 * Semantics-preserving policy minimization and fitting into IAM's size quotas.
 *
 * <ul>
 *   <li>{@link dev.rudderiam.minimize.PolicyMinimizer}: fewer characters, same decision for every request;</li>
 *   <li>{@link dev.rudderiam.minimize.QuotaFitter}: pools and splits a role's permission policies into inline or
 *       managed policies within the quotas, or throws {@link dev.rudderiam.minimize.QuotaException}.</li>
 * </ul>
 */
@NullMarked
package dev.rudderiam.minimize;

import org.jspecify.annotations.NullMarked;
