package dev.rudderiam.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rudderiam.catalog.reference.BundledServiceReference;
import dev.rudderiam.policy.PolicyDocument;
import dev.rudderiam.policy.Statement;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Renders every template in every combination of its optional parameters (present or absent, each choice and
 * boolean value) and checks each statement against the bundled service reference: every action exists, every
 * resource has a resource type of its actions, every required resource type is named.
 */
class EveryTemplateTest {
    private final ResourceTypes oracle = new ResourceTypes(BundledServiceReference.bundled());

    @TestFactory
    Stream<DynamicTest> everyVariantOfEveryTemplateMatchesTheServiceReference() {
        return PolicyCatalog.bundled().destinations().stream().map(template -> DynamicTest.dynamicTest(
                template.id(), () -> {
                    List<Map<String, String>> variants = CatalogVariants.of(template);
                    assertFalse(variants.isEmpty());
                    for (Map<String, String> values : variants) {
                        PolicyDocument policy = template.render(values);
                        assertFalse(policy.statements().isEmpty(), template.id() + " " + values);
                        for (Statement statement : policy.statements()) {
                            assertEquals(List.of(), oracle.problems(statement),
                                    template.id() + " " + values + " " + statement);
                            assertTrue(statement.resources().stream().allMatch(r -> r.value().equals("*")
                                    || r.value().startsWith("arn:aws:")), "aws partition only");
                        }
                    }
                }));
    }

    @Test
    void theOracleRejectsRudderStacksWrongFirehoseAndListBucketResources() {
        Statement firehose = Statement.builder().effect(dev.rudderiam.policy.Effect.ALLOW)
                .addAction("firehose:PutRecord").addResource("arn:aws:firehose:us-east-1:123456789012:stream/x").build();
        Statement listObjects = Statement.builder().effect(dev.rudderiam.policy.Effect.ALLOW)
                .addAction("s3:ListBucket").addResource("arn:aws:s3:::bucket/*").build();
        assertFalse(oracle.problems(firehose).isEmpty());
        assertFalse(oracle.problems(listObjects).isEmpty());
    }
}
