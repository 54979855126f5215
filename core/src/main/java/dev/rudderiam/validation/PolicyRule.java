package dev.rudderiam.validation;

import dev.rudderiam.policy.StatementElement;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

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

    /**
     * {@return the statement elements the rule reads}: a rule that reads only some elements finds nothing in a
     * document where no statement has any of them ({@link dev.rudderiam.policy.Statement#has}), and a
     * {@link Validator} does not run it there. By default every element: the rule always runs (as rules that
     * report a missing element must).
     */
    default Set<StatementElement> inspects() {
        return EnumSet.allOf(StatementElement.class);
    }

    /**
     * {@return whether the rule's work grows no faster than about the document's size (n log n)}. A rule that
     * compares elements with each other (each action with each resource) is not linear; a {@link Validator} skips
     * it on documents over {@value Validator#MAX_DOCUMENT_CHARS} characters, which IAM's API never takes and which
     * the size quota rules report. By default, true.
     */
    default boolean linear() {
        return true;
    }
}
