/**
 * The IAM JSON policy grammar as immutable values.
 *
 * <ul>
 *   <li>{@link dev.rudderiam.policy.PolicyDocument}: {@code Version}, {@code Id} and the {@code Statement} list;</li>
 *   <li>{@link dev.rudderiam.policy.Statement}: {@code Sid}, {@code Effect}, {@code Principal}/{@code NotPrincipal},
 *       {@code Action}/{@code NotAction}, {@code Resource}/{@code NotResource}, {@code Condition};</li>
 *   <li>{@link dev.rudderiam.policy.Principal} and its variants {@link dev.rudderiam.policy.AnyPrincipal}
 *       ({@code "*"}) and {@link dev.rudderiam.policy.PrincipalSet} ({@code {"AWS": .., "Service": ..}});</li>
 *   <li>{@link dev.rudderiam.policy.Condition}, {@link dev.rudderiam.policy.ConditionOperator},
 *       {@link dev.rudderiam.policy.ConditionKey}, {@link dev.rudderiam.policy.ConditionValue}.</li>
 * </ul>
 *
 * <p>The model holds every document IAM's grammar can express, including ones IAM would refuse for their content
 * (an invalid {@code Sid}, an unknown action): reporting on those is the validator's job. Only structural
 * impossibilities, such as a statement without {@code Effect} or with both {@code Action} and {@code NotAction},
 * are refused at construction. JSON lives in the JSON package, above this one; nothing here depends on it. A
 * document's size as IAM counts it ({@link dev.rudderiam.policy.PolicySize}) and IAM's size quotas
 * ({@link dev.rudderiam.policy.Quotas}) live here, beside the model, so the validator and the minimizer need no
 * JSON.
 *
 * @see <a href="https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_grammar.html">IAM JSON policy
 *     grammar</a>
 */
@NullMarked
package dev.rudderiam.policy;

import org.jspecify.annotations.NullMarked;
