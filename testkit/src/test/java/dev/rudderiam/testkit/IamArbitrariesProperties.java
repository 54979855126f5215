package dev.rudderiam.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rudderiam.arn.AccountId;
import dev.rudderiam.arn.Arn;
import dev.rudderiam.json.PolicyJson;
import dev.rudderiam.json.PolicySize;
import dev.rudderiam.policy.Action;
import dev.rudderiam.policy.Condition;
import dev.rudderiam.policy.Effect;
import dev.rudderiam.policy.PolicyDocument;
import dev.rudderiam.policy.Principal;
import dev.rudderiam.policy.Statement;
import dev.rudderiam.role.RoleSpec;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.domains.Domain;

/** Every arbitrary's output survives a JSON round trip through the project's parser and keeps its promises. */
class IamArbitrariesProperties {
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
        assertTrue(PolicySize.of(policy) <= PolicySize.MANAGED_POLICY_QUOTA);
        for (Statement statement : policy.statements()) {
            assertTrue(statement.principal() == null && !statement.actions().isEmpty()
                    && !statement.resources().isEmpty(), statement.toString());
        }
    }

    @Property
    void trustPoliciesRoundTripAndOnlyAllowAssumeRole(@ForAll("trustPolicies") PolicyDocument trust) {
        assertEquals(trust, PolicyJson.read(PolicyJson.write(trust)));
        assertTrue(PolicySize.of(trust) <= PolicySize.TRUST_POLICY_DEFAULT_QUOTA);
        for (Statement statement : trust.statements()) {
            assertEquals(Effect.ALLOW, statement.effect());
            assertEquals(Action.of("sts:AssumeRole"), statement.actions().get(0));
            assertTrue(statement.resources().isEmpty() && statement.principal() != null);
        }
    }

    @Property
    void rudderStackTrustPoliciesRoundTrip(@ForAll("rudderStackTrustPolicies") PolicyDocument trust) {
        assertEquals(trust, PolicyJson.read(PolicyJson.write(trust)));
    }

    @Property(tries = 200)
    @Domain(IamDomain.class)
    void roleSpecsRoundTripTheirDocumentsAndRespectQuotas(@ForAll RoleSpec role) {
        assertEquals(role.trustPolicy(), PolicyJson.read(PolicyJson.write(role.trustPolicy())));
        role.inlinePolicies().values().forEach(doc -> assertEquals(doc, PolicyJson.read(PolicyJson.write(doc))));
        assertTrue(role.inlinePolicies().values().stream().mapToInt(PolicySize::of).sum()
                <= PolicySize.ROLE_INLINE_POLICIES_QUOTA);
        assertEquals(role, role.toBuilder().build());
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
