/**
 * The role RudderStack assumes, and the attribute values IAM limits.
 *
 * <ul>
 *   <li>{@link dev.rudderiam.role.RudderStack}: RudderStack's account and the trust policy the console builds;</li>
 *   <li>{@link dev.rudderiam.role.TrustPolicyBuilder}: that trust policy with further trusted parties;</li>
 *   <li>{@link dev.rudderiam.role.RoleSpec}: everything that makes a role (name, path, trust and permission
 *       policies, boundary, tags, ...), the unit the adapter applies;</li>
 *   <li>attribute values checked against IAM's limits at construction: {@link dev.rudderiam.role.RoleName},
 *       {@link dev.rudderiam.role.IamPath}, {@link dev.rudderiam.role.RoleDescription},
 *       {@link dev.rudderiam.role.Tag}, {@link dev.rudderiam.role.MaxSessionDuration},
 *       {@link dev.rudderiam.role.ExternalId}, {@link dev.rudderiam.role.PolicyName}.</li>
 * </ul>
 *
 * @see <a href="https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_iam-quotas.html">IAM and AWS STS quotas,
 *     name requirements, and character limits</a>
 */
@NullMarked
package dev.rudderiam.role;

import org.jspecify.annotations.NullMarked;
