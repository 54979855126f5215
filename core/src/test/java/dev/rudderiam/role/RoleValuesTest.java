package dev.rudderiam.role;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rudderiam.arn.AccountId;
import dev.rudderiam.arn.Arn;
import dev.rudderiam.arn.Partition;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** IAM's documented limits for role attributes (IAM quotas page and the CreateRole API reference). */
class RoleValuesTest {

    @Test
    void roleNamesFollowCreateRole() {
        RoleName.of("a");
        RoleName.of("RudderStack_role+=,.@-1".substring(0, 23));
        RoleName.of("x".repeat(64));
        assertInvalid(() -> RoleName.of(""), "role name ''", "1 to 64");
        assertInvalid(() -> RoleName.of("x".repeat(65)), "65 characters", "1 to 64");
        assertInvalid(() -> RoleName.of("has space"), "role name 'has space'", "_+=,.@-");
        assertInvalid(() -> RoleName.of("slash/name"), "role name", "_+=,.@-");
        assertTrue(RoleName.of("RUDDERSTACK").collidesWith(RoleName.of("rudderstack")));
        assertFalse(RoleName.of("rudderstack1").collidesWith(RoleName.of("rudderstack")));
    }

    @Test
    void pathsBeginAndEndWithSlash() {
        IamPath.of("/");
        IamPath.of("/rudder/stack/");
        IamPath.of("/" + "a".repeat(510) + "/");
        assertInvalid(() -> IamPath.of("rudder/"), "path 'rudder/'", "beginning and ending with '/'");
        assertInvalid(() -> IamPath.of("/rudder"), "path '/rudder'", "beginning and ending");
        assertInvalid(() -> IamPath.of("//"), "path '//'", "beginning and ending");
        assertInvalid(() -> IamPath.of("/" + "a".repeat(511) + "/"), "513 characters", "1 to 512");
        assertInvalid(() -> IamPath.of("/a\u00e9/"), "path", "U+0021");
    }

    @Test
    void descriptionsAllowLatin1PrintableAndWhiteSpace() {
        RoleDescription.of("");
        RoleDescription.of("Role for RudderStack \u00e9\t\n");
        RoleDescription.of("d".repeat(1000));
        assertInvalid(() -> RoleDescription.of("d".repeat(1001)), "1001 characters", "at most 1000");
        assertInvalid(() -> RoleDescription.of("emoji \u2603"), "description", "U+0020-U+007E");
    }

    @Test
    void externalIdsFollowAssumeRole() {
        ExternalId.of("ab");
        ExternalId.of("w:s/p@c.e+=,-_1");
        assertInvalid(() -> ExternalId.of("a"), "1 characters", "2 to 1224");
        assertInvalid(() -> ExternalId.of("x".repeat(1225)), "1225 characters", "2 to 1224");
        assertInvalid(() -> ExternalId.of("has space"), "external id 'has space'", "_+=,.@:/-");
    }

    @Test
    void tagsFollowTheTagType() {
        Tag.of("team", "");
        Tag.of("k".repeat(128), "v".repeat(256));
        Tag.of("Équipe données", "a_b.c:d/e=f+g-h@i");
        assertInvalid(() -> Tag.of("", "v"), "tag key ''", "1 to 128");
        assertInvalid(() -> Tag.of("k".repeat(129), "v"), "129 characters", "1 to 128");
        assertInvalid(() -> Tag.of("k", "v".repeat(257)), "257 characters", "0 to 256");
        assertInvalid(() -> Tag.of("aws:owner", "x"), "tag key 'aws:owner'", "reserved");
        assertInvalid(() -> Tag.of("AWS:owner", "x"), "tag key 'AWS:owner'", "reserved");
        assertInvalid(() -> Tag.of("k", "a*b"), "tag value 'a*b'", "_.:/=+-@");
        assertTrue(Tag.of("Team", "a").sameKeyAs(Tag.of("team", "b")));
    }

