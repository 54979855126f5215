package dev.rudderiam.benchmarks;

import dev.rudderiam.json.PolicyJson;
import dev.rudderiam.minimize.PolicyMinimizer;
import dev.rudderiam.policy.Effect;
import dev.rudderiam.policy.PolicyDocument;
import dev.rudderiam.policy.Statement;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Time to minimize a 100-statement policy: 20 destinations (buckets, queues, streams), each granted five actions
 * in five separate statements, some with a wildcard that covers others. The baseline {@code writeJson} serializes
 * the same document, the cost every caller pays anyway.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class MinimizerBenchmark {
    PolicyDocument policy;

    @Setup
    public void setUp() {
        policy = hundredStatements();
    }

    static PolicyDocument hundredStatements() {
        String[][] services = {
            {"s3", "arn:aws:s3:::bucket-%d/*", "PutObject", "PutObjectAcl", "GetObject", "Get*", "ListBucket"},
            {"sqs", "arn:aws:sqs:us-east-1:111122223333:queue-%d", "SendMessage", "GetQueueUrl",
                "GetQueueAttributes", "Get*", "SendMessageBatch"},
            {"kinesis", "arn:aws:kinesis:us-east-1:111122223333:stream/stream-%d", "PutRecord", "PutRecords",
                "DescribeStream", "Describe*", "ListShards"},
            {"firehose", "arn:aws:firehose:us-east-1:111122223333:deliverystream/fh-%d", "PutRecord",
                "PutRecordBatch", "DescribeDeliveryStream", "Describe*", "ListDeliveryStreams"},
        };
        PolicyDocument.Builder b = PolicyDocument.builder();
        for (int d = 0; d < 20; d++) {
            String[] service = services[d % services.length];
            String resource = String.format(service[1], d);
            for (int a = 2; a < 7; a++) {
                b.addStatement(Statement.builder().effect(Effect.ALLOW).addAction(service[0] + ":" + service[a])
                        .addResource(resource).build());
            }
        }
        return b.build();
    }

    @Benchmark
    public PolicyDocument minimize() {
        return PolicyMinimizer.minimize(policy);
    }

    @Benchmark
    public String writeJson() {
        return PolicyJson.write(policy);
    }
}
