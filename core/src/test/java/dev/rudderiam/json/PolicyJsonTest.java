package dev.rudderiam.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rudderiam.policy.AnyPrincipal;
import dev.rudderiam.policy.ConditionKey;
import dev.rudderiam.policy.ConditionOperator;
import dev.rudderiam.policy.ConditionValue;
import dev.rudderiam.policy.PolicyDocument;
import dev.rudderiam.policy.PrincipalSet;
import dev.rudderiam.policy.PrincipalType;
import dev.rudderiam.policy.Statement;
import dev.rudderiam.policy.StatementElement;
import java.util.List;
import org.junit.jupiter.api.Test;

class PolicyJsonTest {

    @Test
    void readsScalarsArraysAndASingleStatementObject() {
        PolicyDocument doc = PolicyJson.read("""
                {"Version": "2012-10-17", "Id": "p1",
                 "Statement": {"Sid": "One", "Effect": "Deny", "NotAction": ["s3:Get*", "s3:List*"],
                               "Resource": "*"}}""");
        assertEquals("2012-10-17", doc.version());
        assertEquals("p1", doc.id());
        Statement s = doc.statements().get(0);
        assertEquals("One", s.sid());
        assertEquals(2, s.notActions().size());
        assertTrue(s.has(StatementElement.NOT_ACTION));
        assertEquals("*", s.resources().get(0).value());
    }

    @Test
    void readsUnquotedNumbersAndBooleansInConditionsAndPrincipals() {
        PolicyDocument doc = PolicyJson.read("""
                {"Statement": [{"Effect": "Allow", "Principal": {"AWS": 123456789012}, "Action": "sts:AssumeRole",
                  "Condition": {"Bool": {"aws:SecureTransport": true},
                                "NumericLessThan": {"aws:MultiFactorAuthAge": [3600, 1.50]}}}]}""");
        Statement s = doc.statements().get(0);
        assertEquals(List.of("123456789012"), ((PrincipalSet) s.principal()).ids(PrincipalType.AWS));
        assertEquals(List.of(ConditionValue.of(true)),
                s.condition().operators().get(ConditionOperator.BOOL).get(ConditionKey.of("aws:SecureTransport")));
        assertEquals(List.of(ConditionValue.parseNumber("3600"), ConditionValue.parseNumber("1.50")),
                s.condition().operators().get(ConditionOperator.NUMERIC_LESS_THAN)
                        .get(ConditionKey.MULTI_FACTOR_AUTH_AGE));
        assertTrue(PolicyJson.write(doc).contains("\"aws:MultiFactorAuthAge\":[3600,1.50]"), PolicyJson.write(doc));
        assertTrue(PolicyJson.write(doc).contains("\"aws:SecureTransport\":true"));
    }

    @Test
    void writesTheCanonicalFormWithFixedKeyOrderAndScalarsForSingleValues() {
        PolicyDocument doc = PolicyJson.read("""
                {"Statement": [{"Condition": {"StringEquals": {"s3:prefix": ["home/"]}}, "Resource": ["arn:aws:s3:::b"],
                  "Action": ["s3:ListBucket"], "Effect": "Allow", "Sid": "List"}], "Id": "x", "Version": "2012-10-17"}""");
        assertEquals("{\"Version\":\"2012-10-17\",\"Id\":\"x\",\"Statement\":[{\"Sid\":\"List\",\"Effect\":\"Allow\","
                + "\"Action\":\"s3:ListBucket\",\"Resource\":\"arn:aws:s3:::b\","
                + "\"Condition\":{\"StringEquals\":{\"s3:prefix\":\"home/\"}}}]}", PolicyJson.write(doc));
    }

    @Test
    void keepsEmptyElementsAsWritten() {
        String text = "{\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":{},\"Action\":[],\"Resource\":[],"
                + "\"Condition\":{\"StringEquals\":{}}}]}";
        assertEquals(text, PolicyJson.write(PolicyJson.read(text)));
        assertEquals("{\"Statement\":[]}", PolicyJson.write(PolicyJson.read("{\"Statement\":[]}")));
    }

    @Test
    void readsTheStarPrincipal() {
        Statement s = PolicyJson.read("{\"Statement\":{\"Effect\":\"Allow\",\"Principal\":\"*\",\"Action\":\"*\"}}")
                .statements().get(0);
        assertInstanceOf(AnyPrincipal.class, s.principal());
        assertNull(s.notPrincipal());
    }

    @Test
    void readsTheUrlEncodedFormIamReturns() {
        // From the GetRole API reference example response (AssumeRolePolicyDocument).
        String encoded = "%7B%22Version%22%3A%222008-10-17%22%2C%22Statement%22%3A%5B%7B%22Sid%22%3A%22%22%2C"
                + "%22Effect%22%3A%22Allow%22%2C%22Principal%22%3A%7B%22Service%22%3A%22ec2.amazonaws.com%22%7D%2C"
                + "%22Action%22%3A%22sts%3AAssumeRole%22%7D%5D%7D";
        PolicyDocument doc = PolicyJson.readUrlEncoded(encoded);
        assertEquals("2008-10-17", doc.version());
        assertEquals(List.of("ec2.amazonaws.com"),
                ((PrincipalSet) doc.statements().get(0).principal()).ids(PrincipalType.SERVICE));
        assertEquals("", doc.statements().get(0).sid());
    }

