/**
 * Guardrails: the policies besides a role's own that decide its requests in an account, as evaluator input.
 *
 * <ul>
 *   <li>{@link dev.rudderiam.guardrails.Guardrails}: the organization's service control policies (SCPs) and
 *       resource control policies (RCPs) by level along the account's path (root, each OU, the account), bucket
 *       policies by bucket, KMS key policies by key, the session policy, the organization id and whether the
 *       account is the organization's management account;</li>
 *   <li>{@link dev.rudderiam.guardrails.Guardrails.Named}: one such policy with the name results cite (a file
 *       name, or where it was read from).</li>
 * </ul>
 *
 * <p>Pure model: they are given as files or read from AWS by the adapter ({@code dev.rudderiam.aws.guardrails});
 * preflight ({@code dev.rudderiam.catalog.access}) decides requests with them.
 */
@NullMarked
package dev.rudderiam.guardrails;

import org.jspecify.annotations.NullMarked;
