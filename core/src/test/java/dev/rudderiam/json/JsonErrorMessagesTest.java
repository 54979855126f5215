package dev.rudderiam.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The one line a user reads for malformed or unacceptable JSON: the JSON pointer of the value, the problem and the
 * 0-based offset of the offending character (the backslash of an escape IAM refuses, the escape letter of an
 * unknown escape, the first digit of a bad unicode escape, the first character a number cannot hold). IAM accepts
 * tab, line feed, carriage return and U+0020 to U+00FF in a policy, escaped or not
 * (<a href="https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_grammar.html">grammar of the IAM
 * JSON policy language</a>); JSON itself requires control characters in strings to be escaped
 * (<a href="https://www.rfc-editor.org/rfc/rfc8259#section-7">RFC 8259, section 7</a>).
 */
class JsonErrorMessagesTest {
    record Case(String name, String json, String message) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Case> cases() {
        return Stream.of(
            new Case("a raw control character",
                    "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Sid\":\"a\u0001\"}]}",
                    "/Statement/0/Sid: malformed JSON: control character U+0001 in a string must be escaped (character 46)"),
            new Case("a raw tab",
                    "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Sid\":\"a\t\"}]}",
                    "/Statement/0/Sid: malformed JSON: control character U+0009 in a string must be escaped (character 46)"),
            new Case("a character above U+00FF",
                    "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Sid\":\"a\u0100\"}]}",
                    "/Statement/0/Sid: character U+0100 in a string is not one IAM accepts in a policy document (tab, line feed, carriage return and U+0020 to U+00FF, also when escaped) (character 46)"),
            new Case("an escaped backspace",
                    "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Sid\":\"a\\b\"}]}",
                    "/Statement/0/Sid: character U+0008 in a string is not one IAM accepts in a policy document (tab, line feed, carriage return and U+0020 to U+00FF, also when escaped) (character 46)"),
            new Case("an unknown escape",
                    "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Sid\":\"a\\x\"}]}",
                    "/Statement/0/Sid: malformed JSON: invalid escape \\'x' in a string (character 47)"),
            new Case("an escaped character above U+00FF",
                    "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Sid\":\"a\\u0100\"}]}",
                    "/Statement/0/Sid: character U+0100 in a string is not one IAM accepts in a policy document (tab, line feed, carriage return and U+0020 to U+00FF, also when escaped) (character 46)"),
            new Case("an escaped U+001F",
                    "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Sid\":\"a\\u001f\"}]}",
                    "/Statement/0/Sid: character U+001F in a string is not one IAM accepts in a policy document (tab, line feed, carriage return and U+0020 to U+00FF, also when escaped) (character 46)"),
            new Case("an escape after an escape",
                    "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Sid\":\"a\\u00e9\\u0001\"}]}",
                    "/Statement/0/Sid: character U+0001 in a string is not one IAM accepts in a policy document (tab, line feed, carriage return and U+0020 to U+00FF, also when escaped) (character 52)"),
            new Case("a short unicode escape",
                    "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Sid\":\"a\\u00zz\"}]}",
                    "/Statement/0/Sid: malformed JSON: invalid \\u escape: expected four hexadecimal digits (character 48)"),
            new Case("a cut unicode escape",
                    "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Sid\":\"a\\u00",
                    "/Statement/0/Sid: malformed JSON: unexpected end of input in a \\u escape (character 48)"),
            new Case("a cut escape",
                    "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Sid\":\"a\\",
                    "/Statement/0/Sid: malformed JSON: unexpected end of input in a string (character 47)"),
            new Case("a missing colon after white space",
                    "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Sid\" : \"ok\" , \"Effect\" x}]}",
                    "/Statement/0: malformed JSON: unexpected character 'x', expected ':' (character 62)"),
            new Case("a letter a in a number",
                    "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"s3:*\",\"Resource\":\"*\",\"Condition\":{\"NumericLessThan\":{\"k\":1a}}}]}",
                    "/Statement/0/Condition/NumericLessThan/k: malformed JSON: invalid number: unexpected 'a' (no leading zeros, one '.', one exponent) (character 123)"),
            new Case("a letter z in a number",
                    "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"s3:*\",\"Resource\":\"*\",\"Condition\":{\"NumericLessThan\":{\"k\":1z}}}]}",
                    "/Statement/0/Condition/NumericLessThan/k: malformed JSON: invalid number: unexpected 'z' (no leading zeros, one '.', one exponent) (character 123)"),
            new Case("a letter A in a number",
                    "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"s3:*\",\"Resource\":\"*\",\"Condition\":{\"NumericLessThan\":{\"k\":1A}}}]}",
                    "/Statement/0/Condition/NumericLessThan/k: malformed JSON: invalid number: unexpected 'A' (no leading zeros, one '.', one exponent) (character 123)"),
            new Case("a letter Z after an exponent",
                    "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"s3:*\",\"Resource\":\"*\",\"Condition\":{\"NumericLessThan\":{\"k\":1.5e+3Z}}}]}",
                    "/Statement/0/Condition/NumericLessThan/k: malformed JSON: invalid number: unexpected 'Z' (no leading zeros, one '.', one exponent) (character 128)"),
            new Case("a slash after a number",
                    "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"s3:*\",\"Resource\":\"*\",\"Condition\":{\"NumericLessThan\":{\"k\":19/}}}]}",
                    "/Statement/0/Condition/NumericLessThan: malformed JSON: unexpected character '/', expected ',' (character 124)"),
            new Case("a colon after a number",
                    "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"s3:*\",\"Resource\":\"*\",\"Condition\":{\"NumericLessThan\":{\"k\":19:}}}]}",
                    "/Statement/0/Condition/NumericLessThan: malformed JSON: unexpected character ':', expected ',' (character 124)"),
            new Case("an end after white space",
                    "{\"Version\":\"2012-10-17\" ",
                    "(document): malformed JSON: unexpected end of input, expected ',' (character 24)"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void malformedInputIsReportedAtItsPlace(Case c) {
        PolicyParseException e = assertThrows(PolicyParseException.class, () -> PolicyJson.read(c.json()));
        assertEquals(c.message(), e.getMessage());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("acceptedEdges")
    void theEdgesOfWhatIamAcceptsParse(String json) {
        assertEquals(1, PolicyJson.read(json).statements().size());
    }

    static List<String> acceptedEdges() {
        String statement = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"s3:*\","
                + "\"Resource\":\"*\",";
        return List.of(
                statement + "\"Sid\":\"\\u0020\\u00ff\\u00FF\u00ff\"}]}",
                statement + "\"Condition\":{\"NumericLessThan\":{\"k\": [ 19 , 0.5e-3 ] }}}]}");
    }
}
