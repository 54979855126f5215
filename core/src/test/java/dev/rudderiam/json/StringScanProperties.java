package dev.rudderiam.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rudderiam.policy.ConditionKey;
import dev.rudderiam.policy.ConditionOperator;
import dev.rudderiam.policy.ConditionValue;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The reader scans strings and white space several bytes at a time: every character that ends a plain run (quote,
 * backslash, control character, a character beyond U+00FF, which the scan sees as {@code '?'}, and {@code '?'}
 * itself) is found at every offset, in strings, keys and indentation of every length.
 */
class StringScanProperties {
    @Property(tries = 1000)
    void readsOrRefusesEveryStringLikeACharacterByCharacterReading(@ForAll("texts") String value,
            @ForAll("indents") String indent) {
        String text = "{" + indent + "\"Statement\":" + indent + "[{\"Sid\":" + indent + quoted(value) + indent
                + ",\"Effect\":\"Allow\",\"Action\":\"" + value.replaceAll("[^a-z]", "") + "x\"," + indent
                + "\"Resource\":\"*\"}]" + indent + "}";
        boolean accepted = value.chars().allMatch(c -> c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c <= 0xFF));
        if (accepted) {
            assertEquals(value, PolicyJson.read(text).statements().get(0).sid());
        } else {
            PolicyParseException e = assertThrows(PolicyParseException.class, () -> PolicyJson.read(text));
            assertEquals("/Statement/0/Sid", e.pointer());
            assertTrue(e.getMessage().contains("is not one IAM accepts"), e.getMessage());
        }
    }

    @Property(tries = 1000)
    void readsOrRefusesAStringAtTheEndOfTheDocumentLikeACharacterByCharacterReading(@ForAll("texts") String value) {
        String text = "{\"Statement\":[{\"Effect\":\"Allow\",\"Sid\":" + quoted(value) + "}]}";
        boolean accepted = value.chars().allMatch(c -> c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c <= 0xFF));
        if (accepted) {
            assertEquals(value, PolicyJson.read(text).statements().get(0).sid());
        } else {
            PolicyParseException e = assertThrows(PolicyParseException.class, () -> PolicyJson.read(text));
            assertTrue(e.getMessage().contains("is not one IAM accepts"), e.getMessage());
        }
    }

    @Property(tries = 1000)
    void readsOrRefusesEveryKeyLikeACharacterByCharacterReading(@ForAll("texts") String key,
            @ForAll("indents") String indent) {
        String text = "{\"Statement\":[{\"Effect\":\"Allow\",\"Condition\":{\"StringEquals\":{" + indent
                + quoted(key) + indent + ":\"v\"}}}]}";
        boolean accepted = key.chars().allMatch(c -> c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c <= 0xFF));
        if (accepted) {
            assertEquals(Map.of(ConditionKey.of(key), List.of(ConditionValue.of("v"))), PolicyJson.read(text)
                    .statements().get(0).condition().operators().get(ConditionOperator.STRING_EQUALS));
        } else {
            PolicyParseException e = assertThrows(PolicyParseException.class, () -> PolicyJson.read(text));
            assertTrue(e.getMessage().contains("is not one IAM accepts"), e.getMessage());
        }
    }

    @Property(tries = 300)
    void refusesARawControlCharacterAtAnyOffset(@ForAll("plain") String before, @ForAll("plain") String after) {
        String text = "{\"Statement\":[{\"Sid\":\"" + before + "\u0001" + after + "\",\"Effect\":\"Allow\"}]}";
        PolicyParseException e = assertThrows(PolicyParseException.class, () -> PolicyJson.read(text));
        assertTrue(e.getMessage().contains("control character U+0001 in a string must be escaped"), e.getMessage());
        assertTrue(e.getMessage().contains("(character " + (22 + before.length()) + ")"), e.getMessage());
    }

    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.strings().withChars('a', 'b', '?', '"', '\\', ' ', '\t', '\n', '\u0001', '\u001f',
                '\u007f', '\u00e9', '\u00ff', '\u0100', '\u2028', '\ud83d', '\ude00').ofMaxLength(40);
    }

    @Provide
    Arbitrary<String> plain() {
        return Arbitraries.strings().withChars('a', 'Z', '0', ':', '*', '/', '\u00e9').ofMaxLength(20);
    }

    @Provide
    Arbitrary<String> indents() {
        return Arbitraries.strings().withChars(' ', '\n', '\t', '\r').ofMaxLength(20);
    }

    /** A JSON string written by hand: quote and backslash escaped, control characters as \\u escapes. */
    private static String quoted(String value) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : value.toCharArray()) {
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.append('"').toString();
    }
}
