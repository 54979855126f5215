package dev.rudderiam.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rudderiam.json.PolicyJson;
import dev.rudderiam.policy.PolicyDocument;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Without a service reference the arbitraries draw from the built-in RudderStack actions. */
class BuiltInActionsProperties {
    private final IamArbitraries builtIn = IamArbitraries.builder().serviceReference(null).maxStatements(2).build();

    @Provide
    Arbitrary<PolicyDocument> policies() {
        return builtIn.identityPolicies();
    }

    @Property
    void builtInPoliciesUseOnlyBuiltInActions(@ForAll("policies") PolicyDocument policy) {
        assertEquals(policy, PolicyJson.read(PolicyJson.write(policy)));
        policy.statements().forEach(s -> s.actions().forEach(a -> assertTrue(ActionCatalog.builtIn().stream()
                .anyMatch(t -> t.action().equals(a)), a.value())));
    }
}
