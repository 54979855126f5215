package dev.rudderiam.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rudderiam.policy.ConditionKey;
import dev.rudderiam.policy.ConditionOperator;
import dev.rudderiam.policy.ConditionValue;
import dev.rudderiam.policy.PolicyDocument;
import dev.rudderiam.policy.PrincipalSet;
import dev.rudderiam.policy.PrincipalType;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The reader at the edges of its grammar and bounds: the end of the input inside a number, a string or a key; the
 * shapes IAM's grammar allows for each element; the largest text read; and the same edges for JSON values read with
 * {@link PolicyJson#readValue}. Each expected message is the rule it names, written from the grammar
 * (<a href="https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_grammar.html">IAM JSON policy
 * grammar</a>, <a href="https://www.rfc-editor.org/rfc/rfc8259#section-6">RFC 8259 numbers</a>).
 */
class ReaderEdgesTest {
    /** The start of a document whose Sid's first character is at offset 45. */
    private static final String SID = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Sid\":\"";
    /** The start of a document whose next token is the value of condition key {@code k}. */
    private static final String CONDITION_VALUE =
            "{\"Statement\":[{\"Effect\":\"Allow\",\"Condition\":{\"NumericLessThan\":{\"k\":";

    private static String failure(String json) {
        return assertThrows(PolicyParseException.class, () -> PolicyJson.read(json)).getMessage();
    }

    @Test
    void aStringWithAnEscapeIsCheckedToItsEnd() {
        assertEquals("/Statement/0/Sid: malformed JSON: control character U+0001 in a string must be escaped"
                + " (character 48)", failure(SID + "a\\n\u0001\"}]}"));
        assertEquals("/Statement/0/Sid: character U+0100 in a string is not one IAM accepts in a policy document"
                + " (tab, line feed, carriage return and U+0020 to U+00FF, also when escaped) (character 48)",
                failure(SID + "a\\n\u0100\"}]}"));
        assertEquals("/Statement/0/Sid: character U+000C in a string is not one IAM accepts in a policy document"
                + " (tab, line feed, carriage return and U+0020 to U+00FF, also when escaped) (character 46)",
                failure(SID + "a\\f\"}]}"));
        assertEquals("/Statement/0/Sid: malformed JSON: invalid escape \\' ' in a string (character 47)",
                failure(SID + "a\\ \"}]}"));
    }

    @Test
    void theInputMayEndAnywhereInAString() {
        assertEquals("/Statement/0/Sid: malformed JSON: unexpected end of input in a string (character 49)",
                failure(SID + "a\\nb"));
        // four hexadecimal digits fit exactly: the escape is whole, the string is not
        assertEquals("/Statement/0/Sid: malformed JSON: unexpected end of input in a string (character 52)",
                failure(SID + "a\\u00e9"));
        assertEquals("(document): malformed JSON: unexpected end of input in a string (character 8)",
                failure("{\"Versio"));
        assertEquals("(document): malformed JSON: unexpected end of input in a string (character 11)",
                failure("{\"Statement"));
    }

    @Test
    void aTextWithASurrogatePairStillAcceptsEveryLatin1CharacterBeforeIt() {
        assertEquals("/Statement/0/Action: character U+D83D in a string is not one IAM accepts in a policy document"
                + " (tab, line feed, carriage return and U+0020 to U+00FF, also when escaped) (character 52)",
                failure("{\"Statement\":[{\"Sid\":\"\u00ff\",\"Effect\":\"Allow\",\"Action\":\"\ud83d\ude00\"}]}"));
    }

    @Test
    void theInputMayEndWhereAValueIsExpected() {
        assertEquals("/Version: malformed JSON: unexpected end of input, expected a value (character 11)",
                failure("{\"Version\":"));
        assertEquals("/Statement/0/Condition/NumericLessThan/k: malformed JSON: unexpected end of input, expected"
                + " a value (character " + CONDITION_VALUE.length() + ")", failure(CONDITION_VALUE));
    }

    @Test
    void aCharacterOutsidePrintableAsciiIsNamedByItsCodePoint() {
        assertEquals("(document): malformed JSON: unexpected character U+007F, expected ',' (character 23)",
                failure("{\"Version\":\"2012-10-17\"\u007f}"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"-", "1.", "1e", "1e+", "-0.", "0e-"})
    void aNumberCutByTheEndOfTheInputIsInvalid(String number) {
        assertTrue(failure(CONDITION_VALUE + number).contains("malformed JSON: invalid number: expected a digit"),
                number);
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "9", "-0", "1.5", "1e5", "1E+5", "-1.25e-3"})
    void aWholeNumberAtTheEndOfTheInputIsReadBeforeTheEndIsReported(String number) {
        assertEquals("/Statement/0/Condition/NumericLessThan: malformed JSON: unexpected end of input, expected"
                + " ',' (character " + (CONDITION_VALUE.length() + number.length()) + ")",
                failure(CONDITION_VALUE + number));
    }

    @ParameterizedTest
    @ValueSource(strings = {"00", "09", "-01"})
    void aNumberHasNoLeadingZero(String number) {
        char second = number.charAt(number.length() - 1);
        assertTrue(failure(CONDITION_VALUE + number + "}}}]}").contains(
                "invalid number: unexpected '" + second + "' (no leading zeros"), number);
    }

    @Test
    void theDigitsAtBothEndsStartANumber() {
        PolicyDocument document = PolicyJson.read(CONDITION_VALUE + "[0,9,-9]}}}]}");
        assertEquals(List.of(ConditionValue.parseNumber("0"), ConditionValue.parseNumber("9"),
                ConditionValue.parseNumber("-9")), document.statements().get(0).condition().operators()
                .get(ConditionOperator.NUMERIC_LESS_THAN).get(ConditionKey.of("k")));
    }

    @Test
    void aNumberHasAtMost64Characters() {
        String longest = "1".repeat(64);
        PolicyDocument document = PolicyJson.read(CONDITION_VALUE + longest + "}}}]}");
        assertEquals(List.of(ConditionValue.parseNumber(longest)), document.statements().get(0).condition()
                .operators().get(ConditionOperator.NUMERIC_LESS_THAN).get(ConditionKey.of("k")));
        assertTrue(failure(CONDITION_VALUE + longest + "2}}}]}").contains(
                "number of 65 characters exceeds the limit of 64"));
    }

    @Test
    void keysAreReadWithTheirEscapesAndQuestionMarks() {
        assertEquals("2012-10-17", PolicyJson.read("{\"Ver\\u0073ion\":\"2012-10-17\",\"Statement\":[]}").version());
        PolicyDocument document = PolicyJson.read("{\"Statement\":[{\"Effect\":\"Allow\",\"Condition\":"
                + "{\"StringLike\":{\"aws:a?b\":\"x\"}}}]}");
        assertEquals(Map.of(ConditionKey.of("aws:a?b"), List.of(ConditionValue.of("x"))),
                document.statements().get(0).condition().operators().get(ConditionOperator.STRING_LIKE));
        assertEquals("/Versian: unknown top-level element 'Versian'; a policy document has Version, Id and"
                + " Statement", failure("{\"Versian\":\"2012-10-17\"}"));
    }

    @Test
    void aPointerEscapesSlashAndTildeAnywhereInAKey() {
        String statement = "{\"Statement\":[{\"Effect\":\"Allow\",\"Condition\":{\"StringEquals\":{\"";
        assertEquals("/Statement/0/Condition/StringEquals/~1x: wrong value shape: a condition value is a string,"
                + " number or boolean", failure(statement + "/x\":{}}}}]}"));
        assertEquals("/Statement/0/Condition/StringEquals/~0y: wrong value shape: a condition value is a string,"
                + " number or boolean", failure(statement + "~y\":{}}}}]}"));
    }

    @Test
    void eachElementHasTheShapesOfTheGrammar() {
        assertEquals("/Statement: wrong value shape: Statement is a statement object or an array of them",
                failure("{\"Statement\":\"x\"}"));
        assertEquals("/Statement/0/Condition: wrong value shape: Condition is an object keyed by condition"
                + " operators", failure("{\"Statement\":[{\"Effect\":\"Allow\",\"Condition\":[]}]}"));
        assertEquals("/Statement/0/Condition/StringEquals: wrong value shape: a condition operator maps condition"
                + " keys to values", failure("{\"Statement\":[{\"Effect\":\"Allow\",\"Condition\":"
                + "{\"StringEquals\":\"x\"}}]}"));
        assertEquals("/Statement/0/Principal: wrong value shape: a principal is \"*\" or an object keyed by AWS,"
                + " Service, Federated or CanonicalUser", failure("{\"Statement\":[{\"Effect\":\"Allow\","
                + "\"Principal\":[\"x\"]}]}"));
        assertEquals("/Statement/0/Action: wrong value shape: expected a string",
                failure("{\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":{\"AWS\":\"a\"},\"Action\":5}]}"));
    }

    @Test
    void aStatementHasOneHalfOfEachPair() {
        assertEquals("/Statement/0/NotPrincipal: a statement has Principal or NotPrincipal, not both",
                failure("{\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":\"*\",\"NotPrincipal\":\"*\"}]}"));
        assertEquals("/Statement/0/NotAction: a statement has Action or NotAction, not both",
                failure("{\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"a\",\"NotAction\":\"b\"}]}"));
        assertEquals("/Statement/0/NotResource: a statement has Resource or NotResource, not both",
                failure("{\"Statement\":[{\"Effect\":\"Allow\",\"Resource\":\"a\",\"NotResource\":\"b\"}]}"));
    }

    @Test
    void aPrincipalIdWrittenAsABooleanIsReadAsItsText() {
        PolicyDocument document = PolicyJson.read("{\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":"
                + "{\"AWS\":[true,false]}}]}");
        assertEquals(List.of("true", "false"),
                ((PrincipalSet) document.statements().get(0).principal()).ids(PrincipalType.AWS));
    }

    @Test
    void theLongestTextReadHasExactlyTheLimit() {
        String document = "{\"Statement\":[]}";
        String longest = document + " ".repeat(PolicyJson.MAX_DOCUMENT_CHARS - document.length());
        assertEquals(List.of(), PolicyJson.read(longest).statements());
        assertEquals("(document): document has 1048577 characters; at most 1048576 are read (IAM accepts at most"
                + " 131072)", failure(longest + " "));
    }

    @Test
    void theLongestUrlEncodedTextReadIsThreeTimesTheLimit() {
        String spaces = "%20".repeat(PolicyJson.MAX_DOCUMENT_CHARS);
        assertEquals("(document): empty input: a policy document is a JSON object", assertThrows(
                PolicyParseException.class, () -> PolicyJson.readUrlEncoded(spaces)).getMessage());
        assertEquals("(document): encoded document has 3145729 characters, more than is read", assertThrows(
                PolicyParseException.class, () -> PolicyJson.readUrlEncoded(spaces + "+")).getMessage());
    }

    @Test
    void aNullValueIsNotAString() {
        Map<String, Object> statement = new HashMap<>();
        statement.put("Effect", "Allow");
        statement.put("Sid", null);
        assertEquals("/Statement/0/Sid: wrong value shape: expected a string", assertThrows(
                PolicyParseException.class, () -> PolicyJson.readValue(Map.of("Statement", List.of(statement))))
                .getMessage());
        assertEquals("/Statement/0/Sid: wrong value shape: expected a string", assertThrows(
                PolicyParseException.class, () -> PolicyJson.readValue(Map.of("Statement",
                        List.of(Map.of("Effect", "Allow", "Sid", JsonValues.NULL))))).getMessage());
    }

    @Test
    void aNumberValueHasAtMost64Characters() {
        String longest = "1".repeat(64);
        Object condition = Map.of("NumericLessThan", Map.of("k", new BigDecimal(longest)));
        PolicyDocument document = PolicyJson.readValue(Map.of("Statement",
                List.of(Map.of("Effect", "Allow", "Condition", condition))));
        assertEquals(List.of(ConditionValue.parseNumber(longest)), document.statements().get(0).condition()
                .operators().get(ConditionOperator.NUMERIC_LESS_THAN).get(ConditionKey.of("k")));
        Object tooLong = Map.of("NumericLessThan", Map.of("k", new BigDecimal(longest + "2")));
        assertTrue(assertThrows(PolicyParseException.class, () -> PolicyJson.readValue(Map.of("Statement",
                List.of(Map.of("Effect", "Allow", "Condition", tooLong))))).getMessage()
                .contains("number of 65 characters exceeds the limit of 64"));
    }
}
