package dev.rudderiam.aws;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rudderiam.arn.Arn;
import dev.rudderiam.json.PolicyJson;
import dev.rudderiam.policy.PolicyDocument;
import dev.rudderiam.role.PolicyName;
import dev.rudderiam.role.RoleSpec;
import dev.rudderiam.role.RudderStack;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * The order of the writes in the cases {@link Planner}'s Javadoc names one by one: a lone change, boundaries
 * replaced by narrower, wider and incomparable ones, a fence left on the role by an interrupted apply, and the
 * fence's reserved name.
 */
class PlannerOrderTest {
    private static final Arn ADMIN = Arn.parse("arn:aws:iam::aws:policy/AdministratorAccess");
    private static final Map<Arn, PolicyDocument> DOCUMENTS = Map.of(
            Roles.READ_ONLY, AwsManaged.document(Roles.READ_ONLY.toString()),
            Roles.BOUNDARY, AwsManaged.document(Roles.BOUNDARY.toString()),
            ADMIN, AwsManaged.document(ADMIN.toString()));

    private static PolicyDocument document(String statements) {
        return PolicyJson.read("{\"Version\":\"2012-10-17\",\"Statement\":[" + statements + "]}");
    }

    private static final PolicyDocument GUARDED_BEFORE = document(
            "{\"Effect\":\"Allow\",\"Action\":\"s3:*\",\"Resource\":\"*\"},"
            + "{\"Effect\":\"Deny\",\"Action\":\"s3:DeleteObject\",\"Resource\":\"*\"}");
    /** Neither narrower nor wider than {@link #GUARDED_BEFORE}, and denies something else. */
    private static final PolicyDocument GUARDED_AFTER = document(
            "{\"Effect\":\"Allow\",\"Action\":\"kinesis:PutRecord\",\"Resource\":\"*\"},"
            + "{\"Effect\":\"Deny\",\"Action\":\"s3:PutObject\",\"Resource\":\"*\"}");

    private static RoleSpec spec(String workspace, @Nullable Arn boundary, Map<String, PolicyDocument> inline) {
        RoleSpec.Builder builder = RoleSpec.builder().name("rudder-order").trustPolicy(RudderStack.trustPolicy(workspace))
                .permissionsBoundary(boundary);
        inline.forEach((name, document) -> builder.inlinePolicy(PolicyName.of(name), document));
        return builder.build();
    }

    private static RoleState current(@Nullable Arn boundary, Map<String, PolicyDocument> inline, List<String> managed) {
        return Roles.state("rudder-order", "/", RudderStack.trustPolicy(Roles.WORKSPACE), inline, managed,
                boundary == null ? null : boundary.toString(), Map.of());
    }

    private static List<String> steps(Plan plan) {
        return plan.changes().stream().map(change -> change.operation() + " " + change.describe())
                .collect(Collectors.toList());
    }

    @Test
    void aLoneChangeIsWrittenOnceEvenWhenItHasDenies() {
        Plan plan = Plan.between(spec(Roles.WORKSPACE, null, Map.of("guard", GUARDED_AFTER)),
                Optional.of(current(null, Map.of("guard", GUARDED_BEFORE), List.of())), DOCUMENTS);

        assertEquals(List.of(new Change.PutInlinePolicy(PolicyName.of("guard"), GUARDED_AFTER)), plan.changes(),
                "every state is the role before or after: no middle step");
    }

    @Test
    void twoChangesWithDeniesGoOverTheirDenies() {
        Plan plan = Plan.between(spec(Roles.WORKSPACE, null, Map.of("guard", GUARDED_AFTER)),
                Optional.of(current(null, Map.of("guard", GUARDED_BEFORE, "old", Roles.s3Write("old")), List.of())),
                DOCUMENTS);

        assertEquals(List.of("DeleteRolePolicy delete inline policy old",
                "PutRolePolicy put inline policy guard", "PutRolePolicy put inline policy guard"), steps(plan));
        assertEquals(document("{\"Effect\":\"Deny\",\"Action\":\"s3:DeleteObject\",\"Resource\":\"*\"},"
                + "{\"Effect\":\"Deny\",\"Action\":\"s3:PutObject\",\"Resource\":\"*\"}"),
                ((Change.PutInlinePolicy) plan.changes().get(1)).document(), "the Denies of both forms, once each");
    }

