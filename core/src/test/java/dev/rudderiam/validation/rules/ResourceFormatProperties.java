package dev.rudderiam.validation.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.rudderiam.pattern.Glob;
import dev.rudderiam.policy.Resource;
import dev.rudderiam.policy.StatementElement;
import dev.rudderiam.reference.ActionInfo;
import dev.rudderiam.reference.ResourceTypeInfo;
import dev.rudderiam.reference.ServiceInfo;
import java.util.IdentityHashMap;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * {@link ReferenceIndex#matchesSome} answers first with a quick linear test and only then with the exact overlap;
 * whatever the resource, its answer must be the exact one: some resource type of the action has an ARN format
 * (each variable a value of at least one character) that overlaps the resource, its policy variables read as
 * {@code *}. The expected answer is computed here from {@link ResourceTypeInfo#arnPatternOfNamedResources()} alone.
 */
class ResourceFormatProperties {
    private static final List<String> SERVICES = List.of("s3", "iam", "events", "secretsmanager");

    /**
     * Resources built from the parts of the test reference's ARN formats, with wildcards, policy variables and empty
     * parts (a bucket ARN ending in {@code /}, an empty account or region) among them.
     */
    @Provide
    Arbitrary<String> resources() {
        Arbitrary<String> start = Arbitraries.of("arn:aws:s3:::", "arn:aws:s3:::bucket/", "arn:aws:iam::123456789012:",
                "arn:aws:iam:::", "arn:aws:events:us-east-1:123456789012:", "arn:aws:events::123456789012:",
                "arn:aws:secretsmanager:us-east-1:123456789012:secret:", "arn:", "");
        Arbitrary<String> part = Arbitraries.of("bucket", "b", "/", "*", "?", "x", ":", "role/", "rule/",
                "event-bus/", "secret:", "${aws:username}", "123456789012", "aws", "-");
        return Combinators.combine(start, part.list().ofMaxSize(5)).as((s, parts) -> s + String.join("", parts));
    }

    @Property(tries = 1000)
    void anActionFitsAResourceExactlyWhenOneOfItsArnFormatsOverlapsIt(@ForAll("resources") String resource) {
        ReferenceIndex index = new ReferenceIndex(TestReference.INSTANCE);
        Glob read = Glob.of(ResourceEntry.variablesAsStars(resource), Glob.Syntax.PATTERN_NO_VARIABLES);
        for (String prefix : SERVICES) {
            ReferenceIndex.Service service = index.service(prefix).orElseThrow();
            ServiceInfo info = TestReference.INSTANCE.service(prefix).orElseThrow();
            for (ActionInfo action : info.actions().values()) {
                if (action.resourceTypes().isEmpty()) {
                    continue;
                }
                boolean expected = false;
                for (ActionInfo.ResourceTypeUse use : action.resourceTypes()) {
                    ResourceTypeInfo type = info.resourceTypes().get(use.resourceType());
                    expected |= type == null || type.arnPatternOfNamedResources().overlaps(read);
                }
                ResourceEntry[] entries = ResourceEntry.of(0, StatementElement.RESOURCE, List.of(Resource.of(resource)));
                assertEquals(expected, index.matchesSome(service, action, entries, 1, new IdentityHashMap<>()),
                        prefix + ":" + action.name() + " on " + resource);
            }
        }
    }
}
