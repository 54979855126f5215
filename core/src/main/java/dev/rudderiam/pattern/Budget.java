package dev.rudderiam.pattern;

/**
 * What a caller lets a cover test spend, in the units {@link StatementPattern#covers(StatementPattern, Budget)}
 * charges: one per candidate pattern visited, and for each comparison of two patterns the sum of their lengths
 * (one of them literal) or the product of their lengths plus one (both with wildcards), the bound of
 * {@link Glob#covers}' work. A test that cannot pay answers "not proven", which is always safe: a caller that
 * drops or accepts only what is proven covered keeps every decision.
 */
@FunctionalInterface
public interface Budget {
    /** No limit: for callers that compare a handful of statements, such as the access checks. */
    Budget UNLIMITED = units -> true;

    /** {@return whether {@code units} more may be spent}, spending them when so */
    boolean spend(long units);

    /** {@return whether one comparison of {@code wide} with {@code narrow} may be made}, paying for it */
    default boolean compare(Glob wide, Glob narrow) {
        if (wide.isLiteral() || narrow.isLiteral() && !wide.matchesAll()) {
            return spend(wide.length() + narrow.length() + 1);
        }
        return spend((long) (wide.length() + 1) * (narrow.length() + 1));
    }
}
