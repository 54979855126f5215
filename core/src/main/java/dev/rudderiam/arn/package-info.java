/**
 * Amazon Resource Names and the identifiers inside them.
 *
 * <ul>
 *   <li>{@link dev.rudderiam.arn.Arn}: a parsed ARN, {@code arn:partition:service:region:account-id:resource};</li>
 *   <li>{@link dev.rudderiam.arn.Partition}: the partition an ARN lives in ({@code aws}, {@code aws-cn},
 *       {@code aws-us-gov}, ...);</li>
 *   <li>{@link dev.rudderiam.arn.AccountId}: a 12-digit AWS account id.</li>
 * </ul>
 *
 * <p>The validation rules read ARNs in place, without building an {@code Arn} ({@code dev.rudderiam.arn.internal},
 * not exported).
 *
 * @see <a href="https://docs.aws.amazon.com/IAM/latest/UserGuide/reference-arns.html">IAM User Guide: ARNs</a>
 */
@NullMarked
package dev.rudderiam.arn;

import org.jspecify.annotations.NullMarked;
