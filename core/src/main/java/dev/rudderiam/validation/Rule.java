package dev.rudderiam.validation;

/**
 * What every rule declares about itself: the issue code of its findings, their severity, the page documenting
 * the rule, and a one-line summary. Rules are immutable and thread-safe.
 */
public interface Rule {
    /** {@return the issue code of this rule's findings} */
    String code();

    /** {@return the severity of this rule's findings} */
    Severity severity();

    /** {@return the AWS or RudderStack page documenting the rule} */
    String link();

    /** {@return what the rule checks, in one line} */
    String summary();
}
