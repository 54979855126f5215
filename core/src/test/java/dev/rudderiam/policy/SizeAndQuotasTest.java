package dev.rudderiam.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.rudderiam.json.PolicyJson;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A document's size as IAM counts it, character class by character class, and the quotas it is held to.
 *
 * @see <a href="https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_iam-quotas.html#reference_iam-quotas-entity-length">IAM
 *     and STS character limits: white space is not counted</a>
 */
class SizeAndQuotasTest {
    private static PolicyDocument withResource(String resource) {
        return PolicyDocument.builder().version(PolicyDocument.VERSION_2012_10_17).addStatement(Statement.builder()
                .effect(Effect.ALLOW).addAction("s3:GetObject").addResource(resource).build()).build();
    }

    /**
     * What one character adds: printable ASCII one, a space none (white space is not counted), a quote or backslash
     * two (escaped), a control character two or six (short or unicode escape), Latin-1 one, beyond U+00FF six (the
     * writer escapes it, as IAM takes only up to U+00FF). The written text, counted on its own, agrees.
     */
    @Test
    void eachCharacterCountsAsTheWriterWritesIt() {
        int base = PolicySize.of(withResource("arn:aws:s3:::ab"));
        Map<Character, Integer> adds = Map.ofEntries(Map.entry(' ', 0), Map.entry('!', 1), Map.entry('~', 1),
                Map.entry('\u007f', 1), Map.entry('\u0080', 1), Map.entry('\u00a0', 1), Map.entry('\u00ff', 1),
                Map.entry('\u0100', 6), Map.entry('\u001f', 6), Map.entry('\u0001', 6), Map.entry('\n', 2),
                Map.entry('\t', 2), Map.entry('"', 2), Map.entry('\\', 2));
        adds.forEach((c, added) -> {
            PolicyDocument document = withResource("arn:aws:s3:::a" + c + "b");
            String name = "U+" + Integer.toHexString(c);
            assertEquals(base + added, PolicySize.of(document), name);
            assertEquals(PolicySize.of(PolicyJson.write(document)), PolicySize.of(document), name);
        });
    }

    @Test
    void everySizeQuotaIsAPositiveNumberOfCharacters() {
        new Quotas(1, 1, 1);
        for (int[] quotas : new int[][] {{0, 1, 1}, {1, 0, 1}, {1, 1, 0}, {-1, 1, 1}}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> new Quotas(quotas[0], quotas[1], quotas[2]));
            assertEquals("quotas (" + quotas[0] + ", " + quotas[1] + ", " + quotas[2] + ") are invalid: every size"
                    + " quota is a positive number of characters", e.getMessage());
        }
        assertEquals(new Quotas(6144, 10240, 4096), Quotas.DEFAULT.withTrustPolicy(4096));
    }
}
