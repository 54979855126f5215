package dev.rudderiam.eval;

import static dev.rudderiam.eval.EvaluatorTest.ALICE;
import static dev.rudderiam.eval.EvaluatorTest.BUCKET;
import static dev.rudderiam.eval.EvaluatorTest.decide;
import static dev.rudderiam.eval.EvaluatorTest.policy;
import static dev.rudderiam.eval.EvaluatorTest.request;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.rudderiam.policy.PolicyDocument;
import org.junit.jupiter.api.Test;

/**
 * How a resource-based policy's {@code Principal} and {@code NotPrincipal} name the caller, and what the request
 * knows about its principal, from "AWS JSON policy elements: Principal"
 * (<a href="https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_principal.html">principal.html</a>),
 * "NotPrincipal"
 * (<a href="https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_notprincipal.html">notprincipal.html</a>)
 * and "AWS global condition context keys"
 * (<a href="https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-keys.html">condition-keys.html</a>).
 */
class PrincipalMatchingTest {
    private static final String BOB = "arn:aws:iam::444455556666:user/bob";
    private static final PolicyDocument GET_ANY = policy("""
            {"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:GetObject","Resource":"*"}]}
            """);
    private static final PolicyDocument BOUNDARY_WITH_S3 = policy("""
            {"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:*","Resource":"*"}]}
            """);

    private static PolicyDocument resourcePolicy(String effect, String principalElement) {
        return policy("{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"" + effect + "\","
                + principalElement + ",\"Action\":\"s3:GetObject\",\"Resource\":\"*\"}]}");
    }

    private static Request.Builder crossAccountGet(String principal) {
        return request(principal, "s3:GetObject", BUCKET + "/k").resourceAccount("111122223333");
    }

    @Test
    void anEveryoneEntryAmongOtherAwsPrincipalsNamesEveryone() {
        // principal.html#principal-anonymous: "AWS": "*" names every principal, also inside a list.
        for (String list : new String[] {"[\"999988887777\",\"*\"]", "[\"*\",\"999988887777\"]"}) {
            Evaluator evaluator = Evaluator.builder().identityPolicy(GET_ANY)
                    .resourcePolicy(resourcePolicy("Allow", "\"Principal\":{\"AWS\":" + list + "}")).build();
            assertEquals(Decision.ALLOWED, decide(evaluator, crossAccountGet(BOB)), list);
        }
        Evaluator onlyOtherAccount = Evaluator.builder().identityPolicy(GET_ANY)
                .resourcePolicy(resourcePolicy("Allow", "\"Principal\":{\"AWS\":[\"999988887777\"]}")).build();
        assertEquals(Decision.IMPLICITLY_DENIED, decide(onlyOtherAccount, crossAccountGet(BOB)));
    }

    @Test
    void aServicePrincipalIsNamedIgnoringCase() {
        // A service principal is a DNS-style name (principal.html#principal-services), compared ignoring case.
        Evaluator evaluator = Evaluator.builder()
                .resourcePolicy(resourcePolicy("Allow", "\"Principal\":{\"Service\":\"Logging.S3.AmazonAWS.com\"}"))
                .build();
        assertEquals(Decision.ALLOWED,
                decide(evaluator, request("logging.s3.amazonaws.com", "s3:GetObject", BUCKET + "/k")));
    }

    @Test
    void aDenyWithNotPrincipalAppliesToACallerWithAPermissionsBoundary() {
        // notprincipal.html: a Deny with NotPrincipal applies to principals with a permissions boundary even when
        // they are listed.
        PolicyDocument exemptsAlice = policy("""
                {"Version":"2012-10-17","Statement":[
                  {"Effect":"Allow","Principal":"*","Action":"s3:GetObject","Resource":"*"},
                  {"Effect":"Deny","NotPrincipal":{"AWS":["arn:aws:iam::111122223333:user/alice",
                     "arn:aws:iam::111122223333:root"]},"Action":"s3:*","Resource":"*"}]}
                """);
        Request.Builder get = request(ALICE, "s3:GetObject", BUCKET + "/k");
        assertEquals(Decision.ALLOWED, decide(Evaluator.builder().resourcePolicy(exemptsAlice).build(), get));
        assertEquals(Decision.EXPLICITLY_DENIED, decide(Evaluator.builder().boundary(BOUNDARY_WITH_S3)
                .resourcePolicy(exemptsAlice).build(), get));
    }

