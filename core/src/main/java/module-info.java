/**
 * The pure model of IAM policy documents, ARNs and role specs, their JSON form, validation, evaluation, analysis and
 * minimization. No AWS SDK, no network.
 *
 * <p>Every exported package is API. Not exported: {@code dev.rudderiam.arn.internal} (ARNs read in place for the
 * rules) and {@code dev.rudderiam.validation.internal} (how rules share one pass over a document and what they derive from it). Jackson is used inside {@code dev.rudderiam.json} only and is not part of any
 * signature, so it is not required transitively. JSpecify's annotations appear in signatures: consumers see them
 * when they compile, and need nothing of them at run time.
 */
module dev.rudderiam.core {
    requires static transitive org.jspecify;
    requires com.fasterxml.jackson.core;

    exports dev.rudderiam.analysis;
    exports dev.rudderiam.arn;
    exports dev.rudderiam.eval;
    exports dev.rudderiam.guardrails;
    exports dev.rudderiam.json;
    exports dev.rudderiam.minimize;
    exports dev.rudderiam.pattern;
    exports dev.rudderiam.policy;
    exports dev.rudderiam.reference;
    exports dev.rudderiam.role;
    exports dev.rudderiam.validation;
    exports dev.rudderiam.validation.rules;
}
