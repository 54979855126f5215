package dev.rudderiam.validation.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rudderiam.policy.Action;
import dev.rudderiam.reference.ActionInfo;
import dev.rudderiam.reference.ServiceInfo;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
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

    /** A pattern's matches come in the reference's order, whatever their alphabetical order. */
    @Test
    void patternsResolveToTheMatchingActionsInTheReferencesOrder() {
        assertEquals(List.of("ListBucket", "ListAllMyBuckets"), names("s3:List*"));
        assertEquals(List.of("ListBucket"), names("s3:listbucket*"));
        assertEquals(List.of("GetObject"), names("s3:GetObject*"));
        assertEquals(List.of("GetObject", "PutObject", "PutObjectAcl"), names("S3:*Object*"));
        assertEquals(List.of("PutObjectAcl"), names("s3:PutObject?cl"));
        assertEquals(List.of("GetObject"), names("s3:getobject"));
        assertEquals(List.of(), names("s3:Put"));
        assertEquals(List.of(), names("s3:Z*"));
        assertEquals(List.of(), names("s3:*Z"));
        assertEquals(List.of(), names("nosuch:Get*"));
        assertEquals(List.of(), names("*:GetObject"));
        assertEquals(List.of(), names(":GetObject"));
    }

    private List<String> names(String action) {
        return index.resolve(Action.of(action)).actions().stream().map(ActionInfo::name).collect(Collectors.toList());
    }

    /**
     * Keys with a variable part match any text there; a global key's tag part is not empty; an unknown service's key
     * and a key without a service have no type.
     */
    @Test
    void keysWithAVariablePartHaveTheirTypeForEveryName() {
        assertEquals(Optional.of("String"), index.keyType("secretsmanager:ResourceTag/team"));
        assertEquals(Optional.of("String"), index.keyType("SECRETSMANAGER:RESOURCETAG/Team"));
        assertEquals(Optional.empty(), index.keyType("secretsmanager:ResourceTag"));
        assertEquals(Optional.of("String"), index.keyType("aws:RequestTag/x"));
        assertEquals(Optional.empty(), index.keyType("aws:RequestTag/"));
        assertEquals(Optional.empty(), index.keyType("aws:RequestTag"));
        assertEquals(Optional.of("String"), index.keyType("aws:principaltag/x/y"));
        assertEquals(Optional.of("ArrayOfString"), index.keyType("EVENTS:SOURCE"));
        assertEquals(Optional.empty(), index.keyType("nosuch:key"));
        assertEquals(Optional.empty(), index.keyType(":key"));
        assertEquals(Optional.empty(), index.keyType("nokey"));
    }
}
