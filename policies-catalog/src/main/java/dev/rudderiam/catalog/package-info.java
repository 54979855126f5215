/**
 * The destination policy catalog: {@link dev.rudderiam.catalog.PolicyCatalog} lists one
 * {@link dev.rudderiam.catalog.DestinationTemplate} per IAM policy a RudderStack destination needs, each with typed
 * {@link dev.rudderiam.catalog.Parameter}s ({@link dev.rudderiam.catalog.ParameterType}); rendering checks the
 * values and returns a core {@code PolicyDocument}, failing with
 * {@link dev.rudderiam.catalog.DestinationParameterException}. A destination that needs another party in the trust
 * policy (Snowflake's storage integration) names it as a {@link dev.rudderiam.catalog.TrustedParty}. Each template
 * also records the requests RudderStack makes with the role ({@link dev.rudderiam.catalog.RudderStackCall}: action,
 * resources, condition keys, when, role session and the place in RudderStack's source it was read), for preflight
 * checks that build evaluator requests from them.
 *
 * <p>The templates are JSON resources under {@code dev/rudderiam/catalog/}, listed in {@code index.json}. A
 * template holds {@code description}, {@code notes}, {@code include} (fragments shared by several templates),
 * {@code parameters} ({@code name}, {@code type}, {@code required}, {@code default}, {@code list},
 * {@code choices}, {@code requires}, {@code description}), {@code statements} (an IAM statement whose strings may
 * hold {@code ${parameter}} placeholders, applied {@code when} parameters are {@code present}, {@code absent},
 * {@code equals} or {@code notEquals} a value), {@code trust} entries, {@code session} (the role session name
 * RudderStack uses) and {@code calls} ({@code operation}, {@code action}, {@code resources}, {@code context},
 * {@code request}, {@code when}, {@code caller}, {@code session}, {@code source}, {@code note}). An index entry may
 * {@code include} further fragments for that destination only.
 *
 * <p>Subpackages: {@code blueprint} composes a whole role from destinations, {@code export} writes a role as a
 * JSON bundle, CloudFormation template or Terraform configuration, {@code reference} holds the bundled AWS service
 * reference, {@code access} decides RudderStack's requests in the customer's account, guardrails included
 * (preflight).
 */
@NullMarked
package dev.rudderiam.catalog;

import org.jspecify.annotations.NullMarked;
