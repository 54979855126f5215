package dev.rudderiam.aws;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rudderiam.arn.Arn;
import dev.rudderiam.policy.Effect;
import dev.rudderiam.policy.PolicyDocument;
import dev.rudderiam.policy.Statement;
import dev.rudderiam.role.IamPath;
import dev.rudderiam.role.MaxSessionDuration;
import dev.rudderiam.role.PolicyName;
import dev.rudderiam.role.RoleDescription;
import dev.rudderiam.role.RoleSpec;
import dev.rudderiam.role.RudderStack;
import dev.rudderiam.role.Tag;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * Apply under faults: whatever single fault hits whatever call, and for random pairs of faults, an apply ends with
 * the role exactly as specified or with nothing it created left behind; applying again converges; an apply of what
 * is already there makes no write call.
 */
class RoleManagerProperties {
    private static final List<String> AWS_POLICIES = List.of("ReadOnlyAccess", "AmazonS3ReadOnlyAccess",
            "AmazonKinesisFullAccess", "AmazonRedshiftDataFullAccess", "CloudWatchLogsFullAccess");
    private static final List<String> TAG_KEYS = List.of("owner", "Team", "env", "cost-center", "rudder:workspace");

    @Property(tries = 40)
    void everySingleFaultAtEveryCallEndsExactOrClean(@ForAll("specs") RoleSpec spec,
            @ForAll @IntRange(min = 1, max = 3) int pageSize, @ForAll boolean exactLookup) {
        int calls = cleanRunCalls(spec, iam -> iam.pageSize(pageSize).caseSensitiveLookup(exactLookup));
        for (Fault fault : Fault.values()) {
            for (int index = 0; index <= calls; index++) {
                InProcessIam iam = new InProcessIam().pageSize(pageSize).caseSensitiveLookup(exactLookup)
                        .inject(index, fault);
                checkExactOrClean(spec, iam, fault + "@" + index);
            }
        }
    }

    @Property(tries = 300)
    void randomDoubleFaultsEndExactOrClean(@ForAll("specs") RoleSpec spec, @ForAll @IntRange(max = 16) int first,
            @ForAll("passingFaults") Fault firstFault, @ForAll @IntRange(max = 24) int second,
            @ForAll("passingFaults") Fault secondFault) {
        InProcessIam iam = new InProcessIam().inject(first, firstFault).inject(second, secondFault);
        checkExactOrClean(spec, iam, firstFault + "@" + first + ", " + secondFault + "@" + second);
    }

    @Property(tries = 40)
    void updatesUnderEverySingleFaultConvergeOnReapply(@ForAll("specs") RoleSpec before,
            @ForAll("specs") RoleSpec after) {
        RoleSpec wanted = after.toBuilder().name(before.name()).path(before.path()).build();
        int calls = cleanRunCalls(wanted, iam -> iam.install(before));
        for (Fault fault : Fault.values()) {
            for (int index = 0; index <= calls; index++) {
                InProcessIam iam = new InProcessIam().inject(index, fault);
                iam.install(before);
                RoleManager roles = manager(iam);
                try {
                    roles.apply(wanted);
                    Roles.assertMatches(wanted, stored(iam, wanted));
                } catch (ApplyFailedException e) {
                    assertEquals(ApplyResult.Outcome.FAILED, e.result().outcome(), e.getMessage());
                }
                iam.clearFaults();
                roles.apply(wanted);
                Roles.assertMatches(wanted, stored(iam, wanted));
            }
        }
    }

    @Property(tries = 100)
    void applyingWhatIsThereMakesNoWriteAndFewReads(@ForAll("specs") RoleSpec spec, @ForAll boolean emulator) {
        // An emulator returns plain documents and leaves tags out of GetRole.
        InProcessIam iam = new InProcessIam().plainDocuments(emulator).tagsOnGetRole(!emulator);
        RoleManager roles = manager(iam);
        ApplyResult first = roles.apply(spec);
        assertEquals(ApplyResult.Outcome.CREATED, first.outcome());
        // An inline policy that both allows and denies goes on in two writes, its denies first, when the role gets
        // more than one policy: another policy's allow must not come before its deny.
        int policies = spec.inlinePolicies().size() + spec.managedPolicyArns().size();
        long mixed = policies < 2 ? 0 : spec.inlinePolicies().values().stream()
                .filter(document -> document.statements().stream().map(Statement::effect).distinct().count() == 2)
                .count();
        assertEquals(1 + policies + mixed, first.calls().writes(),
                "one CreateRole, then one call per inline and per managed policy, two for a mixed one");
        long writes = iam.writeCalls();

        ApplyResult again = roles.apply(spec);

        assertEquals(ApplyResult.Outcome.UNCHANGED, again.outcome());
        assertEquals(writes, iam.writeCalls());
        assertEquals(0, again.calls().writes());
        assertTrue(again.calls().reads() <= 4 + spec.inlinePolicies().size(), again.calls().toString());
        assertTrue(roles.drift(spec).isNoOp());
    }

