package dev.rudderiam.aws;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rudderiam.json.JsonStyle;
import dev.rudderiam.json.JsonValues;
import dev.rudderiam.json.PolicyJson;
import dev.rudderiam.policy.Effect;
import dev.rudderiam.policy.PolicyDocument;
import dev.rudderiam.policy.Statement;
import dev.rudderiam.role.IamPath;
import dev.rudderiam.role.PolicyName;
import dev.rudderiam.role.RoleName;
import dev.rudderiam.role.RoleSpec;
import dev.rudderiam.role.RudderStack;
import dev.rudderiam.role.Tag;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RoleManagerTest {
    private final InProcessIam iam = new InProcessIam();
    private final RoleManager roles = RoleManager.builder(iam).retryBudget(RetryBudget.immediate(5)).build();

    @Test
    void createsARoleWithOneInlinePolicyInTwoWritesAndOneRead() {
        RoleSpec spec = Roles.s3Destination("rudder-s3");

        ApplyResult result = roles.apply(spec);

        assertEquals(ApplyResult.Outcome.CREATED, result.outcome());
        assertEquals(List.of("GetRole", "CreateRole", "PutRolePolicy"), iam.log());
        assertEquals(new CallCounts(1, 2), result.calls());
        assertEquals("arn:aws:iam::" + InProcessIam.ACCOUNT + ":role/rudder-s3", result.roleArn().orElseThrow());
        Roles.assertMatches(spec, iam.role("rudder-s3").orElseThrow());
    }

    @Test
    void reapplyingMakesNoWriteAndAtMostFourPlusInlineReads() {
        RoleSpec spec = Roles.full("rudder-full");
        roles.apply(spec);
        int before = iam.log().size();

        ApplyResult again = roles.apply(spec);

        assertEquals(ApplyResult.Outcome.UNCHANGED, again.outcome());
        assertEquals(0, again.calls().writes());
        assertTrue(again.calls().reads() <= 4 + spec.inlinePolicies().size(), again.calls().toString());
        assertEquals(List.of("GetRole", "ListRolePolicies", "GetRolePolicy", "ListAttachedRolePolicies"),
                iam.log().subList(before, iam.log().size()));
    }

    @Test
    void aFullRoleIsCreatedWithBoundaryAndTagsInTheOneCreateRole() {
        RoleSpec spec = Roles.full("rudder-full");

        roles.apply(spec);

        assertEquals(List.of("CreateRole", "PutRolePolicy", "AttachRolePolicy"), Roles.writes(iam));
        Roles.assertMatches(spec, iam.role("rudder-full").orElseThrow());
    }

    @Test
    void driftListsWhatChangedBehindOurBack() {
        RoleSpec spec = Roles.full("rudder-drift");
        roles.apply(spec);
        InProcessIam.StoredRole stored = iam.role("rudder-drift").orElseThrow();
        stored.inline.put("s3-write", PolicyJson.write(Roles.s3Write("other-bucket")));
        stored.inline.put("added-by-hand", PolicyJson.write(Roles.s3Write("x")));
        stored.attached.clear();
        stored.tags.put("extra", "1");
        stored.boundary = null;

        Plan drift = roles.drift(spec);

        // The boundary comes back, so the order matters: s3-write (another bucket, not narrower, not wider) goes
        // off before and back on after the trust step; what was added by hand comes off first.
        assertEquals(List.of("DeleteRolePolicy", "DeleteRolePolicy", "PutRolePermissionsBoundary", "UntagRole",
                "PutRolePolicy", "AttachRolePolicy"), drift.changes().stream().map(Change::operation)
                .collect(java.util.stream.Collectors.toList()));
        roles.apply(spec);
        Roles.assertMatches(spec, iam.role("rudder-drift").orElseThrow());
        assertTrue(roles.drift(spec).isNoOp());
    }

    @Test
    void driftOfAMissingRoleIsAnError() {
        IamOperationException e = assertThrows(IamOperationException.class,
                () -> roles.drift(Roles.s3Destination("nobody")));
        assertEquals("NoSuchEntity", e.errorCode());
    }

    @Test
    void aDifferentPathIsAPlanErrorNotAChange() {
        roles.apply(Roles.s3Destination("rudder-path"));
        RoleSpec moved = Roles.s3Destination("rudder-path").toBuilder().path(IamPath.of("/elsewhere/")).build();

        Plan plan = roles.plan(moved);

        assertTrue(plan.changes().isEmpty());
        assertEquals(1, plan.errors().size());
        assertTrue(plan.errors().get(0).contains("cannot change a role's path"), plan.errors().get(0));
        ApplyFailedException e = assertThrows(ApplyFailedException.class, () -> roles.apply(moved));
        assertEquals(ApplyResult.Outcome.FAILED, e.result().outcome());
        assertEquals(List.of("CreateRole", "PutRolePolicy"), Roles.writes(iam), "no write for the failed apply");
    }

    @Test
    void aNameThatExistsInAnotherCaseIsAPlanError() {
        roles.apply(Roles.s3Destination("Rudder-Case"));

        Plan plan = roles.plan(Roles.s3Destination("rudder-case"));

        assertEquals(1, plan.errors().size());
        assertTrue(plan.errors().get(0).contains("unique ignoring case"), plan.errors().get(0));
    }

    @Test
    void tagKeysDifferingOnlyInCaseAreNoChange() {
        roles.apply(Roles.s3Destination("rudder-tags"));
        RoleSpec recased = Roles.s3Destination("rudder-tags").toBuilder().tags(List.of(Tag.of("OWNER",
                "data-platform"))).build();

        assertTrue(roles.plan(recased).isNoOp());
    }

    @Test
    void plainDocumentsWithPlusAndPercentAreNotDecoded() {
        InProcessIam emulator = new InProcessIam().plainDocuments(true).tagsOnGetRole(false);
        RoleManager manager = RoleManager.builder(emulator).build();
        PolicyDocument odd = PolicyDocument.builder().version(PolicyDocument.VERSION_2012_10_17)
                .addStatement(Statement.builder().effect(Effect.ALLOW).addAction("s3:GetObject")
                        .addResource("arn:aws:s3:::bucket/a+b%20c/*").build())
                .build();
        RoleSpec spec = Roles.s3Destination("rudder-plain").toBuilder().inlinePolicy(PolicyName.of("odd"), odd)
                .build();
        manager.apply(spec);

        RoleState state = manager.read(RoleName.of("rudder-plain")).orElseThrow();

        assertEquals(odd, state.inlinePolicies().get(PolicyName.of("odd")).toBuilder().build());
        assertEquals("data-platform", state.tag("owner").orElseThrow(), "tags from ListRoleTags");
        assertTrue(manager.plan(spec).isNoOp());
    }

    @Test
    void urlEncodedDocumentsWithPlusAndPercentRoundTrip() {
        PolicyDocument odd = PolicyDocument.builder().version(PolicyDocument.VERSION_2012_10_17)
                .addStatement(Statement.builder().effect(Effect.ALLOW).addAction("s3:GetObject")
                        .addResource("arn:aws:s3:::bucket/a+b%20c/*").build())
                .build();
        RoleSpec spec = Roles.s3Destination("rudder-enc").toBuilder().inlinePolicy(PolicyName.of("odd"), odd).build();
        roles.apply(spec);

        assertTrue(roles.read(RoleName.of("rudder-enc")).orElseThrow().inlinePolicies().get(PolicyName.of("odd"))
                .semanticallyEquals(odd));
        assertTrue(roles.plan(spec).isNoOp());
    }

    @Test
    void entityAlreadyExistsOnCreateIsReadAndReconciled() {
        RoleSpec spec = Roles.s3Destination("rudder-race");
        // Another client creates the role (trust only) between our GetRole (call 0) and CreateRole (call 1).
        iam.onCall(1, () -> iam.seed("rudder-race", "/", RudderStack.trustPolicy(Roles.WORKSPACE)));

        ApplyResult result = roles.apply(spec);

        assertEquals(ApplyResult.Outcome.UPDATED, result.outcome(), "the role was not created by this run");
        Roles.assertMatches(spec, iam.role("rudder-race").orElseThrow());
        assertTrue(Roles.writes(iam).contains("TagRole"), Roles.writes(iam).toString());
    }

    @Test
    void aPermanentFailureAfterCreateRollsBack() {
        RoleSpec spec = Roles.full("rudder-rollback").toBuilder()
                .addManagedPolicyArn(dev.rudderiam.arn.Arn.parse("arn:aws:iam::" + InProcessIam.ACCOUNT
                        + ":policy/does-not-exist"))
                .build();

        ApplyFailedException e = assertThrows(ApplyFailedException.class, () -> roles.apply(spec));

        assertEquals(ApplyResult.Outcome.ROLLED_BACK, e.result().outcome());
        assertEquals("NoSuchEntity", e.errorCode());
        assertEquals("AttachRolePolicy", e.operation());
        assertTrue(e.result().state().isEmpty());
        assertEquals(0, iam.roleCount());
    }

    @Test
    void keepPartialKeepsAndReportsTheHalfMadeRole() {
        RoleManager keeping = RoleManager.builder(iam).keepPartial(true).retryBudget(RetryBudget.NONE).build();
        PolicyDocument huge = hugePolicy();
        RoleSpec spec = Roles.s3Destination("rudder-partial").toBuilder().inlinePolicy(PolicyName.of("huge"), huge)
                .build();

        ApplyFailedException e = assertThrows(ApplyFailedException.class, () -> keeping.apply(spec));

        assertEquals(ApplyResult.Outcome.FAILED, e.result().outcome());
        assertEquals("LimitExceeded", e.errorCode());
        RoleState state = e.result().state().orElseThrow();
        assertEquals(List.of(PolicyName.of("s3-write")), List.copyOf(state.inlinePolicies().keySet()));
        assertTrue(iam.role("rudder-partial").isPresent());
    }

    @Test
    void passingConditionsAreRetriedWithinTheBudget() {
        iam.inject(1, Fault.INVALID_PRINCIPAL).inject(2, Fault.CONCURRENT_MODIFICATION)
                .inject(4, Fault.NOT_YET_VISIBLE);
        RoleSpec spec = Roles.s3Destination("rudder-retry");

        ApplyResult result = roles.apply(spec);

        assertEquals(ApplyResult.Outcome.CREATED, result.outcome());
        assertEquals(List.of("GetRole", "CreateRole", "CreateRole", "CreateRole", "PutRolePolicy", "PutRolePolicy"),
                iam.log());
        Roles.assertMatches(spec, iam.role("rudder-retry").orElseThrow());
    }

    @Test
    void withoutBudgetAPassingConditionFailsAndRollsBack() {
        RoleManager strict = RoleManager.builder(iam).retryBudget(RetryBudget.NONE).build();
        iam.inject(2, Fault.CONCURRENT_MODIFICATION);

        ApplyFailedException e = assertThrows(ApplyFailedException.class,
                () -> strict.apply(Roles.s3Destination("rudder-strict")));

        assertEquals(ApplyResult.Outcome.ROLLED_BACK, e.result().outcome());
        assertEquals(0, iam.roleCount());
    }

    @Test
    void aLostCreateAnswerIsRecognisedAsThisRunsRole() {
        iam.inject(1, Fault.TIMEOUT);
        RoleSpec spec = Roles.full("rudder-lost");

        ApplyResult result = roles.apply(spec);

        assertEquals(ApplyResult.Outcome.CREATED, result.outcome());
        Roles.assertMatches(spec, iam.role("rudder-lost").orElseThrow());
    }

    @Test
    void waitingUntilReadableUsesTheSdkWaiter() {
        RoleManager waiting = RoleManager.builder(iam).waitUntilReadable(true).build();

        ApplyResult result = waiting.apply(Roles.s3Destination("rudder-wait"));

        assertEquals(List.of("GetRole", "CreateRole", "PutRolePolicy", "GetRole"), iam.log());
        assertEquals(new CallCounts(2, 2), result.calls());
    }

    @Test
    void deleteRemovesEveryPartThenTheRole() {
        roles.apply(Roles.full("rudder-delete"));
        int before = iam.log().size();

        DeleteResult result = roles.delete(RoleName.of("rudder-delete"));

        assertTrue(result.existed());
        // Two policies: the fence goes on first, so that no removal order opens access; the boundary comes off
        // once no policy is left.
        assertEquals(List.of("GetRole", "ListInstanceProfilesForRole", "ListRolePolicies", "ListAttachedRolePolicies",
                "PutRolePolicy", "DeleteRolePolicy", "DetachRolePolicy", "DeleteRolePolicy",
                "DeleteRolePermissionsBoundary", "DeleteRole"), iam.log().subList(before, iam.log().size()));
        assertEquals(List.of("DeleteRolePolicy s3-write", "DetachRolePolicy arn:aws:iam::aws:policy/ReadOnlyAccess",
                "DeleteRolePolicy " + Planner.FENCE_NAME, "DeleteRolePermissionsBoundary "
                        + "arn:aws:iam::aws:policy/PowerUserAccess", "DeleteRole rudder-delete"), result.removed());
        assertEquals(0, iam.roleCount());
    }

    @Test
    void deleteToleratesPartsAlreadyGoneAndAMissingRole() {
        roles.apply(Roles.full("rudder-gone"));
        int getRole = iam.log().size();
        // The inline policy disappears between our listing and our delete (index: GetRole,
        // ListInstanceProfilesForRole, ListRolePolicies, ListAttachedRolePolicies, the fence's PutRolePolicy, then
        // DeleteRolePolicy).
        iam.onCall(getRole + 5, () -> iam.role("rudder-gone").orElseThrow().inline.remove("s3-write"));

        assertTrue(roles.delete(RoleName.of("rudder-gone")).existed());
        assertEquals(0, iam.roleCount());
        DeleteResult again = roles.delete(RoleName.of("rudder-gone"));
        assertFalse(again.existed());
        assertEquals(new CallCounts(1, 0), again.calls());
    }

    @Test
    void deleteOfARoleHeldByAnotherPolicyAddedMeanwhileReadsAgain() {
        roles.apply(Roles.s3Destination("rudder-conflict"));
        int getRole = iam.log().size();
        // A policy is added after our listing: DeleteRole meets a DeleteConflict and the parts are read again.
        iam.onCall(getRole + 5, () -> iam.role("rudder-conflict").orElseThrow().inline.put("late",
                PolicyJson.write(Roles.s3Write("late"))));

        roles.delete(RoleName.of("rudder-conflict"));

        assertEquals(0, iam.roleCount());
    }

    @Test
    void planPrintsForPeopleAndAsJson() {
        Plan plan = roles.plan(Roles.full("rudder-print"));

        assertTrue(plan.toText().contains("CreateRole"), plan.toText());
        @SuppressWarnings("unchecked")
        Map<String, Object> json = (Map<String, Object>) JsonValues.read(plan.toJson(JsonStyle.COMPACT), 1 << 20);
        assertEquals("rudder-print", json.get("role"));
        assertEquals(false, json.get("exists"));
        List<?> changes = (List<?>) json.get("changes");
        assertEquals(List.of("CreateRole", "PutRolePolicy", "AttachRolePolicy"), changes.stream()
                .map(change -> ((Map<?, ?>) change).get("operation")).collect(java.util.stream.Collectors.toList()));
        Map<?, ?> create = (Map<?, ?>) changes.get(0);
        assertEquals("arn:aws:iam::aws:policy/PowerUserAccess", create.get("permissionsBoundary"));
        assertEquals(Map.of("owner", "data-platform"), create.get("tags"));
        // GetRole, then GetPolicy and GetPolicyVersion: with two policies to add, the order depends on whether
        // ReadOnlyAccess denies anything.
        assertEquals(Map.of("read", java.math.BigDecimal.valueOf(3), "write", java.math.BigDecimal.ZERO),
                json.get("calls"));
        assertEquals(Set.of(Roles.READ_ONLY), plan.managedDocuments().keySet());
    }

    @Test
    void tooManyAttachedPoliciesIsLimitExceededAndRollsBack() {
        RoleSpec.Builder spec = Roles.s3Destination("rudder-many").toBuilder();
        for (int i = 0; i < 11; i++) {
            spec.addManagedPolicyArn(dev.rudderiam.arn.Arn.parse("arn:aws:iam::aws:policy/P" + i));
        }

        ApplyFailedException e = assertThrows(ApplyFailedException.class, () -> roles.apply(spec.build()));

        assertEquals("LimitExceeded", e.errorCode());
        assertEquals(ApplyResult.Outcome.ROLLED_BACK, e.result().outcome());
        assertEquals(0, iam.roleCount());
    }

    private static PolicyDocument hugePolicy() {
        Statement.Builder statement = Statement.builder().effect(Effect.ALLOW).addAction("s3:GetObject");
        for (int i = 0; i < 300; i++) {
            statement.addResource("arn:aws:s3:::a-rather-long-bucket-name-number-" + i + "/*");
        }
        return PolicyDocument.builder().version(PolicyDocument.VERSION_2012_10_17).addStatement(statement.build())
                .build();
    }
}
