package dev.rudderiam.aws;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rudderiam.arn.Arn;
import dev.rudderiam.json.PolicyJson;
import dev.rudderiam.policy.Effect;
import dev.rudderiam.policy.PolicyDocument;
import dev.rudderiam.policy.Statement;
import dev.rudderiam.role.IamPath;
import dev.rudderiam.role.PolicyName;
import dev.rudderiam.role.RoleDescription;
import dev.rudderiam.role.RoleName;
import dev.rudderiam.role.RoleSpec;
import dev.rudderiam.role.RudderStack;
import dev.rudderiam.role.Tag;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * One apply as a user sees it: the outcome, the state reported, the one-line reason of a failure, and the roll-back of
 * a role the apply created passing back through the states the apply went through.
 */
class ApplyRunTest {
    private static final String UNKNOWN_POLICY = "arn:aws:iam::" + InProcessIam.ACCOUNT + ":policy/does-not-exist";

    private final InProcessIam iam = new InProcessIam();
    /** The role's permission parts after each write that took effect: inline policy names, then attached ARNs. */
    private final List<String> states = new ArrayList<>();

    private void recordStates(String name) {
        iam.afterEachWrite(fake -> states.add(fake.role(name)
                .map(role -> new TreeSet<>(role.inline.keySet()) + " " + new TreeSet<>(role.attached))
                .orElse("gone")));
    }

    /** A spec whose managed policy IAM cannot read, so the plan fences the role while it adds its policies. */
    private static RoleSpec fencedCreate(String name) {
        return Roles.s3Destination(name).toBuilder().addManagedPolicyArn(Roles.READ_ONLY)
                .addManagedPolicyArn(Arn.parse(UNKNOWN_POLICY)).build();
    }

    @Test
    void aRollBackUndoesTheWritesLatestFirstThroughTheStatesTheApplyPassed() {
        recordStates("rudder-undo");

        ApplyFailedException e = assertThrows(ApplyFailedException.class,
                () -> RoleManager.builder(iam).retryBudget(RetryBudget.NONE).build().apply(fencedCreate("rudder-undo")));

        String fence = Planner.FENCE_NAME.value();
        assertEquals(List.of(
                "[] []", "[" + fence + "] []", "[" + fence + ", s3-write] []",
                "[" + fence + ", s3-write] [" + Roles.READ_ONLY + "]",
                // AttachRolePolicy of the unknown policy fails; the roll-back retraces the states, latest first:
                "[" + fence + ", s3-write] []", "[" + fence + "] []", "[] []", "gone"), states, iam.log().toString());
        assertEquals(List.of("CreateRole", "PutRolePolicy", "PutRolePolicy", "AttachRolePolicy", "AttachRolePolicy",
                "DetachRolePolicy", "DetachRolePolicy", "DeleteRolePolicy", "DeleteRolePolicy", "DeleteRole"),
                Roles.writes(iam), "the unknown policy's detach (NoSuchEntity: never attached) is tolerated");
        assertEquals(ApplyResult.Outcome.ROLLED_BACK, e.result().outcome());
        assertEquals("apply of role rudder-undo failed at AttachRolePolicy: " + e.getCause().getMessage()
                + "; rolled back: the role this run created was deleted", e.getMessage());
        assertTrue(e.result().stateKnown());
        assertTrue(e.result().state().isEmpty());
    }

    @Test
    void aWriteWhoseAnswerWasLostIsUndoneToo() {
        // Planned without IAM, the managed policy's document is unknown: the create is fenced.
        RoleSpec spec = Roles.s3Destination("rudder-lost-write").toBuilder().addManagedPolicyArn(Roles.READ_ONLY)
                .inlinePolicy(PolicyName.of("deny-delete"), denyDelete()).build();
        Plan plan = Plan.between(spec, java.util.Optional.empty());
        recordStates("rudder-lost-write");
        // The last write, the fence's removal, takes effect and its answer is lost.
        iam.inject("DeleteRolePolicy", Fault.TIMEOUT);

        ApplyFailedException e = assertThrows(ApplyFailedException.class,
                () -> RoleManager.builder(iam).retryBudget(RetryBudget.NONE).build().apply(plan));

        String fence = Planner.FENCE_NAME.value();
        String ro = " [" + Roles.READ_ONLY + "]";
        assertEquals(List.of(
                "[] []", "[" + fence + "] []", "[" + fence + ", s3-write] []",
                "[deny-delete, " + fence + ", s3-write] []", "[deny-delete, " + fence + ", s3-write]" + ro,
                "[deny-delete, s3-write]" + ro,
                // The fence's removal may have taken effect: the fence is put back first, then the rest undone.
                "[deny-delete, " + fence + ", s3-write]" + ro, "[deny-delete, " + fence + ", s3-write] []",
                "[" + fence + ", s3-write] []", "[" + fence + "] []", "[] []", "gone"), states, iam.log().toString());
        assertEquals(ApplyResult.Outcome.ROLLED_BACK, e.result().outcome());
        assertEquals("DeleteRolePolicy", e.operation());
    }

