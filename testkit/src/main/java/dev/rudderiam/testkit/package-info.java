/**
 * A kit for property-based tests of IAM policy generation, for users' own test suites.
 *
 * <ul>
 *   <li>{@link dev.rudderiam.testkit.IamArbitraries}: jqwik arbitraries of realistic IAM values and documents, each
 *       configurable and shrinking toward small, readable documents;</li>
 *   <li>{@link dev.rudderiam.testkit.IamDomain}: a jqwik domain so {@code @ForAll PolicyDocument doc} just works;</li>
 *   <li>{@link dev.rudderiam.testkit.PolicyAssertions}: plain-Java assertions whose failure messages show the
 *       offending statement and its JSON pointer.</li>
 * </ul>
 *
 * <p>Add {@code dev.rudderiam:rudder-iam-testkit} with test scope. With {@code rudder-iam-policies-catalog} on the
 * class path, actions and resource ARNs come from the bundled AWS service reference; without it, from a small
 * built-in set of the actions RudderStack destinations use.
 */
@NullMarked
package dev.rudderiam.testkit;

import org.jspecify.annotations.NullMarked;
