package dev.rudderiam.benchmarks;

import dev.rudderiam.catalog.reference.BundledServiceReference;
import dev.rudderiam.json.PolicyJson;
import dev.rudderiam.minimize.PolicyMinimizer;
import dev.rudderiam.policy.PolicyDocument;
import dev.rudderiam.role.ExternalId;
import dev.rudderiam.validation.PolicyType;
import dev.rudderiam.validation.ValidationResult;
import dev.rudderiam.validation.Validator;
import dev.rudderiam.validation.rules.RuleSets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;
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

/**
 * Validating (every rule set) and minimizing the largest documents the reader accepts: 1,048,576 characters, eight
 * times what IAM's API takes in one {@code PolicyDocument}. The issue's goal is under one second for each. Shapes,
 * each filled up to the reader's limit:
 * <ul>
 *   <li>{@code actions}: one statement with about 53,000 distinct actions ({@code s3:GetObject0}, ...);</li>
 *   <li>{@code wildcards}: one statement with about 75,000 wildcard actions sharing one literal prefix
 *       ({@code s3:a*b0}, ...), the worst case of an index by prefix;</li>
 *   <li>{@code mergeable}: about 13,000 statements of one action each over 100 buckets, which merge into 100;</li>
 *   <li>{@code sameResource}: about 14,700 statements with a wildcard action each on one resource, which merge into
 *       one statement of 14,700 actions;</li>
 *   <li>{@code disjoint}: about 13,700 statements that neither merge nor cover each other, each with a wildcard
 *       action and resource;</li>
 *   <li>{@code real}: about 8,600 statements mixing real actions, wildcards and resources, with many repeats;</li>
 *   <li>{@code variables}: one statement whose two resources are long runs of policy variable starts (a dollar
 *       sign and an opening brace) that no brace closes, which a pattern reader that looks for each one's closing
 *       brace reads in quadratic time.</li>
 * </ul>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class LargeDocumentBenchmark {
    /** The reader's limit, 1,048,576 characters. */
    static final int MAX_CHARS = PolicyJson.MAX_DOCUMENT_CHARS;

    @Param({"actions", "wildcards", "mergeable", "sameResource", "disjoint", "real", "variables"})
    public String shape;

    private PolicyDocument document;
    private Validator validator;

    @Setup
    public void setUp() {
        String text = document(shape);
        if (text.length() > MAX_CHARS) {
            throw new IllegalStateException(shape + " has " + text.length() + " characters");
        }
        document = PolicyJson.read(text);
        validator = Validator.builder().addAll(RuleSets.all(BundledServiceReference.bundled(),
                ExternalId.of(ValidationBenchmark.WORKSPACE), List.of())).build();
    }

    static String document(String shape) {
        StringBuilder json = new StringBuilder("{\"Version\":\"2012-10-17\",\"Statement\":[");
        int limit = MAX_CHARS - 400;
        switch (shape) {
            case "actions":
                oneStatement(json, limit, i -> "s3:GetObject" + i);
                break;
            case "wildcards":
                oneStatement(json, limit, i -> "s3:a*b" + i);
                break;
            case "mergeable":
                statements(json, limit, i -> statement("s3:GetObject" + i, "arn:aws:s3:::b" + i % 100 + "/*"));
                break;
            case "sameResource":
                statements(json, limit, i -> statement("s3:G*t" + i, "arn:aws:s3:::b/*"));
                break;
            case "disjoint":
                statements(json, limit, i -> statement("s3:G*t" + i, "arn:aws:s3:::b" + i + "*/*"));
                break;
            case "real":
                String[] actions = {"s3:GetObject", "s3:Get*", "ec2:Describe*", "iam:*", "s3:*Object*",
                    "sqs:SendMessage", "kinesis:PutRecord", "s3:PutObject", "dynamodb:*Item", "lambda:Invoke*",
                    "iam:PassRole", "s3:List*"};
                String[] resources = {"arn:aws:s3:::bucket/*", "arn:aws:s3:::bucket", "*",
                    "arn:aws:sqs:us-east-1:111122223333:q", "arn:aws:iam::111122223333:role/r*"};
                statements(json, limit, i -> "{\"Effect\":\"Allow\",\"Action\":[\"" + actions[i % actions.length]
                        + "\",\"" + actions[(i * 7 + 3) % actions.length] + "\"],\"Resource\":[\""
                        + resources[i % resources.length] + "\",\"" + resources[i / 3 % resources.length] + "\"]}");
                break;
            case "variables":
                json.append("{\"Effect\":\"Allow\",\"Action\":\"s3:GetObject\",\"Resource\":[\"arn:aws:s3:::");
                while (json.length() < limit / 2) {
                    json.append("${");
                }
                json.append("\",\"arn:aws:s3:::*");
                while (json.length() < limit) {
                    json.append("${a");
                }
                json.append("\"]}");
                break;
            default:
                throw new IllegalArgumentException("unknown shape " + shape);
        }
        return json.append("]}").toString();
    }

    private static String statement(String action, String resource) {
        return "{\"Effect\":\"Allow\",\"Action\":\"" + action + "\",\"Resource\":\"" + resource + "\"}";
    }

    private static void oneStatement(StringBuilder json, int limit, IntFunction<String> action) {
        json.append("{\"Effect\":\"Allow\",\"Resource\":\"*\",\"Action\":[");
        for (int i = 0; json.length() < limit; i++) {
            json.append(i == 0 ? "\"" : ",\"").append(action.apply(i)).append('"');
        }
        json.append("]}");
    }

    private static void statements(StringBuilder json, int limit, IntFunction<String> statement) {
        for (int i = 0; json.length() < limit; i++) {
            json.append(i == 0 ? "" : ",").append(statement.apply(i));
        }
    }

    @Benchmark
    public ValidationResult validate() {
        return validator.validate(document, PolicyType.IDENTITY);
    }

    @Benchmark
    public PolicyDocument minimize() {
        return PolicyMinimizer.minimize(document);
    }
}
