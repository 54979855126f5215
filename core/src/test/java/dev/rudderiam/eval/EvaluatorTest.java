package dev.rudderiam.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.rudderiam.json.PolicyJson;
import dev.rudderiam.policy.PolicyDocument;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * One example per evaluation rule, each taken from (or built on) the AWS IAM User Guide page named in its
 * comment. Expected decisions are the ones those pages state.
 */
class EvaluatorTest {
    static final String ALICE = "arn:aws:iam::111122223333:user/alice";
    static final String BUCKET = "arn:aws:s3:::amzn-s3-demo-bucket";

    static PolicyDocument policy(String json) {
        return PolicyJson.read(json);
    }

    static Request.Builder request(String principal, String action, String resource) {
        return Request.builder().principal(principal).action(action).resource(resource);
    }

    static Decision decide(Evaluator evaluator, Request.Builder request) {
        return evaluator.evaluate(request.build()).decision();
    }

    // reference_policies_evaluation-logic_policy-eval-denyallow.html: "An explicit deny overrides an explicit
    // allow" and "By default, all requests are implicitly denied".
    private final Evaluator denyAllow = Evaluator.builder().identityPolicy(policy("""
            {"Version":"2012-10-17","Statement":[
              {"Sid":"All","Effect":"Allow","Action":"s3:*","Resource":"*"},
              {"Sid":"NoDelete","Effect":"Deny","Action":"s3:DeleteObject","Resource":"*"}]}
            """)).build();

    @Test
    void explicitDenyOverridesAllow() {
        Evaluation answer = denyAllow.evaluate(request(ALICE, "s3:DeleteObject", BUCKET + "/x").build());
        assertEquals(Decision.EXPLICITLY_DENIED, answer.decision());
        assertEquals("[identity[0].Statement[1](NoDelete)]", answer.statements().toString());
    }

    @Test
    void allowNamesTheAllowingStatement() {
        Evaluation answer = denyAllow.evaluate(request(ALICE, "s3:GetObject", BUCKET + "/x").build());
        assertEquals(Decision.ALLOWED, answer.decision());
        assertEquals("[identity[0].Statement[0](All)]", answer.statements().toString());
    }

    @Test
    void nothingAllowsMeansImplicitDeny() {
        Evaluation answer = denyAllow.evaluate(request(ALICE, "ec2:RunInstances", "*").build());
        assertEquals(Decision.IMPLICITLY_DENIED, answer.decision());
        assertEquals(List.of(), answer.statements());
    }

    // access_policies_boundaries.html: the boundary allows only S3, CloudWatch and EC2; an identity policy
    // granting iam:CreateUser has no effect ("the operation fails").
    private final PolicyDocument boundary = policy("""
            {"Version":"2012-10-17","Statement":[{"Effect":"Allow",
              "Action":["s3:*","cloudwatch:*","ec2:*"],"Resource":"*"}]}
            """);
    private final Evaluator bounded = Evaluator.builder().boundary(boundary).identityPolicy(policy("""
            {"Version":"2012-10-17","Statement":[
              {"Effect":"Allow","Action":"iam:CreateUser","Resource":"*"},
              {"Effect":"Allow","Action":"s3:GetObject","Resource":"*"}]}
            """)).build();

    @Test
    void identityAllowOutsideBoundaryIsImplicitlyDenied() {
        assertEquals(Decision.IMPLICITLY_DENIED,
                decide(bounded, request(ALICE, "iam:CreateUser", "arn:aws:iam::111122223333:user/bob")));
    }

    @Test
    void boundaryAloneGrantsNothing() {
        assertEquals(Decision.IMPLICITLY_DENIED, decide(bounded, request(ALICE, "ec2:RunInstances", "*")));
    }

    @Test
    void intersectionIsAllowed() {
        Evaluation answer = bounded.evaluate(request(ALICE, "s3:GetObject", BUCKET + "/a").build());
        assertEquals(Decision.ALLOWED, answer.decision());
        assertEquals("[identity[0].Statement[1], boundary[0].Statement[0]]", answer.statements().toString());
    }

