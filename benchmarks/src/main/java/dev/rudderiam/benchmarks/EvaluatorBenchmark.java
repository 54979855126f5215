package dev.rudderiam.benchmarks;

import dev.rudderiam.eval.Decision;
import dev.rudderiam.eval.Evaluator;
import dev.rudderiam.eval.OrganizationLevel;
import dev.rudderiam.eval.Request;
import dev.rudderiam.json.PolicyJson;
import dev.rudderiam.policy.PolicyDocument;
import dev.rudderiam.role.RudderStack;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Decisions per second for a RudderStack role: the trust policy plus an S3 destination policy, over four
 * requests (assume with the right external id, with a wrong one, an allowed PutObject, a DeleteObject nothing
 * allows). {@code decide} uses an evaluator compiled once; the baseline {@code compileAndDecide} compiles the
 * policies for every decision, which is what evaluating the documents directly would cost. {@code decideGuarded}
 * decides the same four requests with every guardrail layer present: SCPs at three levels (FullAWSAccess at the
 * root and the account, FullAWSAccess and a region deny at an OU), a data-perimeter RCP, a permissions boundary,
 * and, for the role's session, a TLS-only bucket policy; the goal is at least 5,000,000 decisions per second.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class EvaluatorBenchmark {
    static final String S3_DESTINATION = """
            {"Version":"2012-10-17","Statement":[{"Effect":"Allow",
              "Action":["s3:PutObject","s3:PutObjectAcl","s3:GetBucketLocation","s3:ListBucket"],
              "Resource":["arn:aws:s3:::rudder-events","arn:aws:s3:::rudder-events/*"]}]}
            """;
    static final String ROLE = "arn:aws:iam::111122223333:role/rudderstack";

    static final String ASSUME_ROLE = """
            {"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"sts:AssumeRole","Resource":"*"}]}
            """;

    static final String FULL_AWS_ACCESS = """
            {"Version":"2012-10-17","Statement":[{"Sid":"FullAWSAccess","Effect":"Allow","Action":"*","Resource":"*"}]}
            """;
    static final String REGION_DENY = """
            {"Version":"2012-10-17","Statement":[{"Sid":"DenyOutsideUS","Effect":"Deny",
              "NotAction":["iam:*","sts:*","organizations:*"],"Resource":"*",
              "Condition":{"StringNotEquals":{"aws:RequestedRegion":["us-east-1","us-west-2"]}}}]}
            """;
    static final String PERIMETER = """
            {"Version":"2012-10-17","Statement":[{"Sid":"EnforceOrgIdentities","Effect":"Deny","Principal":"*",
              "Action":["s3:*","sts:AssumeRole","kms:*"],"Resource":"*",
              "Condition":{"StringNotEqualsIfExists":{"aws:PrincipalOrgID":"o-acme12345678",
                                                       "aws:PrincipalAccount":"422074288268"},
                           "BoolIfExists":{"aws:PrincipalIsAWSService":"false"}}}]}
            """;
    static final String BOUNDARY = """
            {"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":["s3:*","sts:AssumeRole"],"Resource":"*"}]}
            """;
    static final String TLS_ONLY = """
            {"Version":"2012-10-17","Statement":[{"Sid":"DenyInsecureTransport","Effect":"Deny","Principal":"*",
              "Action":"s3:*","Resource":["arn:aws:s3:::rudder-events","arn:aws:s3:::rudder-events/*"],
              "Condition":{"Bool":{"aws:SecureTransport":"false"}}}]}
            """;

    PolicyDocument trust;
    /** Per request, the evaluator with every guardrail layer. */
    Evaluator[] guarded;
    /** The same requests with the context RudderStack's requests carry: TLS, the region, the organization. */
    Request[] guardedRequests;
    PolicyDocument destination;
    PolicyDocument assumeRole;
    /** Per request, the evaluator for its principal: RudderStack's account, or the role's session. */
    Evaluator[] evaluators;
    Request[] requests;

    @Setup
    public void setUp() {
        trust = RudderStack.trustPolicy("2Nk4t3WkHTGYzbTvG2zLXJXKNoF");
        destination = PolicyJson.read(S3_DESTINATION);
        assumeRole = PolicyJson.read(ASSUME_ROLE);
        evaluators = new Evaluator[] {compileTrust(), compileTrust(), compileRole(), compileRole()};
        String session = "arn:aws:sts::111122223333:assumed-role/rudderstack/rudder";
        requests = new Request[] {
            Request.builder().principal("arn:aws:iam::422074288268:root").action("sts:AssumeRole").resource(ROLE)
                    .context("sts:ExternalId", "2Nk4t3WkHTGYzbTvG2zLXJXKNoF").build(),
            Request.builder().principal("arn:aws:iam::422074288268:root").action("sts:AssumeRole").resource(ROLE)
                    .context("sts:ExternalId", "other-workspace").build(),
            Request.builder().principal(session).action("s3:PutObject")
                    .resource("arn:aws:s3:::rudder-events/2024/01/01/events.json.gz").build(),
            Request.builder().principal(session).action("s3:DeleteObject")
                    .resource("arn:aws:s3:::rudder-events/2024/01/01/events.json.gz").build(),
        };
        Decision[] expected = {Decision.ALLOWED, Decision.IMPLICITLY_DENIED, Decision.ALLOWED,
            Decision.IMPLICITLY_DENIED};
        guarded = new Evaluator[] {guardedTrust(), guardedTrust(), guardedRole(), guardedRole()};
        guardedRequests = new Request[requests.length];
        for (int i = 0; i < requests.length; i++) {
            Request.Builder b = requests[i].toBuilder().context("aws:SecureTransport", "true")
                    .context("aws:RequestedRegion", "us-east-1");
            guardedRequests[i] = (i < 2 ? b : b.context("aws:PrincipalOrgID", "o-acme12345678")).build();
        }
        for (int i = 0; i < requests.length; i++) {
            Decision actual = evaluators[i].evaluate(requests[i]).decision();
            Decision withGuardrails = guarded[i].evaluate(guardedRequests[i]).decision();
            if (actual != expected[i] || withGuardrails != expected[i]) {
                throw new IllegalStateException("request " + i + " decided " + actual + " and with guardrails "
                        + withGuardrails + ", expected " + expected[i]);
            }
        }
    }

    /** The guardrails of the customer's account: SCPs at three levels and a data-perimeter RCP. */
    private static Evaluator.Builder guardrails() {
        PolicyDocument full = PolicyJson.read(FULL_AWS_ACCESS);
        return Evaluator.builder()
                .serviceControlPolicies(List.of(OrganizationLevel.of("root", full),
                        OrganizationLevel.of("ou-ab12-34cd5678", full, PolicyJson.read(REGION_DENY)),
                        OrganizationLevel.of("account", full)))
                .resourceControlPolicies(List.of(OrganizationLevel.of("root", PolicyJson.read(PERIMETER))))
                .organizationAccount("111122223333");
    }

    private Evaluator guardedTrust() {
        return guardrails().identityPolicy(assumeRole).boundary(PolicyJson.read(BOUNDARY)).trustPolicy(trust).build();
    }

    private Evaluator guardedRole() {
        return guardrails().identityPolicy(destination).boundary(PolicyJson.read(BOUNDARY))
                .resourcePolicy(PolicyJson.read(TLS_ONLY)).build();
    }

    /** RudderStack's side allows sts:AssumeRole; the role's trust policy decides. */
    private Evaluator compileTrust() {
        return Evaluator.builder().identityPolicy(assumeRole).trustPolicy(trust).build();
    }

    /** The role's session acts under the S3 destination policy. */
    private Evaluator compileRole() {
        return Evaluator.builder().identityPolicy(destination).build();
    }

    @Benchmark
    @OperationsPerInvocation(4)
    public void decide(Blackhole bh) {
        for (int i = 0; i < requests.length; i++) {
            bh.consume(evaluators[i].evaluate(requests[i]).decision());
        }
    }

    @Benchmark
    @OperationsPerInvocation(4)
    public void decideGuarded(Blackhole bh) {
        for (int i = 0; i < requests.length; i++) {
            bh.consume(guarded[i].evaluate(guardedRequests[i]).decision());
        }
    }

    @Benchmark
    @OperationsPerInvocation(4)
    public void compileAndDecide(Blackhole bh) {
        for (int i = 0; i < requests.length; i++) {
            Evaluator fresh = i < 2 ? compileTrust() : compileRole();
            bh.consume(fresh.evaluate(requests[i]).decision());
        }
    }
}
