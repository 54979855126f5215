package dev.rudderiam.aws;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rudderiam.json.PolicyJson;
import dev.rudderiam.role.RudderStack;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.iam.model.DeleteConflictException;
import software.amazon.awssdk.services.iam.model.EntityAlreadyExistsException;
import software.amazon.awssdk.services.iam.model.IamException;
import software.amazon.awssdk.services.iam.model.LimitExceededException;
import software.amazon.awssdk.services.iam.model.MalformedPolicyDocumentException;
import software.amazon.awssdk.services.iam.model.NoSuchEntityException;

/** The test double behaves as the IAM documentation says, so that tests against it mean something. */
class InProcessIamTest {
    private final InProcessIam iam = new InProcessIam();
    private final String trust = PolicyJson.write(RudderStack.trustPolicy(Roles.WORKSPACE));

    @Test
    void roleNamesAreUniqueAndFoundIgnoringCase() {
        iam.createRole(r -> r.roleName("MyRole").assumeRolePolicyDocument(trust));

        assertThrows(EntityAlreadyExistsException.class,
                () -> iam.createRole(r -> r.roleName("myrole").assumeRolePolicyDocument(trust)));
        assertEquals("MyRole", iam.getRole(r -> r.roleName("MYROLE")).role().roleName());
        assertThrows(NoSuchEntityException.class, () -> iam.getRole(r -> r.roleName("other")));
    }

    @Test
    void documentsComeBackUrlEncodedAndReshaped() {
        iam.createRole(r -> r.roleName("r").assumeRolePolicyDocument(trust));

        String returned = iam.getRole(r -> r.roleName("r")).role().assumeRolePolicyDocument();

        assertTrue(returned.startsWith("%7B%22Statement%22"), returned);
        String decoded = URLDecoder.decode(returned, StandardCharsets.UTF_8);
        assertFalse(decoded.equals(trust));
        assertTrue(PolicyJson.read(decoded).semanticallyEquals(RudderStack.trustPolicy(Roles.WORKSPACE)));
    }

    @Test
    void quotasAreEnforced() {
        String bigTrust = PolicyJson.write(RudderStack.trustPolicy("x".repeat(1224)).toBuilder()
                .addStatement(RudderStack.trustPolicy("y".repeat(1000)).statements().get(0)).build());
        LimitExceededException trustTooBig = assertThrows(LimitExceededException.class,
                () -> iam.createRole(r -> r.roleName("big").assumeRolePolicyDocument(bigTrust)));
        assertTrue(trustTooBig.getMessage().contains("ACLSizePerRole: 2048"), trustTooBig.getMessage());

        iam.createRole(r -> r.roleName("r").assumeRolePolicyDocument(trust));
        for (int i = 0; i < 10; i++) {
            int n = i;
            iam.attachRolePolicy(r -> r.roleName("r").policyArn("arn:aws:iam::aws:policy/P" + n));
        }
        assertThrows(LimitExceededException.class,
                () -> iam.attachRolePolicy(r -> r.roleName("r").policyArn("arn:aws:iam::aws:policy/P10")));
        assertThrows(NoSuchEntityException.class, () -> iam.attachRolePolicy(r -> r.roleName("r")
                .policyArn("arn:aws:iam::" + InProcessIam.ACCOUNT + ":policy/missing")));

        String sixThousand = PolicyJson.write(Roles.s3Write("b".repeat(5900)));
        iam.putRolePolicy(r -> r.roleName("r").policyName("a").policyDocument(sixThousand));
        assertThrows(LimitExceededException.class,
                () -> iam.putRolePolicy(r -> r.roleName("r").policyName("b").policyDocument(sixThousand)));
        iam.putRolePolicy(r -> r.roleName("r").policyName("a").policyDocument(sixThousand)); // replaces, fits
    }

    @Test
    void malformedDocumentsAreRefused() {
        assertThrows(MalformedPolicyDocumentException.class,
                () -> iam.createRole(r -> r.roleName("r").assumeRolePolicyDocument("{not json")));
        iam.createRole(r -> r.roleName("r").assumeRolePolicyDocument(trust));
        assertThrows(MalformedPolicyDocumentException.class,
                () -> iam.putRolePolicy(r -> r.roleName("r").policyName("p").policyDocument(trust)));
    }

    @Test
    void deleteConflictsWhilePoliciesRemain() {
        iam.createRole(r -> r.roleName("r").assumeRolePolicyDocument(trust));
        iam.putRolePolicy(r -> r.roleName("r").policyName("p")
                .policyDocument(PolicyJson.write(Roles.s3Write("b"))));

        assertThrows(DeleteConflictException.class, () -> iam.deleteRole(r -> r.roleName("r")));
        iam.deleteRolePolicy(r -> r.roleName("r").policyName("p"));
        iam.deleteRole(r -> r.roleName("r"));
        assertEquals(0, iam.roleCount());
    }

