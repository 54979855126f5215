/**
 * What AWS's Service Authorization Reference says about each service: its actions with their access level,
 * resource types and condition keys, its resource types with their ARN formats, and its condition keys with their
 * types.
 *
 * <p>Core defines only the interface, {@link dev.rudderiam.reference.ServiceReference}; the {@code policies-catalog}
 * module ships the bundled snapshot. Validation rules and the evaluator take a {@code ServiceReference} so callers
 * can supply a fresher one.
 *
 * @see <a href="https://docs.aws.amazon.com/service-authorization/latest/reference/reference.html">Service
 *     Authorization Reference</a>
 */
@NullMarked
package dev.rudderiam.reference;

import org.jspecify.annotations.NullMarked;
