package dev.rudderiam.validation.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rudderiam.policy.Action;
import dev.rudderiam.reference.ActionInfo;
import dev.rudderiam.reference.ServiceInfo;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The indexes by full name give what the lookups that ignore case give: an action or key written as the reference
 * writes it is found in one lookup, and any other case of it, looked up the long way, names the same.
 */
class ReferenceIndexTest {
    private final ReferenceIndex index = new ReferenceIndex(TestReference.INSTANCE);

    @Test
    void actionsWrittenAsTheReferenceWritesThemResolveAsInAnyOtherCase() {
        for (String prefix : new String[] {"s3", "iam", "events", "secretsmanager"}) {
            ServiceInfo service = TestReference.INSTANCE.service(prefix).orElseThrow();
            for (ActionInfo action : service.actions().values()) {
                String written = prefix + ":" + action.name();
                ReferenceIndex.Resolution indexed = index.resolve(Action.of(written));
                assertEquals(1, indexed.actions().size(), written);
                assertEquals(indexed, index.resolve(Action.of(written.toUpperCase(Locale.ROOT))), written);
                assertEquals(indexed, index.resolve(Action.of(written.toLowerCase(Locale.ROOT))), written);
            }
        }
    }

    @Test
    void keysWrittenAsTheReferenceWritesThemHaveTheTypeTheyHaveInAnyOtherCase() {
        index.service("s3");
        index.service("iam");
        for (String key : new String[] {"s3:prefix", "s3:DataAccessPointArn", "iam:PassedToService", "aws:SourceArn",
                "aws:MultiFactorAuthPresent", "aws:TagKeys"}) {
            Optional<String> type = index.keyType(key);
            assertTrue(type.isPresent(), key);
            assertEquals(type, index.keyType(key.toUpperCase(Locale.ROOT)), key);
        }
        assertEquals(Optional.of("String"), index.keyType("aws:ResourceTag/team"));
        assertEquals(Optional.empty(), index.keyType("s3:NoSuchKey"));
    }
}
