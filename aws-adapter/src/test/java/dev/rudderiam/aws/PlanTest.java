package dev.rudderiam.aws;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rudderiam.arn.Arn;
import dev.rudderiam.json.JsonStyle;
import dev.rudderiam.json.JsonValues;
import dev.rudderiam.json.PolicyJson;
import dev.rudderiam.policy.PolicyDocument;
import dev.rudderiam.role.RoleDescription;
import dev.rudderiam.role.RoleSpec;
import dev.rudderiam.role.RudderStack;
import dev.rudderiam.role.Tag;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** Planning without IAM, from a state the caller holds. */
class PlanTest {
    private static final String ARN = "arn:aws:iam::123456789012:role/rudder-plan";

    /** What the AWS managed policies in these tests allow; none denies. */
    private static final Map<Arn, PolicyDocument> DOCUMENTS = Map.of(
            Roles.READ_ONLY, AwsManaged.document(Roles.READ_ONLY.toString()),
            Roles.BOUNDARY, AwsManaged.document(Roles.BOUNDARY.toString()),
            Arn.parse("arn:aws:iam::aws:policy/AdministratorAccess"),
            AwsManaged.document("arn:aws:iam::aws:policy/AdministratorAccess"));

    @Test
    void aMissingRoleIsCreatedWithEverythingButPoliciesInOneCall() {
        Plan plan = Plan.between(Roles.full("rudder-plan"), Optional.empty(), DOCUMENTS);

        assertEquals(List.of("CreateRole", "PutRolePolicy", "AttachRolePolicy"), operations(plan));
        assertEquals("create role rudder-plan (path /rudder/, max session 7200 s, description, boundary "
                + "arn:aws:iam::aws:policy/PowerUserAccess, 1 tag)", plan.changes().get(0).describe());
    }

    @Test
    void changesComeNarrowingFirstRemovalsBeforeAdditionsAndBoundaryRemovalLast() {
        RoleSpec spec = Roles.s3Destination("rudder-plan").toBuilder()
                .trustPolicy(RudderStack.trustPolicy("another-workspace"))
                .description(RoleDescription.of("new"))
                .addManagedPolicyArn(Roles.READ_ONLY)
                .tags(List.of(Tag.of("owner", "someone-else")))
                .build();
        Map<String, String> tags = new LinkedHashMap<>();
        tags.put("stale", "x");
        tags.put("aws:cloudformation:stack-name", "kept");
        RoleState current = state("/", Map.of("old", Roles.s3Write("old")),
                List.of("arn:aws:iam::aws:policy/AdministratorAccess"), "arn:aws:iam::aws:policy/PowerUserAccess",
                tags);

        Plan plan = Plan.between(spec, Optional.of(current), DOCUMENTS);

        assertEquals(List.of("DeleteRolePolicy", "DetachRolePolicy", "UpdateAssumeRolePolicy", "UpdateRole",
                "UntagRole", "TagRole", "PutRolePolicy", "AttachRolePolicy", "DeleteRolePermissionsBoundary"),
                operations(plan));
        assertEquals(List.of("stale"), ((Change.UntagRole) plan.changes().get(4)).keys(), "aws: tags are AWS's");

        Plan unknown = Plan.between(spec, Optional.of(current));

        assertEquals(List.of("PutRolePolicy", "DeleteRolePolicy", "PutRolePolicy", "DetachRolePolicy",
                "AttachRolePolicy", "DeleteRolePermissionsBoundary", "UpdateAssumeRolePolicy", "UpdateRole",
                "UntagRole", "TagRole", "DeleteRolePolicy"), operations(unknown),
                "managed policy documents unknown: every change under the fence");
        assertEquals(List.of(Planner.FENCE_NAME, Planner.FENCE_NAME), unknown.changes().stream()
                .map(c -> c instanceof Change.PutInlinePolicy ? ((Change.PutInlinePolicy) c).name()
                        : c instanceof Change.DeleteInlinePolicy ? ((Change.DeleteInlinePolicy) c).name() : null)
                .filter(Planner.FENCE_NAME::equals).collect(Collectors.toList()));
        assertEquals(Planner.FENCE, ((Change.PutInlinePolicy) unknown.changes().get(0)).document());
        assertTrue(unknown.toText().contains("put inline policy rudder-iam-apply-fence (the fence: denies everything"),
                unknown.toText());
    }

