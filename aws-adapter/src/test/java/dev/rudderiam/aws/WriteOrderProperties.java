package dev.rudderiam.aws;

import static org.junit.jupiter.api.Assertions.fail;

import dev.rudderiam.arn.Arn;
import dev.rudderiam.json.PolicyJson;
import dev.rudderiam.policy.Condition;
import dev.rudderiam.policy.Effect;
import dev.rudderiam.policy.PolicyDocument;
import dev.rudderiam.policy.Statement;
import dev.rudderiam.role.PolicyName;
import dev.rudderiam.role.RoleSpec;
import dev.rudderiam.role.RudderStack;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * No order of writes may open access that neither the role before nor the role after gives: for random roles
 * before (or none) and after, and a failure injected at every write of the apply, every state the role passes
 * through, and the state a failed apply leaves (rolled back or kept), gives only access that the role before or the
 * role after gives, as core's evaluator decides it for sampled principals and requests ({@link RoleAccess}).
 */
class WriteOrderProperties {
    static final String NAME = "RtForeign";
    static final String POLICY = "arn:aws:iam::" + InProcessIam.ACCOUNT + ":policy/";
    /** Customer managed policies of every shape: allow only, deny only, both. */
    static final Map<String, String> MANAGED = Map.of(
            POLICY + "allow-s3", "{\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"s3:*\",\"Resource\":\"*\"}]}",
            POLICY + "deny-delete", "{\"Statement\":[{\"Effect\":\"Deny\",\"Action\":\"s3:DeleteObject\","
                    + "\"Resource\":\"*\"}]}",
            POLICY + "mixed", "{\"Statement\":[{\"Effect\":\"Allow\",\"Action\":[\"kinesis:*\",\"logs:*\"],"
                    + "\"Resource\":\"*\"},{\"Effect\":\"Deny\",\"Action\":\"s3:PutObject\","
                    + "\"Resource\":\"arn:aws:s3:::other/*\"}]}",
            POLICY + "s3-boundary", "{\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"s3:*\",\"Resource\":\"*\"}]}",
            POLICY + "no-delete-boundary", "{\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"*\",\"Resource\":\"*\"},"
                    + "{\"Effect\":\"Deny\",\"Action\":\"s3:DeleteObject\",\"Resource\":\"*\"}]}");
    static final String ADMIN = "arn:aws:iam::aws:policy/AdministratorAccess";

    @Property(tries = 60)
    void everyStateOfAnApplyGivesOnlyAccessOfTheRoleBeforeOrAfter(@ForAll("rolesOrNone") Optional<RoleSpec> before,
            @ForAll("roles") RoleSpec after, @ForAll boolean keepPartial) {
        int calls = run(before, after, keepPartial, -1, Fault.SERVER_ERROR).size();
        for (Fault fault : List.of(Fault.SERVER_ERROR, Fault.ACCESS_DENIED)) {
            for (int index = 0; index < calls; index++) {
                run(before, after, keepPartial, index, fault);
            }
        }
    }

    /** Applies {@code after} to {@code before} with {@code fault} at call {@code index}; returns the call log. */
    static List<String> run(Optional<RoleSpec> before, RoleSpec after, boolean keepPartial, int index, Fault fault) {
        InProcessIam iam = fake();
        before.ifPresent(iam::install);
        Set<String> allowed = new TreeSet<>(RoleAccess.of(iam, iam.role(NAME)));
        InProcessIam probe = fake();
        probe.install(after);
        allowed.addAll(RoleAccess.of(probe, probe.role(NAME)));
        String setting = fault + "@" + index + (keepPartial ? ", keep partial" : "");
        List<String> problems = new ArrayList<>();
        iam.afterEachWrite(state -> check(state, allowed, "after " + state.log(), problems));
        if (index >= 0) {
            iam.inject(index, fault);
        }
        String outcome;
        try {
            outcome = RoleManager.builder(iam).retryBudget(RetryBudget.immediate(2)).keepPartial(keepPartial).build()
                    .apply(after).outcome().toString();
        } catch (IamOperationException e) {
            outcome = e.getMessage();
        }
        check(iam, allowed, "left by the apply (" + outcome + ")", problems);
        if (!problems.isEmpty()) {
            fail(setting + ": " + problems.get(0));
        }
        return iam.log();
    }

