package dev.rudderiam.aws;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rudderiam.arn.Arn;
import dev.rudderiam.json.PolicyJson;
import dev.rudderiam.role.PolicyName;
import dev.rudderiam.role.RoleSpec;
import dev.rudderiam.role.RudderStack;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The case from the field: a foreign admin role of the same name, and a removal that fails half-way. */
class WriteOrderTest {
    private static final String FOREIGN_TRUST = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\","
            + "\"Principal\":{\"AWS\":\"arn:aws:iam::111122223333:root\"},\"Action\":\"sts:AssumeRole\"}]}";

    private static RoleSpec foreignAdmin() {
        return RoleSpec.builder().name(WriteOrderProperties.NAME).trustPolicy(PolicyJson.read(FOREIGN_TRUST))
                .inlinePolicy(PolicyName.of("everything"), PolicyJson.read("{\"Version\":\"2012-10-17\","
                        + "\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"*\",\"Resource\":\"*\"}]}"))
                .addManagedPolicyArn(Arn.parse(WriteOrderProperties.ADMIN)).build();
    }

    private static RoleSpec rudderStackS3() {
        return RoleSpec.builder().name(WriteOrderProperties.NAME).trustPolicy(RudderStack.trustPolicy("ws-a"))
                .inlinePolicy(PolicyName.of("rudderstack-s3"), Roles.s3Write("events")).build();
    }

    @Test
    void aFailedRemovalNeverLeavesRudderStackTrustingAnAdminRole() {
        for (Fault fault : List.of(Fault.ACCESS_DENIED, Fault.SERVER_ERROR)) {
            InProcessIam iam = WriteOrderProperties.fake();
            iam.install(foreignAdmin());
            iam.inject("DeleteRolePolicy", fault);
            Set<String> before = RoleAccess.of(iam, iam.role(WriteOrderProperties.NAME));

            assertThrows(ApplyFailedException.class, () -> RoleManager.builder(iam)
                    .retryBudget(RetryBudget.NONE).build().apply(rudderStackS3()));

            InProcessIam.StoredRole left = iam.role(WriteOrderProperties.NAME).orElseThrow();
            assertTrue(PolicyJson.read(left.trust).semanticallyEquals(PolicyJson.read(FOREIGN_TRUST)),
                    fault + ": the trust policy must not change before the permissions are reduced: " + iam.log());
            assertEquals(before, RoleAccess.of(iam, Optional.of(left)), fault + ": " + iam.log());
        }
    }

    @Test
    void removalsAndTrustComeBeforeAdditions() {
        InProcessIam iam = WriteOrderProperties.fake();
        iam.install(foreignAdmin());

        RoleManager.builder(iam).build().apply(rudderStackS3());

        assertEquals(List.of("DeleteRolePolicy", "DetachRolePolicy", "UpdateAssumeRolePolicy", "PutRolePolicy"),
                Roles.writes(iam));
        Set<String> after = new TreeSet<>(RoleAccess.of(iam, iam.role(WriteOrderProperties.NAME)));
        assertTrue(after.stream().allMatch(entry -> entry.contains(RudderStack.ACCOUNT)), after.toString());
    }
}
