package dev.rudderiam.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.rudderiam.json.PolicyJson;
import dev.rudderiam.json.PolicyParseException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The model's factories that read text are called {@code parse...} and refuse bad text with one line. */
class TextFactoriesTest {
    @ParameterizedTest
    @ValueSource(strings = {"Allow", "Deny"})
    void anEffectIsParsedFromTheWordIamWrites(String text) {
        assertEquals(text, Effect.parse(text).json());
    }

    @ParameterizedTest
    @ValueSource(strings = {"allow", "DENY", "", " Allow", "Permit"})
    void anotherWordIsNoEffectAndTheMessageIsTheOneThePolicyReaderGives(String text) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Effect.parse(text));
        assertEquals("Effect '" + text + "' is invalid; it is \"Allow\" or \"Deny\"", e.getMessage());
        PolicyParseException read = assertThrows(PolicyParseException.class, () -> PolicyJson.read(
                "{\"Statement\":[{\"Effect\":\"" + text + "\",\"Action\":\"s3:GetObject\",\"Resource\":\"*\"}]}"));
        assertEquals(e.getMessage(), read.reason());
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "-12", "1.50", "1e3", "2E-7"})
    void aNumberIsParsedAndKeptAsWritten(String text) {
        ConditionValue value = ConditionValue.parseNumber(text);
        assertEquals(text, value.text());
        assertEquals(ConditionValue.JsonType.NUMBER, value.type());
    }

    @ParameterizedTest
    @ValueSource(strings = {"01", "1.", ".5", "+1", "0x10", "1,5", "NaN", ""})
    void textThatIsNoJsonNumberIsRefusedNamingIt(String text) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ConditionValue.parseNumber(text));
        assertEquals("condition value '" + text + "' is invalid: a JSON number is written like -12, 3.5 or 1e3",
                e.getMessage());
    }
}
