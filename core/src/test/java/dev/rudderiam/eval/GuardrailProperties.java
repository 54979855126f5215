package dev.rudderiam.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rudderiam.policy.Condition;
import dev.rudderiam.policy.Effect;
import dev.rudderiam.policy.PolicyDocument;
import dev.rudderiam.policy.Principal;
import dev.rudderiam.policy.PrincipalId;
import dev.rudderiam.policy.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * The guardrail layers only ever take access away. For generated policies of every kind and a fixed set of
 * requests (same and cross account, services RCPs govern and one they do not, with and without context):
 * adding an SCP level, an RCP level, a boundary or a session policy never turns a denied request into an allowed
 * one; removing a {@code Deny} statement never turns an allowed one into a denied one; a {@code Deny} of
 * everything in any layer denies every request that layer governs, naming that statement; and guardrails that allow
 * everything ({@code FullAWSAccess} at every SCP level, RCP levels with only the implied {@code RCPFullAWSAccess})
 * decide every request as the evaluator without them.
 */
class GuardrailProperties {
    static final String ACCOUNT = "111122223333";
    static final List<String> PRINCIPALS = List.of("arn:aws:sts::111122223333:assumed-role/app/s",
            "arn:aws:iam::111122223333:user/alice", "arn:aws:iam::444455556666:root");
    static final List<String> ACTIONS = List.of("s3:PutObject", "s3:GetObject", "kinesis:PutRecord",
            "sts:AssumeRole");
    static final List<String> RESOURCES = List.of("arn:aws:s3:::b/k", "arn:aws:s3:::c/k",
            "arn:aws:kinesis:us-east-1:111122223333:stream/s", "arn:aws:iam::111122223333:role/app");
    static final List<Request> REQUESTS = requests();

    static List<Request> requests() {
        List<Request> out = new ArrayList<>();
        for (String principal : PRINCIPALS) {
            for (String action : ACTIONS) {
                for (String resource : RESOURCES) {
                    for (String region : List.of("", "us-east-1", "eu-west-1")) {
                        Request.Builder b = Request.builder().principal(principal).action(action).resource(resource)
                                .resourceAccount(ACCOUNT);
                        if (!region.isEmpty()) {
                            b.context("aws:RequestedRegion", region);
                        }
                        out.add(b.build());
                    }
                }
            }
        }
        return List.copyOf(out);
    }

    Arbitrary<Statement> statements(boolean withPrincipal) {
        return statements(withPrincipal, Arbitraries.of("s3:*", "s3:PutObject", "kinesis:*", "sts:AssumeRole", "*",
                "s3:Get*"));
    }

    /** Statements whose Action or NotAction entries are drawn from {@code actionPatterns}. */
    Arbitrary<Statement> statements(boolean withPrincipal, Arbitrary<String> actionPatterns) {
        Arbitrary<List<String>> actions = actionPatterns.list().ofMinSize(1).ofMaxSize(3);
        Arbitrary<List<String>> resources = Arbitraries.of("*", "arn:aws:s3:::b/*", "arn:aws:kinesis:*",
                "arn:aws:iam::111122223333:role/*").list().ofMinSize(1).ofMaxSize(2);
        Arbitrary<Condition> conditions = Arbitraries.of(Condition.EMPTY, Condition.EMPTY,
                Condition.builder().add("StringEquals", "aws:RequestedRegion", "us-east-1").build(),
                Condition.builder().add("StringNotEquals", "aws:RequestedRegion", "us-east-1").build(),
                Condition.builder().add("StringNotEqualsIfExists", "aws:PrincipalAccount", ACCOUNT).build());
        Arbitrary<Principal> principals = Arbitraries.of(Principal.any(), Principal.of(PrincipalId.aws(ACCOUNT)),
                Principal.of(PrincipalId.aws("arn:aws:iam::111122223333:role/app")),
                Principal.of(PrincipalId.aws(PRINCIPALS.get(0))), Principal.of(PrincipalId.aws("444455556666")));
        return Combinators.combine(Arbitraries.of(Effect.ALLOW, Effect.ALLOW, Effect.DENY), actions, resources,
                conditions, principals, Arbitraries.integers().between(0, 4)).as((effect, a, r, c, p, shape) -> {
                    Statement.Builder b = Statement.builder().effect(effect);
                    a.forEach(shape == 1 ? b::addNotAction : b::addAction);
                    r.forEach(shape == 2 ? b::addNotResource : b::addResource);
                    if (!c.isEmpty()) {
                        b.condition(c);
                    }
                    if (withPrincipal) {
                        b.principal(p);
                    }
                    return b.build();
                });
    }

