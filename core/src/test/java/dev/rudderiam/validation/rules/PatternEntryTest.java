package dev.rudderiam.validation.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.rudderiam.pattern.Glob;
import dev.rudderiam.policy.Action;
import dev.rudderiam.policy.Resource;
import dev.rudderiam.policy.StatementElement;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The entries' quick answers, worked out without building strings, agree with the model's: an action's service and
 * name ({@link Action#service()}, {@link Action#name()}), whether a text has a wildcard, where its pointer is.
 */
class PatternEntryTest {
    private static final List<String> TEXTS = List.of("s3:GetObject", "s3:", ":x", ":", "s3GetObject", "", "*",
            "s3:Get*", "*:*", "a:b:c", "?");

    @Test
    void anActionsServiceAndNameAreThoseOfTheModel() {
        ActionEntry[] entries = ActionEntry.of(0, StatementElement.ACTION, TEXTS.stream().map(Action::of).toList(),
                new Resolutions());
        for (ActionEntry entry : entries) {
            Action action = entry.action();
            assertEquals(!action.service().isEmpty(), entry.hasService(), action.value());
            assertEquals(!action.name().isEmpty(), entry.hasName(), action.value());
            assertEquals(action.service(), entry.service(), action.value());
            assertEquals(action.name(), entry.name(), action.value());
            assertEquals(Glob.hasWildcard(action.value()), entry.hasWildcard(), action.value());
            assertEquals(Glob.hasWildcard(action.value()), entry.hasWildcard(), "asked again: " + action.value());
        }
    }

    @Test
    void entriesPointToTheirValueOrToTheElementWhenItHasOne() {
        ResourceEntry[] two = ResourceEntry.of(3, StatementElement.NOT_RESOURCE,
                List.of(Resource.of("arn:aws:s3:::a"), Resource.of("arn:aws:s3:::b*")));
        assertEquals("/Statement/3/NotResource/0", two[0].path());
        assertEquals("/Statement/3/NotResource/1", two[1].path());
        assertEquals(false, two[0].hasWildcard());
        assertEquals(true, two[1].hasWildcard());
        ActionEntry[] one = ActionEntry.of(2, StatementElement.NOT_ACTION, List.of(Action.of("s3:*")),
                new Resolutions());
        assertEquals("/Statement/2/NotAction", one[0].path());
    }

    /** Policy variables read as {@code *}, an unclosed one as written. */
    @Test
    void aResourcesPatternReadsItsPolicyVariablesAsWildcards() {
        ResourceEntry[] entries = ResourceEntry.of(0, StatementElement.RESOURCE, List.of(
                Resource.of("arn:aws:s3:::home/${aws:username}/*"), Resource.of("arn:aws:s3:::b/${x"),
                Resource.of("arn:aws:s3:::b/$x}")));
        assertEquals("arn:aws:s3:::home/*/*", entries[0].pattern());
        assertEquals("arn:aws:s3:::b/${x", entries[1].pattern());
        assertEquals("arn:aws:s3:::b/$x}", entries[2].pattern());
        assertEquals(true, entries[0].patternGlob().matches("arn:aws:s3:::home/alice/photo"));
        assertEquals(false, entries[0].glob().matches("arn:aws:s3:::home/alice/photo"));
        assertEquals(true, entries[1].patternGlob().matches("arn:aws:s3:::b/${x"));
    }
}