    @Test
    void aNarrowerBoundaryGoesOnBeforeTheTrustAndAWiderOneAfter() {
        Plan narrower = Plan.between(spec("another-workspace", Roles.READ_ONLY, Map.of()),
                Optional.of(current(ADMIN, Map.of(), List.of())), DOCUMENTS);
        Plan wider = Plan.between(spec("another-workspace", ADMIN, Map.of()),
                Optional.of(current(Roles.READ_ONLY, Map.of(), List.of())), DOCUMENTS);

        assertEquals(List.of("PutRolePermissionsBoundary put permissions boundary " + Roles.READ_ONLY,
                "UpdateAssumeRolePolicy update trust policy"), steps(narrower));
        assertEquals(List.of("UpdateAssumeRolePolicy update trust policy",
                "PutRolePermissionsBoundary put permissions boundary " + ADMIN), steps(wider));
        assertEquals(Map.of(ADMIN, DOCUMENTS.get(ADMIN), Roles.READ_ONLY, DOCUMENTS.get(Roles.READ_ONLY)),
                narrower.managedDocuments(), "the documents the order was decided on, saved with the plan");
    }

    @Test
    void aBoundaryAddedNarrowsAndOneRemovedWidens() {
        Plan added = Plan.between(spec("another-workspace", Roles.READ_ONLY, Map.of()),
                Optional.of(current(null, Map.of(), List.of())));
        Plan removed = Plan.between(spec("another-workspace", null, Map.of()),
                Optional.of(current(Roles.READ_ONLY, Map.of(), List.of())));

        assertEquals(List.of("PutRolePermissionsBoundary put permissions boundary " + Roles.READ_ONLY,
                "UpdateAssumeRolePolicy update trust policy"), steps(added));
        assertEquals(List.of("UpdateAssumeRolePolicy update trust policy",
                "DeleteRolePermissionsBoundary delete permissions boundary " + Roles.READ_ONLY), steps(removed));
        assertEquals(Map.of(), added.managedDocuments(), "no document is needed to order these");
    }

    @Test
    void boundariesThatAreNeitherNarrowerNorWiderAreReplacedUnderTheFence() {
        // PowerUserAccess allows what ReadOnlyAccess does not (s3:PutObject) and the reverse (iam:Get*).
        Plan plan = Plan.between(spec("another-workspace", Roles.BOUNDARY, Map.of()),
                Optional.of(current(Roles.READ_ONLY, Map.of(), List.of())), DOCUMENTS);

        assertEquals(List.of("PutRolePolicy put inline policy " + Planner.FENCE_NAME,
                "PutRolePermissionsBoundary put permissions boundary " + Roles.BOUNDARY,
                "UpdateAssumeRolePolicy update trust policy",
                "DeleteRolePolicy delete inline policy " + Planner.FENCE_NAME), steps(plan));
    }

    @Test
    void aFenceLeftByAnInterruptedApplyStaysOnUntilTheLastStep() {
        // An unknown managed policy document fences the plan; the role still carries the fence from before.
        RoleSpec spec = spec("another-workspace", null, Map.of("s3-write", Roles.s3Write("events"))).toBuilder()
                .addManagedPolicyArn(Roles.READ_ONLY).build();
        RoleState fenced = current(null, Map.of("s3-write", Roles.s3Write("events"),
                Planner.FENCE_NAME.value(), Planner.FENCE), List.of());

        Plan plan = Plan.between(spec, Optional.of(fenced));

        assertEquals(List.of("AttachRolePolicy attach managed policy " + Roles.READ_ONLY,
                "UpdateAssumeRolePolicy update trust policy",
                "DeleteRolePolicy delete inline policy " + Planner.FENCE_NAME), steps(plan),
                "the fence already there is neither put again nor taken off early");
    }

    @Test
    void aTrustChangeAloneIsOneWrite() {
        Plan plan = Plan.between(spec("another-workspace", null, Map.of()),
                Optional.of(current(null, Map.of(), List.of())));

        assertEquals(List.of("UpdateAssumeRolePolicy update trust policy"), steps(plan));
    }

    @Test
    void aPolicyRemovedGoesBeforeAPolicyPutSoTheInlineQuotaHolds() {
        Map<String, PolicyDocument> before = new java.util.LinkedHashMap<>();
        before.put("a-grows", Roles.s3Write("a"));
        before.put("b-goes", Roles.s3Write("b"));

        Plan plan = Plan.between(spec(Roles.WORKSPACE, null, Map.of("a-grows", Roles.s3Write("a-larger"))),
                Optional.of(current(null, before, List.of())), DOCUMENTS);

        assertEquals(List.of("DeleteRolePolicy delete inline policy b-goes", "PutRolePolicy put inline policy a-grows"),
                steps(plan));
    }