    @Test
    void maxSessionDurationIsOneToTwelveHours() {
        MaxSessionDuration.ofSeconds(3600);
        MaxSessionDuration.ofSeconds(43200);
        assertInvalid(() -> MaxSessionDuration.ofSeconds(3599), "'3599'", "3600 to 43200");
        assertInvalid(() -> MaxSessionDuration.ofSeconds(43201), "'43201'", "3600 to 43200");
    }

    @Test
    void policyNamesFollowPutRolePolicy() {
        PolicyName.of("rudderstack-s3");
        assertInvalid(() -> PolicyName.of("p".repeat(129)), "129 characters", "1 to 128");
        assertInvalid(() -> PolicyName.of("a/b"), "policy name 'a/b'", "_+=,.@-");
    }

    @Test
    void roleSpecEnforcesTagAndPolicyArnRules() {
        RoleSpec.Builder base = RoleSpec.builder().name("RudderStack").trustPolicy(RudderStack.trustPolicy("ws1"));
        List<Tag> fifty = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            fifty.add(Tag.of("k" + i, "v"));
        }
        base.tags(fifty).build();
        List<Tag> fiftyOne = new ArrayList<>(fifty);
        fiftyOne.add(Tag.of("k50", "v"));
        assertInvalid(() -> base.tags(fiftyOne).build(), "51 tags", "at most 50");
        assertInvalid(() -> base.tags(List.of(Tag.of("Team", "a"), Tag.of("TEAM", "b"))).build(),
                "tag key 'TEAM'", "unique ignoring case");
        base.tags(List.of());
        assertInvalid(() -> base.permissionsBoundary(Arn.parse("arn:aws:iam::123456789012:role/x")).build(),
                "permissions boundary 'arn:aws:iam::123456789012:role/x'", "managed policy ARN");
        for (String pattern : List.of("arn:aws:iam::123456789012:policy/*", "arn:aws:iam::123456789012:policy/Rudder?",
                "arn:aws:iam::123456789012:policy/*/Boundary", "arn:aws:iam::aws:policy/Power*")) {
            assertInvalid(() -> base.managedPolicyArns(List.of()).permissionsBoundary(Arn.parse(pattern)).build(),
                    "permissions boundary '" + pattern + "'", "one managed policy ARN, never a pattern");
            assertInvalid(() -> base.permissionsBoundary(null).managedPolicyArns(List.of(Arn.parse(pattern))).build(),
                    "managed policy ARN '" + pattern + "'", "one managed policy ARN, never a pattern");
        }
        base.managedPolicyArns(List.of());
        assertInvalid(() -> base.permissionsBoundary(Arn.parse("arn:aws:iam::123456789012:policy/")).build(),
                "permissions boundary 'arn:aws:iam::123456789012:policy/'", "CreateRole");
        base.permissionsBoundary(Arn.parse("arn:aws:iam::aws:policy/PowerUserAccess"));
        Arn managed = Arn.parse("arn:aws:iam::123456789012:policy/rudder/Extra");
        assertInvalid(() -> base.managedPolicyArns(List.of(managed, managed)).build(), "managed policy ARNs",
                "at most once");
        RoleSpec spec = base.managedPolicyArns(List.of(managed)).path(IamPath.of("/rudder/")).build();
        assertEquals(spec, spec.toBuilder().build());
        assertEquals("arn:aws:iam::123456789012:role/rudder/RudderStack",
                spec.arn(Partition.AWS, AccountId.of("123456789012")).toString());
        NullPointerException noTrust = assertThrows(NullPointerException.class,
                () -> RoleSpec.builder().name("x").build());
        assertTrue(noTrust.getMessage().contains("trust policy is missing"), noTrust.getMessage());
    }

    private static void assertInvalid(Supplier<?> construction, String valuePart, String rulePart) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, construction::get);
        assertTrue(e.getMessage().contains(valuePart), e.getMessage());
        assertTrue(e.getMessage().contains(rulePart), e.getMessage());
    }
}