    @Test
    void aRollBackThatFailsTooIsReportedWithWhatExists() {
        // The huge inline policy is over the inline quota: PutRolePolicy fails, then so does its undo.
        iam.inject("DeleteRolePolicy", Fault.ACCESS_DENIED);
        RoleSpec spec = Roles.s3Destination("rudder-stuck").toBuilder().inlinePolicy(PolicyName.of("huge"), huge())
                .build();

        ApplyFailedException e = assertThrows(ApplyFailedException.class,
                () -> RoleManager.builder(iam).retryBudget(RetryBudget.NONE).build().apply(spec));

        assertEquals(ApplyResult.Outcome.FAILED, e.result().outcome());
        assertEquals("LimitExceeded", e.errorCode());
        assertTrue(e.getMessage().startsWith("apply of role rudder-stuck failed at PutRolePolicy: "), e.getMessage());
        assertTrue(e.getMessage().contains("; the roll-back failed too (DeleteRolePolicy for role rudder-stuck failed:"
                + " AccessDenied: "), e.getMessage());
        assertEquals(1, e.getCause().getSuppressed().length, "the roll-back's failure is kept beside the cause");
        RoleState left = e.result().state().orElseThrow();
        assertEquals(List.of(PolicyName.of("s3-write")), List.copyOf(left.inlinePolicies().keySet()),
                "what exists is read back");
        assertTrue(iam.role("rudder-stuck").isPresent());
    }

    @Test
    void aKeptPartialRoleIsSaidToBeKept() {
        RoleSpec spec = Roles.s3Destination("rudder-kept").toBuilder().inlinePolicy(PolicyName.of("huge"), huge())
                .build();

        ApplyFailedException e = assertThrows(ApplyFailedException.class, () -> RoleManager.builder(iam)
                .keepPartial(true).retryBudget(RetryBudget.NONE).build().apply(spec));

        assertTrue(e.getMessage().endsWith("; the partial role is kept as asked"), e.getMessage());
        assertEquals(List.of("CreateRole", "PutRolePolicy", "PutRolePolicy"), Roles.writes(iam), "no roll-back");
    }

    @Test
    void aFailedUpdateKeepsTheChangesMadeAndSaysSo() {
        iam.install(Roles.s3Destination("rudder-update"));
        iam.inject("PutRolePolicy", Fault.ACCESS_DENIED);
        RoleSpec spec = Roles.s3Destination("rudder-update").toBuilder().tags(List.of(Tag.of("owner", "new")))
                .inlinePolicy(PolicyName.of("s3-write"), Roles.s3Write("other-bucket")).build();

        ApplyFailedException e = assertThrows(ApplyFailedException.class,
                () -> RoleManager.builder(iam).retryBudget(RetryBudget.NONE).build().apply(spec));

        assertEquals(ApplyResult.Outcome.FAILED, e.result().outcome());
        assertTrue(e.getMessage().endsWith("; changes made before the failure are kept (each state is within the role"
                + " before or after; applying again converges)"), e.getMessage());
        assertEquals(List.of("PutRolePolicy"), Roles.writes(iam), "nothing is rolled back on a role not created");
        assertTrue(e.result().stateKnown());
    }

