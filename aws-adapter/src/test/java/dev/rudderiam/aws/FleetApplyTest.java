package dev.rudderiam.aws;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rudderiam.arn.AccountId;
import dev.rudderiam.aws.fleet.AccountEntry;
import dev.rudderiam.aws.fleet.AccountResult;
import dev.rudderiam.aws.fleet.AccountResult.Outcome;
import dev.rudderiam.aws.fleet.FleetApply;
import dev.rudderiam.aws.fleet.FleetManifest;
import dev.rudderiam.aws.fleet.FleetPlan;
import dev.rudderiam.aws.fleet.FleetResult;
import dev.rudderiam.json.JsonStyle;
import dev.rudderiam.json.JsonValues;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.iam.IamClient;

/**
 * The fleet against one in-process IAM per account: creation, re-run, faults in one account, the account check,
 * bounded concurrency and progress. (In this package because the in-process IAM is package-private here.)
 */
class FleetApplyTest {
    private static final List<String> IDS = List.of("111111111111", "222222222222", "333333333333");

    private final Map<String, InProcessIam> fakes = new LinkedHashMap<>();

    private FleetManifest manifest(List<String> ids) {
        String accounts = ids.stream().map(id -> "{\"accountId\": \"" + id + "\", \"profile\": \"p" + id
                + "\", \"destinations\": {\"S3\": {\"bucketName\": \"events-" + id + "\"}}}")
                .collect(Collectors.joining(", "));
        ids.forEach(id -> fakes.computeIfAbsent(id, InProcessIam::new));
        return FleetManifest.parse("{\"roleName\": \"" + Fleets.ROLE + "\", \"workspaceId\": \"" + Roles.WORKSPACE
                + "\", \"destinations\": {\"S3\": {\"bucketName\": \"shared\"}, \"LOGS\": {\"bucketName\": \"logs\"}},"
                + " \"accounts\": [" + accounts + "]}");
    }

    private FleetApply.Builder fleet() {
        return FleetApply.builder(entry -> fakes.get(entry.accountId().value()), Fleets::spec)
                .manager(roles -> roles.retryBudget(RetryBudget.immediate(10)));
    }

    private long writes() {
        return fakes.values().stream().mapToLong(InProcessIam::writeCalls).sum();
    }

    @Test
    void createsTheRoleInEveryAccountThenAReRunMakesNoWrite() {
        FleetManifest manifest = manifest(IDS);
        FleetResult first = fleet().build().apply(manifest);

        assertTrue(first.succeeded(), first.toText());
        for (AccountEntry entry : manifest.accounts()) {
            String id = entry.accountId().value();
            AccountResult result = first.accounts().get(IDS.indexOf(id));
            assertEquals(Outcome.CREATED, result.outcome());
            assertEquals("arn:aws:iam::" + id + ":role/" + Fleets.ROLE, result.roleArn());
            assertEquals(new CallCounts(2, 3), result.calls(), "GetRole to plan and to check, 3 writes");
            Roles.assertMatches(Fleets.spec(entry), fakes.get(id).role(Fleets.ROLE).orElseThrow());
            assertTrue(fakes.get(id).role(Fleets.ROLE).orElseThrow().inline.get("rudderstack-s3")
                    .contains("events-" + id), "the account's bucketName overrides the shared one");
        }

        long writesBefore = writes();
        FleetResult second = fleet().build().apply(manifest);
        assertEquals(writesBefore, writes(), "a re-run writes nothing");
        second.accounts().forEach(result -> {
            assertEquals(Outcome.UNCHANGED, result.outcome());
            assertEquals(0, result.calls().writes());
        });
        assertEquals(Map.of(Outcome.CREATED, 0, Outcome.UPDATED, 0, Outcome.UNCHANGED, 3, Outcome.FAILED, 0),
                second.counts());
    }

    @Test
    void aRoleThatDriftedInOneAccountIsUpdatedThereOnly() {
        FleetManifest manifest = manifest(IDS);
        fleet().build().apply(manifest);
        fakes.get(IDS.get(1)).role(Fleets.ROLE).orElseThrow().inline.put("rudderstack-s3",
                dev.rudderiam.json.PolicyJson.write(Roles.s3Write("someone-elses-bucket")));

        FleetResult result = fleet().build().apply(manifest);

        assertEquals(List.of(Outcome.UNCHANGED, Outcome.UPDATED, Outcome.UNCHANGED), outcomes(result));
        assertEquals(List.of("PutRolePolicy"), result.accounts().get(1).applied().stream().map(Change::operation)
                .toList());
    }

