package dev.rudderiam.eval;

import static dev.rudderiam.eval.EvaluatorTest.ALICE;
import static dev.rudderiam.eval.EvaluatorTest.BUCKET;
import static dev.rudderiam.eval.EvaluatorTest.decide;
import static dev.rudderiam.eval.EvaluatorTest.policy;
import static dev.rudderiam.eval.EvaluatorTest.request;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rudderiam.policy.PolicyDocument;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the evaluator takes in: requests, lists of policies, statements with missing elements; and its labels. */
class EvaluatorInputsTest {
    private static final PolicyDocument GET_ANY = policy("""
            {"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:GetObject","Resource":"*"}]}
            """);

    @Test
    void aRequestReportsWhatItWasBuiltFrom() {
        Request request = request(ALICE, "s3:GetObject", BUCKET + "/k").context("s3:prefix", "a/").build();
        assertEquals(ALICE, request.principal());
        assertEquals("s3:GetObject", request.action());
        assertEquals("111122223333", request.principalAccount());
        String text = request.toString();
        for (String part : List.of(ALICE, "s3:GetObject", BUCKET + "/k", "s3:prefix")) {
            assertTrue(text.contains(part), text);
        }
    }

    @Test
    void thePrincipalAccountIsDerivedUnlessGiven() {
        assertEquals("111122223333", request(ALICE, "s3:GetObject", BUCKET).principalAccount(null).build()
                .principalAccount());
        assertEquals("444455556666", request("s3.amazonaws.com", "s3:GetObject", BUCKET)
                .principalAccount("444455556666").build().principalAccount());
        assertNull(request("s3.amazonaws.com", "s3:GetObject", BUCKET).build().principalAccount());
        assertThrows(IllegalArgumentException.class,
                () -> request(ALICE, "s3:GetObject", BUCKET).principalAccount("12345"));
    }

    @Test
    void identityPoliciesAddsEachPolicyInOrder() {
        Evaluator evaluator = Evaluator.builder().identityPolicies(List.of(policy("""
                {"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"sqs:*","Resource":"*"}]}
                """), GET_ANY)).build();
        Evaluation answer = evaluator.evaluate(request(ALICE, "s3:GetObject", BUCKET + "/k").build());
        assertEquals(Decision.ALLOWED, answer.decision());
        assertEquals("[identity[1].Statement[0]]", answer.statements().toString());
    }

    @Test
    void aStatementWithoutActionOrNotActionAppliesToNothing() {
        // reference_policies_elements_action.html: a statement must include Action or NotAction; one without
        // either names no action, so it neither allows nor denies.
        Evaluator evaluator = Evaluator.builder().identityPolicy(GET_ANY).identityPolicy(policy("""
                {"Version":"2012-10-17","Statement":[{"Effect":"Deny","Resource":"*"}]}
                """)).build();
        assertEquals(Decision.ALLOWED, decide(evaluator, request(ALICE, "s3:GetObject", BUCKET + "/k")));
    }

    @Test
    void aDenyWithNotPrincipalEveryoneAppliesToNoOne() {
        // notprincipal.html: NotPrincipal names everyone except the listed principals; "*" lists everyone.
        Evaluator evaluator = Evaluator.builder().resourcePolicy(policy("""
                {"Version":"2012-10-17","Statement":[
                  {"Effect":"Allow","Principal":"*","Action":"s3:GetObject","Resource":"*"},
                  {"Effect":"Deny","NotPrincipal":{"AWS":"*"},"Action":"s3:*","Resource":"*"}]}
                """)).build();
        assertEquals(Decision.ALLOWED, decide(evaluator, request(ALICE, "s3:GetObject", BUCKET + "/k")));
    }

    @Test
    void decisionsCarryTheirDocumentedLabels() {
        assertEquals("Allowed", Decision.ALLOWED.label());
        assertEquals("ExplicitlyDenied", Decision.EXPLICITLY_DENIED.label());
        assertEquals("ImplicitlyDenied", Decision.IMPLICITLY_DENIED.label());
    }
}