    @Test
    void aFailureWhoseStateCannotBeReadSaysTheStateIsUnknown() {
        iam.install(Roles.s3Destination("rudder-unread"));
        RoleSpec spec = Roles.s3Destination("rudder-unread").toBuilder()
                .inlinePolicy(PolicyName.of("s3-write"), Roles.s3Write("other-bucket")).build();
        int reads = readsToPlan(spec);
        // The plan's reads, then PutRolePolicy fails, then the read of what exists fails too.
        iam.inject(reads, Fault.ACCESS_DENIED).inject(reads + 1, Fault.ACCESS_DENIED);

        ApplyFailedException e = assertThrows(ApplyFailedException.class,
                () -> RoleManager.builder(iam).retryBudget(RetryBudget.NONE).build().apply(spec));

        assertEquals(List.of("PutRolePolicy", "GetRole"), iam.log().subList(reads, iam.log().size()));
        assertFalse(e.result().stateKnown());
        assertTrue(e.result().state().isEmpty());
        assertEquals(1, e.getCause().getSuppressed().length, "the failed read is kept beside the cause");
    }

    @Test
    void aSpecThatCannotBeAppliedIsRefusedNamingEachReason() {
        iam.install(Roles.s3Destination("rudder-path").toBuilder().path(IamPath.of("/elsewhere/")).build());

        ApplyFailedException e = assertThrows(ApplyFailedException.class,
                () -> RoleManager.builder(iam).build().apply(Roles.s3Destination("rudder-path")));

        assertEquals("role rudder-path cannot be made to match the spec: role 'rudder-path' has path '/elsewhere/'"
                + " and the spec asks for '/': IAM cannot change a role's path; delete the role and apply again, or"
                + " use path '/elsewhere/'", e.getMessage());
        assertEquals(0, iam.writeCalls());
        assertEquals(ApplyResult.Outcome.FAILED, e.result().outcome());
        assertEquals(IamPath.of("/elsewhere/"), e.result().state().orElseThrow().path(), "the role as it is");
    }

    @Test
    void aRoleThatAppearsAsSpecifiedBeforeCreateRoleIsUnchanged() {
        RoleSpec spec = Roles.full("rudder-twin");
        // Another client creates exactly this role between our GetRole (call 0) and CreateRole (call 1).
        iam.onCall(1, () -> iam.install(spec));

        ApplyResult result = RoleManager.builder(iam).build().apply(spec);

        assertEquals(ApplyResult.Outcome.UNCHANGED, result.outcome());
        assertEquals(List.of("CreateRole"), Roles.writes(iam), "the refused CreateRole only");
        assertTrue(result.applied().isEmpty());
    }

    @Test
    void aRoleThatAppearsWithAnotherPathBeforeCreateRoleIsRefused() {
        RoleSpec spec = Roles.s3Destination("rudder-other-path");
        iam.onCall(1, () -> iam.install(spec.toBuilder().path(IamPath.of("/other/")).build()));

        ApplyFailedException e = assertThrows(ApplyFailedException.class,
                () -> RoleManager.builder(iam).build().apply(spec));

        assertEquals("EntityAlreadyExists", e.errorCode());
        assertTrue(e.getMessage().startsWith("apply of role rudder-other-path failed at CreateRole: role"
                + " rudder-other-path already exists and cannot be made to match the spec: role 'rudder-other-path'"
                + " has path '/other/' and the spec asks for '/'"), e.getMessage());
        assertEquals(List.of("CreateRole"), Roles.writes(iam));
        assertEquals(ApplyResult.Outcome.FAILED, e.result().outcome());
    }

    @Test
    void theReportedStateIsTheRoleAsIamThenHoldsIt() {
        Map<String, String> tags = new LinkedHashMap<>();
        tags.put("OWNER", "someone");
        tags.put("aws:cloudformation:stack-name", "stack");
        tags.put("stale", "x");
        InProcessIam.StoredRole stored = iam.install(Roles.s3Destination("rudder-report"));
        stored.tags.clear();
        stored.tags.putAll(tags);
        stored.description = "old";
        RoleSpec spec = Roles.s3Destination("rudder-report").toBuilder().description(RoleDescription.of(""))
                .tags(List.of(Tag.of("owner", "data-platform"), Tag.of("team", "x"))).build();
        RoleManager roles = RoleManager.builder(iam).build();

        ApplyResult result = roles.apply(spec);

        assertEquals(ApplyResult.Outcome.UPDATED, result.outcome());
        RoleState reported = result.state().orElseThrow();
        RoleState read = roles.read(RoleName.of("rudder-report")).orElseThrow();
        assertEquals(List.of(), reported.differencesFrom(read), "reported " + reported + ", read " + read);
        assertEquals(Map.of("OWNER", "data-platform", "team", "x", "aws:cloudformation:stack-name", "stack"),
                reported.tags(), "the stored case of a key and AWS's own tags");
        assertEquals(null, reported.description(), "an empty description is none");
        assertEquals(stored.arn(), result.roleArn().orElseThrow());
        assertEquals(stored.roleId, reported.roleId());
    }

