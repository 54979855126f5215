/**
 * Preflight: will every request RudderStack makes for a role's destinations be allowed in the customer's account,
 * guardrails included?
 *
 * <ul>
 *   <li>{@link dev.rudderiam.catalog.access.RudderStackAccess} builds the concrete requests from each destination's
 *       {@link dev.rudderiam.catalog.RudderStackCall}s (first {@code sts:AssumeRole} from RudderStack's account with
 *       the workspace id as external id, then each call as the role's session with the request context it
 *       carries) and decides each with the core evaluator against the role's policies and the
 *       {@link dev.rudderiam.guardrails.Guardrails} (SCPs and RCPs by organization level, bucket
 *       policies by bucket, KMS key policies by key, a session policy, each with the name it is reported by;
 *       core's model, given as files or read live by the AWS adapter);</li>
 *   <li>{@link dev.rudderiam.catalog.access.RudderStackEgress}: RudderStack's published egress IP addresses by
 *       region and plan, the {@code aws:SourceIp} values of its requests;</li>
 *   <li>{@link dev.rudderiam.catalog.access.PreflightResult}: one answer per request, with the deciding
 *       statements and a one-line fix.</li>
 * </ul>
 */
@NullMarked
package dev.rudderiam.catalog.access;

import org.jspecify.annotations.NullMarked;