    @Test
    void anInlinePolicyThatNeitherNarrowsNorWidensGoesOverItsDenies() {
        PolicyDocument before = PolicyJson.read("{\"Version\":\"2012-10-17\",\"Statement\":["
                + "{\"Effect\":\"Allow\",\"Action\":\"s3:*\",\"Resource\":\"*\"},"
                + "{\"Effect\":\"Deny\",\"Action\":\"s3:DeleteObject\",\"Resource\":\"*\"}]}");
        RoleSpec spec = Roles.s3Destination("rudder-plan").toBuilder()
                .trustPolicy(RudderStack.trustPolicy("another-workspace")).build();
        RoleState current = state("/", Map.of("s3-write", before), List.of(), null, Map.of("owner",
                "data-platform"));

        Plan plan = Plan.between(spec, Optional.of(current), DOCUMENTS);

        assertEquals(List.of("PutRolePolicy", "UpdateAssumeRolePolicy", "PutRolePolicy"), operations(plan));
        PolicyDocument middle = ((Change.PutInlinePolicy) plan.changes().get(0)).document();
        assertEquals(PolicyJson.read("{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Deny\","
                + "\"Action\":\"s3:DeleteObject\",\"Resource\":\"*\"}]}"), middle);
        assertTrue(plan.toText().contains("   1. PutRolePolicy                  put inline policy s3-write (its Deny"
                + " statements only, until step 3)"), plan.toText());
    }

    @Test
    void aRoleAsSpecifiedIsANoOpEvenWhenIamReshapedItsDocuments() {
        RoleSpec spec = Roles.s3Destination("rudder-plan");
        PolicyDocument reshaped = PolicyJson.read("{\"Statement\":{\"Action\":[\"s3:GetObject\",\"s3:PutObject\"],"
                + "\"Resource\":[\"arn:aws:s3:::events-bucket/*\"],\"Effect\":\"Allow\"},\"Version\":\"2012-10-17\"}");
        RoleState current = state("/", Map.of("s3-write", reshaped), List.of(), null, Map.of("OWNER",
                "data-platform"));

        assertTrue(Plan.between(spec, Optional.of(current)).isNoOp());
    }

    @Test
    void planJsonNamesEachOperationWithItsParameters() {
        RoleState current = state("/", Map.of("old", Roles.s3Write("old")), List.of(), null, Map.of("stale", "x"));

        @SuppressWarnings("unchecked")
        Map<String, Object> json = (Map<String, Object>) JsonValues.read(
                Plan.between(Roles.s3Destination("rudder-plan"), Optional.of(current)).toJson(JsonStyle.PRETTY),
                1 << 20);

        assertEquals(ARN, json.get("arn"));
        assertEquals(List.of(Map.of("operation", "DeleteRolePolicy", "policyName", "old"),
                Map.of("operation", "PutRolePolicy", "policyName", "s3-write",
                        "policyDocument", JsonValues.read(PolicyJson.write(Roles.s3Write("events-bucket")), 1000)),
                Map.of("operation", "UntagRole", "tagKeys", List.of("stale")),
                Map.of("operation", "TagRole", "tags", Map.of("owner", "data-platform"))), json.get("changes"));
    }

    /** A plan's JSON values nest in a larger value written once, and read as the plan's own JSON does. */
    @Test
    void planJsonValuesNestWithoutBeingWrittenAndReadBack() {
        RoleState current = state("/", Map.of("old", Roles.s3Write("old")), List.of(), null, Map.of("stale", "x"));
        Plan plan = Plan.between(Roles.s3Destination("rudder-plan"), Optional.of(current));

        String nested = JsonValues.write(Map.of("plan", plan.toJsonValues()));

        assertEquals("{\"plan\":" + plan.toJson(JsonStyle.COMPACT) + "}", nested);
        assertEquals(Map.of("plan", JsonValues.read(plan.toJson(JsonStyle.PRETTY), 1 << 20)),
                JsonValues.read(nested, 1 << 20));
    }

    private static RoleState state(String path, Map<String, PolicyDocument> inline, List<String> managed,
            @Nullable String boundary, Map<String, String> tags) {
        return Roles.state("rudder-plan", path, RudderStack.trustPolicy(Roles.WORKSPACE), inline, managed, boundary,
                tags);
    }

    private static List<String> operations(Plan plan) {
        return plan.changes().stream().map(Change::operation).collect(Collectors.toList());
    }
}
