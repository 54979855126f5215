/**
 * Validation of policy documents and role specs, with problems reported as data.
 *
 * <ul>
 *   <li>{@link dev.rudderiam.validation.Finding}: one problem, with its {@link dev.rudderiam.validation.Severity},
 *       issue code, JSON pointer, message and documentation link;</li>
 *   <li>{@link dev.rudderiam.validation.ValidationResult}: the findings of one run, in a stable order;</li>
 *   <li>{@link dev.rudderiam.validation.PolicyType}: which grammar and size quota (of
 *       {@link dev.rudderiam.policy.Quotas}) a document is checked against;</li>
 *   <li>{@link dev.rudderiam.validation.Validator}: runs {@link dev.rudderiam.validation.RuleSet}s, alone or
 *       together, over a document or a whole role. The rule sets themselves live in
 *       {@code dev.rudderiam.validation.rules}.</li>
 *   <li>{@link dev.rudderiam.validation.PolicyRule} and {@link dev.rudderiam.validation.RoleRule}: what a rule of a
 *       document or of a role implements. The built-in statement rules run together in one walk over the
 *       statements; how is not API (package {@code dev.rudderiam.validation.internal}, not exported).</li>
 * </ul>
 *
 * <p>Where a check is the same as one of IAM Access Analyzer's policy checks, the finding carries Access Analyzer's
 * issue code; the other codes are this library's own.
 *
 * @see <a href="https://docs.aws.amazon.com/IAM/latest/UserGuide/access-analyzer-reference-policy-checks.html">IAM
 *     policy validation check reference</a>
 */
@NullMarked
package dev.rudderiam.validation;

import org.jspecify.annotations.NullMarked;
