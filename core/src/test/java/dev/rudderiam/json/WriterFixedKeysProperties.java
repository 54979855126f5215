package dev.rudderiam.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.rudderiam.policy.PolicyDocument;
import dev.rudderiam.policy.PolicyDomain;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.domains.Domain;

/**
 * The text sink writes the keys of the canonical form ({@code Version} to {@code Condition}) and the effects from
 * quoted bytes made once. Whatever the document and the layout, that must give the text the generic path gives,
 * where each key and effect is written as any other key or string.
 */
class WriterFixedKeysProperties {
    @Property(tries = 500)
    @Domain(PolicyDomain.class)
    void fixedKeysAndEffectsAreWrittenAsAnyKeyAndString(@ForAll PolicyDocument document) {
        assertEquals(generic(document, false), PolicyWriter.write(document, false));
        assertEquals(generic(document, true), PolicyWriter.write(document, true));
    }

    /** The document written through a sink that forwards every token to a text, keeping the generic key and effect. */
    private static String generic(PolicyDocument document, boolean pretty) {
        PolicyWriter.Text text = PolicyWriter.Text.start(pretty);
        try {
            PolicyWriter.write(document, new PolicyWriter.Sink() {
                @Override
                void startObject() {
                    text.startObject();
                }

                @Override
                void key(String name) {
                    text.key(name);
                }

                @Override
                void endObject() {
                    text.endObject();
                }

                @Override
                void startArray() {
                    text.startArray();
                }

                @Override
                void endArray() {
                    text.endArray();
                }

                @Override
                void string(String value) {
                    text.string(value);
                }

                @Override
                void literal(String value) {
                    text.literal(value);
                }
            });
            return text.toString();
        } finally {
            text.finish();
        }
    }
}
