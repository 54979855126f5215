package dev.rudderiam.eval;

import static dev.rudderiam.eval.EvaluatorTest.policy;
import static dev.rudderiam.eval.GuardrailsTest.ACCOUNT;
import static dev.rudderiam.eval.GuardrailsTest.FULL_AWS_ACCESS;
import static dev.rudderiam.eval.GuardrailsTest.S3_WRITER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rudderiam.policy.Effect;
import dev.rudderiam.policy.PolicyDocument;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Examples at the edges of the evaluator's rules: statements that look like {@code FullAWSAccess} but are not,
 * statements limited to some resources, RCP services named with a colon, the most organization levels, and the
 * conversions of request values (Bool spellings, number bounds, CIDR containment).
 */
class EvaluatorEdgesTest {
    static final String SESSION = GuardrailsTest.SESSION;
    static final String BUCKET_OBJECT = "arn:aws:s3:::acme-events/a.json";

    static Request.Builder request(String action, String resource) {
        return Request.builder().principal(SESSION).action(action).resource(resource);
    }

    static Evaluator scpLevel(PolicyDocument scp) {
        return Evaluator.builder().identityPolicy(FULL_AWS_ACCESS)
                .serviceControlPolicies(List.of(OrganizationLevel.of("root", scp))).build();
    }

