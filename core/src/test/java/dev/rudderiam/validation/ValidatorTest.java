package dev.rudderiam.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rudderiam.policy.Effect;
import dev.rudderiam.policy.PolicyDocument;
import dev.rudderiam.policy.Quotas;
import dev.rudderiam.policy.Statement;
import dev.rudderiam.policy.StatementElement;
import dev.rudderiam.role.PolicyName;
import dev.rudderiam.role.RoleSpec;
import dev.rudderiam.role.RudderStack;
import dev.rudderiam.validation.internal.SharedPass;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * What {@link Validator} promises the rules it runs (the contract of {@link PolicyRule}): a rule runs only on the
 * policy types it applies to and on documents holding an element it inspects, consecutive rules of one shared pass
 * are joined once, rules that are not linear are skipped on documents IAM could not take, and a role's findings
 * point into the role.
 */
class ValidatorTest {
    /** Every run of a probe, as "probe-name:document-sid", in order. */
    private final List<String> runs = new ArrayList<>();

    /** A probe that shares {@code pass} with the probes next to it (a {@link SharedPass.Member}). */
    private final class SharingProbe extends Probe implements SharedPass.Member {
        private final SharedPass pass;

        SharingProbe(String name, SharedPass pass) {
            super(name, null, EnumSet.allOf(StatementElement.class), true);
            this.pass = pass;
        }

        @Override
        public SharedPass sharedPass() {
            return pass;
        }
    }

    /** A rule that records each run and reports one finding there. */
    private class Probe implements PolicyRule {
        private final String name;
        private final @Nullable PolicyType only;
        private final Set<StatementElement> inspects;
        private final boolean linear;

        Probe(String name, @Nullable PolicyType only, Set<StatementElement> inspects, boolean linear) {
            this.name = name;
            this.only = only;
            this.inspects = inspects;
            this.linear = linear;
        }

        @Override
        public void check(PolicyContext context, List<Finding> findings) {
            List<Statement> statements = context.document().statements();
            runs.add(name + ":" + (statements.isEmpty() ? "empty" : statements.get(0).sid()));
            findings.add(new Finding(Severity.WARNING, name, "/Statement/0", "seen, quota " + context.sizeQuota(),
                    "https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies.html"));
        }

        @Override
        public boolean appliesTo(PolicyType type) {
            return only == null || only == type;
        }

        @Override
        public Set<StatementElement> inspects() {
            return inspects;
        }

        @Override
        public boolean linear() {
            return linear;
        }

        @Override
        public String code() {
            return name;
        }

        @Override
        public Severity severity() {
            return Severity.WARNING;
        }

        @Override
        public String link() {
            return "https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies.html";
        }

        @Override
        public String summary() {
            return "records its runs";
        }
    }

    private Probe probe(String name) {
        return new Probe(name, null, EnumSet.allOf(StatementElement.class), true);
    }

    private static PolicyDocument document(String sid, boolean withCondition) {
        Statement.Builder statement = Statement.builder().sid(sid).effect(Effect.ALLOW).addAction("s3:GetObject")
                .addResource("*");
        if (withCondition) {
            statement.addCondition("Bool", "aws:SecureTransport", "true");
        }
        return PolicyDocument.builder().addStatement(statement.build()).build();
    }

    private static Validator validator(PolicyRule... rules) {
        return Validator.of(new RuleSet("probes", List.of(rules), List.of()));
    }

    @Test
    void aRuleRunsOnlyOnThePolicyTypesItAppliesTo() {
        Validator validator = validator(new Probe("trust-only", PolicyType.TRUST, EnumSet.allOf(StatementElement.class), true), probe("everywhere"));

        validator.validate(document("Identity", false), PolicyType.IDENTITY);
        validator.validate(document("Trust", false), PolicyType.TRUST);
        validator.validate(document("Boundary", false), PolicyType.BOUNDARY);

        assertEquals(List.of("everywhere:Identity", "trust-only:Trust", "everywhere:Trust", "everywhere:Boundary"),
                runs);
    }

