package dev.rudderiam.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rudderiam.policy.PolicyDocument;
import dev.rudderiam.policy.PolicyDomain;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.domains.Domain;
import net.jqwik.api.domains.DomainContext;

/** Laws of the JSON codec over generated documents covering every grammar element. */
class PolicyJsonProperties {

    @Property
    @Domain(PolicyDomain.class)
    void readOfWriteIsIdentity(@ForAll PolicyDocument document) {
        assertEquals(document, PolicyJson.read(PolicyJson.write(document)));
        assertEquals(document, PolicyJson.read(PolicyJson.write(document, JsonStyle.PRETTY)));
    }

    @Property
    @Domain(PolicyDomain.class)
    void writeIsStable(@ForAll PolicyDocument document) {
        String written = PolicyJson.write(document);
        assertEquals(written, PolicyJson.write(PolicyJson.read(written)));
    }

    @Property
    @Domain(PolicyDomain.class)
    @Domain(DomainContext.Global.class)
    void reorderedAndDuplicatedStatementsAreSemanticallyEqual(@ForAll PolicyDocument document, @ForAll long seed) {
        List<dev.rudderiam.policy.Statement> statements = new ArrayList<>(document.statements());
        if (!statements.isEmpty()) {
            statements.add(statements.get(0));
        }
        Collections.shuffle(statements, new Random(seed));
        PolicyDocument reordered = document.toBuilder().statements(statements).build();
        assertTrue(document.semanticallyEquals(reordered));
        assertTrue(reordered.semanticallyEquals(document));
    }

    @Property
    @Domain(DomainContext.Global.class)
    void readOfAnyStringThrowsOnlyTheParseException(@ForAll("almostJson") String text) {
        try {
            PolicyJson.read(text);
        } catch (PolicyParseException expected) {
            assertTrue(expected.pointer().isEmpty() || expected.pointer().startsWith("/"), expected.pointer());
        }
    }

    /** The reader is never more lenient than JSON itself: what it accepts, Jackson's strict parser accepts too. */
    @Property
    @Domain(DomainContext.Global.class)
    void acceptsOnlyWellFormedJson(@ForAll("almostJson") String text) {
        PolicyDocument document;
        try {
            document = PolicyJson.read(text);
        } catch (PolicyParseException refused) {
            return;
        }
        JsonValues.read(text, Integer.MAX_VALUE);
        assertEquals(document, PolicyJson.read(PolicyJson.write(document)));
    }

    @Property
    @Domain(DomainContext.Global.class)
    void readOfAnyEncodedStringThrowsOnlyTheParseException(@ForAll("almostJson") String text) {
        try {
            PolicyJson.readUrlEncoded(text);
        } catch (PolicyParseException expected) {
            assertTrue(expected.reason().length() > 0);
        }
    }

    /** Random strings, and valid documents with a few characters deleted, inserted or replaced. */
    @Provide
    Arbitrary<String> almostJson() {
        Arbitrary<String> valid = new PolicyDomain().documents().map(PolicyJson::write);
        Arbitrary<String> mutated = net.jqwik.api.Combinators.combine(valid, Arbitraries.longs(),
                Arbitraries.integers().between(1, 4)).as(PolicyJsonProperties::mutate);
        return Arbitraries.oneOf(Arbitraries.strings().ofMaxLength(40),
                Arbitraries.strings().withChars("{}[]\":,0123456789tfnue -.%").ofMaxLength(60), mutated);
    }

    private static String mutate(String json, long seed, int edits) {
        Random random = new Random(seed);
        StringBuilder text = new StringBuilder(json);
        String alphabet = "{}[]\":,0a\\ %-";
        for (int i = 0; i < edits && text.length() > 0; i++) {
            int at = random.nextInt(text.length());
            switch (random.nextInt(3)) {
                case 0: text.deleteCharAt(at); break;
                case 1: text.insert(at, alphabet.charAt(random.nextInt(alphabet.length()))); break;
                default: text.setCharAt(at, alphabet.charAt(random.nextInt(alphabet.length())));
            }
        }
        return text.toString();
    }
}