    @Test
    void urlDecodingKeepsEncodedPlusAndPercentSigns() {
        PolicyDocument doc = PolicyJson.readUrlEncoded("%7B%22Statement%22%3A%7B%22Effect%22%3A%22Allow%22%2C"
                + "%22Action%22%3A%22s3%3AGetObject%22%2C%22Resource%22%3A%22arn%3Aaws%3As3%3A%3A%3Ab%2Fa%2Bb%2550%20c%22%7D%7D");
        assertEquals("arn:aws:s3:::b/a+b%50 c", doc.statements().get(0).resources().get(0).value());
    }

    @Test
    void rejectsDuplicateKeysWithTheirPointer() {
        PolicyParseException e = assertThrows(PolicyParseException.class, () -> PolicyJson.read(
                "{\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"a\",\"Action\":\"b\"}]}"));
        assertEquals("/Statement/0/Action", e.pointer());
        assertTrue(e.reason().contains("Duplicate"), e.reason());
    }

    @Test
    void rejectsTrailingDataUnknownElementsAndWrongShapes() {
        assertParseError("{\"Statement\":[]} {}", "", "trailing");
        assertParseError("{\"Statement\":[],\"Extra\":1}", "/Extra", "unknown top-level element");
        assertParseError("{\"Statement\":[{\"Effect\":\"Allow\",\"Actions\":\"s3:*\"}]}", "/Statement/0/Actions",
                "unknown statement element");
        assertParseError("{\"Statement\":[{\"Effect\":\"Allow\",\"Action\":{\"a\":1}}]}", "/Statement/0/Action",
                "wrong value shape");
        assertParseError("{\"Statement\":[{\"Effect\":\"Allow\",\"Action\":[\"a\", 3]}]}", "/Statement/0/Action/1",
                "wrong value shape");
        assertParseError("{\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":\"arn:aws:iam::1:root\"}]}",
                "/Statement/0/Principal", "\"*\"");
        assertParseError("{\"Statement\":[{\"Effect\":\"Allow\",\"Condition\":{\"Bool\":{\"k\":null}}}]}",
                "/Statement/0/Condition/Bool/k", "string, number or boolean");
        assertParseError("{\"Statement\":[{\"Effect\":\"Allow\",\"Condition\":{\"Bool\":{\"k\":[[\"x\"]]}}}]}",
                "/Statement/0/Condition/Bool/k/0", "wrong value shape");
        assertParseError("[]", "", "JSON object");
        assertParseError("{\"Version\":2012}", "/Version", "string");
    }

    @Test
    void rejectsStructuralImpossibilities() {
        assertParseError("{\"Statement\":[{\"Action\":\"s3:*\",\"Resource\":\"*\"}]}", "/Statement/0",
                "Effect is missing");
        assertParseError("{\"Statement\":[{\"Effect\":\"Permit\"}]}", "/Statement/0/Effect", "\"Allow\" or \"Deny\"");
        assertParseError("{\"Statement\":[{\"Effect\":\"allow\"}]}", "/Statement/0/Effect", "\"Allow\" or \"Deny\"");
        assertParseError("{\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"a\",\"NotAction\":\"b\"}]}",
                "/Statement/0/NotAction", "not both");
    }

    @Test
    void rejectsMalformedJson() {
        assertParseError("{\"Statement\":[", "/Statement", "malformed JSON");
        assertParseError("{'Statement':[]}", "", "malformed JSON");
        assertParseError("", "", "empty input");
        assertParseError("  ", "", "empty input");
    }

    @Test
    void followsJsonsGrammarStrictly() {
        String ok = "{\"Statement\":[],\"Id\":\"\\u00e9\\/\\t\"}";
        assertEquals("\u00e9/\t", PolicyJson.read(ok).id());
        assertParseError("{\"Id\":\"a\\x\"}", "/Id", "invalid escape");
        assertParseError("{\"Id\":\"a\\u12g4\"}", "/Id", "four hexadecimal digits");
        assertParseError("{\"Id\":\"tab\there\"}", "/Id", "control character");
        assertParseError("{\"Id\":\"open}", "/Id", "end of input in a string");
        assertParseError("{\"Statement\":[]\f}", "", "unexpected character");
        assertParseError("{\"Statement\":[],}", "", "expected a key");
        assertParseError("{\"Statement\":[{\"Effect\":\"Allow\",\"Action\":[\"a\",]}]}",
                "/Statement/0/Action/1", "expected a value");
        for (String number : new String[] {"01", "1.", "-", "1e", "+1", ".5", "1e+"}) {
            assertParseError("{\"Statement\":{\"Effect\":\"Allow\",\"Condition\":{\"NumericEquals\":{\"k\":"
                    + number + "}}}}", "/Statement/Condition/NumericEquals/k", "malformed JSON");
        }
        assertParseError("{\"Statement\":{\"Effect\":\"Allow\",\"Condition\":{\"Bool\":{\"k\":tru}}}}",
                "/Statement/Condition/Bool/k", "expected true");
    }