    @Test
    void aDetachOrAttachOfAnUnknownPolicyBesideAnotherChangeIsFenced() {
        RoleSpec spec = spec(Roles.WORKSPACE, null, Map.of("s3-write", Roles.s3Write("other")));
        RoleState attached = current(null, Map.of("s3-write", Roles.s3Write("events")),
                List.of(Roles.READ_ONLY.toString()));

        Plan detach = Plan.between(spec, Optional.of(attached));
        Plan attach = Plan.between(spec.toBuilder().addManagedPolicyArn(Roles.READ_ONLY).build(),
                Optional.of(current(null, Map.of("s3-write", Roles.s3Write("events")), List.of())));

        String fence = Planner.FENCE_NAME.value();
        assertEquals(List.of("PutRolePolicy put inline policy " + fence, "PutRolePolicy put inline policy s3-write",
                "DetachRolePolicy detach managed policy " + Roles.READ_ONLY,
                "DeleteRolePolicy delete inline policy " + fence), steps(detach));
        assertEquals(List.of("PutRolePolicy put inline policy " + fence, "PutRolePolicy put inline policy s3-write",
                "AttachRolePolicy attach managed policy " + Roles.READ_ONLY,
                "DeleteRolePolicy delete inline policy " + fence), steps(attach));
    }

    @Test
    void changesToPoliciesThatOnlyAllowNeedNoOrder() {
        // Another bucket is neither narrower nor wider; ReadOnlyAccess only allows: no state denies less.
        RoleSpec spec = spec(Roles.WORKSPACE, null, Map.of("s3-write", Roles.s3Write("other")));

        Plan detach = Plan.between(spec, Optional.of(current(null, Map.of("s3-write", Roles.s3Write("events")),
                List.of(Roles.READ_ONLY.toString()))), DOCUMENTS);
        Plan attach = Plan.between(spec.toBuilder().addManagedPolicyArn(Roles.READ_ONLY).build(),
                Optional.of(current(null, Map.of("s3-write", Roles.s3Write("events")), List.of())), DOCUMENTS);

        assertEquals(List.of("PutRolePolicy put inline policy s3-write",
                "DetachRolePolicy detach managed policy " + Roles.READ_ONLY), steps(detach));
        assertEquals(List.of("PutRolePolicy put inline policy s3-write",
                "AttachRolePolicy attach managed policy " + Roles.READ_ONLY), steps(attach));
    }

    @Test
    void eachManagedPolicyDocumentIsAskedForOnce() {
        Map<Arn, Integer> asked = new java.util.HashMap<>();
        java.util.function.Function<Arn, Optional<PolicyDocument>> documents = arn -> {
            asked.merge(arn, 1, Integer::sum);
            return Optional.ofNullable(DOCUMENTS.get(arn));
        };
        // ReadOnlyAccess is attached and becomes the boundary: the order needs its document twice.
        RoleSpec spec = spec("another-workspace", Roles.READ_ONLY, Map.of()).toBuilder()
                .addManagedPolicyArn(Roles.READ_ONLY).build();

        Plan plan = Plan.between(spec, current(ADMIN, Map.of(), List.of()), documents, null, CallCounts.NONE);

        assertEquals(Map.of(Roles.READ_ONLY, 1, ADMIN, 1), asked);
        assertEquals(List.of("PutRolePermissionsBoundary put permissions boundary " + Roles.READ_ONLY,
                "UpdateAssumeRolePolicy update trust policy",
                "AttachRolePolicy attach managed policy " + Roles.READ_ONLY), steps(plan));
    }

    @Test
    void theFencesNameIsReservedInASpec() {
        Plan plan = Plan.between(spec(Roles.WORKSPACE, null, Map.of(Planner.FENCE_NAME.value(), Roles.s3Write("x"))),
                Optional.empty());

        assertEquals(List.of("inline policy name 'rudder-iam-apply-fence' is reserved: the adapter puts it on a role"
                + " while it changes what cannot otherwise be ordered safely; choose another name"), plan.errors());
        assertTrue(plan.changes().isEmpty());
    }

    @Test
    void aRoleOfAnotherNameIsAnErrorNamingBoth() {
        RoleState other = Roles.state("Rudder-Order", "/", RudderStack.trustPolicy(Roles.WORKSPACE), Map.of(),
                List.of(), null, Map.of());

        Plan plan = Plan.between(spec(Roles.WORKSPACE, null, Map.of()), Optional.of(other));

        assertEquals(List.of("role name 'rudder-order' is taken by the existing role 'Rudder-Order': IAM role names"
                + " are unique ignoring case and cannot be renamed; choose another name or use 'Rudder-Order'"),
                plan.errors());
    }
}
