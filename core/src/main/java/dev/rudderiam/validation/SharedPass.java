package dev.rudderiam.validation;

import java.util.List;

/**
 * A way for rules of one kind to check a document together, cheaper than one after the other: the rules that look
 * at one statement at a time, for instance, share a single walk over the statements and what they derive from
 * them. A {@link PolicyRule} names its pass with {@link PolicyRule#sharedPass()}.
 */
public interface SharedPass {
    /**
     * {@return one check that runs {@code rules} (rules of this pass, each applying to the documents the check will
     * be given)}: on any document it appends exactly the findings the rules would append run one after the other,
     * in the same order
     */
    DocumentCheck join(List<PolicyRule> rules);
}
