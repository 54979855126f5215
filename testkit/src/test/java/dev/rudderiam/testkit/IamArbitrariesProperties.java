package dev.rudderiam.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rudderiam.arn.AccountId;
import dev.rudderiam.arn.Arn;
import dev.rudderiam.catalog.reference.BundledServiceReference;
import dev.rudderiam.json.PolicyJson;
import dev.rudderiam.policy.Action;
import dev.rudderiam.policy.Condition;
import dev.rudderiam.policy.Effect;
import dev.rudderiam.policy.PolicyDocument;
import dev.rudderiam.policy.PolicySize;
import dev.rudderiam.policy.Principal;
import dev.rudderiam.policy.Quotas;
import dev.rudderiam.policy.Statement;
import dev.rudderiam.role.RoleSpec;
import dev.rudderiam.role.RudderStack;
import dev.rudderiam.validation.PolicyType;
import dev.rudderiam.validation.Severity;
import dev.rudderiam.validation.Validator;
import dev.rudderiam.validation.rules.RuleSets;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.domains.Domain;

/**
 * Every arbitrary's output survives a JSON round trip through the project's parser, has no ERROR finding from the
 * validator (grammar and service reference rules), and keeps its other promises.
 */
class IamArbitrariesProperties {
    private static final Validator ROLE_VALIDATOR = Validator.of(RuleSets.grammar(),
            RuleSets.serviceReference(BundledServiceReference.bundled()));

    private final IamArbitraries iam = IamArbitraries.defaults();

    @Provide
    Arbitrary<PolicyDocument> trustPolicies() {
        return iam.trustPolicies();
    }

    @Provide
    Arbitrary<PolicyDocument> rudderStackTrustPolicies() {
        return iam.rudderStackTrustPolicies();
    }

    @Property
    @Domain(IamDomain.class)
    void identityPoliciesRoundTripAndFitTheManagedQuota(@ForAll PolicyDocument policy) {
        assertEquals(policy, PolicyJson.read(PolicyJson.write(policy)));
        PolicyAssertions.assertValid(policy, PolicyType.IDENTITY);
        assertTrue(PolicySize.of(policy) <= Quotas.DEFAULT.managedPolicy());
        for (Statement statement : policy.statements()) {
            assertTrue(statement.principal() == null && !statement.actions().isEmpty()
                    && !statement.resources().isEmpty(), statement.toString());
        }
    }

    @Property
    void trustPoliciesRoundTripAndOnlyAllowAssumeRole(@ForAll("trustPolicies") PolicyDocument trust) {
        assertEquals(trust, PolicyJson.read(PolicyJson.write(trust)));
        PolicyAssertions.assertValid(trust, PolicyType.TRUST);
        assertTrue(PolicySize.of(trust) <= Quotas.DEFAULT.trustPolicy());
        for (Statement statement : trust.statements()) {
            assertEquals(Effect.ALLOW, statement.effect());
            assertEquals(Action.of("sts:AssumeRole"), statement.actions().get(0));
            assertTrue(statement.resources().isEmpty() && statement.principal() != null);
        }
    }

    @Property
    void rudderStackTrustPoliciesRoundTripAndTrustOnlyRudderStack(
            @ForAll("rudderStackTrustPolicies") PolicyDocument trust) {
        assertEquals(trust, PolicyJson.read(PolicyJson.write(trust)));
        PolicyAssertions.assertValid(trust, PolicyType.TRUST);
        String workspaceId = trust.statements().get(0).condition().clauses().get(0).values().get(0).text();
        PolicyAssertions.assertTrustsOnly(trust, RudderStack.ACCOUNT, workspaceId);
    }

    @Property(tries = 200)
    @Domain(IamDomain.class)
    void roleSpecsRoundTripTheirDocumentsAndRespectQuotas(@ForAll RoleSpec role) {
        assertEquals(role.trustPolicy(), PolicyJson.read(PolicyJson.write(role.trustPolicy())));
        role.inlinePolicies().values().forEach(doc -> assertEquals(doc, PolicyJson.read(PolicyJson.write(doc))));
        assertTrue(role.inlinePolicies().values().stream().mapToInt(PolicySize::of).sum()
                <= Quotas.DEFAULT.roleInlinePolicies());
        assertEquals(role, role.toBuilder().build());
        PolicyAssertions.assertNoFindingsAtOrAbove(ROLE_VALIDATOR.validate(role), Severity.ERROR);
    }

    @Property
    @Domain(IamDomain.class)
    void valuesRoundTripThroughTheirParsers(@ForAll Arn arn, @ForAll AccountId account, @ForAll Principal principal,
            @ForAll Condition condition) {
        assertEquals(arn, Arn.parse(arn.toString()));
        assertEquals(account, AccountId.of(account.value()));
        PolicyDocument holder = PolicyDocument.builder().addStatement(Statement.builder().effect(Effect.ALLOW)
                .principal(principal).addAction("sts:AssumeRole").condition(condition).build()).build();
        assertEquals(holder, PolicyJson.read(PolicyJson.write(holder)));
    }
}