    private static void check(InProcessIam iam, Set<String> allowed, String when, List<String> problems) {
        Set<String> extra = new TreeSet<>(RoleAccess.of(iam, iam.role(NAME)));
        extra.removeAll(allowed);
        if (!extra.isEmpty() && problems.isEmpty()) {
            problems.add("the state " + when + " gives access neither the role before nor after gives: " + extra);
        }
    }

    static InProcessIam fake() {
        InProcessIam iam = new InProcessIam();
        MANAGED.forEach((arn, document) -> iam.managedPolicy(arn, PolicyJson.read(document)));
        return iam;
    }

    @Provide
    Arbitrary<RoleSpec> roles() {
        Arbitrary<PolicyDocument> trust = Arbitraries.of(
                RudderStack.trustPolicy("ws-a"), RudderStack.trustPolicy("ws-b"),
                PolicyJson.read("{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":"
                        + "{\"AWS\":\"arn:aws:iam::111122223333:root\"},\"Action\":\"sts:AssumeRole\"}]}"),
                PolicyJson.read("{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":"
                        + "{\"AWS\":[\"arn:aws:iam::111122223333:root\",\"arn:aws:iam::" + RudderStack.ACCOUNT
                        + ":root\"]},\"Action\":\"sts:AssumeRole\",\"Condition\":{\"StringEquals\":"
                        + "{\"sts:ExternalId\":\"ws-a\"}}}]}"));
        Arbitrary<Map<PolicyName, PolicyDocument>> inline = Arbitraries.maps(
                Arbitraries.of("rudderstack-s3", "extra", "guard").map(PolicyName::of), documents()).ofMaxSize(3);
        Arbitrary<List<Arn>> managed = Arbitraries.of(POLICY + "allow-s3", POLICY + "deny-delete", POLICY + "mixed",
                ADMIN).list().uniqueElements().ofMaxSize(3)
                .map(arns -> arns.stream().map(Arn::parse).collect(java.util.stream.Collectors.toList()));
        Arbitrary<Optional<Arn>> boundary = Arbitraries.of(POLICY + "s3-boundary", POLICY + "no-delete-boundary",
                "arn:aws:iam::aws:policy/PowerUserAccess").map(Arn::parse).optional();
        return Combinators.combine(trust, inline, managed, boundary).as((t, policies, arns, b) -> RoleSpec.builder()
                .name(NAME).trustPolicy(t).inlinePolicies(policies).managedPolicyArns(arns)
                .permissionsBoundary(b.orElse(null)).build());
    }

    @Provide
    Arbitrary<Optional<RoleSpec>> rolesOrNone() {
        return roles().optional();
    }

    /**
     * Identity policies of every shape: allow and deny, {@code NotAction}, and a condition on the region that the
     * sampled requests ({@link RoleAccess#REGIONS}) meet or not, so that "narrower" must hold under conditions too.
     */
    private static Arbitrary<PolicyDocument> documents() {
        Arbitrary<Statement> statements = Combinators.combine(Arbitraries.of(Effect.values()),
                Arbitraries.of("s3:*", "s3:PutObject", "s3:GetObject", "s3:DeleteObject", "kinesis:PutRecord",
                        "iam:PassRole", "*").list().uniqueElements().ofMinSize(1).ofMaxSize(2),
                Arbitraries.of("*", "arn:aws:s3:::events/*", "arn:aws:s3:::other/*",
                        "arn:aws:iam::" + InProcessIam.ACCOUNT + ":role/*").list().uniqueElements().ofMinSize(1)
                        .ofMaxSize(2),
                Arbitraries.of("", "", "", "StringEquals", "StringNotEqualsIfExists"), Arbitraries.of(false, false,
                        false, true))
                .as((effect, actions, resources, operator, notAction) -> {
                    Statement.Builder statement = Statement.builder().effect(effect);
                    actions.forEach(notAction ? statement::addNotAction : statement::addAction);
                    resources.forEach(statement::addResource);
                    if (!operator.isEmpty()) {
                        statement.condition(Condition.builder().add(operator, "aws:RequestedRegion",
                                RoleAccess.REGIONS.get(0)).build());
                    }
                    return statement.build();
                });
        return statements.list().ofMinSize(1).ofMaxSize(3)
                .map(list -> PolicyDocument.builder().statements(list).build());
    }
}