    Arbitrary<PolicyDocument> documents(boolean withPrincipal) {
        return documents(statements(withPrincipal));
    }

    static Arbitrary<PolicyDocument> documents(Arbitrary<Statement> statements) {
        return statements.list().ofMinSize(1).ofMaxSize(3).map(list -> PolicyDocument.builder()
                .version(PolicyDocument.VERSION_2012_10_17).statements(list).build());
    }

    Arbitrary<List<OrganizationLevel>> levels(boolean withPrincipal, int min) {
        return levels(documents(withPrincipal), min);
    }

    static Arbitrary<List<OrganizationLevel>> levels(Arbitrary<PolicyDocument> documents, int min) {
        return documents.list().ofMinSize(1).ofMaxSize(2).list().ofMinSize(min).ofMaxSize(3)
                .map(GuardrailProperties::named);
    }

    static List<OrganizationLevel> named(List<List<PolicyDocument>> levels) {
        List<OrganizationLevel> out = new ArrayList<>();
        for (int i = 0; i < levels.size(); i++) {
            out.add(new OrganizationLevel(i == 0 ? "root" : "ou-" + i, levels.get(i)));
        }
        return out;
    }

    /** Everything an evaluator can hold, so that one layer can be added or changed at a time. */
    record Layers(List<PolicyDocument> identity, PolicyDocument boundary, PolicyDocument session,
            PolicyDocument resource, List<OrganizationLevel> scps, List<OrganizationLevel> rcps, int resourceKind,
            int present) {

        boolean has(int bit) {
            return (present & bit) != 0;
        }

        Evaluator.Builder builder() {
            Evaluator.Builder b = Evaluator.builder().identityPolicies(identity);
            b.boundary(has(1) ? boundary : null).sessionPolicy(has(2) ? session : null);
            if (has(4)) {
                if (resourceKind == 0) {
                    b.resourcePolicy(resource);
                } else if (resourceKind == 1) {
                    b.trustPolicy(resource);
                } else {
                    b.keyPolicy(resource);
                }
            }
            return b.serviceControlPolicies(has(8) ? scps : List.of()).resourceControlPolicies(has(16) ? rcps : List.of());
        }

        Layers map(Function<PolicyDocument, PolicyDocument> f) {
            return new Layers(identity.stream().map(f).toList(), f.apply(boundary), f.apply(session), f.apply(resource),
                    scps.stream().map(l -> new OrganizationLevel(l.name(), l.policies().stream().map(f).toList()))
                            .toList(),
                    rcps.stream().map(l -> new OrganizationLevel(l.name(), l.policies().stream().map(f).toList()))
                            .toList(), resourceKind, present);
        }
    }

    @Provide
    Arbitrary<Layers> layers() {
        return layers(documents(false), documents(true));
    }

    /** Every layer, from documents without and with a {@code Principal} element. */
    static Arbitrary<Layers> layers(Arbitrary<PolicyDocument> identities, Arbitrary<PolicyDocument> resources) {
        return Combinators.combine(identities.list().ofMinSize(0).ofMaxSize(2), identities, identities, resources,
                levels(identities, 1), levels(resources, 1), Arbitraries.integers().between(0, 2),
                Arbitraries.integers().between(0, 31)).as(Layers::new);
    }