    @Test
    void escapesKeysInPointers() {
        assertParseError("{\"Statement\":[{\"Effect\":\"Allow\",\"Condition\":{\"Bool\":{\"a/b~c\":{}}}}]}",
                "/Statement/0/Condition/Bool/a~1b~0c", "wrong value shape");
    }

    @Test
    void failsFastOnHugeOrDeepInput() {
        String huge = "{\"Id\":\"" + "x".repeat(100_000_000) + "\"}";
        PolicyParseException tooLong = assertThrows(PolicyParseException.class, () -> PolicyJson.read(huge));
        assertTrue(tooLong.reason().contains("at most"), tooLong.reason());

        String deep = "{\"Statement\":" + "[".repeat(100_000) + "]".repeat(100_000) + "}";
        PolicyParseException tooDeep = assertThrows(PolicyParseException.class, () -> PolicyJson.read(deep));
        assertTrue(tooDeep.reason().contains("wrong value shape") || tooDeep.reason().contains("limit"),
                tooDeep.reason());
        String deepCondition = "{\"Statement\":{\"Effect\":\"Allow\",\"Condition\":{\"Bool\":{\"k\":"
                + "[".repeat(100_000) + "]".repeat(100_000) + "}}}}";
        assertThrows(PolicyParseException.class, () -> PolicyJson.read(deepCondition));
        String deepEncoded = "%5B".repeat(200_000);
        assertThrows(PolicyParseException.class, () -> PolicyJson.readUrlEncoded(deepEncoded));
    }

    @Test
    void rejectsInvalidUrlEncoding() {
        assertParseError("%7B%2", PolicyJson::readUrlEncoded, "", "invalid URL encoding");
    }

    @Test
    void writesPrettyWithTwoSpaceIndentation() {
        PolicyDocument doc = PolicyJson.read("{\"Statement\":{\"Effect\":\"Allow\",\"Action\":[\"a\",\"b\"]}}");
        assertEquals("""
                {
                  "Statement": [
                    {
                      "Effect": "Allow",
                      "Action": [
                        "a",
                        "b"
                      ]
                    }
                  ]
                }""", PolicyJson.write(doc, JsonStyle.PRETTY));
    }

    @Test
    void escapesControlCharactersQuotesAndBackslashes() {
        PolicyDocument doc = PolicyJson.read("{\"Id\":\"a\\\"b\\\\c\\n\\u0009\u00ff\",\"Statement\":[]}");
        assertEquals("a\"b\\c\n\t\u00ff", doc.id());
        assertEquals("{\"Id\":\"a\\\"b\\\\c\\n\\t\u00ff\",\"Statement\":[]}", PolicyJson.write(doc));
    }

    /**
     * IAM accepts tab, line feed, carriage return and U+0020 to U+00FF in a policy document
     * (API_CreatePolicy.html, PolicyDocument); the reader refuses every other character, raw or escaped, and the
     * writer escapes them, so the written text survives any encoding and never reads back as something else.
     */
    @Test
    void acceptsOnlyTheCharactersIamAccepts() {
        for (String refused : new String[] {"\\ud800", "\ud800", "\\udc00x", "\\ud83d\\ude00", "\ud83d\ude00",
            "\\u0000", "\\u0001", "\\b", "\\f", "\\u001f", "\\ufffd", "\ufffd", "\\ufeff", "\ufeff", "\u0100",
            "\\u2028"}) {
            assertParseError("{\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"*\",\"Resource\":\"arn:aws:s3:::b"
                    + refused + "/*\"}]}", "/Statement/0/Resource", "not one IAM accepts");
        }
        assertParseError("{\"Statement\":[{\"Effect\":\"Allow\",\"Condition\":{\"StringEquals\":{\"k\\ud800\":\"v\"}}}]}",
                "/Statement/0/Condition/StringEquals", "not one IAM accepts");
        assertParseError("{\"Id\":\"\\u0\uff10\uff10\uff11\"}", "/Id", "four hexadecimal digits");
        PolicyDocument built = PolicyDocument.builder().id("\u0001\u2028\ud800\ud83d\ude00").build();
        String written = PolicyJson.write(built);
        assertEquals("{\"Version\":\"2012-10-17\",\"Id\":\"\\u0001\\u2028\\ud800\\ud83d\\ude00\",\"Statement\":[]}", written);
        assertParseError(written, "/Id", "not one IAM accepts");
    }

    private static void assertParseError(String text, String pointer, String reasonPart) {
        assertParseError(text, PolicyJson::read, pointer, reasonPart);
    }

    private static void assertParseError(String text, java.util.function.Function<String, PolicyDocument> reader,
            String pointer, String reasonPart) {
        PolicyParseException e = assertThrows(PolicyParseException.class, () -> reader.apply(text));
        assertEquals(pointer, e.pointer(), e.getMessage());
        assertTrue(e.reason().contains(reasonPart), e.reason());
    }
}
