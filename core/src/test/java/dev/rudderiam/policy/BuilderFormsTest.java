package dev.rudderiam.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rudderiam.json.PolicyJson;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The builder forms users of the AWS SDK's policy builder expect, shown as examples with the JSON they write. */
class BuilderFormsTest {

    @Test
    void consumerFormAndAddFormsWriteTheDocumentedJson() {
        PolicyDocument document = PolicyDocument.builder()
                .addStatement(s -> s.sid("TrustRudderStack").effect(Effect.ALLOW)
                        .addPrincipal(PrincipalType.AWS, "arn:aws:iam::422074288268:user/rudder")
                        .addAction("sts:AssumeRole")
                        .addCondition(ConditionOperator.STRING_EQUALS, ConditionKey.STS_EXTERNAL_ID,
                                ConditionValue.of("ws-1")))
                .addStatement(s -> s.effect(Effect.DENY)
                        .addNotAction(Action.of("s3:GetObject"))
                        .addNotResource(Resource.of("arn:aws:s3:::logs/*")))
                .build();

        assertEquals("{\"Version\":\"2012-10-17\",\"Statement\":["
                + "{\"Sid\":\"TrustRudderStack\",\"Effect\":\"Allow\","
                + "\"Principal\":{\"AWS\":\"arn:aws:iam::422074288268:user/rudder\"},\"Action\":\"sts:AssumeRole\","
                + "\"Condition\":{\"StringEquals\":{\"sts:ExternalId\":\"ws-1\"}}},"
                + "{\"Effect\":\"Deny\",\"NotAction\":\"s3:GetObject\",\"NotResource\":\"arn:aws:s3:::logs/*\"}]}",
                PolicyJson.write(document));
    }

    @Test
    void consumerFormWithoutEffectFailsAsBuildDoes() {
        PolicyDocument.Builder builder = PolicyDocument.builder();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> builder.addStatement(s -> s.addAction("s3:GetObject")));
        assertTrue(e.getMessage().startsWith("statement Effect is missing"), e.getMessage());
        assertTrue(builder.build().statements().isEmpty(), "a failed statement is not appended");
    }

    @Test
    void addPrincipalGroupsByTypeInTheOrderFirstSeen() {
        Statement statement = Statement.builder().effect(Effect.ALLOW)
                .addPrincipal(PrincipalType.AWS, "111111111111")
                .addPrincipal(PrincipalId.service("lambda.amazonaws.com"))
                .addPrincipal(PrincipalType.AWS, "222222222222")
                .build();

        PrincipalSet principal = (PrincipalSet) statement.principal();
        assertEquals(List.of(PrincipalType.AWS, PrincipalType.SERVICE), List.copyOf(principal.byType().keySet()));
        assertEquals(List.of("111111111111", "222222222222"), principal.ids(PrincipalType.AWS));
        assertEquals(List.of("lambda.amazonaws.com"), principal.ids(PrincipalType.SERVICE));
        assertTrue(statement.has(StatementElement.PRINCIPAL));
        assertFalse(statement.has(StatementElement.NOT_PRINCIPAL));
    }

    @Test
    void addPrincipalAppendsToASetPrincipal() {
        Statement statement = Statement.builder().effect(Effect.ALLOW)
                .principal(Principal.of(PrincipalId.aws("111111111111")))
                .addPrincipal(PrincipalType.AWS, "222222222222")
                .build();
        assertEquals(new PrincipalSet(Map.of(PrincipalType.AWS, List.of("111111111111", "222222222222"))),
                statement.principal());
    }

    @Test
    void addPrincipalRefusesToAddToEveryPrincipal() {
        Statement.Builder builder = Statement.builder().effect(Effect.ALLOW).principal(Principal.any());
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> builder.addPrincipal(PrincipalType.AWS, "111111111111"));
        assertEquals("statement Principal is \"*\" (every principal): adding AWS:111111111111 to it cannot narrow it;"
                + " set Principal to a principal set", e.getMessage());
        assertEquals(Principal.any(), builder.build().principal(), "the principal is left as it was");

        Statement.Builder not = Statement.builder().effect(Effect.DENY).notPrincipal(Principal.any());
        assertThrows(IllegalStateException.class, () -> not.addNotPrincipal(PrincipalId.aws("111111111111")));
    }

    @Test
    void addNotPrincipalFillsNotPrincipalOnly() {
        Statement statement = Statement.builder().effect(Effect.DENY)
                .addNotPrincipal(PrincipalType.AWS, "arn:aws:iam::111111111111:role/admin")
                .build();
        assertEquals(Principal.of(PrincipalId.aws("arn:aws:iam::111111111111:role/admin")), statement.notPrincipal());
        assertEquals(null, statement.principal());
    }

    @Test
    void addConditionAppendsToTheClausesAlreadyThere() {
        Statement statement = Statement.builder().effect(Effect.ALLOW)
                .condition(Condition.builder().add("Bool", "aws:SecureTransport", "true").build())
                .addCondition("StringEquals", "sts:ExternalId", "ws-1")
                .addCondition(ConditionOperator.STRING_EQUALS, ConditionKey.STS_EXTERNAL_ID, ConditionValue.of("ws-2"))
                .build();
        assertEquals(List.of(
                new ConditionClause(ConditionOperator.BOOL, ConditionKey.of("aws:SecureTransport"),
                        List.of(ConditionValue.of("true"))),
                new ConditionClause(ConditionOperator.STRING_EQUALS, ConditionKey.STS_EXTERNAL_ID,
                        List.of(ConditionValue.of("ws-1"), ConditionValue.of("ws-2")))),
                statement.condition().clauses());
    }

    @Test
    void addConditionWithNoValuesKeepsTheEmptyKeyForTheValidator() {
        Statement statement = Statement.builder().effect(Effect.ALLOW)
                .addCondition(ConditionOperator.STRING_EQUALS, ConditionKey.STS_EXTERNAL_ID)
                .build();
        assertTrue(statement.has(StatementElement.CONDITION));
        assertEquals(Map.of(ConditionOperator.STRING_EQUALS, Map.of(ConditionKey.STS_EXTERNAL_ID, List.of())),
                statement.condition().operators());
    }

    @Test
    void typedAndStringFormsAreTheSame() {
        assertEquals(Statement.builder().effect(Effect.ALLOW).addNotAction("iam:*").addNotResource("arn:aws:s3:::a")
                        .build(),
                Statement.builder().effect(Effect.ALLOW).addNotAction(Action.of("iam:*"))
                        .addNotResource(Resource.of("arn:aws:s3:::a")).build());
        assertEquals(PrincipalId.of(PrincipalType.of("Service"), "lambda.amazonaws.com"),
                PrincipalId.service("lambda.amazonaws.com"));
    }

    @Test
    void addFormsRejectNullsNamingTheElement() {
        Statement.Builder builder = Statement.builder();
        assertEquals("NotAction",
                assertThrows(NullPointerException.class, () -> builder.addNotAction((Action) null)).getMessage());
        assertEquals("NotResource",
                assertThrows(NullPointerException.class, () -> builder.addNotResource((Resource) null)).getMessage());
        assertEquals("principal id",
                assertThrows(NullPointerException.class, () -> builder.addPrincipal(null)).getMessage());
        assertEquals("condition value", assertThrows(NullPointerException.class,
                () -> builder.addCondition(ConditionOperator.BOOL, ConditionKey.MULTI_FACTOR_AUTH_PRESENT,
                        (ConditionValue) null)).getMessage());
    }
}
