/**
 * Applies one role blueprint to many AWS accounts, through an {@code IamClient} per account that the caller
 * brings (from assumed roles or per-account credential profiles).
 *
 * <ul>
 *   <li>{@link dev.rudderiam.aws.fleet.FleetManifest} and its {@link dev.rudderiam.aws.fleet.AccountEntry}s: the
 *       accounts, their credentials, workspace ids and destination parameters, read from JSON;</li>
 *   <li>{@link dev.rudderiam.aws.fleet.FleetApply}: plans or applies every account with bounded concurrency, one
 *       {@link dev.rudderiam.aws.RoleManager} per account;</li>
 *   <li>{@link dev.rudderiam.aws.fleet.FleetResult} and its {@link dev.rudderiam.aws.fleet.AccountResult}s: what
 *       happened in each account, as data, text and JSON.</li>
 * </ul>
 */
@NullMarked
package dev.rudderiam.aws.fleet;

import org.jspecify.annotations.NullMarked;