    @Test
    void anAllowWithNotPrincipalDoesNotNameTheListedCallerEvenWithABoundary() {
        // notprincipal.html: NotPrincipal names everyone except the listed principals; the boundary rule above is
        // for Deny only.
        PolicyDocument allowsAllButAlice = resourcePolicy("Allow", "\"NotPrincipal\":{\"AWS\":["
                + "\"arn:aws:iam::111122223333:user/alice\",\"arn:aws:iam::111122223333:root\"]}");
        assertEquals(Decision.IMPLICITLY_DENIED, decide(Evaluator.builder().boundary(BOUNDARY_WITH_S3)
                .resourcePolicy(allowsAllButAlice).build(), request(ALICE, "s3:GetObject", BUCKET + "/k")));
        assertEquals(Decision.ALLOWED, decide(Evaluator.builder().boundary(BOUNDARY_WITH_S3)
                .resourcePolicy(allowsAllButAlice).build(),
                request("arn:aws:iam::111122223333:user/carol", "s3:GetObject", BUCKET + "/k")));
    }

    @Test
    void aSessionArnWithoutARoleNameIsNamedOnlyThroughItsAccount() {
        // A malformed session ARN must not break the request; it names no role's sessions.
        String noRole = "arn:aws:sts::111122223333:assumed-role/";
        Evaluator namesRole = Evaluator.builder()
                .resourcePolicy(resourcePolicy("Allow", "\"Principal\":{\"AWS\":\"arn:aws:iam::111122223333:role/app\"}"))
                .build();
        assertEquals(Decision.IMPLICITLY_DENIED, decide(namesRole, request(noRole, "s3:GetObject", BUCKET + "/k")));
        Evaluator namesAccount = Evaluator.builder().identityPolicy(GET_ANY)
                .resourcePolicy(resourcePolicy("Allow", "\"Principal\":{\"AWS\":\"111122223333\"}")).build();
        assertEquals(Decision.ALLOWED, decide(namesAccount, request(noRole, "s3:GetObject", BUCKET + "/k")));
    }

    @Test
    void thePrincipalArnIsAGlobalContextKeyOfEveryRequest() {
        // condition-keys.html#condition-keys-principalarn: aws:PrincipalArn is always in the request context.
        Evaluator evaluator = Evaluator.builder().identityPolicy(policy("""
                {"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:GetObject","Resource":"*",
                  "Condition":{"ArnLike":{"aws:PrincipalArn":"arn:aws:iam::111122223333:user/a*"}}}]}
                """)).build();
        assertEquals(Decision.ALLOWED, decide(evaluator, request(ALICE, "s3:GetObject", BUCKET + "/k")));
        assertEquals(Decision.IMPLICITLY_DENIED, decide(evaluator,
                request("arn:aws:iam::111122223333:user/bob", "s3:GetObject", BUCKET + "/k")));
    }

    @Test
    void aContextKeySetAgainInAnotherCaseKeepsOnlyTheLastValue() {
        Evaluator evaluator = Evaluator.builder().identityPolicy(policy("""
                {"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:GetObject","Resource":"*",
                  "Condition":{"StringEquals":{"aws:PrincipalTag/team":"blue"}}}]}
                """)).build();
        Request.Builder get = request(ALICE, "s3:GetObject", BUCKET + "/k");
        assertEquals(Decision.ALLOWED, decide(evaluator, get.context("aws:PrincipalTag/TEAM", "red")
                .context("aws:principaltag/team", "green").context("aws:PrincipalTag/TEAM", "blue")));
        assertEquals(Decision.IMPLICITLY_DENIED, decide(evaluator, get.context("aws:principaltag/team", "red")));
    }
}
