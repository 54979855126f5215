package dev.rudderiam.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rudderiam.json.PolicyJson;
import org.junit.jupiter.api.Test;

class SemanticEqualityTest {

    @Test
    void orderDuplicatesAndScalarFormDoNotMatter() {
        assertSame("""
                {"Statement":[{"Effect":"Allow","Action":["s3:GetObject","s3:PutObject"],"Resource":"*"},
                              {"Effect":"Deny","Action":"s3:DeleteObject","Resource":"*"}]}""", """
                {"Statement":[{"Effect":"Deny","Action":["s3:DeleteObject"],"Resource":["*"]},
                              {"Effect":"Allow","Action":["s3:PutObject","s3:GetObject","s3:PutObject"],"Resource":"*"},
                              {"Effect":"Deny","Action":"s3:DeleteObject","Resource":"*"}]}""");
    }

    @Test
    void actionNamesAndConditionKeysCompareIgnoringCase() {
        assertSame("{\"Statement\":{\"Effect\":\"Allow\",\"Action\":\"S3:getobject\",\"Resource\":\"*\","
                        + "\"Condition\":{\"StringEquals\":{\"STS:EXTERNALID\":\"x\"}}}}",
                "{\"Statement\":{\"Effect\":\"Allow\",\"Action\":\"s3:GetObject\",\"Resource\":\"*\","
                        + "\"Condition\":{\"StringEquals\":{\"sts:ExternalId\":\"x\"}}}}");
    }

    @Test
    void aBareAccountIdEqualsItsRootArnAndStarEqualsAwsStar() {
        assertSame("{\"Statement\":{\"Effect\":\"Allow\",\"Principal\":{\"AWS\":\"422074288268\"},\"Action\":\"a\"}}",
                "{\"Statement\":{\"Effect\":\"Allow\",\"Principal\":{\"AWS\":\"arn:aws:iam::422074288268:root\"},"
                        + "\"Action\":\"a\"}}");
        assertSame("{\"Statement\":{\"Effect\":\"Allow\",\"Principal\":\"*\",\"Action\":\"a\"}}",
                "{\"Statement\":{\"Effect\":\"Allow\",\"Principal\":{\"AWS\":[\"*\"]},\"Action\":\"a\"}}");
    }

    @Test
    void resourcesConditionValuesSidsAndPrincipalsAreNotFolded() {
        assertDifferent("{\"Statement\":{\"Effect\":\"Allow\",\"Action\":\"a\",\"Resource\":\"arn:aws:s3:::B\"}}",
                "{\"Statement\":{\"Effect\":\"Allow\",\"Action\":\"a\",\"Resource\":\"arn:aws:s3:::b\"}}");
        assertDifferent("{\"Statement\":{\"Effect\":\"Allow\",\"Action\":\"a\","
                        + "\"Condition\":{\"StringEquals\":{\"sts:ExternalId\":\"WS\"}}}}",
                "{\"Statement\":{\"Effect\":\"Allow\",\"Action\":\"a\","
                        + "\"Condition\":{\"StringEquals\":{\"sts:ExternalId\":\"ws\"}}}}");
        assertDifferent("{\"Statement\":{\"Sid\":\"A\",\"Effect\":\"Allow\",\"Action\":\"a\"}}",
                "{\"Statement\":{\"Sid\":\"a\",\"Effect\":\"Allow\",\"Action\":\"a\"}}");
        assertDifferent("{\"Statement\":{\"Effect\":\"Allow\",\"Action\":\"a\"}}",
                "{\"Statement\":{\"Effect\":\"Allow\",\"NotAction\":\"a\"}}");
        assertDifferent("{\"Statement\":{\"Effect\":\"Allow\",\"Action\":[]}}",
                "{\"Statement\":{\"Effect\":\"Allow\"}}");
        assertDifferent("{\"Version\":\"2012-10-17\",\"Statement\":[]}", "{\"Statement\":[]}");
        assertDifferent("{\"Statement\":{\"Effect\":\"Allow\",\"Principal\":{\"Service\":\"a.amazonaws.com\"},"
                        + "\"Action\":\"a\"}}",
                "{\"Statement\":{\"Effect\":\"Allow\",\"Principal\":{\"AWS\":\"a.amazonaws.com\"},\"Action\":\"a\"}}");
    }

    @Test
    void structuralEqualityIsOrderSensitive() {
        PolicyDocument a = PolicyJson.read("{\"Statement\":{\"Effect\":\"Allow\",\"Action\":[\"a\",\"b\"]}}");
        PolicyDocument b = PolicyJson.read("{\"Statement\":{\"Effect\":\"Allow\",\"Action\":[\"b\",\"a\"]}}");
        assertNotEquals(a, b);
        assertTrue(a.semanticallyEquals(b));
    }

    @Test
    void statementsRefuseStructuralImpossibilities() {
        IllegalArgumentException noEffect = assertThrows(IllegalArgumentException.class,
                () -> Statement.builder().addAction("s3:*").build());
        assertTrue(noEffect.getMessage().contains("Effect is missing"), noEffect.getMessage());
        IllegalArgumentException both = assertThrows(IllegalArgumentException.class,
                () -> Statement.builder().effect(Effect.ALLOW).addResource("*").addNotResource("x").build());
        assertTrue(both.getMessage().contains("both Resource and NotResource"), both.getMessage());
        assertThrows(NullPointerException.class, () -> Statement.builder().addAction((String) null));
    }

    @Test
    void withoutRemovesAnElementEntirely() {
        Statement s = Statement.builder().effect(Effect.ALLOW).addAction("a").sid("S").build();
        Statement stripped = s.toBuilder().without(StatementElement.ACTION).without(StatementElement.SID).build();
        assertFalse(stripped.has(StatementElement.ACTION));
        assertEquals("{\"Statement\":[{\"Effect\":\"Allow\"}]}",
                PolicyJson.write(PolicyDocument.builder().version(null).addStatement(stripped).build()));
    }

    private static void assertSame(String a, String b) {
        assertTrue(PolicyJson.read(a).semanticallyEquals(PolicyJson.read(b)), a + " vs " + b);
        assertTrue(PolicyJson.read(b).semanticallyEquals(PolicyJson.read(a)), b + " vs " + a);
    }

    private static void assertDifferent(String a, String b) {
        assertFalse(PolicyJson.read(a).semanticallyEquals(PolicyJson.read(b)), a + " vs " + b);
    }
}
