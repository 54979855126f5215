package dev.rudderiam.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rudderiam.policy.Effect;
import dev.rudderiam.policy.PolicyDocument;
import dev.rudderiam.policy.PolicyDomain;
import dev.rudderiam.policy.PolicySize;
import dev.rudderiam.policy.Statement;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.domains.Domain;

/**
 * The one size function, {@link PolicySize}, counts on the model exactly what the writer writes: the characters of
 * the written text that are not white space, compact or pretty. The written text is counted here on its own terms
 * (every white-space character of a JSON text removed), not with {@code PolicySize.of(String)}.
 */
class PolicySizeProperties {
    @Property(tries = 300)
    @Domain(PolicyDomain.class)
    void countsWhatTheWriterWrites(@ForAll PolicyDocument document) {
        assertEquals(written(PolicyJson.write(document)), PolicySize.of(document));
        assertEquals(written(PolicyJson.write(document, JsonStyle.PRETTY)), PolicySize.of(document));
        assertTrue(PolicySize.atMost(document) >= PolicySize.of(document));
    }

    /** Characters IAM does not accept are written as six-character escapes, white space beyond Latin-1 included. */
    @Property(tries = 100)
    void countsEscapedCharactersLikeTheWriter(@ForAll("hostile") String text) {
        PolicyDocument document = PolicyDocument.builder().addStatement(Statement.builder().sid(text)
                .effect(Effect.ALLOW).addAction("s3:" + text).addResource("arn:aws:s3:::" + text)
                .addCondition("StringEquals", "aws:PrincipalTag/" + text, text).build()).build();
        assertEquals(written(PolicyJson.write(document)), PolicySize.of(document));
        assertEquals(written(PolicyJson.write(document, JsonStyle.PRETTY)), PolicySize.of(document));
        assertTrue(PolicySize.atMost(document) >= PolicySize.of(document));
    }

    @Provide
    Arbitrary<String> hostile() {
        return Arbitraries.strings().withChars('a', ' ', '"', '\\', '\t', '\n', '\u0000', '\u0001', '\u001f',
                '\u007f', '\u0085', '\u00a0', '\u00ff', '\u0100', '\u2028', '\u3000', '\ud800', '\udc00', '\ufeff',
                '\ufffd').ofMaxLength(8);
    }

    /**
     * {@return the length of {@code json} without its white space}: the writer never writes a control character
     * or a character beyond U+00FF raw, so the white space left in its text is JSON's own (space, tab, line feed,
     * carriage return), between tokens or inside strings.
     */
    private static int written(String json) {
        return json.replaceAll("[ \t\n\r]", "").length();
    }
}