    @Test
    void accessDeniedOnAWriteFailsThatAccountOnlyAndSaysNothingIsLeft() {
        FleetManifest manifest = manifest(IDS);
        fakes.get(IDS.get(1)).inject("PutRolePolicy", Fault.ACCESS_DENIED);

        FleetResult result = fleet().build().apply(manifest);

        assertEquals(List.of(Outcome.CREATED, Outcome.FAILED, Outcome.CREATED), outcomes(result));
        AccountResult failed = result.accounts().get(1);
        assertTrue(failed.reason().contains("AccessDenied") || failed.reason().contains("not authorized"),
                failed.reason());
        assertEquals("the role this run created was deleted again: nothing this run made is left", failed.state());
        assertNull(failed.roleArn());
        assertEquals(0, fakes.get(IDS.get(1)).roleCount());
        assertTrue(result.toText().contains("  now: the role this run created was deleted again"), result.toText());
    }

    @Test
    void aPartialRoleKeptAfterAFailureIsReportedWithWhatWasMade() {
        FleetManifest manifest = manifest(IDS);
        fakes.get(IDS.get(2)).inject("PutRolePolicy", Fault.ACCESS_DENIED);

        FleetResult result = fleet().manager(roles -> roles.retryBudget(RetryBudget.immediate(10)).keepPartial(true))
                .build().apply(manifest);

        AccountResult failed = result.accounts().get(2);
        assertEquals(Outcome.FAILED, failed.outcome());
        assertEquals("arn:aws:iam::333333333333:role/" + Fleets.ROLE, failed.roleArn());
        assertEquals(List.of("CreateRole"), failed.applied().stream().map(Change::operation).toList());
        assertTrue(failed.state().startsWith("role arn:aws:iam::333333333333:role/" + Fleets.ROLE
                + " exists with 1 of 3 changes made"), failed.state());
        assertEquals(3, failed.planned().size());
    }

    @Test
    void aReadThatIsDeniedFailsWithNoChange() {
        FleetManifest manifest = manifest(IDS);
        fakes.get(IDS.get(0)).inject("GetRole", Fault.ACCESS_DENIED);

        FleetResult result = fleet().build().apply(manifest);

        assertEquals(List.of(Outcome.FAILED, Outcome.CREATED, Outcome.CREATED), outcomes(result));
        assertTrue(result.accounts().get(0).reason().startsWith("reading the role failed: "),
                result.accounts().get(0).reason());
        assertEquals("no change was made", result.accounts().get(0).state());
        assertEquals(0, fakes.get(IDS.get(0)).writeCalls());
    }

    @Test
    void aBlueprintOrClientFailureInOneAccountLeavesTheOthersAlone() {
        FleetManifest manifest = FleetManifest.parse("{\"roleName\": \"" + Fleets.ROLE + "\", \"workspaceId\": \""
                + Roles.WORKSPACE + "\", \"accounts\": [{\"accountId\": \"111111111111\","
                + " \"destinations\": {\"S3\": {}}},"
                + " {\"accountId\": \"222222222222\", \"destinations\": {\"S3\": {\"bucketName\": \"b\"}}},"
                + " {\"accountId\": \"333333333333\", \"destinations\": {\"S3\": {\"bucketName\": \"b\"}}}]}");
        IDS.forEach(id -> fakes.put(id, new InProcessIam(id)));
        Function<AccountEntry, IamClient> clients = entry -> {
            if (entry.accountId().value().equals("333333333333")) {
                throw new IllegalStateException("profile p3 is not in the shared config files");
            }
            return fakes.get(entry.accountId().value());
        };

        FleetResult result = FleetApply.builder(clients, Fleets::spec).build().apply(manifest);

        assertEquals(List.of(Outcome.FAILED, Outcome.CREATED, Outcome.FAILED), outcomes(result));
        assertEquals("the blueprint refused this account's values: destination S3: parameter bucketName is missing",
                result.accounts().get(0).reason());
        assertEquals("no IAM client for this account: profile p3 is not in the shared config files",
                result.accounts().get(2).reason());
        assertEquals(List.of(), fakes.get("111111111111").log());
        assertEquals(List.of(), fakes.get("333333333333").log());
    }

