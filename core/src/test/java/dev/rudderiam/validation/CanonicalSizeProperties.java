package dev.rudderiam.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.rudderiam.json.PolicySize;
import dev.rudderiam.policy.PolicyDocument;
import dev.rudderiam.policy.PolicyDomain;
import dev.rudderiam.policy.Effect;
import dev.rudderiam.policy.Statement;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.domains.Domain;

/** Counting the size on the model gives exactly what counting the written canonical JSON gives. */
@Domain(PolicyDomain.class)
class CanonicalSizeProperties {
    @Property(tries = 300)
    void countsLikeTheWrittenCanonicalJson(@ForAll PolicyDocument document) {
        assertEquals(PolicySize.of(document), CanonicalSize.of(document));
    }

    /** Characters IAM does not accept are written as six-character escapes, white space beyond Latin-1 included. */
    @Property(tries = 100)
    void countsEscapedCharactersLikeTheWriter(@ForAll("hostile") String text) {
        PolicyDocument document = PolicyDocument.builder().addStatement(Statement.builder().sid(text)
                .effect(Effect.ALLOW).addAction("s3:" + text).addResource("arn:aws:s3:::" + text).build()).build();
        assertEquals(PolicySize.of(document), CanonicalSize.of(document));
    }

    @Provide
    Arbitrary<String> hostile() {
        return Arbitraries.strings().withChars('a', ' ', '\u0000', '\u0001', '\u0085', '\u00a0', '\u2028', '\u3000',
                '\ud800', '\udc00', '\ufeff', '\ufffd').ofMaxLength(8);
    }
}
