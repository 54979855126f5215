package dev.rudderiam.aws;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rudderiam.arn.AccountId;
import dev.rudderiam.arn.Partition;
import dev.rudderiam.json.JsonValues;
import dev.rudderiam.json.PolicyJson;
import dev.rudderiam.role.RoleSpec;
import dev.rudderiam.role.RudderStack;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A plan saved, read back and applied: exactly its writes, or none when the role is no longer as it saw it. */
class SavedPlanTest {
    private final InProcessIam iam = WriteOrderProperties.fake();
    private final RoleManager roles = RoleManager.builder(iam).retryBudget(RetryBudget.immediate(3))
            .partition(Partition.AWS).account(AccountId.of(InProcessIam.ACCOUNT)).build();

    @Test
    void aSavedPlanReadsBackAndAppliesExactlyItsChanges() {
        iam.install(Roles.s3Destination("rudder-saved"));
        RoleSpec spec = Roles.full("rudder-saved").toBuilder().path(dev.rudderiam.role.IamPath.ROOT).build();
        Plan plan = roles.plan(spec);

        Plan read = Plan.parse(plan.toSavedJson());

        assertEquals(JsonForm.changes(plan.changes()), JsonForm.changes(read.changes()));
        assertEquals(plan.current(), read.current());
        assertEquals(plan.managedDocuments().keySet(), read.managedDocuments().keySet());
        assertEquals(List.of("aws", InProcessIam.ACCOUNT), List.of(read.partition().orElseThrow(),
                read.account().orElseThrow()));
        long writes = iam.writeCalls();
        ApplyResult result = roles.apply(read);
        assertEquals(ApplyResult.Outcome.UPDATED, result.outcome());
        assertEquals(plan.changes().size(), iam.writeCalls() - writes);
        Roles.assertMatches(spec, iam.role("rudder-saved").orElseThrow());
    }

    @Test
    void theRoleChangedSinceThePlanWasMadeIsRefusedWithNoWrite() {
        iam.install(Roles.s3Destination("rudder-stale"));
        Plan plan = roles.plan(Roles.full("rudder-stale").toBuilder().path(dev.rudderiam.role.IamPath.ROOT).build());
        iam.role("rudder-stale").orElseThrow().trust = PolicyJson.write(RudderStack.trustPolicy("someone-else"));
        long writes = iam.writeCalls();

        ApplyFailedException e = assertThrows(ApplyFailedException.class, () -> roles.apply(plan));

        assertEquals(writes, iam.writeCalls(), "no write");
        assertTrue(e.getMessage().startsWith("the role changed since the plan was made: trust policy differs;"),
                e.getMessage());
        assertEquals(ApplyResult.Outcome.FAILED, e.result().outcome());
        assertEquals(0, e.result().calls().writes());
    }

    @Test
    void aCreatePlanIsRefusedWhenTheRoleAppearedMeanwhile() {
        Plan plan = roles.plan(Roles.s3Destination("rudder-late"));
        iam.install(Roles.s3Destination("rudder-late"));
        long writes = iam.writeCalls();

        ApplyFailedException e = assertThrows(ApplyFailedException.class, () -> roles.apply(plan));

        assertEquals(writes, iam.writeCalls());
        assertTrue(e.getMessage().contains("role rudder-late did not exist and now does"), e.getMessage());
    }

    @Test
    void aCreatePlanIsRefusedWhenTheRoleAppearsJustBeforeCreateRole() {
        Plan plan = roles.plan(Roles.s3Destination("rudder-race"));
        // Someone creates the role between apply's check (GetRole) and its CreateRole.
        int next = iam.log().size();
        iam.onCall(next + 1, () -> iam.install(Roles.s3Destination("rudder-race")));

        ApplyFailedException e = assertThrows(ApplyFailedException.class, () -> roles.apply(plan));

        assertEquals(List.of("CreateRole"), Roles.writes(iam));
        assertTrue(e.getMessage().contains("the role changed since the plan was made"), e.getMessage());
    }

