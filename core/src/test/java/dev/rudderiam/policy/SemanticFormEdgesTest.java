package dev.rudderiam.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * Where semantic equality must still tell documents apart (different actions, an element written empty, "*" beside a
 * principal naming nobody), and the one-line refusals of statements IAM's grammar does not allow.
 */
class SemanticFormEdgesTest {
    private static PolicyDocument document(UnaryOperator<Statement.Builder> statement) {
        return PolicyDocument.builder().addStatement(statement.apply(Statement.builder().effect(Effect.ALLOW))
                .build()).build();
    }

    @Test
    void differentActionsOrNotActionsAreDifferentDocuments() {
        assertFalse(document(s -> s.addAction("s3:GetObject").addResource("*"))
                .semanticallyEquals(document(s -> s.addAction("s3:PutObject").addResource("*"))));
        assertFalse(document(s -> s.addNotAction("s3:GetObject").addResource("*"))
                .semanticallyEquals(document(s -> s.addNotAction("s3:PutObject").addResource("*"))));
        assertTrue(document(s -> s.addNotAction("S3:GETOBJECT").addResource("*"))
                .semanticallyEquals(document(s -> s.addNotAction("s3:GetObject").addResource("*"))),
                "NotAction names compare ignoring case, as Action names do");
    }

    @Test
    void anElementWrittenEmptyIsNotTheElementLeftOut() {
        assertFalse(document(s -> s.addAction("s3:GetObject"))
                .semanticallyEquals(document(s -> s.addAction("s3:GetObject").resources(List.of()))),
                "\"Resource\": [] is written; IAM refuses it where a missing Resource is another error");
    }

    @Test
    void everyPrincipalIsNotAPrincipalNamingNobody() {
        assertFalse(document(s -> s.principal(AnyPrincipal.INSTANCE).addAction("sts:AssumeRole"))
                .semanticallyEquals(document(s -> s.principal(PrincipalSet.builder().build())
                        .addAction("sts:AssumeRole"))));
        assertEquals("*", AnyPrincipal.INSTANCE.toString());
    }

    @Test
    void aStatementWithBothFormsOfAnElementIsRefusedNamingBoth() {
        assertEquals("statement has both Principal and NotPrincipal: IAM's grammar allows one or the other in a"
                + " statement", assertThrows(IllegalArgumentException.class, () -> Statement.builder()
                        .effect(Effect.DENY).principal(AnyPrincipal.INSTANCE).notPrincipal(AnyPrincipal.INSTANCE)
                        .build()).getMessage());
        assertEquals("statement has both Action and NotAction: IAM's grammar allows one or the other in a"
                + " statement", assertThrows(IllegalArgumentException.class, () -> Statement.builder()
                        .effect(Effect.DENY).addAction("s3:GetObject").addNotAction("s3:PutObject").build())
                .getMessage());
    }

    @Test
    void aNullInACollectionIsRefusedNamingTheElement() {
        assertEquals("Action", assertThrows(NullPointerException.class,
                () -> Statement.builder().actions(Arrays.asList(Action.of("s3:GetObject"), null))).getMessage());
        assertEquals("NotResource", assertThrows(NullPointerException.class,
                () -> Statement.builder().notResources(Arrays.asList((Resource) null))).getMessage());
        assertEquals("statement", assertThrows(NullPointerException.class,
                () -> PolicyDocument.builder().statements(Arrays.asList((Statement) null))).getMessage());
    }
}