    @Test
    void aRuleRunsOnlyWhereSomeStatementHasAnElementItInspects() {
        Validator validator = validator(new Probe("conditions", null, EnumSet.of(StatementElement.CONDITION),
                true), new Probe("sid-or-condition", null, EnumSet.of(StatementElement.SID, StatementElement.CONDITION), true), probe("always"));

        validator.validate(document("NoCondition", false), PolicyType.IDENTITY);
        validator.validate(document("WithCondition", true), PolicyType.IDENTITY);
        validator.validate(PolicyDocument.builder().build(), PolicyType.IDENTITY);

        assertEquals(List.of("sid-or-condition:NoCondition", "always:NoCondition",
                "conditions:WithCondition", "sid-or-condition:WithCondition", "always:WithCondition",
                "always:empty"), runs, "a rule inspecting every element runs on a document without statements too");
    }

    @Test
    void consecutiveRulesOfOneSharedPassAreJoinedOnceInOrder() {
        List<List<String>> joined = new ArrayList<>();
        SharedPass pass = rules -> {
            joined.add(rules.stream().map(Rule::code).toList());
            return (context, findings) -> rules.forEach(rule -> rule.check(context, findings));
        };
        Probe first = new SharingProbe("first", pass);
        Probe second = new SharingProbe("second", pass);
        Probe third = new SharingProbe("third", pass);

        Validator validator = validator(first, second, probe("alone"), third);
        int joinedWhenBuilt = joined.size();
        validator.validate(document("One", false), PolicyType.IDENTITY);
        validator.validate(document("Two", false), PolicyType.TRUST);

        assertEquals(List.of(List.of("first", "second"), List.of("third")),
                joined.subList(0, 2), "runs split by the rule between");
        assertEquals(joinedWhenBuilt, joined.size(), "joined when built, never per validation");
        assertEquals(List.of("first:One", "second:One", "alone:One", "third:One", "first:Two", "second:Two",
                "alone:Two", "third:Two"), runs);
    }

    @Test
    void rulesThatAreNotLinearRunUpToTheLargestDocumentIamTakesAndNoFurther() {
        Validator validator = validator(new Probe("quadratic", null, EnumSet.allOf(StatementElement.class),
                false), probe("linear"));

        validator.validate(sized("AtTheLimit", Validator.MAX_DOCUMENT_CHARS), PolicyType.IDENTITY);
        validator.validate(sized("OverTheLimit", Validator.MAX_DOCUMENT_CHARS + 1), PolicyType.IDENTITY);

        assertEquals(List.of("quadratic:AtTheLimit", "linear:AtTheLimit", "linear:OverTheLimit"), runs);
    }

    /** {@return a document whose canonical JSON is {@code chars} characters long} */
    private static PolicyDocument sized(String sid, int chars) {
        PolicyDocument small = padded(sid, 1000);
        int padding = 1000 + chars - new PolicyContext(small, PolicyType.IDENTITY, 1).size();
        PolicyDocument document = padded(sid, padding);
        assertEquals(chars, new PolicyContext(document, PolicyType.IDENTITY, 1).size(), "the test's own document");
        return document;
    }

    private static PolicyDocument padded(String sid, int length) {
        return PolicyDocument.builder().addStatement(Statement.builder().sid(sid).effect(Effect.ALLOW)
                .addAction("s3:GetObject").addResource("arn:aws:s3:::" + "b".repeat(length)).build()).build();
    }

