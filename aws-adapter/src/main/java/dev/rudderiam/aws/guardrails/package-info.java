/**
 * Reads an account's guardrails live, through the caller's optional SDK clients, into
 * {@link dev.rudderiam.guardrails.Guardrails}.
 *
 * <ul>
 *   <li>{@link dev.rudderiam.aws.guardrails.GuardrailReader}: what to read and with which readers; adds to the
 *       caller's builder only when everything asked for was read;</li>
 *   <li>{@link dev.rudderiam.aws.guardrails.BucketReader} ({@code S3Client}): bucket policy and default SSE-KMS
 *       key;</li>
 *   <li>{@link dev.rudderiam.aws.guardrails.KeyPolicyReader} ({@code KmsClient}): key policy, key ARN of an id or
 *       alias;</li>
 *   <li>{@link dev.rudderiam.aws.guardrails.OrganizationReader} ({@code OrganizationsClient}): organization id,
 *       management account, SCPs and RCPs along the account's path;</li>
 *   <li>{@link dev.rudderiam.aws.guardrails.GuardrailReadException}: a guardrail that could not be read, with its
 *       layer; never taken to be absent.</li>
 * </ul>
 *
 * <p>The S3, KMS and Organizations clients are optional dependencies of this module: each is used by exactly one
 * reader class, which the JVM loads only when the caller constructs it.
 */
@NullMarked
package dev.rudderiam.aws.guardrails;

import org.jspecify.annotations.NullMarked;
