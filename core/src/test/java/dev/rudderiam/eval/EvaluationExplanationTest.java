package dev.rudderiam.eval;

import static dev.rudderiam.eval.EvaluatorTest.ALICE;
import static dev.rudderiam.eval.EvaluatorTest.BUCKET;
import static dev.rudderiam.eval.EvaluatorTest.policy;
import static dev.rudderiam.eval.EvaluatorTest.request;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.rudderiam.policy.PolicyDocument;
import org.junit.jupiter.api.Test;

/**
 * What a user reads about a decision: for each rule of {@link Evaluator} the decision, the deciding statements in
 * policy order (identity, boundary, resource; then policy and statement index) and the one-line reason, which must
 * name the rule that decided and not a neighbouring one. The rules are those of "Policy evaluation logic"
 * (<a href="https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic.html">reference_policies_evaluation-logic.html</a>)
 * and its cross-account page.
 */
class EvaluationExplanationTest {
    private static final String BOB = "arn:aws:iam::444455556666:user/bob";
    private static final String SESSION = "arn:aws:sts::111122223333:assumed-role/app/s1";
    private static final String ROLE = "arn:aws:iam::111122223333:role/app";

    private static final PolicyDocument GET_ANY = policy("""
            {"Version":"2012-10-17","Statement":[{"Sid":"Get","Effect":"Allow","Action":"s3:GetObject",
              "Resource":"*"}]}
            """);
    private static final PolicyDocument BOUNDARY_WITHOUT_S3 = policy("""
            {"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"ec2:*","Resource":"*"}]}
            """);

    private static PolicyDocument resourcePolicy(String principal) {
        return policy("{\"Version\":\"2012-10-17\",\"Statement\":[{\"Sid\":\"R\",\"Effect\":\"Allow\",\"Principal\":"
                + principal + ",\"Action\":[\"s3:GetObject\",\"sts:AssumeRole\"],\"Resource\":\"*\"}]}");
    }

    private static void assertExplained(Evaluation answer, Decision decision, String statements, String reason) {
        assertEquals(decision, answer.decision(), "decision");
        assertEquals(statements, answer.statements().toString(), "statements");
        assertEquals(reason, answer.reason(), "reason");
    }

    private static Evaluation get(Evaluator evaluator, String principal) {
        return evaluator.evaluate(request(principal, "s3:GetObject", BUCKET + "/k").resourceAccount("111122223333")
                .build());
    }

    @Test
    void denyNamesEveryApplicableDenyInPolicyOrder() {
        // A Deny in the resource policy (statement 0) and in the identity policy (statement 1): identity first.
        Evaluator evaluator = Evaluator.builder()
                .resourcePolicy(policy("""
                        {"Version":"2012-10-17","Statement":[{"Sid":"RD","Effect":"Deny","Principal":"*",
                          "Action":"s3:*","Resource":"*"}]}
                        """))
                .identityPolicy(policy("""
                        {"Version":"2012-10-17","Statement":[
                          {"Effect":"Allow","Action":"s3:*","Resource":"*"},
                          {"Sid":"ID","Effect":"Deny","Action":"s3:GetObject","Resource":"*"}]}
                        """)).build();
        assertExplained(get(evaluator, ALICE), Decision.EXPLICITLY_DENIED,
                "[identity[0].Statement[1](ID), resource[0].Statement[0](RD)]", "an applicable Deny statement");
    }

    @Test
    void resourceStatementsAreListedInStatementOrderWhateverHowTheyNameTheCaller() {
        // Statement 0 names the session's role (limited by a boundary), statement 1 the session itself (direct):
        // both allow; the answer lists them in policy order, not in the order the rules consider them.
        Evaluator evaluator = Evaluator.builder().resourcePolicy(policy("""
                {"Version":"2012-10-17","Statement":[
                  {"Sid":"Role","Effect":"Allow","Principal":{"AWS":"arn:aws:iam::111122223333:role/app"},
                   "Action":"s3:GetObject","Resource":"*"},
                  {"Sid":"Session","Effect":"Allow",
                   "Principal":{"AWS":"arn:aws:sts::111122223333:assumed-role/app/s1"},
                   "Action":"s3:GetObject","Resource":"*"}]}
                """)).build();
        assertExplained(get(evaluator, SESSION), Decision.ALLOWED,
                "[resource[0].Statement[0](Role), resource[0].Statement[1](Session)]",
                "the resource policy names the principal");
    }

    @Test
    void servicePrincipalsAreExplainedByTheResourcePolicy() {
        Evaluator evaluator = Evaluator.builder()
                .resourcePolicy(resourcePolicy("{\"Service\":\"logging.s3.amazonaws.com\"}")).build();
        assertExplained(get(evaluator, "logging.s3.amazonaws.com"), Decision.ALLOWED, "[resource[0].Statement[0](R)]",
                "the resource policy allows the service");
        assertExplained(get(evaluator, "lambda.amazonaws.com"), Decision.IMPLICITLY_DENIED, "[]",
                "no resource policy statement allows this service principal");
    }

