package dev.rudderiam.benchmarks;

import dev.rudderiam.corpus.CorpusFiles;
import dev.rudderiam.json.PolicyJson;
import dev.rudderiam.policy.PolicyDocument;
import dev.rudderiam.role.RudderStack;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import software.amazon.awssdk.policybuilder.iam.IamPolicy;

/**
 * Read and write throughput of {@link PolicyJson} against the AWS SDK for Java v2 {@code iam-policy-builder}
 * ({@code IamPolicy.fromJson} / {@code toJson}) on the same inputs: the RudderStack trust policy, an S3 destination
 * policy, and the AWS managed policy corpus (each operation handles every document of the input set once).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class PolicyJsonBenchmark {
    /** RudderStack's documented S3 destination policy, with the bucket filled in. */
    static final String S3_DESTINATION_POLICY = """
            {"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":["s3:PutObject","s3:PutObjectAcl"],
            "Resource":"arn:aws:s3:::rudder-events/*"},{"Effect":"Allow","Action":"s3:ListBucket",
            "Resource":"arn:aws:s3:::rudder-events"}]}""";

    @Param({"trust", "destination", "corpus"})
    public String input;

    private List<String> texts;
    private List<PolicyDocument> ours;
    private List<IamPolicy> sdk;

    @Setup
    public void setUp() {
        List<String> candidates;
        switch (input) {
            case "trust":
                candidates = List.of(PolicyJson.write(RudderStack.trustPolicy("2Nk4t3WkHTGYzbTvG2zLXJXKNoF")));
                break;
            case "destination":
                candidates = List.of(S3_DESTINATION_POLICY);
                break;
            default:
                candidates = new ArrayList<>(CorpusFiles.managedPolicies().values());
        }
        texts = new ArrayList<>();
        ours = new ArrayList<>();
        sdk = new ArrayList<>();
        for (String text : candidates) {
            IamPolicy sdkPolicy;
            try {
                sdkPolicy = IamPolicy.fromJson(text);
            } catch (RuntimeException sdkRefuses) {
                continue; // compare only on documents both libraries read
            }
            texts.add(text);
            ours.add(PolicyJson.read(text));
            sdk.add(sdkPolicy);
        }
        System.out.println("\n" + input + ": " + texts.size() + " of " + candidates.size()
                + " documents read by both libraries");
    }

    @Benchmark
    public void readRudderIam(Blackhole bh) {
        for (String text : texts) {
            bh.consume(PolicyJson.read(text));
        }
    }

    @Benchmark
    public void readSdk(Blackhole bh) {
        for (String text : texts) {
            bh.consume(IamPolicy.fromJson(text));
        }
    }

    @Benchmark
    public void writeRudderIam(Blackhole bh) {
        for (PolicyDocument document : ours) {
            bh.consume(PolicyJson.write(document));
        }
    }

    @Benchmark
    public void writeSdk(Blackhole bh) {
        for (IamPolicy policy : sdk) {
            bh.consume(policy.toJson());
        }
    }
}
