package dev.rudderiam.testkit.example;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rudderiam.role.RoleSpec;
import dev.rudderiam.role.RudderStack;
import dev.rudderiam.testkit.IamArbitraries;
import dev.rudderiam.testkit.PolicyAssertions;
import dev.rudderiam.validation.PolicyType;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** The README's testkit example: a user's generator property-tested with the kit, and a broken one it catches. */
class UploaderRoleProperties {
    private final IamArbitraries iam = IamArbitraries.defaults();

    @Provide
    Arbitrary<String> workspaceIds() {
        return iam.workspaceIds();
    }

    @Provide
    Arbitrary<String> buckets() {
        return Arbitraries.strings().withCharRange('a', 'z').numeric().ofMinLength(3).ofMaxLength(63);
    }

    @Property
    void uploaderRoleIsValidTrustsOnlyRudderStackAndOnlyUploads(@ForAll("workspaceIds") String workspaceId,
            @ForAll("buckets") String bucket) {
        RoleSpec role = UploaderRoleGenerator.uploaderRole(workspaceId, bucket);
        PolicyAssertions.assertValid(role.trustPolicy(), PolicyType.TRUST);
        role.inlinePolicies().values().forEach(p -> PolicyAssertions.assertValid(p, PolicyType.IDENTITY));
        PolicyAssertions.assertTrustsOnly(role.trustPolicy(), RudderStack.ACCOUNT, workspaceId);
        PolicyAssertions.assertGrantsNoMoreThan(role, "s3:PutObject", "s3:PutObjectAcl");
    }

    @Test
    void theKitCatchesTheBrokenGenerator() {
        String workspaceId = iam.workspaceIds().sample();
        RoleSpec broken = UploaderRoleGenerator.brokenUploaderRole(workspaceId, "rudder-events");
        AssertionError trust = assertThrows(AssertionError.class,
                () -> PolicyAssertions.assertTrustsOnly(broken.trustPolicy(), RudderStack.ACCOUNT, workspaceId));
        assertTrue(trust.getMessage().contains("with external id '" + workspaceId + "x' is Allowed"),
                trust.getMessage());
        AssertionError grants = assertThrows(AssertionError.class,
                () -> PolicyAssertions.assertGrantsNoMoreThan(broken, "s3:PutObject", "s3:PutObjectAcl"));
        assertTrue(grants.getMessage().contains("action s3:Put* allows"), grants.getMessage());
    }
}