    @Test
    void aPlanMadeInAnotherAccountIsRefused() {
        Plan plan = RoleManager.builder(iam).account(AccountId.of("111122223333")).build()
                .plan(Roles.s3Destination("rudder-elsewhere"));

        ApplyFailedException e = assertThrows(ApplyFailedException.class,
                () -> roles.apply(Plan.parse(plan.toSavedJson())));

        assertEquals(0, iam.writeCalls());
        assertTrue(e.getMessage().contains("the plan was made in account 111122223333 and this client works in"
                + " account " + InProcessIam.ACCOUNT), e.getMessage());
    }

    @Test
    void aCreatePlanBoundToAnAccountNeedsToKnowTheAccountItRunsIn() {
        Plan plan = roles.plan(Roles.s3Destination("rudder-bound"));
        RoleManager unbound = RoleManager.builder(iam).build();

        ApplyFailedException e = assertThrows(ApplyFailedException.class, () -> unbound.apply(plan));

        assertEquals(0, iam.writeCalls());
        assertTrue(e.getMessage().contains("the plan was made in account " + InProcessIam.ACCOUNT + " and the account"
                + " of this client is unknown"), e.getMessage());
        assertEquals(ApplyResult.Outcome.CREATED, roles.apply(plan).outcome(), "the same account applies it");
    }

    @Test
    void aManagedPolicyWhoseDocumentChangedMakesThePlanStale() {
        String arn = WriteOrderProperties.POLICY + "allow-s3";
        RoleSpec spec = Roles.s3Destination("rudder-doc").toBuilder()
                .addManagedPolicyArn(dev.rudderiam.arn.Arn.parse(arn)).build();
        Plan plan = roles.plan(spec);
        assertTrue(plan.managedDocuments().containsKey(dev.rudderiam.arn.Arn.parse(arn)),
                plan.managedDocuments().toString());
        iam.managedPolicy(arn, Roles.s3Write("anything"));

        ApplyFailedException e = assertThrows(ApplyFailedException.class, () -> roles.apply(plan));

        assertEquals(0, iam.writeCalls());
        assertTrue(e.getMessage().contains("the document of managed policy " + arn + " differs"), e.getMessage());
    }

    @Test
    void anEditedSavedPlanIsRefused() {
        iam.install(Roles.s3Destination("rudder-edit"));
        Plan plan = roles.plan(Roles.s3Destination("rudder-edit").toBuilder().inlinePolicies(Map.of()).build());
        @SuppressWarnings("unchecked")
        Map<String, Object> json = new java.util.LinkedHashMap<>(
                (Map<String, Object>) JsonValues.read(plan.toSavedJson(), 1 << 20));
        json.put("changes", List.of());

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Plan.parse(JsonValues.write(json)));

        assertTrue(e.getMessage().startsWith("saved plan at '/changes' does not follow from its '/observed' role"),
                e.getMessage());
        IllegalArgumentException notAPlan = assertThrows(IllegalArgumentException.class,
                () -> Plan.parse("{\"rudderIamPlan\":1,\"spec\":[]}"));
        assertEquals("saved plan at '/spec' is not a JSON object: a saved plan is what 'plan --out' writes",
                notAPlan.getMessage());
    }

    @Test
    void aSavedPlanWithoutItsChangesIsRefusedNamingThePointer() {
        iam.install(Roles.s3Destination("rudder-nochanges"));
        Plan plan = roles.plan(Roles.s3Destination("rudder-nochanges").toBuilder().inlinePolicies(Map.of()).build());
        @SuppressWarnings("unchecked")
        Map<String, Object> json = new java.util.LinkedHashMap<>(
                (Map<String, Object>) JsonValues.read(plan.toSavedJson(), 1 << 20));
        json.remove("changes");

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Plan.parse(JsonValues.write(json)));

        assertTrue(e.getMessage().startsWith("saved plan at '/changes' does not follow from its '/observed' role"),
                e.getMessage());
    }
}
