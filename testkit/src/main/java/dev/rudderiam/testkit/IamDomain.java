package dev.rudderiam.testkit;

import dev.rudderiam.arn.AccountId;
import dev.rudderiam.arn.Arn;
import dev.rudderiam.policy.Action;
import dev.rudderiam.policy.Condition;
import dev.rudderiam.policy.PolicyDocument;
import dev.rudderiam.policy.Principal;
import dev.rudderiam.policy.Resource;
import dev.rudderiam.policy.Statement;
import dev.rudderiam.role.RoleSpec;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Provide;
import net.jqwik.api.domains.DomainContextBase;

/**
 * A jqwik domain of realistic IAM values with {@link IamArbitraries#defaults()}: with
 * {@code @Domain(IamDomain.class)} on a property or its class, {@code @ForAll PolicyDocument doc} is an identity
 * policy, {@code @ForAll RoleSpec role} a RudderStack role, and so on for {@link Statement}, {@link Action},
 * {@link Resource}, {@link Arn}, {@link AccountId}, {@link Principal} and {@link Condition}.
 */
public class IamDomain extends DomainContextBase {
    private final IamArbitraries iam = IamArbitraries.defaults();

    /** Creates the domain; jqwik does, for {@code @Domain(IamDomain.class)}. */
    public IamDomain() {
    }

    @Provide
    Arbitrary<PolicyDocument> policies() {
        return iam.identityPolicies();
    }

    @Provide
    Arbitrary<Statement> statements() {
        return iam.identityStatements();
    }

    @Provide
    Arbitrary<RoleSpec> roles() {
        return iam.roleSpecs();
    }

    @Provide
    Arbitrary<Action> actions() {
        return iam.actions();
    }

    @Provide
    Arbitrary<Resource> resources() {
        return iam.resources();
    }

    @Provide
    Arbitrary<Arn> arns() {
        return iam.arns();
    }

    @Provide
    Arbitrary<AccountId> accountIds() {
        return iam.accountIds();
    }

    @Provide
    Arbitrary<Principal> principals() {
        return iam.principals();
    }

    @Provide
    Arbitrary<Condition> conditions() {
        return iam.conditions();
    }
}
