/**
 * Creates and keeps up to date the role a {@link dev.rudderiam.role.RoleSpec} describes, through the caller's AWS
 * SDK for Java v2 {@code IamClient}.
 *
 * <ul>
 *   <li>{@link dev.rudderiam.aws.RoleManager}: reads, plans, applies, checks for drift and deletes a role;</li>
 *   <li>{@link dev.rudderiam.aws.RoleState}: a role as IAM holds it; {@link dev.rudderiam.aws.Plan} and its
 *       {@link dev.rudderiam.aws.Change}s: what applying a spec would do, in an order that never widens access,
 *       what differs, and its saved form; {@link dev.rudderiam.aws.DeletePlan}: what a delete would remove;</li>
 *   <li>{@link dev.rudderiam.aws.ApplyResult}, {@link dev.rudderiam.aws.DeleteResult}: what exists afterwards and
 *       how many calls it took; {@link dev.rudderiam.aws.ApplyFailedException},
 *       {@link dev.rudderiam.aws.IamOperationException}: failures;</li>
 *   <li>{@link dev.rudderiam.aws.RetryBudget}: the bounded re-try of IAM's eventual-consistency cases;
 *       {@link dev.rudderiam.aws.IamRegions}: the client region of each partition's IAM endpoint;
 *       {@link dev.rudderiam.aws.WriteGuard}: stopping an apply between two writes.</li>
 * </ul>
 *
 * <p>{@code dev.rudderiam.aws.fleet} applies one blueprint to many accounts, a {@code RoleManager} per account.
 *
 * <p>Package-private: the order of writes ({@code Planner}), reading ({@code RoleReader}) and deleting
 * ({@code RoleRemoval}) a role, the SDK requests ({@code Requests}), error classification ({@code Failures}),
 * document decoding ({@code Documents}) and call counting ({@code CountingIamClient}).
 */
@NullMarked
package dev.rudderiam.aws;

import org.jspecify.annotations.NullMarked;
