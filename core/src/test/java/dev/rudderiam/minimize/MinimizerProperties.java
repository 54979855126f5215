package dev.rudderiam.minimize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rudderiam.eval.Evaluator;
import dev.rudderiam.eval.Request;
import dev.rudderiam.policy.Condition;
import dev.rudderiam.policy.Effect;
import dev.rudderiam.policy.PolicyDocument;
import dev.rudderiam.policy.PolicySize;
import dev.rudderiam.policy.Principal;
import dev.rudderiam.policy.PrincipalId;
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
 * The minimizer never changes a decision: for generated policies, the minimized policy decides each of 1,600
 * requests (every combination of the policies' own actions, resources, principals and condition values, plus
 * ones they do not mention) exactly as the original, and is never larger.
 */
class MinimizerProperties {
    static final List<String> ACTIONS = List.of("s3:GetObject", "s3:Get*", "S3:getobject", "s3:PutObject", "s3:*",
            "sqs:SendMessage", "*", "s3:?etObject", "s3:List*");
    static final List<String> RESOURCES = List.of("arn:aws:s3:::b", "arn:aws:s3:::b/*", "arn:aws:s3:::b/k", "*",
            "arn:aws:s3:::b/${aws:username}", "arn:aws:s3:::b?", "arn:aws:s3:::c/*");
    static final List<String> PRINCIPALS = List.of("arn:aws:iam::111122223333:user/alice",
            "arn:aws:iam::111122223333:user/bob", "arn:aws:iam::444455556666:user/eve",
            "arn:aws:sts::111122223333:assumed-role/app/s");
    static final List<String> REQUEST_ACTIONS = List.of("s3:GetObject", "s3:PutObject", "sqs:SendMessage",
            "s3:ListBucket", "s3:SetObject", "ec2:RunInstances", "s3:GetObjectAcl", "sqs:sendmessage");
    static final List<String> REQUEST_RESOURCES = List.of("arn:aws:s3:::b", "arn:aws:s3:::b/k", "arn:aws:s3:::b/alice",
            "arn:aws:s3:::c/x", "arn:aws:s3:::bb", "arn:aws:s3:::d", "arn:aws:s3:::b/bob", "*",
            "arn:aws:s3:::b/${aws:username}", "arn:aws:s3:::c/");
    static final List<String> TEAM_VALUES = List.of("red", "blue", "redder", "Red", "");

    @Provide
    Arbitrary<Condition> conditions() {
        return Arbitraries.of(Condition.EMPTY, Condition.EMPTY,
                Condition.builder().add("StringEquals", "aws:PrincipalTag/team", "red").build(),
                Condition.builder().add("StringLike", "aws:PrincipalTag/team", "red*").build(),
                Condition.builder().add("StringNotEquals", "aws:PrincipalTag/team", "red", "red").build(),
                Condition.builder().add("StringEqualsIfExists", "aws:PrincipalTag/team", "blue").build());
    }

    Arbitrary<Statement> statements(boolean withPrincipal) {
        Arbitrary<List<String>> actions = Arbitraries.of(ACTIONS).list().ofMinSize(1).ofMaxSize(4);
        Arbitrary<List<String>> resources = Arbitraries.of(RESOURCES).list().ofMinSize(1).ofMaxSize(3);
        Arbitrary<Integer> shape = Arbitraries.integers().between(0, 9);
        Arbitrary<Principal> principal = Arbitraries.of(Principal.any(),
                Principal.of(PrincipalId.aws("111122223333")),
                Principal.of(PrincipalId.aws("arn:aws:iam::111122223333:root"), PrincipalId.aws("111122223333")),
                Principal.of(PrincipalId.aws(PRINCIPALS.get(0))),
                Principal.of(PrincipalId.aws(PRINCIPALS.get(2)), PrincipalId.aws(PRINCIPALS.get(1))));
        return Combinators.combine(Arbitraries.of(Effect.ALLOW, Effect.ALLOW, Effect.DENY), actions, resources,
                conditions(), shape, principal, Arbitraries.of("", "", "", "", "S1", "S2")).as(
                (effect, a, r, condition, s, p, sid) -> {
                    Statement.Builder b = Statement.builder().effect(effect);
                    a.forEach(s == 1 ? b::addNotAction : b::addAction);
                    r.forEach(s == 2 ? b::addNotResource : b::addResource);
                    if (!condition.isEmpty()) {
                        b.condition(condition);
                    }
                    if (!sid.isEmpty()) {
                        b.sid(sid);
                    }
                    if (withPrincipal) {
                        b.principal(p);
                    }
                    return b.build();
                });
    }

    @Provide
    Arbitrary<PolicyDocument> identityPolicies() {
        return documents(false);
    }

    @Provide
    Arbitrary<PolicyDocument> resourcePolicies() {
        return documents(true);
    }

    private Arbitrary<PolicyDocument> documents(boolean withPrincipal) {
        return Combinators.combine(statements(withPrincipal).list().ofMinSize(1).ofMaxSize(8),
                Arbitraries.of(PolicyDocument.VERSION_2012_10_17, PolicyDocument.VERSION_2012_10_17,
                        PolicyDocument.VERSION_2008_10_17))
                .as((statements, version) -> PolicyDocument.builder().version(version).statements(statements).build());
    }

    static List<Request> requests() {
        List<Request> out = new ArrayList<>();
        for (String principal : PRINCIPALS) {
            for (String action : REQUEST_ACTIONS) {
                for (String resource : REQUEST_RESOURCES) {
                    for (String team : TEAM_VALUES) {
                        Request.Builder b = Request.builder().principal(principal).action(action).resource(resource)
                                .resourceAccount("111122223333");
                        if (!team.isEmpty()) {
                            b.context("aws:PrincipalTag/team", team);
                        }
                        out.add(b.build());
                    }
                }
            }
        }
        return out;
    }

    private static final List<Request> REQUESTS = requests();

    @Property(tries = 200)
    void identityPolicyDecisionsAreKept(@ForAll("identityPolicies") PolicyDocument original) {
        PolicyDocument minimized = PolicyMinimizer.minimize(original);
        Evaluator before = Evaluator.builder().identityPolicy(original).build();
        Evaluator after = Evaluator.builder().identityPolicy(minimized).build();
        for (Request request : REQUESTS) {
            assertEquals(before.evaluate(request).decision(), after.evaluate(request).decision(),
                    () -> request + "\n" + original + "\n" + minimized);
        }
        assertTrue(PolicySize.of(minimized) <= PolicySize.of(original));
    }

    @Property(tries = 200)
    void resourcePolicyDecisionsAreKept(@ForAll("resourcePolicies") PolicyDocument original) {
        PolicyDocument minimized = PolicyMinimizer.minimize(original);
        Evaluator before = Evaluator.builder().resourcePolicy(original).build();
        Evaluator after = Evaluator.builder().resourcePolicy(minimized).build();
        for (Request request : REQUESTS) {
            assertEquals(before.evaluate(request).decision(), after.evaluate(request).decision(),
                    () -> request + "\n" + original + "\n" + minimized);
        }
        assertTrue(PolicySize.of(minimized) <= PolicySize.of(original));
    }

    @Property(tries = 200)
    void minimizingIsIdempotent(@ForAll("identityPolicies") PolicyDocument original) {
        PolicyDocument once = PolicyMinimizer.minimize(original);
        assertEquals(once, PolicyMinimizer.minimize(once));
    }
}
