/**
 * Not API (not exported by the module): how the {@link dev.rudderiam.validation.Validator} runs rules of one kind
 * together. A rule that is a {@code SharedPass.Member} names its {@code SharedPass}; the validator joins consecutive
 * rules with the same pass into one {@code DocumentCheck}, which finds exactly what the rules find one after the
 * other. The built-in statement rules share one walk over the statements this way, and share what they derive from
 * a document (its statement views, with parsed ARNs and resolved actions) through the context's {@code Memo}.
 */
@NullMarked
package dev.rudderiam.validation.internal;

import org.jspecify.annotations.NullMarked;
