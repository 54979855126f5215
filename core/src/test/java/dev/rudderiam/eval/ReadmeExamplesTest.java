package dev.rudderiam.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rudderiam.analysis.RoleAnalyzer;
import dev.rudderiam.arn.AccountId;
import dev.rudderiam.json.PolicyJson;
import dev.rudderiam.minimize.PolicyMinimizer;
import dev.rudderiam.minimize.QuotaFitter;
import dev.rudderiam.policy.PolicyDocument;
import dev.rudderiam.policy.PolicySize;
import dev.rudderiam.role.PolicyName;
import dev.rudderiam.role.RoleSpec;
import dev.rudderiam.role.RudderStack;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The code shown in the README (evaluation section), compiled and checked. */
class ReadmeExamplesTest {

    @Test
    void simulateTheTrustPolicy() {
        String callerPolicy = """
                {"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"sts:AssumeRole","Resource":"*"}]}
                """;
        // README: evaluator
        Evaluator evaluator = Evaluator.builder()
                .identityPolicy(PolicyJson.read(callerPolicy))          // RudderStack's side may call AssumeRole
                .trustPolicy(RudderStack.trustPolicy("2Nk4t3WkHTGYzbTvG2zLXJXKNoF"))
                .build();                                               // compiled once, thread-safe
        Evaluation answer = evaluator.evaluate(Request.builder()
                .principal("arn:aws:iam::422074288268:root")
                .action("sts:AssumeRole")
                .resource("arn:aws:iam::111122223333:role/rudderstack")
                .context("sts:ExternalId", "2Nk4t3WkHTGYzbTvG2zLXJXKNoF")
                .build());
        // answer.decision()   -> ALLOWED
        // answer.statements() -> [identity[0].Statement[0], resource[0].Statement[0]]
        // README: end
        assertEquals(Decision.ALLOWED, answer.decision());
        assertEquals("[identity[0].Statement[0], resource[0].Statement[0]]", answer.statements().toString());
    }

    @Test
    void minimizeAndFit() {
        PolicyDocument document = PolicyJson.read("""
                {"Version":"2012-10-17","Statement":[
                  {"Effect":"Allow","Action":"s3:PutObject","Resource":"arn:aws:s3:::acme-events/*"},
                  {"Effect":"Allow","Action":["s3:PutObjectAcl","s3:PutObject"],"Resource":"arn:aws:s3:::acme-events/*"}]}
                """);
        // README: minimizer
        PolicyDocument smaller = PolicyMinimizer.minimize(document);   // same decision for every request
        List<PolicyDocument> managed =                                 // each <= 6,144 characters, at most 10
                QuotaFitter.managed(List.of(document), QuotaFitter.DEFAULT_ATTACHED_POLICIES);
        // README: end
        assertEquals("{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":[\"s3:PutObject\","
                + "\"s3:PutObjectAcl\"],\"Resource\":\"arn:aws:s3:::acme-events/*\"}]}", PolicyJson.write(smaller));
        assertTrue(PolicySize.of(smaller) < PolicySize.of(document));
        assertEquals(List.of(smaller), managed);
    }

    @Test
    void analyzeARole() {
        PolicyDocument destination = PolicyJson.read("""
                {"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:PutObject",
                  "Resource":"arn:aws:s3:::acme-events/*"}]}
                """);
        RoleSpec spec = RoleSpec.builder().name("rudderstack").trustPolicy(RudderStack.trustPolicy("ws-123"))
                .inlinePolicy(PolicyName.of("s3"), destination).build();
        // README: analysis
        RoleAnalyzer analyzer = RoleAnalyzer.of(spec, AccountId.of("111122223333"), Map.of());
        String who = analyzer.whoCanAssume().get(0).describe();
        // "AWS account 422074288268 (any principal there whose own policies allow it) may assume the role
        //  when sts:ExternalId is exactly "ws-123""
        boolean safe = analyzer.checkAccessNotGranted(List.of("s3:DeleteObject", "iam:*"), List.of()).passed();
        // README: end
        assertTrue(who.endsWith("when sts:ExternalId is exactly \"ws-123\""), who);
        assertTrue(safe);
    }
}
