package dev.rudderiam.validation.internal;

import dev.rudderiam.validation.PolicyRule;
import java.util.List;

/**
 * A way for rules of one kind to check a document together, cheaper than one after the other: the rules that look
 * at one statement at a time, for instance, share a single walk over the statements and what they derive from
 * them. A rule that can share a pass is a {@link Member} and names its pass; the {@code Validator} joins each run of
 * consecutive rules (in rule-set order, among those that apply to a policy type) with the same pass once, when it is
 * built, and runs the joined check in their place.
 */
public interface SharedPass {
    /** A {@link PolicyRule} that can share a pass with others. */
    interface Member {
        /** {@return the pass this rule shares with others} */
        SharedPass sharedPass();
    }

    /**
     * {@return one check that runs {@code rules} (rules of this pass, each applying to the documents the check will
     * be given)}: on any document it appends exactly the findings the rules would append run one after the other,
     * in the same order
     */
    DocumentCheck join(List<PolicyRule> rules);
}
