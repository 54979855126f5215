package dev.rudderiam.benchmarks;

import dev.rudderiam.catalog.reference.BundledServiceReference;
import dev.rudderiam.json.PolicyJson;
import dev.rudderiam.role.ExternalId;
import dev.rudderiam.role.PolicyName;
import dev.rudderiam.role.RoleSpec;
import dev.rudderiam.role.RudderStack;
import dev.rudderiam.validation.ValidationResult;
import dev.rudderiam.validation.Validator;
import dev.rudderiam.validation.rules.RuleSets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import software.amazon.awssdk.policybuilder.iam.IamConditionOperator;
import software.amazon.awssdk.policybuilder.iam.IamEffect;
import software.amazon.awssdk.policybuilder.iam.IamPolicy;
import software.amazon.awssdk.policybuilder.iam.IamPrincipalType;
import software.amazon.awssdk.policybuilder.iam.IamStatement;

/**
 * Validating a RudderStack role (its trust policy and one S3 destination policy) with every rule set, against the
 * AWS SDK for Java v2 {@code iam-policy-builder} building and serializing the same two documents. The goal
 * is a ratio {@code validateRole / sdkBuildAndSerialize <= 1.0} in the same run.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class ValidationBenchmark {
    static final String WORKSPACE = "2Nk4t3WkHTGYzbTvG2zLXJXKNoF";
    static final String BUCKET = "arn:aws:s3:::rudder-events/*";

    private Validator validator;
    private RoleSpec role;

    @Setup
    public void setUp() {
        validator = Validator.builder().addAll(RuleSets.all(BundledServiceReference.bundled(), ExternalId.of(WORKSPACE),
                List.of())).build();
        role = RoleSpec.builder()
                .name("RudderStackS3")
                .trustPolicy(RudderStack.trustPolicy(WORKSPACE))
                .inlinePolicy(PolicyName.of("s3"), PolicyJson.read("{\"Version\":\"2012-10-17\",\"Statement\":[{"
                        + "\"Effect\":\"Allow\",\"Action\":[\"s3:PutObject\",\"s3:PutObjectAcl\"],\"Resource\":\""
                        + BUCKET + "\"}]}"))
                .build();
        ValidationResult result = validator.validate(role);
        if (!result.isEmpty()) {
            throw new IllegalStateException("the benchmark role should be clean: " + result.findings());
        }
    }

    @Benchmark
    public ValidationResult validateRole() {
        return validator.validate(role);
    }

    @Benchmark
    public void sdkBuildAndSerialize(Blackhole blackhole) {
        blackhole.consume(IamPolicy.builder()
                .version("2012-10-17")
                .addStatement(IamStatement.builder()
                        .effect(IamEffect.ALLOW)
                        .addPrincipal(IamPrincipalType.AWS, "arn:aws:iam::" + RudderStack.ACCOUNT + ":root")
                        .addAction("sts:AssumeRole")
                        .addCondition(IamConditionOperator.STRING_EQUALS, "sts:ExternalId", WORKSPACE)
                        .build())
                .build()
                .toJson());
        blackhole.consume(IamPolicy.builder()
                .version("2012-10-17")
                .addStatement(IamStatement.builder()
                        .effect(IamEffect.ALLOW)
                        .addAction("s3:PutObject")
                        .addAction("s3:PutObjectAcl")
                        .addResource(BUCKET)
                        .build())
                .build()
                .toJson());
    }
}