    @Test
    void credentialsOfAnotherAccountAreRefusedBeforeAnyWrite() {
        FleetManifest manifest = manifest(List.of("111111111111", "222222222222"));
        InProcessIam other = new InProcessIam("999999999999");
        other.install(Fleets.spec(manifest.accounts().get(0)).toBuilder()
                .inlinePolicy(dev.rudderiam.role.PolicyName.of("extra"), Roles.s3Write("x")).build());
        fakes.put("111111111111", other);

        FleetResult result = fleet().build().apply(manifest);

        AccountResult refused = result.accounts().get(0);
        assertEquals(Outcome.FAILED, refused.outcome());
        assertEquals("the credentials reach account 999999999999, not 111111111111 as the manifest says",
                refused.reason());
        assertEquals(0, other.writeCalls());
        assertEquals(Outcome.CREATED, result.accounts().get(1).outcome());
    }

    @Test
    void aRoleCreatedInAnotherAccountThanTheManifestSaysIsReportedAsSuch() {
        FleetManifest manifest = manifest(List.of("111111111111"));
        fakes.put("111111111111", new InProcessIam("999999999999"));

        AccountResult result = fleet().build().apply(manifest).accounts().get(0);

        assertEquals(Outcome.FAILED, result.outcome());
        assertEquals("role arn:aws:iam::999999999999:role/" + Fleets.ROLE + " was created there by this run",
                result.state());
    }

    @Test
    void theCallerAccountCheckRefusesWithNoIamCall() {
        FleetManifest manifest = manifest(IDS);

        FleetResult result = fleet().callerAccount(entry -> entry.accountId().value().equals("222222222222")
                ? AccountId.of("999999999999") : entry.accountId()).build().apply(manifest);

        assertEquals(List.of(Outcome.CREATED, Outcome.FAILED, Outcome.CREATED), outcomes(result));
        assertEquals("the credentials are for account 999999999999, not 222222222222 as the manifest says",
                result.accounts().get(1).reason());
        assertEquals(List.of(), fakes.get("222222222222").log());
    }

