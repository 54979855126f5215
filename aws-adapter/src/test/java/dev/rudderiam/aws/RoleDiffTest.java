package dev.rudderiam.aws;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rudderiam.json.JsonStyle;
import dev.rudderiam.json.JsonValues;
import dev.rudderiam.json.PolicyJson;
import dev.rudderiam.role.RoleDescription;
import dev.rudderiam.role.RoleSpec;
import dev.rudderiam.role.RudderStack;
import dev.rudderiam.role.Tag;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Plans and drift show, line by line, what differs between the role and the spec. */
class RoleDiffTest {
    private final InProcessIam iam = new InProcessIam();
    private final RoleManager roles = RoleManager.builder(iam).build();

    @Test
    void driftAfterABucketChangedOutsideShowsTheOldAndNewResourceArns() {
        RoleSpec spec = Roles.s3Destination("rudder-diff");
        roles.apply(spec);
        iam.role("rudder-diff").orElseThrow().inline.put("s3-write", PolicyJson.write(Roles.s3Write("other-bucket")));

        Plan drift = roles.drift(spec);

        assertEquals(String.join(System.lineSeparator(),
                "Role rudder-diff exists (arn:aws:iam::123456789012:role/rudder-diff).",
                "Differences (- the role as it is, + as specified):",
                "  inline policy s3-write:",
                "    statement Allow:",
                "      resources:",
                "        - arn:aws:s3:::other-bucket/*",
                "        + arn:aws:s3:::events-bucket/*",
                "1 change:",
                "   1. PutRolePolicy                  put inline policy s3-write",
                "4 read calls.", ""), drift.toText());
        @SuppressWarnings("unchecked")
        Map<String, Object> json = (Map<String, Object>) JsonValues.read(drift.toJson(JsonStyle.COMPACT), 1 << 20);
        assertEquals(Map.of("permissionPolicies", Map.of("added", Map.of(), "removed", Map.of(), "changed",
                Map.of("s3-write", Map.of("added", List.of(), "removed", List.of(), "changed", List.of(Map.of(
                        "sid", JsonValues.NULL,
                        "resources", Map.of("added", List.of("arn:aws:s3:::events-bucket/*"),
                                "removed", List.of("arn:aws:s3:::other-bucket/*")))))))),
                json.get("differences"));
    }

    @Test
    void reorderingIsNoDifference() {
        RoleState state = Roles.state("r", "/",
                PolicyJson.read("{\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":{\"AWS\":"
                        + "\"arn:aws:iam::422074288268:root\"},\"Action\":\"sts:AssumeRole\",\"Condition\":"
                        + "{\"StringEquals\":{\"sts:ExternalId\":\"ws-1\"}}}],\"Version\":\"2012-10-17\"}"),
                Map.of("p", PolicyJson.read("{\"Version\":\"2012-10-17\",\"Statement\":["
                        + "{\"Resource\":\"arn:aws:s3:::b/*\","
                        + "\"Action\":[\"S3:GETOBJECT\",\"s3:PutObject\"],\"Effect\":\"Allow\"}]}")),
                List.of(), null, Map.of("OWNER", "x"));
        RoleSpec spec = RoleSpec.builder().name("r").trustPolicy(RudderStack.trustPolicy("ws-1"))
                .inlinePolicy(dev.rudderiam.role.PolicyName.of("p"), PolicyJson.read("{\"Version\":\"2012-10-17\","
                        + "\"Statement\":[{\"Effect\":\"Allow\",\"Action\":[\"s3:PutObject\",\"s3:GetObject\"],"
                        + "\"Resource\":[\"arn:aws:s3:::b/*\"]}]}"))
                .tag(Tag.of("owner", "x")).build();

        assertTrue(RoleDiff.between(state, spec).isEmpty(), RoleDiff.between(state, spec).lines().toString());
    }

    @Test
    void attributesTagsTrustAndManagedPoliciesShowOldAndNew() {
        RoleSpec spec = Roles.s3Destination("rudder-attrs");
        roles.apply(spec);
        RoleSpec changed = spec.toBuilder().trustPolicy(RudderStack.trustPolicy("ws-new"))
                .description(RoleDescription.of("new")).tags(List.of(Tag.of("owner", "someone"), Tag.of("env", "prod")))
                .addManagedPolicyArn(Roles.READ_ONLY).build();

        List<String> lines = RoleDiff.between(roles.read(spec.name()).orElseThrow(), changed).lines();

        assertEquals(List.of(
                "  description: (none) -> 'new'",
                "  tags:",
                "    ~ owner: 'data-platform' -> 'someone'",
                "    + env=prod",
                "  trust policy:",
                "    statement Allow:",
                "      condition:",
                "        - StringEquals sts:ExternalId " + Roles.WORKSPACE,
                "        + StringEquals sts:ExternalId ws-new",
                "  managed policies:",
                "    + arn:aws:iam::aws:policy/ReadOnlyAccess"), lines);
    }
}