    @Test
    void aCreatedRoleIsReportedWithTheArnAndIdIamGave() {
        RoleManager roles = RoleManager.builder(iam).build();

        ApplyResult result = roles.apply(Roles.full("rudder-new"));

        RoleState read = roles.read(RoleName.of("rudder-new")).orElseThrow();
        assertEquals(List.of(), result.state().orElseThrow().differencesFrom(read));
        assertEquals(Map.of("owner", "data-platform"), result.state().orElseThrow().tags());
    }

    @Test
    void aPolicySomeoneElseRemovedMeanwhileCountsAsRemoved() {
        RoleSpec spec = Roles.s3Destination("rudder-gone");
        iam.install(spec.toBuilder().inlinePolicy(PolicyName.of("old"), Roles.s3Write("old")).build());
        int removal = readsToPlan(spec, "old");
        iam.onCall(removal, () -> iam.role("rudder-gone").orElseThrow().inline.remove("old"));

        ApplyResult result = RoleManager.builder(iam).retryBudget(RetryBudget.NONE).build().apply(spec);

        assertEquals("DeleteRolePolicy", iam.log().get(removal));
        assertEquals(ApplyResult.Outcome.UPDATED, result.outcome(), "NoSuchEntity on a removal: already gone");
        assertEquals(List.of(new Change.DeleteInlinePolicy(PolicyName.of("old"))), result.applied());
        Roles.assertMatches(spec, iam.role("rudder-gone").orElseThrow());
    }

    @Test
    void aCreateRefusedByAServerErrorIsSentAgainWhenNoRoleWasMade() {
        // ServiceFailure is answered before the call takes effect: GetRole finds nothing, CreateRole goes again.
        iam.inject(1, Fault.SERVER_ERROR);

        ApplyResult result = RoleManager.builder(iam).retryBudget(RetryBudget.immediate(1)).build()
                .apply(Roles.s3Destination("rudder-again"));

        assertEquals(List.of("GetRole", "CreateRole", "GetRole", "CreateRole", "PutRolePolicy"), iam.log());
        assertEquals(ApplyResult.Outcome.CREATED, result.outcome());
    }

    @Test
    void aCreateRefusedByAServerErrorIsSentAgainOnlyWithinTheBudget() {
        iam.inject(1, Fault.SERVER_ERROR);

        ApplyFailedException e = assertThrows(ApplyFailedException.class, () -> RoleManager.builder(iam)
                .retryBudget(RetryBudget.NONE).build().apply(Roles.s3Destination("rudder-no-budget")));

        assertEquals(List.of("CreateRole"), Roles.writes(iam), "not sent again");
        assertTrue(e.getMessage().contains("; gave up after 0 re-tries"), e.getMessage());
        assertEquals(0, iam.roleCount());
    }

    @Test
    void aRoleSomeoneElseMadeWhileTheCreateAnswerWasLostIsNotTakenForThisRunsRole() {
        RoleSpec spec = Roles.s3Destination("rudder-theirs");
        // CreateRole fails with a server error; meanwhile another client creates the role with another trust.
        iam.inject(1, Fault.SERVER_ERROR).onCall(2, () -> iam.seed("rudder-theirs", "/",
                RudderStack.trustPolicy("someone-else")));

        ApplyResult result = RoleManager.builder(iam).build().apply(spec);

        assertEquals(ApplyResult.Outcome.UPDATED, result.outcome(), "not created by this run");
        assertTrue(Roles.writes(iam).contains("UpdateAssumeRolePolicy"), iam.log().toString());
        Roles.assertMatches(spec, iam.role("rudder-theirs").orElseThrow());
    }

