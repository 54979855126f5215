package dev.rudderiam.pattern;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rudderiam.eval.ContextValue;
import dev.rudderiam.eval.Evaluator;
import dev.rudderiam.eval.Request;
import dev.rudderiam.policy.Condition;
import dev.rudderiam.policy.Effect;
import dev.rudderiam.policy.PolicyDocument;
import dev.rudderiam.policy.Statement;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The kernel's {@link StatementPattern#covers} agrees with the evaluator: when statement A covers B (each in its
 * own document, of either version), every generated request B's document allows, A's document allows too. The
 * statements mix {@code Action}/{@code NotAction}, {@code Resource}/{@code NotResource}/neither, empty lists,
 * wildcards, policy variables and condition clauses; the requests every combination of actions, resources and
 * context values that match, or nearly match, them. This one property stands for the covers tests each engine
 * had before the kernel.
 */
class CoversProperties {
    static final List<String> ACTIONS = List.of("s3:GetObject", "s3:Get*", "S3:getobject", "s3:PutObject", "s3:*",
            "ec2:*", "*", "s3:?etObject", "s3:Put*");
    static final List<String> RESOURCES = List.of("arn:aws:s3:::b/*", "arn:aws:s3:::b/k", "*",
            "arn:aws:s3:::b/${aws:username}", "arn:aws:s3:::b/?", "arn:aws:s3:::c");
    static final List<String> REQUEST_ACTIONS = List.of("s3:GetObject", "s3:PutObject", "ec2:RunInstances",
            "s3:SetObject", "iam:PassRole", "s3:GetObjectAcl");
    static final List<String> REQUEST_RESOURCES = List.of("arn:aws:s3:::b/k", "arn:aws:s3:::b/alice",
            "arn:aws:s3:::b/${aws:username}", "arn:aws:s3:::c", "arn:aws:s3:::b/kk");
    static final List<String> USERS = List.of("alice", "k", "");

    @Provide
    Arbitrary<PolicyDocument> statements() {
        Arbitrary<List<String>> actions = Arbitraries.of(ACTIONS).list().ofMinSize(0).ofMaxSize(3);
        Arbitrary<List<String>> resources = Arbitraries.of(RESOURCES).list().ofMinSize(0).ofMaxSize(3);
        Arbitrary<Condition> conditions = Arbitraries.of(Condition.EMPTY, Condition.EMPTY,
                Condition.builder().add("StringEquals", "aws:username", "alice").build(),
                Condition.builder().add("StringLike", "aws:username", "${aws:username}").build(),
                Condition.builder().add("StringEquals", "aws:username", "alice")
                        .add("StringLike", "aws:PrincipalTag/team", "r*").build(),
                Condition.builder().add("StringLike", "aws:PrincipalTag/team", "r*").build());
        return Combinators.combine(actions, Arbitraries.integers().between(0, 1), resources,
                Arbitraries.integers().between(0, 2), conditions, Arbitraries.of("2012-10-17", "2008-10-17"))
                .as((a, actionShape, r, resourceShape, condition, version) -> {
                    Statement.Builder s = Statement.builder().effect(Effect.ALLOW).condition(condition);
                    a.forEach(actionShape == 0 ? s::addAction : s::addNotAction);
                    if (resourceShape == 0) {
                        r.forEach(s::addResource);
                    } else if (resourceShape == 1) {
                        r.forEach(s::addNotResource);
                    }
                    if (actionShape == 0 && a.isEmpty()) {
                        s.actions(List.of());
                    }
                    if (actionShape == 1 && a.isEmpty()) {
                        s.notActions(List.of());
                    }
                    if (resourceShape == 0 && r.isEmpty()) {
                        s.resources(List.of());
                    }
                    if (resourceShape == 1 && r.isEmpty()) {
                        s.notResources(List.of());
                    }
                    return PolicyDocument.builder().version(version).addStatement(s.build()).build();
                });
    }

    static List<Request> requests() {
        List<Request> out = new ArrayList<>();
        for (String action : REQUEST_ACTIONS) {
            for (String resource : REQUEST_RESOURCES) {
                for (String user : USERS) {
                    for (String team : List.of("red", "blue", "")) {
                        Request.Builder r = Request.builder().principal("arn:aws:iam::111122223333:user/x")
                                .action(action).resource(resource);
                        if (!user.isEmpty()) {
                            r.context("aws:username", ContextValue.of(user));
                        }
                        if (!team.isEmpty()) {
                            r.context("aws:PrincipalTag/team", ContextValue.of(team));
                        }
                        out.add(r.build());
                    }
                }
            }
        }
        return out;
    }

    static final List<Request> REQUESTS = requests();

    static void agrees(PolicyDocument a, PolicyDocument b, boolean covers) {
        if (!covers) {
            return;
        }
        Evaluator wide = Evaluator.builder().identityPolicy(a).build();
        Evaluator narrow = Evaluator.builder().identityPolicy(b).build();
        for (Request request : REQUESTS) {
            if (narrow.evaluate(request).allowed()) {
                assertTrue(wide.evaluate(request).allowed(), () -> "covers(A, B) but B applies to " + request
                        + " and A does not");
            }
        }
    }

    @Property(tries = 2000)
    void coversAgreesWithTheEvaluator(@ForAll("statements") PolicyDocument a, @ForAll("statements") PolicyDocument b) {
        agrees(a, b, compile(a).covers(compile(b)));
    }

    @Property(tries = 300)
    void aStatementCoversItself(@ForAll("statements") PolicyDocument a) {
        assertTrue(compile(a).covers(compile(a)), () -> a + " does not cover itself");
    }

    static StatementPattern compile(PolicyDocument document) {
        return StatementPattern.of(document.statements().get(0), StatementPattern.variablesSupported(document));
    }
}
