package dev.rudderiam.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * Structural equality of statements and documents, element by element, as their Javadoc states it; what
 * {@code without} removes; and what {@code toString} shows of each element.
 */
class StatementContractTest {
    private static Statement.Builder every() {
        return Statement.builder().sid("Every").effect(Effect.ALLOW)
                .addPrincipal(PrincipalType.AWS, "arn:aws:iam::111122223333:root")
                .addAction("s3:GetObject").addResource("arn:aws:s3:::bucket/*")
                .addCondition("StringEquals", "aws:PrincipalTag/team", "data");
    }

    private static Statement.Builder negated() {
        return Statement.builder().sid("Negated").effect(Effect.DENY)
                .addNotPrincipal(PrincipalType.AWS, "arn:aws:iam::111122223333:root")
                .addNotAction("s3:DeleteObject").addNotResource("arn:aws:s3:::bucket/keep/*");
    }

    @Test
    void aStatementEqualsItsCopyAndDiffersInEachElementAlone() {
        assertEqualWithHash(every().build(), every().build().toBuilder().build());
        assertEqualWithHash(negated().build(), negated().build().toBuilder().build());

        Map<String, UnaryOperator<Statement.Builder>> changes = Map.of(
                "Sid", b -> b.sid("Other"),
                "Effect", b -> b.effect(Effect.DENY),
                "Principal", b -> b.principal(AnyPrincipal.INSTANCE),
                "Action", b -> b.addAction("s3:PutObject"),
                "Resource", b -> b.addResource("arn:aws:s3:::other/*"),
                "Condition", b -> b.addCondition("StringEquals", "aws:PrincipalTag/team", "ops"));
        changes.forEach((element, change) -> assertNotEquals(every().build(), change.apply(every()).build(),
                element + " differs"));
        Map<String, UnaryOperator<Statement.Builder>> negatedChanges = Map.of(
                "NotPrincipal", b -> b.notPrincipal(AnyPrincipal.INSTANCE),
                "NotAction", b -> b.addNotAction("s3:PutObject"),
                "NotResource", b -> b.addNotResource("arn:aws:s3:::other/*"));
        negatedChanges.forEach((element, change) -> assertNotEquals(negated().build(), change.apply(negated()).build(),
                element + " differs"));
    }

    @Test
    void anElementWrittenEmptyDiffersFromOneNotWritten() {
        Statement absent = Statement.builder().effect(Effect.ALLOW).addResource("*").build();
        Statement empty = absent.toBuilder().actions(List.of()).build();

        assertTrue(empty.has(StatementElement.ACTION));
        assertFalse(absent.has(StatementElement.ACTION));
        assertNotEquals(absent, empty, "\"Action\": [] is written, a missing Action is not");
        assertEquals(absent.actions(), empty.actions());
    }

    @Test
    void aStatementIsNeitherEqualToAnotherTypeNorToNull() {
        Statement statement = every().build();

        assertNotEquals(statement, (Object) "Statement");
        assertFalse(statement.equals(null));
        assertTrue(statement.equals(statement));
    }

    @Test
    void withoutRemovesEachElementItNames() {
        Statement all = every().build();
        Statement not = negated().build();

        assertNull(all.toBuilder().without(StatementElement.SID).build().sid());
        assertNull(all.toBuilder().without(StatementElement.PRINCIPAL).build().principal());
        assertNull(not.toBuilder().without(StatementElement.NOT_PRINCIPAL).build().notPrincipal());
        assertEquals(List.of(), all.toBuilder().without(StatementElement.ACTION).build().actions());
        assertEquals(List.of(), not.toBuilder().without(StatementElement.NOT_ACTION).build().notActions());
        assertEquals(List.of(), all.toBuilder().without(StatementElement.RESOURCE).build().resources());
        assertEquals(List.of(), not.toBuilder().without(StatementElement.NOT_RESOURCE).build().notResources());
        assertEquals(Condition.EMPTY, all.toBuilder().without(StatementElement.CONDITION).build().condition());
        for (StatementElement element : StatementElement.values()) {
            Statement source = element.json().startsWith("Not") ? not : all;
            if (element == StatementElement.SID || source.has(element)) {
                assertFalse(source.toBuilder().without(element).build().has(element), element.json());
            }
        }
    }

    @Test
    void toStringShowsEveryElement() {
        String text = every().build().toString();
        String negatedText = negated().build().toString();

        for (String part : List.of("sid=Every", "effect=ALLOW", "111122223333", "s3:GetObject",
                "arn:aws:s3:::bucket/*", "StringEquals", "aws:PrincipalTag/team", "data")) {
            assertTrue(text.contains(part), part + " in " + text);
        }
        for (String part : List.of("sid=Negated", "effect=DENY", "notPrincipal=", "s3:DeleteObject",
                "arn:aws:s3:::bucket/keep/*")) {
            assertTrue(negatedText.contains(part), part + " in " + negatedText);
        }
    }

    @Test
    void aDocumentEqualsItsCopyAndDiffersInVersionIdOrStatements() {
        PolicyDocument document = PolicyDocument.builder().id("doc-1").addStatement(every().build()).build();
        PolicyDocument copy = PolicyDocument.builder().id("doc-1").addStatement(every().build()).build();

        assertEqualWithHash(document, copy);
        assertTrue(document.equals(document));
        assertFalse(document.equals(null));
        assertNotEquals(document, (Object) "PolicyDocument");
        for (PolicyDocument other : List.of(
                PolicyDocument.builder().version(PolicyDocument.VERSION_2008_10_17).id("doc-1")
                        .addStatement(every().build()).build(),
                PolicyDocument.builder().id("doc-2").addStatement(every().build()).build(),
                PolicyDocument.builder().id("doc-1").addStatement(negated().build()).build())) {
            assertNotEquals(document, other);
            assertFalse(document.semanticallyEquals(other), other.toString());
        }
        String text = document.toString();
        assertTrue(text.contains("version=2012-10-17") && text.contains("id=doc-1") && text.contains("sid=Every"),
                text);
    }

    @Test
    void aDocumentBuildersStatementsReplaceThoseAddedBefore() {
        PolicyDocument document = PolicyDocument.builder().addStatement(every().build())
                .statements(List.of(negated().build())).build();

        assertEquals(List.of(negated().build()), document.statements());
    }

    private static void assertEqualWithHash(Object one, Object other) {
        assertEquals(one, other);
        assertEquals(one.hashCode(), other.hashCode());
    }
}
