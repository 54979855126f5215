/**
 * The policy-pattern kernel: what every part of the library that compares actions, resources or statements
 * calls, so that the evaluator, the validator, the analyzer, the minimizer and the testkit agree.
 *
 * <ul>
 *   <li>{@link dev.rudderiam.pattern.Glob}: IAM's wildcard and policy-variable patterns, compiled once, with
 *       {@code matches}, {@code covers} and {@code overlaps}; the one wildcard engine;</li>
 *   <li>{@link dev.rudderiam.pattern.StatementPattern}: a statement's action, resource, principal and condition
 *       parts compiled, with whether it applies to an action and resource, may overlap a pattern of them, and
 *       covers another statement (every request the other applies to, it applies to);</li>
 *   <li>{@link dev.rudderiam.pattern.PrefixIndex}: patterns by literal prefix, to find the few that may cover
 *       another without comparing all pairs, and {@link dev.rudderiam.pattern.Budget}, the budget a cover test
 *       spends.</li>
 * </ul>
 *
 * <p>The package depends only on the policy model; the ARN formats of the service reference turn into its
 * patterns on {@link dev.rudderiam.reference.ResourceTypeInfo}.
 *
 * @see <a href="https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic.html">Policy
 *     evaluation logic</a>
 */
@NullMarked
package dev.rudderiam.pattern;

import org.jspecify.annotations.NullMarked;