    private static void checkExactOrClean(RoleSpec spec, InProcessIam iam, String faults) {
        RoleManager roles = manager(iam);
        try {
            ApplyResult result = roles.apply(spec);
            assertTrue(result.succeeded(), faults);
            Roles.assertMatches(spec, stored(iam, spec));
        } catch (ApplyFailedException e) {
            assertEquals(0, iam.roleCount(), faults + ": the failed apply left a role: " + e.getMessage());
            assertTrue(e.result().state().isEmpty(), faults);
        }
        iam.clearFaults();
        ApplyResult again = roles.apply(spec);
        Roles.assertMatches(spec, stored(iam, spec));
        ApplyResult third = roles.apply(spec);
        assertEquals(ApplyResult.Outcome.UNCHANGED, third.outcome(), faults + " then " + again);
        assertEquals(0, third.calls().writes(), faults);
    }

    private static int cleanRunCalls(RoleSpec spec, Consumer<InProcessIam> setUp) {
        InProcessIam iam = new InProcessIam();
        setUp.accept(iam);
        manager(iam).apply(spec);
        return iam.log().size();
    }

    private static RoleManager manager(InProcessIam iam) {
        return RoleManager.builder(iam).retryBudget(RetryBudget.immediate(10)).build();
    }

    private static InProcessIam.StoredRole stored(InProcessIam iam, RoleSpec spec) {
        Optional<InProcessIam.StoredRole> role = iam.role(spec.name().value());
        assertTrue(role.isPresent(), "role " + spec.name() + " exists");
        return role.get();
    }

    /** Faults that pass: an access denied does not, so a roll-back that meets one cannot end clean. */
    @Provide
    Arbitrary<Fault> passingFaults() {
        return Arbitraries.of(Fault.values()).filter(fault -> fault != Fault.ACCESS_DENIED);
    }

    @Provide
    Arbitrary<RoleSpec> specs() {
        Arbitrary<Optional<RoleDescription>> descriptions = Arbitraries.strings().alpha().numeric().withChars(' ', '+')
                .ofMaxLength(40).map(RoleDescription::of).optional();
        Arbitrary<List<Arn>> managed = Arbitraries.of(AWS_POLICIES).list().uniqueElements().ofMaxSize(3)
                .map(names -> names.stream().map(name -> Arn.parse("arn:aws:iam::aws:policy/" + name))
                        .collect(java.util.stream.Collectors.toList()));
        Arbitrary<Optional<Arn>> boundaries = Arbitraries.of("PowerUserAccess", "ReadOnlyAccess")
                .map(name -> Arn.parse("arn:aws:iam::aws:policy/" + name)).optional();
        Arbitrary<List<Tag>> tags = Arbitraries.of(TAG_KEYS).list().uniqueElements().ofMaxSize(4)
                .flatMap(keys -> Arbitraries.strings().alpha().numeric().withChars('+', '=', ' ').ofMaxLength(12)
                        .list().ofSize(keys.size()).map(values -> {
                            List<Tag> list = new ArrayList<>();
                            for (int i = 0; i < keys.size(); i++) {
                                list.add(Tag.of(keys.get(i), values.get(i)));
                            }
                            return list;
                        }));
        Arbitrary<Map<PolicyName, PolicyDocument>> inline = Arbitraries.maps(
                Arbitraries.of("s3-write", "kinesis", "firehose", "logs").map(PolicyName::of), documents())
                .ofMaxSize(3);
        return Combinators.combine(Arbitraries.of("rudder-a", "Rudder.B", "rudder_c@x"),
                Arbitraries.of("/", "/rudder/"),
                descriptions, inline, managed, boundaries, tags, Arbitraries.integers().between(3600, 43200))
                .as((name, path, description, policies, arns, boundary, tagList, session) -> RoleSpec.builder()
                        .name(name).path(IamPath.of(path)).description(description.orElse(null))
                        .trustPolicy(RudderStack.trustPolicy("ws-" + name.length()))
                        .inlinePolicies(policies).managedPolicyArns(arns).permissionsBoundary(boundary.orElse(null))
                        .tags(tagList).maxSessionDuration(MaxSessionDuration.ofSeconds(session)).build());
    }

    /** Identity policies whose resources hold the characters URL-encoding can mangle: + % space and *. */
    private static Arbitrary<PolicyDocument> documents() {
        Arbitrary<String> resources = Arbitraries.strings().alpha().numeric().withChars('+', '%', ' ', '*', '-')
                .ofMinLength(1).ofMaxLength(16).map(key -> "arn:aws:s3:::bucket/" + key);
        Arbitrary<Statement> statements = Combinators.combine(
                Arbitraries.of("s3:PutObject", "s3:GetObject", "kinesis:PutRecord", "firehose:PutRecordBatch")
                        .list().uniqueElements().ofMinSize(1).ofMaxSize(3),
                resources.list().uniqueElements().ofMinSize(1).ofMaxSize(3), Arbitraries.of(Effect.values()))
                .as((actions, arns, effect) -> {
                    Statement.Builder statement = Statement.builder().effect(effect);
                    actions.forEach(statement::addAction);
                    arns.forEach(statement::addResource);
                    return statement.build();
                });
        return statements.list().ofMinSize(1).ofMaxSize(3).map(list -> PolicyDocument.builder()
                .version(PolicyDocument.VERSION_2012_10_17).statements(list).build());
    }
}
