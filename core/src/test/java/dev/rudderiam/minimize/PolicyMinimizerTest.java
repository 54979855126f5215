package dev.rudderiam.minimize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rudderiam.json.PolicyJson;
import dev.rudderiam.policy.Effect;
import dev.rudderiam.policy.PolicyDocument;
import dev.rudderiam.policy.PolicySize;
import dev.rudderiam.policy.Quotas;
import dev.rudderiam.policy.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;

class PolicyMinimizerTest {

    private static String minimized(String json) {
        return PolicyJson.write(PolicyMinimizer.minimize(PolicyJson.read(json)));
    }

    @Test
    void mergesStatementsOnTheSameResourcesAndDropsCoveredActions() {
        assertEquals("{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":[\"s3:Get*\","
                + "\"s3:PutObject\"],\"Resource\":\"arn:aws:s3:::b/*\"}]}", minimized("""
                {"Version":"2012-10-17","Statement":[
                  {"Effect":"Allow","Action":["s3:GetObject","s3:Get*"],"Resource":"arn:aws:s3:::b/*"},
                  {"Effect":"Allow","Action":"s3:PutObject","Resource":"arn:aws:s3:::b/*"},
                  {"Effect":"Allow","Action":"S3:GETOBJECT","Resource":"arn:aws:s3:::b/*"}]}
                """));
    }

    @Test
    void mergesStatementsOnTheSameActionsAndDropsCoveredResources() {
        assertEquals("{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"s3:ListBucket\","
                + "\"Resource\":[\"arn:aws:s3:::a\",\"arn:aws:s3:::b*\"]}]}", minimized("""
                {"Version":"2012-10-17","Statement":[
                  {"Effect":"Allow","Action":"s3:ListBucket","Resource":"arn:aws:s3:::a"},
                  {"Effect":"Allow","Action":"s3:ListBucket","Resource":["arn:aws:s3:::b1","arn:aws:s3:::b*"]}]}
                """));
    }

    @Test
    void neverMergesAcrossConditionsPrincipalsSidsOrNotElements() {
        String json = """
                {"Version":"2012-10-17","Statement":[
                  {"Effect":"Allow","Action":"s3:GetObject","Resource":"*",
                   "Condition":{"StringEquals":{"aws:PrincipalTag/t":"a"}}},
                  {"Effect":"Allow","Action":"s3:PutObject","Resource":"*"},
                  {"Sid":"Kept","Effect":"Allow","Action":"s3:DeleteObject","Resource":"*"},
                  {"Effect":"Allow","NotAction":"iam:*","Resource":"arn:aws:s3:::x"},
                  {"Effect":"Allow","NotAction":"s3:*","Resource":"arn:aws:s3:::x"}]}
                """;
        assertEquals(5, PolicyMinimizer.minimize(PolicyJson.read(json)).statements().size());
    }

    @Test
    void dropsAStatementAnotherCovers() {
        assertEquals("{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Deny\",\"Action\":\"s3:*\","
                + "\"Resource\":\"*\"}]}", minimized("""
                {"Version":"2012-10-17","Statement":[
                  {"Effect":"Deny","Action":"s3:*","Resource":"*"},
                  {"Effect":"Deny","Action":"s3:DeleteBucket","Resource":"arn:aws:s3:::b"}]}
                """));
    }

    @Test
    void bareAccountIdAndRootArnAreOnePrincipal() {
        assertEquals("{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":{\"AWS\":"
                + "\"111122223333\"},\"Action\":\"sts:AssumeRole\"}]}", minimized("""
                {"Version":"2012-10-17","Statement":[{"Effect":"Allow",
                  "Principal":{"AWS":["111122223333","arn:aws:iam::111122223333:root"]},"Action":"sts:AssumeRole"}]}
                """));
    }

    @Test
    void variablesAreNotTreatedAsWildcards() {
        // ${*} is a literal asterisk (reference_policies_variables.html), so it covers nothing else.
        String json = """
                {"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:GetObject",
                  "Resource":["arn:aws:s3:::b/${*}","arn:aws:s3:::b/k"]}]}
                """;
        assertEquals(2, PolicyMinimizer.minimize(PolicyJson.read(json)).statements().get(0).resources().size());
    }

    private static PolicyDocument bigPolicy(int statements) {
        PolicyDocument.Builder b = PolicyDocument.builder();
        for (int i = 0; i < statements; i++) {
            b.addStatement(Statement.builder().sid("S" + i).effect(Effect.ALLOW).addAction("s3:GetObject")
                    .addResource("arn:aws:s3:::bucket-with-a-rather-long-name-" + i + "/some/prefix/*").build());
        }
        return b.build();
    }

    @Test
    void fitsManagedPoliciesBySplitting() {
        PolicyDocument big = bigPolicy(200);
        assertTrue(PolicySize.of(big) > Quotas.DEFAULT.managedPolicy());
        List<PolicyDocument> managed = QuotaFitter.managed(List.of(big), QuotaFitter.DEFAULT_ATTACHED_POLICIES);
        assertTrue(managed.size() > 1);
        int statements = 0;
        for (PolicyDocument document : managed) {
            assertTrue(PolicySize.of(document) <= Quotas.DEFAULT.managedPolicy());
            statements += document.statements().size();
        }
        assertEquals(200, statements);
    }

    @Test
    void splitsAStatementTooLargeForOnePolicy() {
        Statement.Builder one = Statement.builder().effect(Effect.ALLOW).addAction("s3:GetObject");
        for (int i = 0; i < 300; i++) {
            one.addResource("arn:aws:s3:::bucket-" + i + "/*");
        }
        List<PolicyDocument> managed = QuotaFitter.managed(
                List.of(PolicyDocument.builder().addStatement(one.build()).build()), 10);
        assertTrue(managed.size() >= 2);
        managed.forEach(d -> assertTrue(PolicySize.of(d) <= Quotas.DEFAULT.managedPolicy()));
    }

    @Test
    void clearErrorsWhenTheQuotasCannotBeMet() {
        QuotaException tooMany = assertThrows(QuotaException.class,
                () -> QuotaFitter.managed(List.of(bigPolicy(2000)), 10));
        assertTrue(tooMany.getMessage().contains("a role may attach at most 10"), tooMany.getMessage());
        QuotaException inline = assertThrows(QuotaException.class, () -> QuotaFitter.inline(List.of(bigPolicy(300))));
        assertTrue(inline.getMessage().contains("at most 10240 characters in total"), inline.getMessage());
        assertEquals(1, QuotaFitter.inline(List.of(bigPolicy(3), bigPolicy(2))).size());
    }
}
