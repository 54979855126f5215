package dev.rudderiam.pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What a cover test costs and when it stops, as {@link Budget} prices it: one unit per candidate visited; a
 * comparison with a literal costs the sum of the two lengths plus one, a comparison of two patterns with wildcards
 * (or of {@code *} with a literal) the product of their lengths plus one each. A test that cannot pay answers "not
 * proven"; one that has its proof stops paying.
 */
class PatternListTest {

    private static Glob action(String text) {
        return Glob.of(text, Glob.Syntax.ACTION);
    }

    /** A budget of {@code limit} units that records what it is asked for. */
    private static final class Recording implements Budget {
        private long left;
        final List<Long> asked = new ArrayList<>();

        Recording(long limit) {
            this.left = limit;
        }

        @Override
        public boolean spend(long units) {
            asked.add(units);
            left -= units;
            return left >= 0;
        }
    }

    @Test
    void aComparisonCostsAsTheBudgetSays() {
        Recording budget = new Recording(Long.MAX_VALUE);
        assertTrue(budget.compare(action("abc"), action("a*")));
        assertTrue(budget.compare(action("a*"), action("abc")));
        assertTrue(budget.compare(action("*"), action("abc")));
        assertTrue(budget.compare(action("a*"), action("b?")));
        assertTrue(budget.compare(action("*"), action("b?")));
        assertEquals(List.of(6L, 6L, 8L, 9L, 6L), budget.asked);
        assertTrue(Budget.UNLIMITED.spend(Long.MAX_VALUE));
        assertTrue(Budget.UNLIMITED.compare(action("*"), action("*")));
    }

    @Test
    void aLiteralEntryIsFoundWithoutSpending() {
        Recording budget = new Recording(0);
        PatternList list = new PatternList(new Glob[] {action("s3:GetObject"), action("s3:Put*")});
        assertTrue(list.covers(action("S3:GETOBJECT"), budget));
        assertEquals(List.of(), budget.asked);
    }

    @Test
    void aWildcardEntryCoversWithinTheBudgetAndNotBeyond() {
        PatternList list = new PatternList(new Glob[] {action("s3:Get*")});
        // One visit, then "s3:get*" (7 tokens) against the literal "s3:getobject" (12): 1 + 7 + 12 + 1 = 21.
        assertTrue(list.covers(action("s3:GetObject"), new Recording(21)));
        assertFalse(list.covers(action("s3:GetObject"), new Recording(20)));
        assertFalse(list.covers(action("s3:GetObject"), new Recording(0)), "not even the visit");
    }

    @Test
    void theSearchStopsAtTheFirstProof() {
        Recording budget = new Recording(Long.MAX_VALUE);
        PatternList list = new PatternList(new Glob[] {action("a*"), action("ab*"), action("x*")});
        assertTrue(list.covers(action("abc"), budget));
        assertEquals(List.of(1L, 6L), budget.asked, "a* proves it; ab* is not visited");
        Recording again = new Recording(Long.MAX_VALUE);
        assertFalse(list.covers(action("b"), again));
        assertEquals(List.of(), again.asked, "no entry's prefix is a prefix of b");
    }

    @Test
    void aSpentBudgetStopsTheSearch() {
        Recording budget = new Recording(1);
        PatternList list = new PatternList(new Glob[] {action("a?"), action("a*")});
        assertFalse(list.covers(action("ab"), budget));
        assertEquals(List.of(1L, 5L), budget.asked, "a? cannot be paid for, and a* is not tried");
    }

    @Test
    void everyEntryMustBeCovered() {
        PatternList list = new PatternList(new Glob[] {action("s3:Get*"), action("sqs:SendMessage")});
        assertTrue(list.coversAll(new Glob[] {action("s3:GetObject"), action("SQS:sendmessage")}, Budget.UNLIMITED));
        assertFalse(list.coversAll(new Glob[] {action("s3:GetObject"), action("sqs:*")}, Budget.UNLIMITED));
        assertTrue(list.coversAll(new Glob[0], Budget.UNLIMITED));
    }
}