    /**
     * An answer names every statement that decided it, in policy order, however many (the answer's list is made in
     * one of several forms by count): allows interleaved with statements that do not apply, and denies among allows
     * (only the denies are named).
     */
    @Test
    void anAnswerNamesItsStatementsInOrderWhateverTheirCount() {
        Request put = request("s3:PutObject", BUCKET_OBJECT).build();
        for (int n = 0; n <= 9; n++) {
            StringBuilder allows = new StringBuilder();
            StringBuilder mixed = new StringBuilder();
            List<StatementRef> allowed = new ArrayList<>();
            List<StatementRef> denied = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                String sep = i == 0 ? "" : ",";
                allows.append(sep).append("{\"Sid\":\"A").append(i).append("\",\"Effect\":\"Allow\",\"Action\":\"s3:*\","
                        + "\"Resource\":\"*\"},{\"Effect\":\"Allow\",\"Action\":\"sqs:*\",\"Resource\":\"*\"}");
                allowed.add(new StatementRef(StatementRef.Source.IDENTITY, 0, 2 * i, "A" + i, Effect.ALLOW));
                mixed.append(sep).append("{\"Sid\":\"D").append(i).append("\",\"Effect\":\"Deny\",\"Action\":\"s3:Put*\","
                        + "\"Resource\":\"*\"},{\"Effect\":\"Allow\",\"Action\":\"*\",\"Resource\":\"*\"}");
                denied.add(new StatementRef(StatementRef.Source.IDENTITY, 0, 2 * i, "D" + i, Effect.DENY));
            }
            for (int after : new int[] {0, Integer.MAX_VALUE}) {
                Evaluation allow = Evaluator.builder().indexAfter(after).identityPolicy(policy(
                        "{\"Version\":\"2012-10-17\",\"Statement\":[" + allows + "]}")).build().evaluate(put);
                assertEquals(n == 0 ? Decision.IMPLICITLY_DENIED : Decision.ALLOWED, allow.decision(), "n=" + n);
                assertEquals(allowed, allow.statements(), "n=" + n);
                Evaluation deny = Evaluator.builder().indexAfter(after).identityPolicy(policy(
                        "{\"Version\":\"2012-10-17\",\"Statement\":[" + mixed + "]}")).build().evaluate(put);
                assertEquals(n == 0 ? Decision.IMPLICITLY_DENIED : Decision.EXPLICITLY_DENIED, deny.decision(),
                        "n=" + n);
                assertEquals(denied, deny.statements(), "n=" + n);
            }
        }
    }

    /** An SCP level allows only what its statements allow; one that denies everything denies (SCP evaluation). */
    @Test
    void anScpThatLooksLikeFullAwsAccessButIsNotLimitsTheLevel() {
        Request put = request("s3:PutObject", BUCKET_OBJECT).build();
        assertEquals(Decision.EXPLICITLY_DENIED, scpLevel(policy("""
                {"Version":"2012-10-17","Statement":[{"Effect":"Deny","Action":"*","Resource":"*"}]}
                """)).evaluate(put).decision());
        assertEquals(Decision.IMPLICITLY_DENIED, scpLevel(policy("""
                {"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"*","Resource":"*",
                  "Condition":{"StringEquals":{"aws:RequestedRegion":"us-east-1"}}}]}
                """)).evaluate(put).decision());
        assertEquals(Decision.IMPLICITLY_DENIED, scpLevel(policy("""
                {"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"sts:*","Resource":"*"}]}
                """)).evaluate(put).decision());
        assertEquals(Decision.IMPLICITLY_DENIED, scpLevel(policy("""
                {"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"*","Resource":"arn:aws:s3:::other/*"}]}
                """)).evaluate(put).decision());
        assertEquals(Decision.IMPLICITLY_DENIED, scpLevel(policy("""
                {"Version":"2012-10-17","Statement":[{"Effect":"Allow","NotAction":"*","Resource":"*"}]}
                """)).evaluate(put).decision());
        assertEquals(Decision.ALLOWED, scpLevel(FULL_AWS_ACCESS).evaluate(put).decision());
    }

    /** A statement without condition that lists resources applies only to those resources (Resource element). */
    @Test
    void aStatementWithoutConditionAppliesOnlyToTheResourcesItLists() {
        Evaluator evaluator = Evaluator.builder().identityPolicy(policy("""
                {"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:PutObject",
                  "Resource":["arn:aws:s3:::acme-events/*","arn:aws:s3:::logs/*"]},
                  {"Effect":"Allow","Action":"s3:GetObject","NotResource":"arn:aws:s3:::secret/*"},
                  {"Effect":"Allow","Action":"s3:DeleteObject","NotResource":"*"}]}
                """)).build();
        assertEquals(Decision.IMPLICITLY_DENIED,
                evaluator.evaluate(request("s3:DeleteObject", BUCKET_OBJECT).build()).decision());
        assertEquals(Decision.ALLOWED, evaluator.evaluate(request("s3:PutObject", BUCKET_OBJECT).build()).decision());
        assertEquals(Decision.IMPLICITLY_DENIED,
                evaluator.evaluate(request("s3:PutObject", "arn:aws:s3:::other/a.json").build()).decision());
        assertEquals(Decision.ALLOWED, evaluator.evaluate(request("s3:GetObject", BUCKET_OBJECT).build()).decision());
        assertEquals(Decision.IMPLICITLY_DENIED,
                evaluator.evaluate(request("s3:GetObject", "arn:aws:s3:::secret/a").build()).decision());
    }

    /**
     * A configured RCP service holding a colon ({@code rcpServices}), which no action's service equals, governs the
     * actions that start with it and a colon: only those meet the RCP's deny.
     */
    @Test
    void anRcpServiceWithAColonGovernsTheActionsStartingWithIt() {
        Evaluator evaluator = Evaluator.builder().identityPolicy(FULL_AWS_ACCESS)
                .resourceControlPolicies(List.of(OrganizationLevel.of("root", policy("""
                        {"Version":"2012-10-17","Statement":[{"Effect":"Deny","Principal":"*","Action":"*",
                          "Resource":"*"}]}
                        """)))).rcpServices(Set.of("S3:Get")).indexAfter(0).build();
        assertEquals(Decision.EXPLICITLY_DENIED,
                evaluator.evaluate(request("s3:get:Object", BUCKET_OBJECT).build()).decision());
        assertEquals(Decision.ALLOWED, evaluator.evaluate(request("s3:GetObject", BUCKET_OBJECT).build()).decision());
        assertEquals(Decision.ALLOWED, evaluator.evaluate(request("sqs:SendMessage",
                "arn:aws:sqs:us-east-1:" + ACCOUNT + ":q").build()).decision());
    }

    /** The services RCPs govern by default include the later ones, kept as the safe reading for a preflight. */
    @Test
    void rcpsGovernTheServicesAwsAnnouncedLater() {
        Evaluator evaluator = Evaluator.builder().identityPolicy(FULL_AWS_ACCESS)
                .resourceControlPolicies(List.of(OrganizationLevel.of("root", policy("""
                        {"Version":"2012-10-17","Statement":[{"Effect":"Deny","Principal":"*","Action":"*",
                          "Resource":"*"}]}
                        """)))).indexAfter(0).build();
        for (String action : List.of("s3:GetObject", "sts:AssumeRole", "kms:Decrypt", "sqs:SendMessage",
                "secretsmanager:GetSecretValue", "ecr:BatchGetImage", "aoss:APIAccessAll", "cognito-idp:ListUsers",
                "cognito-identity:GetId", "logs:PutLogEvents", "dynamodb:GetItem")) {
            assertEquals(Decision.EXPLICITLY_DENIED, evaluator.evaluate(request(action,
                    "arn:aws:s3:::acme-events/a").resourceAccount(ACCOUNT).build()).decision(), action);
        }
        assertEquals(Decision.ALLOWED, evaluator.evaluate(request("ec2:RunInstances", "*").resourceAccount(ACCOUNT)
                .build()).decision());
    }

    /** With the organization's account given, RCPs limit only the resources of that account (RCP evaluation). */
    @Test
    void rcpsLimitOnlyTheResourcesOfTheOrganizationsAccount() {
        Evaluator evaluator = Evaluator.builder().identityPolicy(FULL_AWS_ACCESS)
                .resourceControlPolicies(List.of(OrganizationLevel.of("root", policy("""
                        {"Version":"2012-10-17","Statement":[{"Effect":"Deny","Principal":"*","Action":"*",
                          "Resource":"*"}]}
                        """)))).organizationAccount(ACCOUNT).build();
        assertEquals(Decision.EXPLICITLY_DENIED, evaluator.evaluate(request("s3:GetObject", BUCKET_OBJECT)
                .resourceAccount(ACCOUNT).build()).decision());
        assertEquals(Decision.ALLOWED, evaluator.evaluate(Request.builder()
                .principal("arn:aws:sts::444455556666:assumed-role/app/s").action("s3:GetObject")
                .resource(BUCKET_OBJECT).resourceAccount("444455556666").build()).decision());
    }

    /** An account's path has at most seven levels: the root, five nested OUs, the account. */
    @Test
    void sevenOrganizationLevelsAreAcceptedAndEightAreNot() {
        List<OrganizationLevel> levels = new ArrayList<>();
        for (int i = 0; i < Evaluator.MAX_LEVELS; i++) {
            levels.add(OrganizationLevel.of("level-" + i, FULL_AWS_ACCESS));
        }
        Evaluator evaluator = Evaluator.builder().identityPolicy(S3_WRITER).serviceControlPolicies(levels)
                .resourceControlPolicies(levels).build();
        assertEquals(Decision.ALLOWED, evaluator.evaluate(request("s3:PutObject", BUCKET_OBJECT).build()).decision());
        levels.add(OrganizationLevel.of("level-7", FULL_AWS_ACCESS));
        assertThrows(IllegalArgumentException.class, () -> Evaluator.builder().serviceControlPolicies(levels));
    }

    /** A level name is 1 to 68 printable ASCII characters without spaces. */
    @Test
    void aLevelNameIsOneTo68PrintableCharacters() {
        assertEquals("x".repeat(68), OrganizationLevel.of("x".repeat(68), FULL_AWS_ACCESS).name());
        assertEquals("!~", OrganizationLevel.of("!~", FULL_AWS_ACCESS).name());
        assertThrows(IllegalArgumentException.class, () -> OrganizationLevel.of("x".repeat(69), FULL_AWS_ACCESS));
        assertThrows(IllegalArgumentException.class, () -> OrganizationLevel.of("a b", FULL_AWS_ACCESS));
        assertThrows(IllegalArgumentException.class, () -> OrganizationLevel.of("a\u007f", FULL_AWS_ACCESS));
    }

    /** Bool compares {@code true}/{@code false} ignoring case; anything else is no boolean. */
    @Test
    void boolValuesAreTrueOrFalseInAnyCase() {
        assertEquals(Boolean.TRUE, Conversions.bool("true"));
        assertEquals(Boolean.FALSE, Conversions.bool("false"));
        assertEquals(Boolean.TRUE, Conversions.bool("TRUE"));
        assertEquals(Boolean.FALSE, Conversions.bool("False"));
        assertNull(Conversions.bool("yes"));
        assertNull(Conversions.bool("abcd"));
        assertNull(Conversions.bool("falsey"));
    }

    /** Values convert to their key's type; the bounds of numbers are 64 characters and exponents of +-1000. */
    @Test
    void contextValuesConvertToTheirType() {
        assertTrue(ContextValue.Type.NUMERIC.accepts("12.5"));
        assertFalse(ContextValue.Type.NUMERIC.accepts("twelve"));
        assertTrue(ContextValue.Type.DATE.accepts("2024-01-01T00:00:00Z"));
        assertFalse(ContextValue.Type.DATE.accepts("yesterday"));
        assertTrue(ContextValue.Type.BOOL.accepts("true"));
        assertTrue(ContextValue.Type.ARN.accepts("arn:aws:s3:::b"));
        assertFalse(ContextValue.Type.ARN.accepts("s3:::b"));
        assertTrue(ContextValue.Type.STRING.accepts("anything"));
        assertTrue(ContextValue.Type.BINARY.accepts("QUJD"));
        assertFalse(ContextValue.Type.BINARY.accepts("not base64!"));
        assertTrue(ContextValue.Type.IP_ADDRESS.accepts("10.0.0.1"));
        assertFalse(ContextValue.Type.IP_ADDRESS.accepts("10.0.0.256"));
        // ISO 8601 allows a leap second, which Instant reads as the second before it.
        assertEquals(java.time.Instant.parse("2016-12-31T23:59:59Z"), Conversions.date("2016-12-31T23:59:60Z"));
        assertTrue(ContextValue.Type.NUMERIC.accepts("1".repeat(Conversions.MAX_NUMBER_CHARS)));
        assertFalse(ContextValue.Type.NUMERIC.accepts("1".repeat(65)));
        assertTrue(ContextValue.Type.NUMERIC.accepts("1e1000"));
        assertTrue(ContextValue.Type.NUMERIC.accepts("1e-1000"));
        assertFalse(ContextValue.Type.NUMERIC.accepts("1e1001"));
        assertFalse(ContextValue.Type.NUMERIC.accepts("1e-1001"));
        assertFalse(ContextValue.Type.NUMERIC.accepts("1234567e995"));
    }

    /** A block contains the addresses that share its prefix's bits, itself included (IpAddress). */
    @Test
    void aBlockContainsTheAddressesSharingItsPrefix() {
        assertTrue(contains("203.0.113.7/32", "203.0.113.7"));
        assertFalse(contains("203.0.113.7/32", "203.0.113.8"));
        assertTrue(contains("10.0.0.0/8", "10.255.0.1"));
        assertFalse(contains("10.0.0.0/8", "11.0.0.1"));
        assertTrue(contains("10.0.0.0/9", "10.127.255.255"));
        assertFalse(contains("10.0.0.0/9", "10.128.0.0"));
        assertFalse(contains("10.0.0.0/8", "2001:db8::1"));
        assertTrue(IpLiterals.isAddressOrBlock("2001:db8::/32"));
        assertFalse(IpLiterals.isAddressOrBlock("10.0.0.0/33"));
    }

    private static boolean contains(String block, String address) {
        return Conversions.cidr(block).contains(Conversions.cidr(address));
    }

    /** A request prints its parts, and whether it comes from a service-linked role. */
    @Test
    void aRequestPrintsWhetherItComesFromAServiceLinkedRole() {
        assertTrue(request("s3:GetObject", BUCKET_OBJECT).serviceLinkedRole(true).build().toString()
                .endsWith(", serviceLinkedRole}"));
        assertFalse(request("s3:GetObject", BUCKET_OBJECT).build().toString().contains("serviceLinkedRole"));
    }

    /** A layer prints as its kind of policy and, for SCPs and RCPs, {@code @level}. */
    @Test
    void aLayerPrintsItsKindAndLevel() {
        assertEquals("scp@root", new Evaluation.Layer(StatementRef.Source.SCP, "root").toString());
        assertEquals(StatementRef.Source.IDENTITY.label(),
                new Evaluation.Layer(StatementRef.Source.IDENTITY, null).toString());
    }

    /**
     * Java's case-insensitive comparison, which the evaluator uses for actions, also equates {@code ſ} with
     * {@code s}: a request for {@code ſ3:GetObject} is decided as for {@code s3:GetObject}, indexed or not.
     */
    @Test
    void aNonAsciiActionIsDecidedAsWrittenWithOrWithoutTheIndex() {
        PolicyDocument reader = policy("""
                {"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:GetObject","Resource":"*"}]}
                """);
        Request request = request("\u017f3:GetObject", BUCKET_OBJECT).build();
        assertFalse(request.asciiAction());
        assertTrue(request("S3:GetObject\u212a", BUCKET_OBJECT).build().asciiAction());
        for (int indexAfter : new int[] {0, Integer.MAX_VALUE}) {
            Evaluator evaluator = Evaluator.builder().identityPolicy(reader).indexAfter(indexAfter).build();
            assertEquals(Decision.ALLOWED, evaluator.evaluate(request).decision(), "indexAfter " + indexAfter);
        }
    }
}
