package dev.rudderiam.aws;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rudderiam.json.JsonStyle;
import dev.rudderiam.json.JsonValues;
import dev.rudderiam.role.IamPath;
import dev.rudderiam.role.RoleSpec;
import dev.rudderiam.role.RudderStack;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What a plan tells the person who reviews it: the text, the JSON, and where it was made. */
class PlanReportTest {
    private static final String NL = System.lineSeparator();
    private static final String ARN = "arn:aws:iam::" + InProcessIam.ACCOUNT + ":role/rudder-report";

    private final InProcessIam iam = new InProcessIam();

    private static RoleState stored(RoleSpec spec) {
        RoleState state = Roles.state(spec.name().value(), spec.path().value(), spec.trustPolicy(), Map.of(),
                List.of(), null, Map.of());
        return new RoleState(state.name(), state.path(), state.arn(), state.roleId(), null, state.trustPolicy(),
                spec.inlinePolicies(), List.of(), null, Map.of("owner", "data-platform"), spec.maxSessionDuration());
    }

    @Test
    void aCreatePlanListsEachStepNumberedAndCountsTheReads() {
        Plan plan = RoleManager.builder(iam).build().plan(Roles.s3Destination("rudder-report"));

        assertEquals("Role rudder-report does not exist." + NL
                + "2 changes:" + NL
                + "   1. CreateRole                     create role rudder-report (path /, max session 3600 s, 1 tag)"
                + NL
                + "   2. PutRolePolicy                  put inline policy s3-write" + NL
                + "1 read call." + NL, plan.toText());
    }

    @Test
    void oneChangeAndSeveralReadsAreCountedInTheirOwnWords() {
        RoleSpec bare = RoleSpec.builder().name("rudder-report").trustPolicy(RudderStack.trustPolicy("ws")).build();

        Plan plan = Plan.between(bare, Optional.empty()).withCalls(new CallCounts(3, 0));

        assertEquals("Role rudder-report does not exist." + NL
                + "1 change:" + NL
                + "   1. CreateRole                     create role rudder-report (path /, max session 3600 s)" + NL
                + "3 read calls." + NL, plan.toText());
    }

    @Test
    void aPlanThatCannotApplyShowsEachReasonAndNoDifferences() {
        RoleSpec spec = Roles.s3Destination("rudder-report");
        RoleState elsewhere = stored(spec.toBuilder().path(IamPath.of("/elsewhere/")).build());

        Plan plan = Plan.between(spec, Optional.of(elsewhere));

        String reason = "role 'rudder-report' has path '/elsewhere/' and the spec asks for '/': IAM cannot change a"
                + " role's path; delete the role and apply again, or use path '/elsewhere/'";
        assertEquals("Role rudder-report exists (arn:aws:iam::" + InProcessIam.ACCOUNT
                + ":role/elsewhere/rudder-report)." + NL
                + "Cannot apply:" + NL
                + "  ! " + reason + NL
                + "0 read calls." + NL, plan.toText());
        Map<String, Object> json = json(plan);
        assertEquals(JsonValues.NULL, json.get("differences"), "no differences to apply when it cannot apply");
        assertEquals(List.of(reason), json.get("errors"));
        assertEquals(List.of(), json.get("changes"));
        assertEquals(Boolean.TRUE, json.get("exists"));
        assertEquals("Plan{role=rudder-report, exists=true, changes=0, errors=[" + reason + "]}", plan.toString());
    }

    @Test
    void aRoleAsSpecifiedSaysSo() {
        RoleSpec spec = Roles.s3Destination("rudder-report");

        Plan plan = Plan.between(spec, Optional.of(stored(spec)));

        assertEquals("Role rudder-report exists (" + ARN + ")." + NL
                + "No changes: the role matches the spec." + NL
                + "0 read calls." + NL, plan.toText());
        assertEquals("Plan{role=rudder-report, exists=true, changes=0, errors=[]}", plan.toString());
    }

    @Test
    void aPolicyTakenOffUntilItsNewFormGoesOnSaysUntilWhichStep() {
        // Another bucket is neither narrower nor wider, and the policy has no Deny: it comes off before the new
        // trust and goes back on after it.
        RoleSpec spec = Roles.s3Destination("rudder-report");
        RoleState current = stored(spec.toBuilder().trustPolicy(RudderStack.trustPolicy("another-workspace"))
                .inlinePolicy(dev.rudderiam.role.PolicyName.of("s3-write"), Roles.s3Write("other-bucket")).build());

        Plan plan = Plan.between(spec, Optional.of(current));

        String text = plan.toText();
        assertTrue(text.startsWith("Role rudder-report exists (" + ARN + ")." + NL
                + "Differences (- the role as it is, + as specified):" + NL), text);
        for (String line : RoleDiff.between(current, spec).lines()) {
            assertTrue(text.contains(NL + line + NL), line + " in " + text);
        }
        assertTrue(text.endsWith("3 changes:" + NL
                + "   1. DeleteRolePolicy               delete inline policy s3-write (until step 3 puts its new form)"
                + NL
                + "   2. UpdateAssumeRolePolicy         update trust policy" + NL
                + "   3. PutRolePolicy                  put inline policy s3-write" + NL
                + "0 read calls." + NL), text);
        Map<String, Object> json = json(plan);
        assertEquals(ARN, json.get("arn"));
        assertTrue(json.get("differences") instanceof Map, json.toString());
        assertEquals("Plan{role=rudder-report, exists=true, changes=3, errors=[]}", plan.toString());
    }

    @Test
    void aPlanOfAMissingRoleHasNoArnAndNoDifferences() {
        Map<String, Object> json = json(Plan.between(Roles.s3Destination("rudder-report"), Optional.empty()));

        assertEquals(Boolean.FALSE, json.get("exists"));
        assertTrue(!json.containsKey("arn"), json.toString());
        assertEquals(JsonValues.NULL, json.get("differences"));
    }

    @Test
    void aPlanIsMadeInTheRolesAccountAndPartitionOrElseInTheClients() {
        RoleSpec spec = Roles.s3Destination("rudder-report");
        RoleState govCloud = new RoleState(spec.name(), spec.path(),
                dev.rudderiam.arn.Arn.parse("arn:aws-us-gov:iam::111122223333:role/rudder-report"), "AROAEXAMPLE",
                null, spec.trustPolicy(), spec.inlinePolicies(), List.of(), null, Map.of(), spec.maxSessionDuration());

        Plan existing = Plan.between(spec, Optional.of(govCloud)).withPartition("aws-cn");
        Plan missing = Plan.between(spec, Optional.empty());

        assertEquals(Optional.of("111122223333"), existing.account());
        assertEquals(Optional.of("aws-us-gov"), existing.partition(), "the role's ARN wins over the client's");
        assertEquals(Optional.empty(), missing.account());
        assertEquals(Optional.empty(), missing.partition());
        assertEquals(Optional.of("aws-cn"), missing.withPartition("aws-cn").partition());
        Plan bound = RoleManager.builder(iam).account(dev.rudderiam.arn.AccountId.of("444455556666")).build().plan(spec);
        assertEquals(Optional.of("444455556666"), bound.account(), "a role to create: the client's account");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> json(Plan plan) {
        return (Map<String, Object>) JsonValues.read(plan.toJson(JsonStyle.COMPACT), 1 << 20);
    }
}
