package dev.rudderiam.validation.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rudderiam.policy.Action;
import dev.rudderiam.policy.StatementElement;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * A run's budget for the comparisons behind redundancy suggestions: the whole budget can be spent, nothing more,
 * and once spent the suggestions that need a comparison are left out while those found by equality remain.
 */
class EffortTest {
    @Test
    void theWholeBudgetCanBeSpentAndOnceOneSpendingFailsEveryLaterOneFails() {
        Effort effort = new Effort();
        assertTrue(effort.spend(Effort.PER_RUN - 1));
        assertTrue(effort.spend(1));
        assertFalse(effort.spend(1));
        assertFalse(effort.spend(0));
        Effort another = new Effort();
        assertFalse(another.spend(Effort.PER_RUN + 1));
        assertFalse(another.spend(0));
    }

    private static PatternEntry[] actions(String... texts) {
        return ActionEntry.of(0, StatementElement.ACTION,
                List.of(texts).stream().map(Action::of).collect(Collectors.toList()), new Resolutions());
    }

    @Test
    void withTheBudgetSpentOnlyEqualValuesAreGrouped() {
        PatternEntry[] entries = actions("s3:GetObject", "s3:Get*", "s3:PutObject", "S3:GETOBJECT");
        assertEquals(List.of(List.of(0, 1, 3)), Redundancy.groups(entries, 4, true, new Effort()));
        Effort spent = new Effort();
        spent.spend(Effort.PER_RUN + 1);
        assertEquals(List.of(List.of(0, 3)), Redundancy.groups(actions("s3:GetObject", "s3:Get*", "s3:PutObject",
                "S3:GETOBJECT"), 4, true, spent));
    }

    /** Only the first {@code n} values are looked at: the rest of the array belongs to another element. */
    @Test
    void onlyTheFirstNValuesAreGrouped() {
        PatternEntry[] entries = actions("s3:GetObject", "s3:PutObject", "s3:GetObject", "s3:Get*");
        assertEquals(List.of(), Redundancy.groups(entries, 2, true, new Effort()));
        assertEquals(List.of(), Redundancy.groups(entries, 1, true, new Effort()));
        assertEquals(List.of(List.of(0, 2)), Redundancy.groups(actions("s3:GetObject", "s3:PutObject",
                "s3:GetObject", "s3:Get*"), 3, true, new Effort()));
    }
}
