package dev.rudderiam.validation.rules;

import dev.rudderiam.pattern.Budget;

/**
 * What is left of one validation run's budget for pattern comparisons that are not needed to decide an error
 * (the redundancy suggestions), counted in character comparisons: a comparison of two patterns costs at most the
 * product of their lengths. One budget per run, shared by all statements, so a document's comparisons cost a fixed
 * amount at most, however its patterns are spread over statements.
 */
final class Effort implements Budget {
    /** The budget of one run: ample for every AWS managed policy, a fraction of a second in the worst case. */
    static final long PER_RUN = 30_000_000L;

    private long left = PER_RUN;

    /** {@return whether {@code units} could be spent; once one spending fails, every later one fails too} */
    @Override
    public boolean spend(long units) {
        left -= units;
        return left >= 0;
    }
}