    @Test
    void noMoreAccountsThanTheBoundAreWorkedOnAtOnce() {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            ids.add(String.format("1000000000%02d", i));
        }
        FleetManifest manifest = manifest(ids);
        for (int bound : new int[] {1, 3}) {
            Fleets.InFlight inFlight = new Fleets.InFlight(5);
            FleetResult result = FleetApply.builder(entry -> inFlight.wrap(fakes.get(entry.accountId().value())),
                    Fleets::spec).concurrency(bound).build().plan(manifest);
            assertTrue(result.succeeded(), result.toText());
            assertTrue(inFlight.most() <= bound, "at most " + bound + " calls at once, saw " + inFlight.most());
            assertTrue(bound == 1 || inFlight.most() > 1, "accounts are worked on in parallel");
        }
    }

    @Test
    void planMakesNoWriteAndSaysWhatWouldBeDone() {
        FleetManifest manifest = manifest(IDS);

        FleetResult plan = fleet().build().plan(manifest);

        assertEquals(0, writes());
        assertEquals(List.of(Outcome.CREATED, Outcome.CREATED, Outcome.CREATED), outcomes(plan));
        assertEquals(3, plan.accounts().get(0).planned().size());
        assertTrue(plan.toText().endsWith("3 accounts: 3 to create, 0 to update, 0 unchanged, 0 failed."
                + System.lineSeparator()), plan.toText());
    }

    @Test
    void applyingAReviewedPlanRefusesAnAccountThatChangedSinceAndOneWhosePlanFailed() {
        FleetManifest manifest = manifest(IDS);
        fakes.get(IDS.get(2)).inject("GetRole", Fault.ACCESS_DENIED);
        FleetResult reviewed = fleet().build().plan(manifest);
        fakes.get(IDS.get(1)).install(Fleets.spec(manifest.accounts().get(0)));

        FleetResult result = fleet().build().apply(manifest, reviewed);

        assertEquals(List.of(Outcome.CREATED, Outcome.FAILED, Outcome.FAILED), outcomes(result));
        assertEquals("the role changed since the plan was reviewed: it now needs 1 changes where the reviewed plan"
                + " had 3 or other ones; make a new plan", result.accounts().get(1).reason());
        assertEquals(0, fakes.get(IDS.get(1)).writeCalls());
        assertTrue(result.accounts().get(2).reason().startsWith("not applied: reading the role failed: "),
                result.accounts().get(2).reason());
        assertEquals(List.of("GetRole"), fakes.get(IDS.get(2)).log(), "the failed plan's read only");
    }

    @Test
    void aSavedFleetPlanIsAppliedExactlyAndRefusedWhereTheRoleChangedSince() {
        FleetManifest manifest = manifest(IDS);
        fakes.get(IDS.get(2)).inject("GetRole", Fault.ACCESS_DENIED);
        String file = fleet().build().planToSave(manifest).toSavedJson();
        fakes.get(IDS.get(1)).install(Fleets.spec(manifest.accounts().get(1)));
        FleetPlan saved = FleetPlan.parse(file);
        assertEquals(List.of(Outcome.CREATED, Outcome.CREATED, Outcome.FAILED), outcomes(saved.result()));
        assertEquals(3, saved.plans().get(AccountId.of(IDS.get(0))).changes().size());

        FleetResult result = fleet().build().apply(manifest, saved);

        assertEquals(List.of(Outcome.CREATED, Outcome.FAILED, Outcome.FAILED), outcomes(result));
        Roles.assertMatches(Fleets.spec(manifest.accounts().get(0)), fakes.get(IDS.get(0)).role(Fleets.ROLE)
                .orElseThrow());
        assertTrue(result.accounts().get(1).reason().startsWith("the role changed since the plan was made: role "
                + Fleets.ROLE + " did not exist and now does"), result.accounts().get(1).reason());
        assertEquals(0, fakes.get(IDS.get(1)).writeCalls(), "no write where the role changed");
        assertTrue(result.accounts().get(2).reason().startsWith("not applied: reading the role failed: "),
                result.accounts().get(2).reason());
        assertEquals(List.of("GetRole"), fakes.get(IDS.get(2)).log(), "the failed plan's read only");

        FleetResult again = fleet().build().apply(manifest, FleetPlan.parse(fleet().build()
                .planToSave(manifest(IDS.subList(0, 1))).toSavedJson()));
        assertEquals(Outcome.UNCHANGED, again.accounts().get(0).outcome(), "a saved plan with no change");
        assertEquals(0, again.accounts().get(0).calls().writes());
        assertEquals("not applied: the reviewed plan has no entry for this account", again.accounts().get(1).reason());
    }

    @Test
    void aSavedPlanIsNotAppliedWhereTheManifestNowGivesAnotherRole() {
        FleetPlan saved = FleetPlan.parse(fleet().build().planToSave(manifest(IDS.subList(0, 1))).toSavedJson());
        FleetManifest changed = FleetManifest.parse("{\"roleName\": \"" + Fleets.ROLE + "\", \"workspaceId\": \""
                + Roles.WORKSPACE + "\", \"accounts\": [{\"accountId\": \"" + IDS.get(0) + "\", \"destinations\":"
                + " {\"S3\": {\"bucketName\": \"another-bucket\"}}}]}");
        int calls = fakes.get(IDS.get(0)).log().size();

        FleetResult result = fleet().build().apply(changed, saved);

        assertEquals("the manifest gives this account another role than the saved plan: make a new plan",
                result.accounts().get(0).reason());
        assertEquals(calls, fakes.get(IDS.get(0)).log().size(), "no IAM call");
    }

    @Test
    void aSavedFleetPlanThatWasEditedOrIsNotOneIsRefusedWithOneLine() {
        String file = fleet().build().planToSave(manifest(IDS.subList(0, 2))).toSavedJson();
        assertEquals("saved fleet plan at '/accounts/1/accountId': account 111111111111 is listed twice",
                refusal(file.replace(IDS.get(1), IDS.get(0))));
        assertEquals("saved fleet plan at '/rudderIamFleetPlan' is null: this version reads format 1, as 'fleet"
                + " plan --out' writes it", refusal("{\"accounts\": []}"));
        assertEquals("saved fleet plan at '/accounts/0/accountId': not a 12-digit account id",
                refusal(file.replace(IDS.get(0), "12345")));
        assertTrue(refusal(file.replace("\"PutRolePolicy\"", "\"DeleteRolePolicy\"")).startsWith(
                "saved fleet plan at '/accounts/0/plan': "), () -> refusal(file.replace("\"PutRolePolicy\"",
                        "\"DeleteRolePolicy\"")));
    }

    private static String refusal(String json) {
        return assertThrows(IllegalArgumentException.class, () -> FleetPlan.parse(json)).getMessage();
    }

    @Test
    void aStoppedRunFinishesTheWriteInFlightStartsNoOtherAndSaysWhatExists() {
        FleetManifest manifest = manifest(IDS);
        FleetApply fleet = fleet().concurrency(1).build();
        fakes.get(IDS.get(0)).onCall(2, () -> fleet.stop(java.time.Duration.ZERO)); // as CreateRole is sent

        FleetResult result = fleet.apply(manifest);

        AccountResult stopped = result.accounts().get(0);
        assertEquals(Outcome.FAILED, stopped.outcome());
        assertEquals(List.of("CreateRole"), stopped.applied().stream().map(Change::operation).toList());
        assertEquals("role arn:aws:iam::111111111111:role/" + Fleets.ROLE + " exists with 1 of 3 changes made; it"
                + " grants no more than before or after; apply again to finish", stopped.state());
        assertEquals(List.of("GetRole", "GetRole", "CreateRole", "GetRole", "ListRolePolicies",
                "ListAttachedRolePolicies", "ListRoleTags"), fakes.get(IDS.get(0)).log(), "no write after the one in"
                + " flight, no roll-back; the role is read back (ListRoleTags: GetRole showed no tag)");
        for (String id : IDS.subList(1, 3)) {
            AccountResult notStarted = result.accounts().get(IDS.indexOf(id));
            assertEquals("not started: the run was stopped", notStarted.reason());
            assertEquals(List.of(), fakes.get(id).log());
        }
    }

    @Test
    void progressHasALineAsEachAccountStartsAndEnds() {
        FleetManifest manifest = manifest(IDS);
        List<String> lines = Collections.synchronizedList(new ArrayList<>());
        fakes.get(IDS.get(2)).inject("GetRole", Fault.ACCESS_DENIED);

        fleet().progress(lines::add).build().apply(manifest);

        assertEquals(6, lines.size(), lines.toString());
        IDS.forEach(id -> assertTrue(lines.contains(id + ": applying"), lines.toString()));
        assertTrue(lines.stream().anyMatch(line -> line.matches("\\[\\d/3] 333333333333: failed: reading the role"
                + " failed: .*")), lines.toString());
        assertTrue(lines.stream().anyMatch(line -> line.startsWith("[3/3] ")), lines.toString());
    }

    @Test
    void theJsonHasAnEntryPerAccountWithItsCalls() {
        FleetManifest manifest = manifest(IDS.subList(0, 1));

        @SuppressWarnings("unchecked")
        Map<String, Object> json = (Map<String, Object>) JsonValues.read(
                fleet().build().apply(manifest).toJson(JsonStyle.COMPACT),
                100_000);

        assertEquals("apply", json.get("mode"));
        @SuppressWarnings("unchecked")
        Map<String, Object> account = (Map<String, Object>) ((List<Object>) json.get("accounts")).get(0);
        assertEquals("111111111111", account.get("accountId"));
        assertEquals("CREATED", account.get("outcome"));
        assertEquals(JsonValues.NULL, account.get("reason"));
        assertEquals(Map.of("read", new java.math.BigDecimal(2), "write", new java.math.BigDecimal(3)),
                account.get("calls"));
    }

    private static List<Outcome> outcomes(FleetResult result) {
        return result.accounts().stream().map(AccountResult::outcome).toList();
    }
}