    @Property(tries = 150)
    void addingAGuardrailNeverAllowsMore(@ForAll("layers") Layers layers, @ForAll @IntRange(min = 0, max = 3) int added,
            @ForAll("layers") Layers other) {
        Evaluator before = layers.builder().build();
        Evaluator.Builder after = layers.builder();
        switch (added) {
            case 0 -> {
                List<OrganizationLevel> scps = new ArrayList<>(layers.has(8) ? layers.scps() : List.of());
                scps.add(new OrganizationLevel("account", other.scps().get(0).policies()));
                after.serviceControlPolicies(scps);
            }
            case 1 -> {
                List<OrganizationLevel> rcps = new ArrayList<>(layers.has(16) ? layers.rcps() : List.of());
                rcps.add(new OrganizationLevel("account", other.rcps().get(0).policies()));
                after.resourceControlPolicies(rcps);
            }
            case 2 -> after.boundary(layers.has(1) ? layers.boundary() : other.boundary());
            default -> after.sessionPolicy(layers.has(2) ? layers.session() : other.session());
        }
        Evaluator restricted = after.build();
        for (Request request : REQUESTS) {
            Evaluation answer = restricted.evaluate(request);
            assertTrue(!answer.allowed() || before.evaluate(request).allowed(),
                    () -> "adding layer " + added + " allowed " + request + " by " + answer.statements());
        }
    }

    @Property(tries = 150)
    void removingADenyNeverDeniesMore(@ForAll("layers") Layers layers) {
        Evaluator before = layers.builder().build();
        Evaluator after = layers.map(GuardrailProperties::withoutDenies).builder().build();
        for (Request request : REQUESTS) {
            assertTrue(!before.evaluate(request).allowed() || after.evaluate(request).allowed(), request::toString);
        }
    }

    @Property(tries = 100)
    void guardrailsThatAllowEverythingChangeNothing(@ForAll("layers") Layers layers) {
        Evaluator plain = layers.builder().serviceControlPolicies(List.of()).resourceControlPolicies(List.of())
                .build();
        Evaluator open = layers.builder()
                .serviceControlPolicies(List.of(OrganizationLevel.of("root", GuardrailsTest.FULL_AWS_ACCESS),
                        OrganizationLevel.of("account", GuardrailsTest.FULL_AWS_ACCESS)))
                .resourceControlPolicies(List.of(new OrganizationLevel("root", List.of()))).build();
        for (Request request : REQUESTS) {
            assertEquals(plain.evaluate(request).decision(), open.evaluate(request).decision(), request::toString);
        }
    }

    @Property(tries = 100)
    void aDenyInAnyLayerWins(@ForAll("layers") Layers layers, @ForAll @IntRange(min = 0, max = 5) int layer) {
        Statement denyAll = Statement.builder().sid("DenyAll").effect(Effect.DENY).addAction("*").addResource("*")
                .build();
        PolicyDocument deny = PolicyDocument.builder().version(PolicyDocument.VERSION_2012_10_17)
                .statements(List.of(denyAll)).build();
        PolicyDocument denyForAll = PolicyDocument.builder().version(PolicyDocument.VERSION_2012_10_17)
                .statements(List.of(Statement.builder().sid("DenyAll").effect(Effect.DENY).principal(Principal.any())
                        .addAction("*").addResource("*").build())).build();
        Evaluator.Builder b = layers.builder();
        switch (layer) {
            case 0 -> b.identityPolicy(deny);
            case 1 -> b.boundary(deny);
            case 2 -> b.sessionPolicy(deny);
            case 3 -> b.resourcePolicy(denyForAll);
            case 4 -> b.serviceControlPolicies(List.of(OrganizationLevel.of("root", deny)));
            default -> b.resourceControlPolicies(List.of(OrganizationLevel.of("root", denyForAll)));
        }
        Evaluator evaluator = b.build();
        for (Request request : REQUESTS) {
            if (layer == 5 && request.action().startsWith("kinesis:")) {
                continue; // RCPs do not govern Kinesis
            }
            Evaluation answer = evaluator.evaluate(request);
            assertEquals(Decision.EXPLICITLY_DENIED, answer.decision(), request::toString);
            assertTrue(answer.statements().stream().anyMatch(ref -> "DenyAll".equals(ref.sid())),
                    answer::toString);
        }
    }

    /** The document without its Deny statements (one Allow-nothing statement when none is left). */
    static PolicyDocument withoutDenies(PolicyDocument document) {
        List<Statement> kept = document.statements().stream().filter(s -> s.effect() == Effect.ALLOW).toList();
        return PolicyDocument.builder().version(document.version()).statements(kept.isEmpty()
                ? List.of(Statement.builder().effect(Effect.ALLOW).addAction("none:None").addResource("*").build())
                : kept).build();
    }
}
