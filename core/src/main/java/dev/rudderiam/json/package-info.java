/**
 * JSON at the edge: the codecs of policy documents and validation findings, and the only package that uses
 * Jackson. It sits above every package whose values it serializes ({@code policy}, {@code validation}); nothing
 * below it depends on it, so the model, the evaluator, the validator and the minimizer never see JSON text.
 *
 * <ul>
 *   <li>{@link dev.rudderiam.json.PolicyJson}: reads every form IAM accepts (and the URL-encoded form IAM returns),
 *       writes the compact canonical form and a pretty form, and reads a document held by JSON values
 *       ({@link dev.rudderiam.json.PolicyJson#readValue});</li>
 *   <li>{@link dev.rudderiam.json.PolicyParseException}: the one exception reading throws, with a JSON pointer;</li>
 *   <li>{@link dev.rudderiam.json.JsonValues}: other JSON as plain Java values (maps, lists, strings, numbers,
 *       booleans), for the other modules' files and outputs. A {@code PolicyDocument} inside such a value is
 *       written in place in the value's layout, so plans, results and exports nest documents (and each other's
 *       values, such as {@code Plan.toJsonValues()}) and write the whole once, never writing a part and reading it
 *       back;</li>
 *   <li>{@link dev.rudderiam.json.FindingsJson}: validation findings as JSON;</li>
 *   <li>{@link dev.rudderiam.json.JsonStyle}: compact or pretty, the one way every writer of the library (these,
 *       the catalog's exports, the adapter's plans and results) is asked for indented JSON.</li>
 * </ul>
 *
 * <p>A document's size as IAM counts it is {@link dev.rudderiam.policy.PolicySize}, beside the model; this
 * package's tests prove it equal to the written text's.
 */
@NullMarked
package dev.rudderiam.json;

import org.jspecify.annotations.NullMarked;