    @Test
    void resourcePolicyNamingTheUserIsNotLimitedByTheBoundary() {
        // access_policies_boundaries.html: "an implicit deny in a permissions boundary does not limit the
        // permissions granted by a resource-based policy" to an IAM user ARN in the same account.
        Evaluator withBucketPolicy = Evaluator.builder().boundary(boundary).resourcePolicy(policy("""
                {"Version":"2012-10-17","Statement":[{"Effect":"Allow",
                  "Principal":{"AWS":"arn:aws:iam::111122223333:user/alice"},
                  "Action":"sqs:SendMessage","Resource":"*"}]}
                """)).build();
        assertEquals(Decision.ALLOWED, decide(withBucketPolicy,
                request(ALICE, "sqs:SendMessage", "arn:aws:sqs:us-east-1:111122223333:q")));
    }

    @Test
    void resourcePolicyNamingTheRoleIsLimitedByTheBoundary() {
        // access_policies_boundaries.html: a resource policy granting to the role ARN is limited by the
        // boundary of the role session.
        Evaluator withQueuePolicy = Evaluator.builder().boundary(boundary).resourcePolicy(policy("""
                {"Version":"2012-10-17","Statement":[{"Effect":"Allow",
                  "Principal":{"AWS":"arn:aws:iam::111122223333:role/app"},
                  "Action":"sqs:SendMessage","Resource":"*"}]}
                """)).build();
        assertEquals(Decision.IMPLICITLY_DENIED, decide(withQueuePolicy, request(
                "arn:aws:sts::111122223333:assumed-role/app/s1", "sqs:SendMessage",
                "arn:aws:sqs:us-east-1:111122223333:q")));
    }

    private final PolicyDocument bucketPolicyForAlice = policy("""
            {"Version":"2012-10-17","Statement":[{"Sid":"Alice","Effect":"Allow",
              "Principal":{"AWS":"arn:aws:iam::111122223333:user/alice"},
              "Action":"s3:PutObject","Resource":"arn:aws:s3:::amzn-s3-demo-bucket/*"}]}
            """);

    @Test
    void sameAccountResourcePolicyAloneAllows() {
        // reference_policies_evaluation-logic_policy-eval-basics.html: "If either the identity-based policy or
        // the resource-based policy within the same account allows the request ... the request is still
        // allowed" (the carlossalazar example).
        Evaluator evaluator = Evaluator.builder().resourcePolicy(bucketPolicyForAlice).build();
        Evaluation answer = evaluator.evaluate(request(ALICE, "s3:PutObject", BUCKET + "/k").build());
        assertEquals(Decision.ALLOWED, answer.decision());
        assertEquals("[resource[0].Statement[0](Alice)]", answer.statements().toString());
    }

    @Test
    void crossAccountNeedsBothSides() {
        // reference_policies_evaluation-logic-cross-account.html: the trusting account's resource policy and
        // the trusted principal's identity policy must both allow.
        String bob = "arn:aws:iam::444455556666:user/bob";
        PolicyDocument bucketPolicy = policy("""
                {"Version":"2012-10-17","Statement":[{"Effect":"Allow",
                  "Principal":{"AWS":"444455556666"},"Action":"s3:GetObject",
                  "Resource":"arn:aws:s3:::amzn-s3-demo-bucket/*"}]}
                """);
        PolicyDocument bobsPolicy = policy("""
                {"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:GetObject",
                  "Resource":"arn:aws:s3:::amzn-s3-demo-bucket/*"}]}
                """);
        Request.Builder get = request(bob, "s3:GetObject", BUCKET + "/k").resourceAccount("111122223333");
        assertEquals(Decision.ALLOWED, decide(Evaluator.builder().identityPolicy(bobsPolicy)
                .resourcePolicy(bucketPolicy).build(), get));
        assertEquals(Decision.IMPLICITLY_DENIED, decide(Evaluator.builder().identityPolicy(bobsPolicy).build(), get));
        assertEquals(Decision.IMPLICITLY_DENIED, decide(Evaluator.builder().resourcePolicy(bucketPolicy).build(), get));
    }

