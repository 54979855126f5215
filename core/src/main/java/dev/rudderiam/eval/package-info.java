/**
 * An offline IAM policy evaluator.
 *
 * <ul>
 *   <li>{@link dev.rudderiam.eval.Evaluator}: compiles identity policies, a permissions boundary, a session
 *       policy, a resource-based policy (a role trust policy, a bucket policy, a KMS key policy) and the
 *       organization's SCPs and RCPs by {@link dev.rudderiam.eval.OrganizationLevel} once, then decides
 *       requests;</li>
 *   <li>{@link dev.rudderiam.eval.Request} with its {@link dev.rudderiam.eval.ContextValue}s: what is asked;</li>
 *   <li>{@link dev.rudderiam.eval.Evaluation}: the {@link dev.rudderiam.eval.Decision}, the deciding
 *       {@link dev.rudderiam.eval.StatementRef}s (policy kind, organization level, statement) and, for an implicit
 *       deny, the layer that did not allow;</li>
 *   <li>{@link dev.rudderiam.eval.IpLiterals}: IP addresses and CIDR blocks read from their text, never looked
 *       up.</li>
 * </ul>
 *
 * <p>What a statement's action and resource elements match is the kernel's
 * {@link dev.rudderiam.pattern.StatementPattern}; this package adds principals, condition operators and the
 * order of decisions.
 *
 * <p>Evaluation is hermetic and bounded: no name is resolved and no network is reached, a condition value that
 * does not convert (a host name under {@code IpAddress}, a date past {@link java.time.Instant}'s range, a number
 * with an exponent beyond 1,000) matches nothing, and {@code evaluate} never throws for a value.
 *
 * @see <a href="https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic.html">Policy
 *     evaluation logic</a>
 */
@NullMarked
package dev.rudderiam.eval;

import org.jspecify.annotations.NullMarked;
