package dev.rudderiam.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rudderiam.arn.AccountId;
import dev.rudderiam.arn.Partition;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The small values of a policy: what each one splits, compares and refuses, and how it prints. */
class PolicyValuesTest {
    @Test
    void anActionSplitsAtItsFirstColon() {
        assertEquals("s3", Action.of("s3:GetObject").service());
        assertEquals("GetObject", Action.of("s3:GetObject").name());
        assertEquals("", Action.of("*").service());
        assertEquals("*", Action.of("*").name());
        assertEquals("", Action.of(":GetObject").service(), "a colon first: no service");
        assertEquals("GetObject", Action.of(":GetObject").name());
        assertEquals("s3:GetObject", Action.of("s3:GetObject").toString());
    }

    @Test
    void aConditionKeySplitsAtItsFirstColonAndComparesIgnoringCase() {
        assertEquals("aws", ConditionKey.of("aws:PrincipalTag/team").service());
        assertEquals("", ConditionKey.of("NoService").service());
        assertEquals("", ConditionKey.of(":x").service());
        assertEquals("aws:principaltag/team", ConditionKey.of("aws:PrincipalTag/team").normalized());
        assertTrue(ConditionKey.of("AWS:SourceArn").sameKeyAs(ConditionKey.of("aws:sourcearn")));
        assertFalse(ConditionKey.of("aws:SourceArn").sameKeyAs(ConditionKey.of("aws:SourceAccount")));
        assertEquals("sts:ExternalId", ConditionKey.STS_EXTERNAL_ID.toString());
    }

    @Test
    void conditionValuesKeepTheirJsonTypeAndRefuseWhatItCannotHold() {
        assertEquals("\"ws-1\"", ConditionValue.of("ws-1").toString());
        assertEquals("true", ConditionValue.of(true).toString());
        assertEquals("false", ConditionValue.of(false).toString());
        assertEquals("-12", ConditionValue.of(-12L).toString());
        assertEquals(ConditionValue.JsonType.NUMBER, ConditionValue.parseNumber("3.5e-2").type());
        assertEquals("condition value 'yes' is invalid: a JSON boolean is true or false", assertThrows(
                IllegalArgumentException.class, () -> new ConditionValue("yes", ConditionValue.JsonType.BOOLEAN))
                .getMessage());
        assertEquals("condition value 'TRUE' is invalid: a JSON boolean is true or false", assertThrows(
                IllegalArgumentException.class, () -> new ConditionValue("TRUE", ConditionValue.JsonType.BOOLEAN))
                .getMessage());
        for (String bad : List.of("01", "1.", ".5", "+1", "1e", "0x10", "")) {
            assertEquals("condition value '" + bad + "' is invalid: a JSON number is written like -12, 3.5 or 1e3",
                    assertThrows(IllegalArgumentException.class, () -> ConditionValue.parseNumber(bad)).getMessage());
        }
        for (String good : List.of("0", "-0", "10", "3.25", "1e3", "1E+3", "-2.5e-7")) {
            assertEquals(good, ConditionValue.parseNumber(good).text());
        }
        assertEquals("01", ConditionValue.of("01").text(), "a string may hold anything");
    }

    @Test
    void anEffectIsReadOnlyInItsExactJsonSpelling() {
        assertEquals(Effect.ALLOW, Effect.parse("Allow"));
        assertEquals(Effect.DENY, Effect.parse("Deny"));
        assertThrows(IllegalArgumentException.class, () -> Effect.parse("allow"));
        assertThrows(IllegalArgumentException.class, () -> Effect.parse(""));
        assertEquals("Deny", Effect.DENY.json());
    }

