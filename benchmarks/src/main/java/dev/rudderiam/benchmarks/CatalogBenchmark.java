package dev.rudderiam.benchmarks;

import dev.rudderiam.catalog.DestinationTemplate;
import dev.rudderiam.catalog.PolicyCatalog;
import dev.rudderiam.catalog.blueprint.RudderStackRole;
import dev.rudderiam.catalog.export.ExportFormat;
import dev.rudderiam.json.JsonStyle;
import dev.rudderiam.policy.Condition;
import dev.rudderiam.policy.Effect;
import dev.rudderiam.policy.PolicyDocument;
import dev.rudderiam.policy.Statement;
import dev.rudderiam.role.RoleSpec;
import java.util.Map;
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

/**
 * Cost of the policy catalog: rendering the S3 template (parameter checks, placeholder substitution, JSON round
 * trip into the model) against the baseline of building the same document directly with the core builders, and
 * composing and exporting the README's three-destination role.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class CatalogBenchmark {
    private static final Map<String, String> S3 = Map.of("bucketName", "acme-events");

    private DestinationTemplate s3;
    private RoleSpec role;

    @Setup
    public void setUp() {
        s3 = PolicyCatalog.bundled().template("S3");
        role = readmeRole();
    }

    /** Baseline: the S3 policy (uploads, and the listing under its s3:prefix condition) built with the core builders. */
    @Benchmark
    public PolicyDocument s3PolicyByHand() {
        return PolicyDocument.builder().addStatement(Statement.builder().sid("S3UploadObjects").effect(Effect.ALLOW)
                .addAction("s3:PutObject").addAction("s3:PutObjectAcl").addAction("s3:AbortMultipartUpload")
                .addResource("arn:aws:s3:::acme-events/*").build())
                .addStatement(Statement.builder().sid("S3ListDateFolders").effect(Effect.ALLOW)
                        .addAction("s3:ListBucket").addResource("arn:aws:s3:::acme-events")
                        .condition(Condition.builder().add("StringLike", "s3:prefix", "rudder-logs/*", "*/rudder-logs/*")
                                .build())
                        .build())
                .build();
    }

    @Benchmark
    public PolicyDocument s3PolicyFromTemplate() {
        return s3.render(S3);
    }

    @Benchmark
    public RoleSpec readmeRoleBlueprint() {
        return readmeRole();
    }

    @Benchmark
    public String readmeRoleCloudFormation() {
        return ExportFormat.CLOUDFORMATION.write(role, JsonStyle.COMPACT);
    }

    private static RoleSpec readmeRole() {
        return RudderStackRole.builder()
                .workspaceId("2bWqXYZabc123")
                .roleName("rudderstack-destinations")
                .destination("S3", S3)
                .destination("KINESIS", Map.of("region", "us-east-1", "accountId", "123456789012", "streamName", "events"))
                .destination("SNOWFLAKE", Map.of("bucketName", "acme-staging", "cleanup", "true"))
                .build();
    }
}