    @Test
    void trustPolicyMustAllowEvenInTheSameAccount() {
        // reference_policies_evaluation-logic_policy-eval-denyallow.html: for IAM role trust policies an
        // identity-based policy alone is not enough; a trust policy naming the account delegates to it.
        String role = "arn:aws:iam::111122223333:role/app";
        PolicyDocument assume = policy("""
                {"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"sts:AssumeRole","Resource":"*"}]}
                """);
        PolicyDocument trustsAccount = policy("""
                {"Version":"2012-10-17","Statement":[{"Effect":"Allow",
                  "Principal":{"AWS":"arn:aws:iam::111122223333:root"},"Action":"sts:AssumeRole"}]}
                """);
        PolicyDocument trustsAlice = policy("""
                {"Version":"2012-10-17","Statement":[{"Effect":"Allow",
                  "Principal":{"AWS":"arn:aws:iam::111122223333:user/alice"},"Action":"sts:AssumeRole"}]}
                """);
        Request.Builder assumeRole = request(ALICE, "sts:AssumeRole", role);
        assertEquals(Decision.IMPLICITLY_DENIED, decide(Evaluator.builder().trustPolicy(trustsAccount).build(),
                assumeRole));
        assertEquals(Decision.ALLOWED,
                decide(Evaluator.builder().identityPolicy(assume).trustPolicy(trustsAccount).build(), assumeRole));
        assertEquals(Decision.ALLOWED, decide(Evaluator.builder().trustPolicy(trustsAlice).build(), assumeRole));
        assertEquals(Decision.IMPLICITLY_DENIED,
                decide(Evaluator.builder().identityPolicy(assume).trustPolicy(trustsAlice).build(),
                        request("arn:aws:iam::111122223333:user/bob", "sts:AssumeRole", role)));
    }

    @Test
    void roleArnInAResourcePolicyNamesItsSessions() {
        // reference_policies_elements_principal.html#principal-roles: a role principal applies to the
        // sessions of that role.
        Evaluator evaluator = Evaluator.builder().resourcePolicy(policy("""
                {"Version":"2012-10-17","Statement":[{"Effect":"Allow",
                  "Principal":{"AWS":"arn:aws:iam::111122223333:role/path/app"},"Action":"s3:GetObject",
                  "Resource":"*"}]}
                """)).build();
        assertEquals(Decision.ALLOWED, decide(evaluator, request(
                "arn:aws:sts::111122223333:assumed-role/app/session-1", "s3:GetObject", BUCKET + "/k")));
        assertEquals(Decision.IMPLICITLY_DENIED, decide(evaluator, request(
                "arn:aws:sts::111122223333:assumed-role/other/session-1", "s3:GetObject", BUCKET + "/k")));
    }

    @Test
    void notPrincipalWithDenyExemptsOnlyAFullyListedChain() {
        // reference_policies_elements_notprincipal.html: the account ARN must be listed with the principal,
        // otherwise the Deny applies to the principal too.
        PolicyDocument onlyUser = policy("""
                {"Version":"2012-10-17","Statement":[
                  {"Effect":"Allow","Principal":"*","Action":"s3:GetObject","Resource":"*"},
                  {"Effect":"Deny","NotPrincipal":{"AWS":"arn:aws:iam::111122223333:user/alice"},
                   "Action":"s3:*","Resource":"*"}]}
                """);
        PolicyDocument userAndAccount = policy("""
                {"Version":"2012-10-17","Statement":[
                  {"Effect":"Allow","Principal":"*","Action":"s3:GetObject","Resource":"*"},
                  {"Effect":"Deny","NotPrincipal":{"AWS":["arn:aws:iam::111122223333:user/alice",
                     "arn:aws:iam::111122223333:root"]},"Action":"s3:*","Resource":"*"}]}
                """);
        Request.Builder get = request(ALICE, "s3:GetObject", BUCKET + "/k");
        assertEquals(Decision.EXPLICITLY_DENIED,
                decide(Evaluator.builder().resourcePolicy(onlyUser).build(), get));
        assertEquals(Decision.ALLOWED, decide(Evaluator.builder().resourcePolicy(userAndAccount).build(), get));
        assertEquals(Decision.EXPLICITLY_DENIED, decide(Evaluator.builder().resourcePolicy(userAndAccount).build(),
                request("arn:aws:iam::111122223333:user/bob", "s3:GetObject", BUCKET + "/k")));
    }