    @Test
    void theFourDocumentedPrincipalTypesAreKnownAndOthersAreNot() {
        for (PrincipalType type : List.of(PrincipalType.AWS, PrincipalType.SERVICE, PrincipalType.FEDERATED,
                PrincipalType.CANONICAL_USER)) {
            assertTrue(PrincipalType.of(type.key()).isKnown(), type.key());
        }
        assertFalse(PrincipalType.of("aws").isKnown(), "keys are case-sensitive");
        assertFalse(PrincipalType.of("User").isKnown());
        assertEquals("Service", PrincipalType.SERVICE.toString());
    }

    @Test
    void principalIdsNameTheirTypeAndValue() {
        assertEquals(PrincipalId.of(PrincipalType.AWS, "arn:aws:iam::111122223333:root"),
                PrincipalId.account(AccountId.of("111122223333"), Partition.AWS));
        assertEquals("Service:ec2.amazonaws.com", PrincipalId.service("ec2.amazonaws.com").toString());
        assertEquals(PrincipalType.FEDERATED, PrincipalId.federated("cognito-identity.amazonaws.com").type());
        assertEquals(PrincipalType.CANONICAL_USER, PrincipalId.canonicalUser("79a59df9").type());
        assertEquals(PrincipalId.aws("arn:aws:iam::111122223333:role/r"),
                PrincipalId.aws(dev.rudderiam.arn.Arn.parse("arn:aws:iam::111122223333:role/r")));
    }

    @Test
    void aPrincipalSetListsItsIdsByTypeInTheOrderWritten() {
        PrincipalSet set = PrincipalSet.builder().add(PrincipalId.service("ec2.amazonaws.com"))
                .add(PrincipalType.AWS, "111122223333").add(PrincipalId.service("lambda.amazonaws.com")).build();

        assertEquals(List.of(PrincipalId.service("ec2.amazonaws.com"), PrincipalId.service("lambda.amazonaws.com"),
                PrincipalId.aws("111122223333")), set.ids());
        assertEquals(List.of("111122223333"), set.ids(PrincipalType.AWS));
        assertEquals(List.of(), set.ids(PrincipalType.FEDERATED));
        assertEquals(set, set.toBuilder().build());
        assertEquals(Map.of(PrincipalType.AWS, List.of("a", "b")),
                PrincipalSet.builder().group(PrincipalType.AWS, List.of("a", "b")).build().byType());
    }

    @Test
    void aConditionListsItsClausesAndKeepsAnOperatorWrittenWithoutKeys() {
        Condition condition = Condition.builder()
                .add("StringEquals", "aws:PrincipalTag/team", "data")
                .add("StringEquals", "aws:PrincipalTag/team", "ops")
                .add("Bool", "aws:SecureTransport", "true")
                .operator(ConditionOperator.of("StringLike")).build();

        assertEquals(List.of(
                new ConditionClause(ConditionOperator.of("StringEquals"), ConditionKey.of("aws:PrincipalTag/team"),
                        List.of(ConditionValue.of("data"), ConditionValue.of("ops"))),
                new ConditionClause(ConditionOperator.of("Bool"), ConditionKey.of("aws:SecureTransport"),
                        List.of(ConditionValue.of("true")))), condition.clauses());
        assertEquals(condition, condition.toBuilder().build(), "the key-less StringLike included");
        assertTrue(condition.toBuilder().build().operators().containsKey(ConditionOperator.of("StringLike")));
        assertFalse(condition.isEmpty());
        assertTrue(Condition.EMPTY.isEmpty());
        assertTrue(Condition.builder().build().isEmpty());
        assertFalse(Condition.builder().operator(ConditionOperator.of("StringLike")).build().isEmpty(),
                "an operator written without keys is still written");
        Condition replaced = condition.toBuilder().put(ConditionOperator.of("StringEquals"),
                ConditionKey.of("aws:PrincipalTag/team"), List.of(ConditionValue.of("x"))).build();
        assertEquals(List.of(ConditionValue.of("x")), replaced.operators().get(ConditionOperator.of("StringEquals"))
                .get(ConditionKey.of("aws:PrincipalTag/team")), "put replaces, add appends");
    }
}
