package dev.rudderiam.benchmarks;

import dev.rudderiam.eval.Decision;
import dev.rudderiam.eval.Evaluator;
import dev.rudderiam.eval.Request;
import dev.rudderiam.json.PolicyJson;
import dev.rudderiam.policy.PolicyDocument;
import dev.rudderiam.role.RudderStack;
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
 * policies for every decision, which is what evaluating the documents directly would cost.
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

    PolicyDocument trust;
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
        for (int i = 0; i < requests.length; i++) {
            Decision actual = evaluators[i].evaluate(requests[i]).decision();
            if (actual != expected[i]) {
                throw new IllegalStateException("request " + i + " decided " + actual + ", expected " + expected[i]);
            }
        }
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
    public void compileAndDecide(Blackhole bh) {
        for (int i = 0; i < requests.length; i++) {
            Evaluator fresh = i < 2 ? compileTrust() : compileRole();
            bh.consume(fresh.evaluate(requests[i]).decision());
        }
    }
}