    private int readsToPlan(RoleSpec spec, String removed) {
        InProcessIam twin = new InProcessIam();
        twin.install(spec.toBuilder().inlinePolicy(PolicyName.of(removed), Roles.s3Write(removed)).build());
        RoleManager.builder(twin).build().apply(spec);
        return twin.log().indexOf("DeleteRolePolicy");
    }

    @Test
    void aCreateWhoseAnswerWasLostIsThisRunsRole() {
        iam.inject(1, Fault.TIMEOUT);

        ApplyResult result = RoleManager.builder(iam).retryBudget(RetryBudget.NONE).build()
                .apply(Roles.s3Destination("rudder-lost-create"));

        assertEquals(ApplyResult.Outcome.CREATED, result.outcome());
        assertEquals(List.of("CreateRole", "PutRolePolicy"), Roles.writes(iam), "the role read back, not created again");
        assertEquals("CreateRole", result.applied().get(0).operation());
    }

    @Test
    void aRollBackHasItsOwnRetryBudget() {
        // The apply spends its one re-try on PutRolePolicy; the roll-back's first write needs one too.
        iam.inject(2, Fault.CONCURRENT_MODIFICATION).inject(5, Fault.CONCURRENT_MODIFICATION);
        RoleSpec spec = Roles.s3Destination("rudder-budget").toBuilder().inlinePolicy(PolicyName.of("huge"), huge())
                .build();

        ApplyFailedException e = assertThrows(ApplyFailedException.class,
                () -> RoleManager.builder(iam).retryBudget(RetryBudget.immediate(1)).build().apply(spec));

        assertEquals(List.of("GetRole", "CreateRole", "PutRolePolicy", "PutRolePolicy", "PutRolePolicy",
                "DeleteRolePolicy", "DeleteRolePolicy"), iam.log().subList(0, 7), iam.injected().toString());
        assertEquals(ApplyResult.Outcome.ROLLED_BACK, e.result().outcome(), e.getMessage());
        assertEquals(0, iam.roleCount());
    }

    @Test
    void readingWhatIsLeftHasItsOwnRetryBudget() {
        // The apply spends its one re-try on PutRolePolicy; reading the partial role back needs one too.
        iam.inject(2, Fault.CONCURRENT_MODIFICATION).inject(5, Fault.CONCURRENT_MODIFICATION);
        RoleSpec spec = Roles.s3Destination("rudder-read-budget").toBuilder()
                .inlinePolicy(PolicyName.of("huge"), huge()).build();

        ApplyFailedException e = assertThrows(ApplyFailedException.class, () -> RoleManager.builder(iam)
                .keepPartial(true).retryBudget(RetryBudget.immediate(1)).build().apply(spec));

        assertEquals(List.of("GetRole", "CreateRole", "PutRolePolicy", "PutRolePolicy", "PutRolePolicy", "GetRole",
                "GetRole"), iam.log().subList(0, 7), iam.injected().toString());
        assertTrue(e.result().stateKnown(), e.getMessage());
        assertEquals(List.of(PolicyName.of("s3-write")),
                List.copyOf(e.result().state().orElseThrow().inlinePolicies().keySet()));
    }

    private int readsToPlan(RoleSpec spec) {
        InProcessIam twin = new InProcessIam();
        twin.install(iam.role(spec.name().value()).map(role -> Roles.s3Destination(role.name)).orElseThrow());
        RoleManager.builder(twin).build().plan(spec);
        return twin.log().size();
    }

    private static PolicyDocument denyDelete() {
        return PolicyJson.read("{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Deny\","
                + "\"Action\":\"s3:DeleteObject\",\"Resource\":\"*\"}]}");
    }

    private static PolicyDocument huge() {
        Statement.Builder statement = Statement.builder().effect(Effect.ALLOW).addAction("s3:GetObject");
        for (int i = 0; i < 300; i++) {
            statement.addResource("arn:aws:s3:::a-rather-long-bucket-name-number-" + i + "/*");
        }
        return PolicyDocument.builder().version(PolicyDocument.VERSION_2012_10_17).addStatement(statement.build())
                .build();
    }
}
