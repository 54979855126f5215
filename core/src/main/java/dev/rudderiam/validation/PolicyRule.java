package dev.rudderiam.validation;

import java.util.List;

/** A rule that checks one policy document. It never throws on a document the model can hold. */
public interface PolicyRule extends Rule {
    /**
     * Appends to {@code findings} what this rule finds in the document of {@code context}, with paths relative to
     * that document.
     */
    void check(PolicyContext context, List<Finding> findings);

    /**
     * {@return whether the rule can find anything in a document of {@code type}}; a {@link Validator} runs the rule
     * only on such documents, choosing them once when it is built. By default, every type.
     */
    default boolean appliesTo(PolicyType type) {
        return true;
    }
}
