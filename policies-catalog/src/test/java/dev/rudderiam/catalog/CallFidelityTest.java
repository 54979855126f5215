package dev.rudderiam.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.rudderiam.eval.ContextValue;
import dev.rudderiam.eval.Evaluation;
import dev.rudderiam.eval.Evaluator;
import dev.rudderiam.eval.Request;
import dev.rudderiam.policy.Action;
import dev.rudderiam.policy.Effect;
import dev.rudderiam.policy.PolicyDocument;
import dev.rudderiam.policy.Statement;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every template grants exactly the calls RudderStack makes with it: for every combination of its parameters
 * ({@link CatalogVariants}), the offline evaluator allows each {@link RudderStackCall} the template lists (with
 * example runtime values, from the role session the call names), and every action the rendered policy grants is
 * one of those calls' actions: no template grants an action on purpose that RudderStack does not use.
 */
class CallFidelityTest {
    private static final Pattern SESSION = Pattern.compile("rudderstack-aws-[a-z0-9-]+-access");

    @TestFactory
    Stream<DynamicTest> everyTemplateAllowsItsCallsAndGrantsNothingElse() {
        return PolicyCatalog.bundled().destinations().stream().map(template -> DynamicTest.dynamicTest(
                template.id(), () -> {
                    List<String> problems = new ArrayList<>();
                    List<Map<String, String>> variants = CatalogVariants.of(template);
                    assertFalse(variants.isEmpty());
                    for (Map<String, String> values : variants) {
                        problems.addAll(problems(template, values));
                    }
                    assertEquals(List.of(), problems.stream().distinct().collect(Collectors.toList()),
                            template.id());
                }));
    }

    /** {@return what is wrong with the template for these values: denied calls, unexplained grants} */
    static List<String> problems(DestinationTemplate template, Map<String, String> values) {
        List<String> problems = new ArrayList<>();
        PolicyDocument policy = template.render(values);
        List<RudderStackCall> calls = template.calls(values);
        if (calls.isEmpty()) {
            problems.add(values + ": no calls");
        }
        Evaluator evaluator = Evaluator.builder().identityPolicy(policy).build();
        String account = values.getOrDefault("accountId", RudderStackCall.EXAMPLE_RUNTIME_VALUES.get("account"));
        Set<String> called = new LinkedHashSet<>();
        for (RudderStackCall call : calls) {
            called.add(call.action());
            String session = call.session();
            if ((session == null) != (call.caller() == RudderStackCall.Caller.SNOWFLAKE_STORAGE_INTEGRATION)
                    || (session != null && !SESSION.matcher(session).matches())) {
                problems.add(values + ": " + call.operation() + " has session " + session);
            }
            RudderStackCall resolved = call.withRuntimeValues(RudderStackCall.EXAMPLE_RUNTIME_VALUES);
            String principal = "arn:aws:sts::" + account + ":assumed-role/rudderstack/"
                    + (session == null ? "snowflake" : session);
            for (String resource : resolved.resources()) {
                Request.Builder request = Request.builder().principal(principal).action(call.action())
                        .resource(resource);
                resolved.context().forEach((key, value) -> request.context(key, ContextValue.of(value)));
                Evaluation evaluation = evaluator.evaluate(request.build());
                if (!evaluation.allowed()) {
                    problems.add(values + ": " + call.operation() + " " + call.action() + " on " + resource
                            + (resolved.context().isEmpty() ? "" : " with " + resolved.context()) + " is "
                            + evaluation.decision().label() + " (" + call.condition() + ")");
                }
            }
        }
        for (Statement statement : policy.statements()) {
            if (statement.effect() != Effect.ALLOW) {
                continue;
            }
            for (Action action : statement.actions()) {
                if (!called.contains(action.value())) {
                    problems.add(values + ": grants " + action.value() + " (" + statement.sid()
                            + "), which no listed call needs");
                }
            }
        }
        return problems;
    }
}
