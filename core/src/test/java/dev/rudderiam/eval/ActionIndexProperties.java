package dev.rudderiam.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * The evaluator looks at only the statements whose {@code Action}/{@code NotAction} can match a request's action
 * ({@link ActionIndex}). That must never change an answer: for generated policies in every layer (actions in mixed
 * case, wildcards in the service and the name, {@code NotAction}) and generated requests (known, unknown and
 * mixed-case actions, actions without a service, service principals, service-linked roles), the indexed evaluator
 * gives the same {@link Evaluation} (decision, statements, reason, unmet layer) as one that tests every statement of
 * every layer against the request; and its statements are in the documented order.
 */
class ActionIndexProperties {
    static final List<String> PATTERNS = List.of("s3:*", "S3:PutObject", "s3:putobject", "s3:Put*", "s3:Get*",
            "s3:*Object", "s?:GetObject", "*:PutObject", "kinesis:*", "KINESIS:PutRecord", "sts:AssumeRole", "sts:*",
            "iam:*", "*", "ec2:RunInstances", "s3", "\u017f3:Get*", "s3:GetObject\u0131", "*:*");
    static final List<String> ACTIONS = List.of("s3:PutObject", "S3:PUTOBJECT", "s3:GetObject", "s3:DeleteObject",
            "s3:ListBucket", "kinesis:PutRecord", "sts:AssumeRole", "sts:TagSession", "iam:PassRole",
            "ec2:RunInstances", "lambda:InvokeFunction", "s3", "s4:GetObject", ":PutObject",
            "s3:GetObject\u212a", "s3:GetObjecti", "S3:Get:Object");

    @Provide
    Arbitrary<GuardrailProperties.Layers> layers() {
        GuardrailProperties generators = new GuardrailProperties();
        Arbitrary<String> patterns = Arbitraries.of(PATTERNS);
        return GuardrailProperties.layers(GuardrailProperties.documents(generators.statements(false, patterns)),
                GuardrailProperties.documents(generators.statements(true, patterns)));
    }

    @Provide
    Arbitrary<List<Request>> requests() {
        Arbitrary<String> principals = Arbitraries.of(GuardrailProperties.PRINCIPALS.get(0),
                GuardrailProperties.PRINCIPALS.get(1), GuardrailProperties.PRINCIPALS.get(2), "s3.amazonaws.com");
        Arbitrary<Request> request = Combinators.combine(principals, Arbitraries.of(ACTIONS),
                Arbitraries.of(GuardrailProperties.RESOURCES), Arbitraries.of("", "us-east-1", "eu-west-1"),
                Arbitraries.of(false, false, true)).as((principal, action, resource, region, serviceLinked) -> {
                    Request.Builder b = Request.builder().principal(principal).action(action).resource(resource)
                            .resourceAccount(GuardrailProperties.ACCOUNT).serviceLinkedRole(serviceLinked);
                    if (!region.isEmpty()) {
                        b.context("aws:RequestedRegion", region);
                    }
                    return b.build();
                });
        return request.list().ofMinSize(1).ofMaxSize(12);
    }

    @Property(tries = 200)
    void theIndexNeverChangesAnAnswer(@ForAll("layers") GuardrailProperties.Layers layers,
            @ForAll("requests") List<Request> requests) {
        Evaluator indexed = layers.builder().indexAfter(0).build();
        Evaluator everyStatement = layers.builder().indexAfter(Integer.MAX_VALUE).build();
        for (Request request : requests) {
            Evaluation answer = indexed.evaluate(request);
            assertEquals(everyStatement.evaluate(request), answer, request::toString);
            assertEquals(answer.statements().stream().sorted(DOCUMENTED_ORDER).toList(), answer.statements(),
                    () -> "statements out of order for " + request);
        }
    }

    /**
     * An evaluator builds its index only after some decisions ({@link Evaluator#INDEX_AFTER}); before, during and
     * after that switch (here after 0 to 6 decisions, within a request list) every answer is the one of testing
     * every statement.
     */
    @Property(tries = 100)
    void buildingTheIndexLaterNeverChangesAnAnswer(@ForAll("layers") GuardrailProperties.Layers layers,
            @ForAll("requests") List<Request> requests, @ForAll @IntRange(max = 6) int indexAfter) {
        Evaluator lazy = layers.builder().indexAfter(indexAfter).build();
        Evaluator everyStatement = layers.builder().indexAfter(Integer.MAX_VALUE).build();
        for (Request request : requests) {
            assertEquals(everyStatement.evaluate(request), lazy.evaluate(request), request::toString);
        }
    }

    /**
     * Threads sharing one evaluator while it builds its index (each deciding past {@link Evaluator#INDEX_AFTER})
     * all get the answers of testing every statement: the index is published whole.
     */
    @Example
    void threadsSharingAnEvaluatorWhileItBuildsItsIndexGetTheSameAnswers() throws Exception {
        GuardrailProperties.Layers layers = layers().sample();
        List<Request> requests = requests().sample();
        Evaluator shared = layers.builder().build();
        Evaluator everyStatement = layers.builder().indexAfter(Integer.MAX_VALUE).build();
        List<Evaluation> expected = requests.stream().map(everyStatement::evaluate).toList();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<Evaluation>>> answers = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                answers.add(pool.submit(() -> {
                    List<Evaluation> out = new ArrayList<>();
                    for (int round = 0; round < Evaluator.INDEX_AFTER; round++) {
                        out = requests.stream().map(shared::evaluate).toList();
                    }
                    return out;
                }));
            }
            for (Future<List<Evaluation>> answer : answers) {
                assertEquals(expected, answer.get());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** The order {@link Evaluation#statements()} documents: by kind of policy, then policy, then statement. */
    static final Comparator<StatementRef> DOCUMENTED_ORDER = Comparator.comparing(StatementRef::source)
            .thenComparingInt(StatementRef::policy).thenComparingInt(StatementRef::statement);
}