    @Test
    void aRolesFindingsPointIntoTheRoleAndRoleRulesSeeTheSameContexts() {
        PolicyDocument first = document("First", false);
        PolicyDocument second = document("Second", true);
        RoleSpec role = RoleSpec.builder().name("rudder-validated").trustPolicy(RudderStack.trustPolicy("ws-1"))
                .inlinePolicy(PolicyName.of("first"), first).inlinePolicy(PolicyName.of("second"), second).build();
        List<PolicyContext> seen = new ArrayList<>();
        PolicyRule remember = new Probe("remember", PolicyType.IDENTITY, EnumSet.of(StatementElement.CONDITION),
                true) {
            @Override
            public void check(PolicyContext context, List<Finding> findings) {
                seen.add(context);
                super.check(context, findings);
            }
        };
        List<PolicyContext> roleSaw = new ArrayList<>();
        RoleRule roleRule = new RoleRule() {
            @Override
            public void check(RoleContext context, List<Finding> findings) {
                roleSaw.add(context.permissionPolicy(PolicyName.of("second")));
                roleSaw.add(context.permissionPolicy(PolicyName.of("first")));
                findings.add(new Finding(Severity.ERROR, "role-rule", "/name", "role level", "https://example.com"));
            }

            @Override
            public String code() {
                return "role-rule";
            }

            @Override
            public Severity severity() {
                return Severity.ERROR;
            }

            @Override
            public String link() {
                return "https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles.html";
            }

            @Override
            public String summary() {
                return "looks at the role";
            }
        };

        ValidationResult result = Validator.of(new RuleSet("probes", List.of(probe("all"), remember),
                List.of(roleRule))).validate(role);

        assertEquals(List.of("/trustPolicy/Statement/0", "/permissionPolicies/first/Statement/0",
                "/permissionPolicies/second/Statement/0", "/permissionPolicies/second/Statement/0", "/name"),
                result.findings().stream().map(Finding::path).toList());
        assertEquals(List.of("all", "all", "all", "remember", "role-rule"),
                result.findings().stream().map(Finding::code).toList());
        assertTrue(result.findings().get(0).message().endsWith("quota " + Quotas.DEFAULT.trustPolicy()));
        assertTrue(result.findings().get(1).message().endsWith("quota " + Quotas.DEFAULT.roleInlinePolicies()),
                "inline policies share the role's inline quota");
        assertSame(seen.get(0), roleSaw.get(0), "the role rules see the contexts the document rules filled");
        assertEquals(first, roleSaw.get(1).document());
    }

    @Test
    void aStandaloneIdentityPolicyIsHeldToTheManagedPolicyQuota() {
        Validator validator = validator(probe("quota"));

        ValidationResult identity = validator.validate(document("Identity", false), PolicyType.IDENTITY);
        ValidationResult boundary = validator.validate(document("Boundary", false), PolicyType.BOUNDARY);

        assertEquals("seen, quota " + Quotas.DEFAULT.managedPolicy(), identity.findings().get(0).message());
        assertEquals("seen, quota " + Quotas.DEFAULT.managedPolicy(), boundary.findings().get(0).message());
        assertEquals("/Statement/0", identity.findings().get(0).path(), "no prefix for a document alone");
        assertTrue(!identity.isEmpty() && ValidationResult.EMPTY.isEmpty()
                && validator(new Probe("none", PolicyType.TRUST, EnumSet.allOf(StatementElement.class), true))
                        .validate(document("Nothing", false), PolicyType.IDENTITY).isEmpty());
    }

    @Test
    void aRoleContextMakesTheContextOfAnInlinePolicyItWasNotGiven() {
        PolicyDocument inline = document("Inline", false);
        RoleSpec role = RoleSpec.builder().name("rudder-context").trustPolicy(RudderStack.trustPolicy("ws-1"))
                .inlinePolicy(PolicyName.of("inline"), inline).build();
        RoleContext context = new RoleContext(role, Quotas.DEFAULT, Map.of());

        PolicyContext made = context.permissionPolicy(PolicyName.of("inline"));

        assertEquals(inline, made.document());
        assertEquals(PolicyType.IDENTITY, made.type());
        assertEquals(Quotas.DEFAULT.roleInlinePolicies(), made.sizeQuota());
        NullPointerException missing = assertThrows(NullPointerException.class,
                () -> context.permissionPolicy(PolicyName.of("absent")));
        assertEquals("no inline policy absent", missing.getMessage());
    }

    @Test
    void theRuleSetsAreKeptInTheirOrderAndARuleSetListsEachRuleOnce() {
        Probe shared = probe("shared");
        RuleSet one = new RuleSet("one", List.of(shared, probe("other")), List.of());
        RuleSet two = new RuleSet("two", List.of(shared), List.of());

        Validator validator = Validator.builder().addAll(List.of(one, two)).build();

        assertEquals(List.of(one, two), validator.ruleSets());
        assertEquals(List.of("shared", "other"), one.rules().stream().map(Rule::code).toList());
    }
}