    @Test
    void tagKeysCompareIgnoringCaseKeepingTheStoredCase() {
        iam.createRole(r -> r.roleName("r").assumeRolePolicyDocument(trust)
                .tags(t -> t.key("Owner").value("a")));

        iam.tagRole(r -> r.roleName("r").tags(t -> t.key("OWNER").value("b")));

        assertEquals("Owner", iam.listRoleTags(r -> r.roleName("r")).tags().get(0).key());
        assertEquals("b", iam.listRoleTags(r -> r.roleName("r")).tags().get(0).value());
        iam.untagRole(r -> r.roleName("r").tagKeys("owner"));
        assertTrue(iam.listRoleTags(r -> r.roleName("r")).tags().isEmpty());
    }

    @Test
    void aManagedPolicyKeepsAtMostFiveVersions() {
        String arn = iam.createPolicy(r -> r.policyName("boundary")
                .policyDocument(PolicyJson.write(Roles.s3Write("b")))).policy().arn();
        for (int i = 0; i < 4; i++) {
            iam.createPolicyVersion(r -> r.policyArn(arn).policyDocument(PolicyJson.write(Roles.s3Write("c"))));
        }

        assertThrows(LimitExceededException.class, () -> iam.createPolicyVersion(r -> r.policyArn(arn)
                .policyDocument(PolicyJson.write(Roles.s3Write("d")))));
        iam.deletePolicyVersion(r -> r.policyArn(arn).versionId("v2"));
        iam.createPolicyVersion(r -> r.policyArn(arn).policyDocument(PolicyJson.write(Roles.s3Write("d"))));
        assertEquals(5, iam.listPolicyVersions(r -> r.policyArn(arn)).versions().size());
    }

    @Test
    void faultsHitTheScheduledCallOnly() {
        iam.inject(1, Fault.THROTTLING);
        iam.createRole(r -> r.roleName("r").assumeRolePolicyDocument(trust));

        IamException throttled = assertThrows(IamException.class, () -> iam.getRole(r -> r.roleName("r")));
        assertEquals("Throttling", throttled.awsErrorDetails().errorCode());
        assertTrue(throttled.isThrottlingException());
        iam.getRole(r -> r.roleName("r"));
        assertEquals(List.of("1:THROTTLING:GetRole"), iam.injected());
    }

    @Test
    void listCallsPageWithAMarkerAndHonourMaxItems() {
        iam.pageSize(2).createRole(r -> r.roleName("paged").assumeRolePolicyDocument(trust));
        String policy = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"s3:*\","
                + "\"Resource\":\"*\"}]}";
        for (String name : List.of("a", "b", "c")) {
            iam.putRolePolicy(r -> r.roleName("paged").policyName(name).policyDocument(policy));
        }

        var first = iam.listRolePolicies(r -> r.roleName("paged"));
        var second = iam.listRolePolicies(r -> r.roleName("paged").marker(first.marker()));
        var one = iam.listRolePolicies(r -> r.roleName("paged").maxItems(1));

        assertEquals(List.of("a", "b"), first.policyNames());
        assertTrue(first.isTruncated());
        assertEquals(List.of("c"), second.policyNames());
        assertFalse(second.isTruncated());
        assertEquals(List.of("a"), one.policyNames());
    }

    @Test
    void lookupCanBeExactWhileNamesStayUniqueIgnoringCase() {
        iam.caseSensitiveLookup(true).createRole(r -> r.roleName("MyRole").assumeRolePolicyDocument(trust));

        assertThrows(NoSuchEntityException.class, () -> iam.getRole(r -> r.roleName("myrole")));
        assertThrows(EntityAlreadyExistsException.class,
                () -> iam.createRole(r -> r.roleName("myrole").assumeRolePolicyDocument(trust)));
    }

    /** A fake of another account names that account, never the default one: in ARNs and in the faults' messages. */
    @Test
    void aFakeOfAnotherAccountNamesItsOwnAccount() {
        InProcessIam other = new InProcessIam("999999999999").inject("CreateRole", Fault.INVALID_PRINCIPAL)
                .inject("PutRolePolicy", Fault.ACCESS_DENIED);
        String policy = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"s3:*\","
                + "\"Resource\":\"*\"}]}";

        MalformedPolicyDocumentException invalid = assertThrows(MalformedPolicyDocumentException.class,
                () -> other.createRole(r -> r.roleName("r").assumeRolePolicyDocument(trust)));
        String role = other.createRole(r -> r.roleName("r").assumeRolePolicyDocument(trust)).role().arn();
        IamException denied = assertThrows(IamException.class,
                () -> other.putRolePolicy(r -> r.roleName("r").policyName("p").policyDocument(policy)));
        String created = other.createPolicy(r -> r.policyName("p").policyDocument(policy)).policy().arn();

        assertEquals("arn:aws:iam::999999999999:role/r", role);
        assertEquals("arn:aws:iam::999999999999:policy/p", created);
        assertTrue(invalid.getMessage().contains("\"arn:aws:iam::999999999999:role/just-created\""),
                invalid.getMessage());
        assertTrue(denied.getMessage().startsWith("User: arn:aws:sts::999999999999:assumed-role/deployer/s is not"),
                denied.getMessage());
    }
}
