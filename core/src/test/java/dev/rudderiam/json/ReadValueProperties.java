package dev.rudderiam.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.rudderiam.policy.PolicyDocument;
import dev.rudderiam.policy.PolicyDomain;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.domains.Domain;

/** A document inside JSON values is read by the same grammar as text, with the same answers and messages. */
class ReadValueProperties {
    /**
     * Reading the values gives what writing them out and reading the text gave (numbers as {@code BigDecimal}
     * writes them: {@code 1e3} becomes {@code 1E+3}, the same number).
     */
    @Property(tries = 200)
    @Domain(PolicyDomain.class)
    void readsWhatTheWrittenValuesRead(@ForAll PolicyDocument document) {
        Object values = JsonValues.read(PolicyJson.write(document), Integer.MAX_VALUE);
        assertEquals(PolicyJson.read(JsonValues.write(values)), PolicyJson.readValue(values));
    }

    @Example
    void refusesWhatTextRefusesWithTheSamePointerAndReason() {
        for (String text : List.of(
                "{\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"s3:GetObject\",\"Resource\":\"*\",\"Bogus\":1}]}",
                "{\"Statement\":[{\"Effect\":\"Maybe\",\"Action\":\"s3:GetObject\",\"Resource\":\"*\"}]}",
                "{\"Statement\":[{\"Effect\":\"Allow\",\"Action\":[\"s3:GetObject\",{}],\"Resource\":\"*\"}]}",
                "{\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"s3:Get\\u0100\",\"Resource\":\"*\"}]}",
                "{\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"s3:GetObject\",\"NotAction\":\"s3:*\"}]}",
                "{\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":\"arn:aws:iam::1:root\"}]}",
                "[]")) {
            PolicyParseException fromText = assertThrows(PolicyParseException.class, () -> PolicyJson.read(text));
            PolicyParseException fromValue = assertThrows(PolicyParseException.class,
                    () -> PolicyJson.readValue(JsonValues.read(text, 1000)));
            assertEquals(fromText.pointer(), fromValue.pointer(), text);
            assertEquals(reason(fromText.getMessage()), reason(fromValue.getMessage()), text);
        }
    }

    @Example
    void readsNumbersAndBooleansOfConditions() {
        Map<String, Object> value = Map.of("Statement", List.of(Map.of("Effect", "Allow", "Action", "s3:ListBucket",
                "Resource", "*", "Condition", Map.of("NumericLessThan", Map.of("s3:max-keys", 10)))));
        assertEquals(PolicyJson.read("{\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"s3:ListBucket\","
                + "\"Resource\":\"*\",\"Condition\":{\"NumericLessThan\":{\"s3:max-keys\":10}}}]}"),
                PolicyJson.readValue(value));
    }

    /** The message without the character offset, which only text has. */
    private static String reason(String message) {
        return message.replaceAll(" \\(character \\d+( of the string)?\\)", "");
    }
}
