package dev.rudderiam.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.rudderiam.policy.Effect;
import dev.rudderiam.policy.PolicyDocument;
import dev.rudderiam.policy.Statement;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

/**
 * The writer copies a string's Latin-1 bytes and tests them eight at a time; whatever it copies, the text must be
 * what writing the string one character at a time by the documented rule gives: U+0020 to U+00FF as themselves
 * except the quotation mark and the backslash, which JSON escapes, and every other character as an escape (RFC 8259
 * section 7; IAM accepts U+0020 to U+00FF in a policy document). The expected text comes from that rule, written
 * here character by character, not from the writer.
 */
class WriterEscapingProperties {
    /**
     * Characters from every class the rule tells apart, with the bytes the eight-at-a-time test looks for (the
     * quotation mark, the backslash, {@code ?}, control characters) and characters beyond U+00FF whose low byte is
     * an ordinary letter (U+0141, U+0241) or a special byte (U+0122, U+015C, U+013F), and lone surrogates.
     */
    @Provide
    Arbitrary<String> strings() {
        Arbitrary<Character> ordinary = Arbitraries.chars().range(' ', '~');
        Arbitrary<Character> special = Arbitraries.of('"', '\\', '?', '\n', '\t', '\r', '\b', '\f', '\u0000', '\u001f',
                '\u007f', '\u0080', '\u00ff', '\u0100', '\u0122', '\u013f', '\u0141', '\u015c', '\u0241', '\u2028',
                '\ud800', '\udc00', '\ufffd');
        Arbitrary<Character> any = Arbitraries.chars();
        return Arbitraries.frequencyOf(
                        Tuple.of(20, ordinary), Tuple.of(3, special),
                        Tuple.of(1, any))
                .list().ofMinSize(0).ofMaxSize(40)
                .map(chars -> {
                    StringBuilder s = new StringBuilder(chars.size());
                    chars.forEach(s::append);
                    return s.toString();
                });
    }

    @Property(tries = 2000)
    void everyStringIsWrittenAsTheCharacterByCharacterRuleWritesIt(@ForAll("strings") String action,
            @ForAll("strings") String resource) {
        PolicyDocument document = PolicyDocument.builder().addStatement(Statement.builder().sid(resource)
                .effect(Effect.ALLOW).addAction(action).addAction(resource).addResource(resource).build()).build();
        String expected = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Sid\":" + quoted(resource)
                + ",\"Effect\":\"Allow\",\"Action\":[" + quoted(action) + "," + quoted(resource) + "],\"Resource\":"
                + quoted(resource) + "}]}";
        assertEquals(expected, PolicyJson.write(document));
    }

    /** The documented rule, one character at a time. */
    private static String quoted(String s) {
        StringBuilder out = new StringBuilder("\"");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"': out.append("\\\""); break;
                case '\\': out.append("\\\\"); break;
                case '\n': out.append("\\n"); break;
                case '\r': out.append("\\r"); break;
                case '\t': out.append("\\t"); break;
                case '\b': out.append("\\b"); break;
                case '\f': out.append("\\f"); break;
                default:
                    if (c >= 0x20 && c <= 0xFF) {
                        out.append(c);
                    } else {
                        out.append(String.format("\\u%04x", (int) c));
                    }
            }
        }
        return out.append('"').toString();
    }
}
