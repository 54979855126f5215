package dev.rudderiam.aws;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rudderiam.arn.Arn;
import dev.rudderiam.role.PolicyName;
import dev.rudderiam.role.RoleName;
import dev.rudderiam.role.RoleSpec;
import dev.rudderiam.role.Tag;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every list call pages (IAM may return fewer items than asked and a {@code Marker}), and role names are found
 * ignoring case or not: the adapter is right either way.
 */
class ListsAndCaseTest {
    /** Three of everything a role lists: inline policies, managed policies, tags; and two instance profiles. */
    private static RoleSpec threeOfEverything() {
        RoleSpec.Builder spec = Roles.s3Destination("rudder-pages").toBuilder()
                .inlinePolicy(PolicyName.of("kinesis"), Roles.s3Write("k"))
                .inlinePolicy(PolicyName.of("firehose"), Roles.s3Write("f"))
                .tag(Tag.of("team", "data")).tag(Tag.of("env", "prod"));
        for (String name : List.of("ReadOnlyAccess", "AmazonS3ReadOnlyAccess", "CloudWatchLogsFullAccess")) {
            spec.addManagedPolicyArn(Arn.parse("arn:aws:iam::aws:policy/" + name));
        }
        return spec.build();
    }

    @Test
    void everyListCallIsFollowedPageByPage() {
        InProcessIam iam = new InProcessIam().pageSize(1).tagsOnGetRole(false);
        RoleManager roles = RoleManager.builder(iam).build();
        RoleSpec spec = threeOfEverything();
        roles.apply(spec);
        iam.instanceProfile("web", "rudder-pages").instanceProfile("batch", "rudder-pages");
        int start = iam.log().size();

        assertTrue(roles.drift(spec).isNoOp(), "all three of each were read");
        RoleState state = roles.read(spec.name()).orElseThrow();
        assertEquals(3, state.inlinePolicies().size());
        assertEquals(3, state.managedPolicyArns().size());
        assertEquals(3, state.tags().size());
        assertEquals(List.of("batch", "web"), roles.planDelete(spec.name()).instanceProfiles());
        for (String list : List.of("ListRolePolicies", "ListAttachedRolePolicies", "ListRoleTags",
                "ListInstanceProfilesForRole")) {
            assertTrue(iam.log().subList(start, iam.log().size()).stream().filter(list::equals).count() >= 2,
                    list + " was paged: " + iam.log());
        }

        DeleteResult deleted = roles.delete(spec.name());

        assertEquals(0, iam.roleCount());
        assertTrue(deleted.removed().containsAll(List.of("RemoveRoleFromInstanceProfile web",
                "RemoveRoleFromInstanceProfile batch")), deleted.removed().toString());
    }

    @Test
    void deleteTakesTheRoleOutOfItsInstanceProfilesFirst() {
        InProcessIam iam = new InProcessIam();
        RoleManager roles = RoleManager.builder(iam).build();
        roles.apply(Roles.s3Destination("rudder-profile"));
        iam.instanceProfile("ec2-profile", "rudder-profile");

        roles.delete(RoleName.of("rudder-profile"));

        assertEquals(0, iam.roleCount());
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void aNameTakenInAnotherCaseIsReportedAsAClashAndNeverRetried(boolean exactLookup) {
        InProcessIam iam = new InProcessIam().caseSensitiveLookup(exactLookup);
        RoleManager roles = RoleManager.builder(iam).retryBudget(RetryBudget.immediate(5)).build();
        roles.apply(Roles.s3Destination("Rudder-Case"));
        long writes = iam.writeCalls();

        ApplyFailedException e = assertThrows(ApplyFailedException.class,
                () -> roles.apply(Roles.s3Destination("rudder-case")));

        assertTrue(e.getMessage().contains("unique ignoring case"), e.getMessage());
        assertEquals(exactLookup ? 1 : 0, iam.writeCalls() - writes,
                exactLookup ? "one CreateRole, answered EntityAlreadyExists, not re-tried" : "a plan error: no write");
        assertEquals(1, iam.roleCount());
        Roles.assertMatches(Roles.s3Destination("Rudder-Case"), iam.role("Rudder-Case").orElseThrow());
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void aSavedCreatePlanMeetingACaseClashIsRefused(boolean exactLookup) {
        InProcessIam iam = new InProcessIam().caseSensitiveLookup(exactLookup);
        RoleManager roles = RoleManager.builder(iam).retryBudget(RetryBudget.immediate(5)).build();
        Plan plan = roles.plan(Roles.s3Destination("rudder-later"));
        roles.apply(Roles.s3Destination("RUDDER-LATER"));
        long writes = iam.writeCalls();

        ApplyFailedException e = assertThrows(ApplyFailedException.class, () -> roles.apply(plan));

        assertTrue(e.getMessage().contains(exactLookup ? "unique ignoring case" : "the role changed since the plan"
                + " was made"), e.getMessage());
        assertEquals(exactLookup ? 1 : 0, iam.writeCalls() - writes);
        assertEquals(1, iam.roleCount());
    }
}
