package dev.rudderiam.validation.internal;

import dev.rudderiam.validation.Finding;
import dev.rudderiam.validation.PolicyContext;
import dev.rudderiam.validation.PolicyRule;
import java.util.List;

/** Something that checks one policy document: a {@link PolicyRule}, or rules joined by a {@link SharedPass}. */
@FunctionalInterface
public interface DocumentCheck {
    /**
     * Appends to {@code findings} what the check finds in the document of {@code context}, with paths relative to
     * that document.
     */
    void check(PolicyContext context, List<Finding> findings);
}