    @Test
    void sameAccountIdentitySideAndItsMissingParts() {
        assertExplained(get(Evaluator.builder().identityPolicy(GET_ANY).build(), ALICE), Decision.ALLOWED,
                "[identity[0].Statement[0](Get)]", "the identity side allows");
        assertExplained(get(Evaluator.builder().build(), ALICE), Decision.IMPLICITLY_DENIED, "[]",
                "no identity or resource policy statement allows");
        assertExplained(get(Evaluator.builder().identityPolicy(GET_ANY).boundary(BOUNDARY_WITHOUT_S3).build(), ALICE),
                Decision.IMPLICITLY_DENIED, "[identity[0].Statement[0](Get)]", "the permissions boundary does not allow");
    }

    @Test
    void trustPolicyExplainsWhichPartIsMissing() {
        PolicyDocument assume = policy("""
                {"Version":"2012-10-17","Statement":[{"Sid":"Assume","Effect":"Allow","Action":"sts:AssumeRole",
                  "Resource":"*"}]}
                """);
        PolicyDocument trustsAccount = resourcePolicy("{\"AWS\":\"111122223333\"}");
        Request assumeRole = request(ALICE, "sts:AssumeRole", ROLE).build();

        assertExplained(Evaluator.builder().identityPolicy(assume).trustPolicy(trustsAccount).build()
                        .evaluate(assumeRole), Decision.ALLOWED,
                "[identity[0].Statement[0](Assume), resource[0].Statement[0](R)]",
                "the trust policy names the account and the identity side allows");
        assertExplained(Evaluator.builder().trustPolicy(trustsAccount).build().evaluate(assumeRole),
                Decision.IMPLICITLY_DENIED, "[resource[0].Statement[0](R)]",
                "the trust policy names the account but no identity policy allows");
        assertExplained(Evaluator.builder().identityPolicy(assume).boundary(BOUNDARY_WITHOUT_S3)
                        .trustPolicy(trustsAccount).build().evaluate(assumeRole), Decision.IMPLICITLY_DENIED,
                "[identity[0].Statement[0](Assume), resource[0].Statement[0](R)]",
                "the permissions boundary does not allow");
        assertExplained(Evaluator.builder().identityPolicy(assume)
                        .trustPolicy(resourcePolicy("{\"AWS\":\"arn:aws:iam::111122223333:user/bob\"}")).build()
                        .evaluate(assumeRole), Decision.IMPLICITLY_DENIED, "[identity[0].Statement[0](Assume)]",
                "the trust policy does not allow this principal");
    }

    @Test
    void crossAccountExplainsWhichSideIsMissing() {
        PolicyDocument trustsBobsAccount = resourcePolicy("{\"AWS\":\"444455556666\"}");
        assertExplained(get(Evaluator.builder().identityPolicy(GET_ANY).resourcePolicy(trustsBobsAccount).build(),
                        BOB), Decision.ALLOWED, "[identity[0].Statement[0](Get), resource[0].Statement[0](R)]",
                "cross-account: the identity side and the resource policy both allow");
        assertExplained(get(Evaluator.builder().resourcePolicy(trustsBobsAccount).build(), BOB),
                Decision.IMPLICITLY_DENIED, "[resource[0].Statement[0](R)]",
                "cross-account: no identity policy statement allows");
        assertExplained(get(Evaluator.builder().identityPolicy(GET_ANY).boundary(BOUNDARY_WITHOUT_S3)
                        .resourcePolicy(trustsBobsAccount).build(), BOB), Decision.IMPLICITLY_DENIED,
                "[identity[0].Statement[0](Get), resource[0].Statement[0](R)]",
                "the permissions boundary does not allow");
        assertExplained(get(Evaluator.builder().identityPolicy(GET_ANY)
                        .resourcePolicy(resourcePolicy("{\"AWS\":\"999988887777\"}")).build(), BOB),
                Decision.IMPLICITLY_DENIED, "[identity[0].Statement[0](Get)]",
                "cross-account: the resource policy does not allow this principal");
        assertExplained(get(Evaluator.builder().identityPolicy(GET_ANY).build(), BOB), Decision.IMPLICITLY_DENIED,
                "[identity[0].Statement[0](Get)]",
                "cross-account: no resource-based policy was given, and cross-account access needs one");
    }

    @Test
    void statementsOfEveryLayerComeInTheOrderOfTheirKinds() {
        // identity, boundary, resource, session, key policy: a key policy's statements come after the session's,
        // an ordinary resource policy's before them.
        PolicyDocument decrypt = policy("""
                {"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"kms:*","Resource":"*"}]}
                """);
        PolicyDocument delegating = policy("""
                {"Version":"2012-10-17","Statement":[{"Effect":"Allow",
                  "Principal":{"AWS":"arn:aws:iam::111122223333:root"},"Action":"kms:*","Resource":"*"}]}
                """);
        Request request = request(SESSION, "kms:Decrypt",
                "arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab").build();
        Evaluation key = Evaluator.builder().identityPolicy(decrypt).boundary(decrypt).sessionPolicy(decrypt)
                .keyPolicy(delegating).build().evaluate(request);
        assertExplained(key, Decision.ALLOWED, "[identity[0].Statement[0], boundary[0].Statement[0],"
                + " session[0].Statement[0], key-policy[0].Statement[0]]",
                "the key policy names the account and the identity side allows");
        Evaluation resource = Evaluator.builder().identityPolicy(decrypt).boundary(decrypt).sessionPolicy(decrypt)
                .trustPolicy(delegating).build().evaluate(request);
        assertEquals("[identity[0].Statement[0], boundary[0].Statement[0], resource[0].Statement[0],"
                + " session[0].Statement[0]]", resource.statements().toString());
    }
}