    @Test
    void servicePrincipalIsDecidedByTheResourcePolicy() {
        Evaluator evaluator = Evaluator.builder().resourcePolicy(policy("""
                {"Version":"2012-10-17","Statement":[{"Effect":"Allow",
                  "Principal":{"Service":"logging.s3.amazonaws.com"},"Action":"s3:PutObject","Resource":"*"}]}
                """)).build();
        assertEquals(Decision.ALLOWED, decide(evaluator,
                request("logging.s3.amazonaws.com", "s3:PutObject", BUCKET + "/logs/1")));
        assertEquals(Decision.IMPLICITLY_DENIED, decide(evaluator,
                request("lambda.amazonaws.com", "s3:PutObject", BUCKET + "/logs/1")));
    }

    @Test
    void notActionAllowsEverythingElse() {
        // reference_policies_elements_notaction.html: "Allow" with "NotAction":"iam:*" and "Resource":"*"
        // allows every action except IAM ones.
        Evaluator evaluator = Evaluator.builder().identityPolicy(policy("""
                {"Version":"2012-10-17","Statement":[{"Effect":"Allow","NotAction":"iam:*","Resource":"*"}]}
                """)).build();
        assertEquals(Decision.ALLOWED, decide(evaluator, request(ALICE, "s3:GetObject", BUCKET)));
        assertEquals(Decision.IMPLICITLY_DENIED, decide(evaluator, request(ALICE, "iam:CreateUser", "*")));
    }

    @Test
    void notResourceAppliesToEveryOtherResource() {
        // reference_policies_elements_notresource.html: Deny with NotResource denies everything but the list.
        Evaluator evaluator = Evaluator.builder().identityPolicy(policy("""
                {"Version":"2012-10-17","Statement":[
                  {"Effect":"Allow","Action":"s3:*","Resource":"*"},
                  {"Effect":"Deny","Action":"s3:*","NotResource":["arn:aws:s3:::HRBucket/Payroll",
                    "arn:aws:s3:::HRBucket/Payroll/*"]}]}
                """)).build();
        assertEquals(Decision.ALLOWED,
                decide(evaluator, request(ALICE, "s3:GetObject", "arn:aws:s3:::HRBucket/Payroll/jan")));
        assertEquals(Decision.EXPLICITLY_DENIED,
                decide(evaluator, request(ALICE, "s3:GetObject", "arn:aws:s3:::HRBucket/Other")));
    }

    @Test
    void actionsMatchIgnoringCaseWithWildcards() {
        // reference_policies_elements_action.html: action names are case-insensitive; * and ? wildcards.
        Evaluator evaluator = Evaluator.builder().identityPolicy(policy("""
                {"Version":"2012-10-17","Statement":[{"Effect":"Allow",
                  "Action":["S3:get*","sqs:?endMessage"],"Resource":"*"}]}
                """)).build();
        assertEquals(Decision.ALLOWED, decide(evaluator, request(ALICE, "s3:GetObject", BUCKET)));
        assertEquals(Decision.ALLOWED, decide(evaluator, request(ALICE, "SQS:SendMessage", "*")));
        assertEquals(Decision.IMPLICITLY_DENIED, decide(evaluator, request(ALICE, "s3:PutObject", BUCKET)));
    }

    @Test
    void resourcesMatchCaseSensitivelyWithWildcards() {
        // reference_policies_elements_resource.html: resource ARNs are case-sensitive; * spans "/" too.
        Evaluator evaluator = Evaluator.builder().identityPolicy(policy("""
                {"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:GetObject",
                  "Resource":["arn:aws:s3:::amzn-s3-demo-bucket/*/test/*","arn:aws:s3:::log-??"]}]}
                """)).build();
        assertEquals(Decision.ALLOWED, decide(evaluator, request(ALICE, "s3:GetObject", BUCKET + "/1/2/test/o.jpg")));
        assertEquals(Decision.ALLOWED, decide(evaluator, request(ALICE, "s3:GetObject", "arn:aws:s3:::log-01")));
        assertEquals(Decision.IMPLICITLY_DENIED,
                decide(evaluator, request(ALICE, "s3:GetObject", "arn:aws:s3:::log-001")));
        assertEquals(Decision.IMPLICITLY_DENIED,
                decide(evaluator, request(ALICE, "s3:GetObject", "arn:aws:s3:::AMZN-S3-DEMO-BUCKET/1/test/o")));
    }
}
