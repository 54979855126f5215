/**
 * IAM policy JSON: the only package that uses Jackson.
 *
 * <ul>
 *   <li>{@link dev.rudderiam.json.PolicyJson}: reads every form IAM accepts (and the URL-encoded form IAM returns),
 *       writes the compact canonical form and a pretty form;</li>
 *   <li>{@link dev.rudderiam.json.PolicyParseException}: the one exception reading throws, with a JSON pointer;</li>
 * </ul>
 */
@NullMarked
package dev.rudderiam.json;

import org.jspecify.annotations.NullMarked;
