package dev.rudderiam.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rudderiam.arn.AccountId;
import dev.rudderiam.arn.Arn;
import dev.rudderiam.eval.ContextValue;
import dev.rudderiam.eval.Decision;
import dev.rudderiam.json.PolicyJson;
import dev.rudderiam.minimize.PolicyMinimizer;
import dev.rudderiam.policy.PolicyDocument;
import dev.rudderiam.reference.ActionInfo;
import dev.rudderiam.reference.ResourceTypeInfo;
import dev.rudderiam.reference.ServiceInfo;
import dev.rudderiam.reference.ServiceReference;
import dev.rudderiam.role.PolicyName;
import dev.rudderiam.role.RoleSpec;
import dev.rudderiam.role.RudderStack;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RoleAnalyzerTest {
    private static final AccountId ACCOUNT = AccountId.of("111122223333");
    private static final Arn BOUNDARY = Arn.parse("arn:aws:iam::111122223333:policy/rudder-boundary");

    /** A two-service excerpt of the Service Authorization Reference, enough for the examples. */
    static final ServiceReference REFERENCE = ServiceReference.of(new ServiceInfo("s3", Map.of(
                    "PutObject", action("PutObject", "Write", "object"),
                    "GetObject", action("GetObject", "Read", "object"),
                    "DeleteObject", action("DeleteObject", "Write", "object"),
                    "ListAllMyBuckets", action("ListAllMyBuckets", "List", null)),
                    Map.of("object", new ResourceTypeInfo("object", "arn:${Partition}:s3:::${BucketName}/${ObjectName}",
                            List.of()), "bucket", new ResourceTypeInfo("bucket", "arn:${Partition}:s3:::${BucketName}",
                            List.of())), Map.of()),
            new ServiceInfo("sqs", Map.of("SendMessage", action("SendMessage", "Write", "queue")),
                    Map.of("queue", new ResourceTypeInfo("queue", "arn:${Partition}:sqs:${Region}:${Account}:${QueueName}",
                            List.of())), Map.of()));

    private static ActionInfo action(String name, String level, String type) {
        return new ActionInfo(name, level, type == null ? List.of()
                : List.of(new ActionInfo.ResourceTypeUse(type, true)), List.of());
    }

    static final PolicyDocument DESTINATION = PolicyJson.read("""
            {"Version":"2012-10-17","Statement":[
              {"Sid":"Write","Effect":"Allow","Action":["s3:PutObject","s3:Get*"],"Resource":"arn:aws:s3:::events/*"},
              {"Sid":"NoSecrets","Effect":"Deny","Action":"s3:*","Resource":"arn:aws:s3:::events/secret/*"}]}
            """);

    private static RoleSpec role(PolicyDocument permissions, PolicyDocument trust) {
        return RoleSpec.builder().name("rudderstack").trustPolicy(trust)
                .inlinePolicy(PolicyName.of("destination"), permissions).permissionsBoundary(BOUNDARY).build();
    }

    private static RoleAnalyzer analyzer(PolicyDocument permissions, PolicyDocument trust) {
        PolicyDocument boundary = PolicyJson.read("""
                {"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":["s3:*","sqs:*"],"Resource":"*"}]}
                """);
        return RoleAnalyzer.of(role(permissions, trust), ACCOUNT, Map.of(BOUNDARY, boundary));
    }

    private final RoleAnalyzer rudder = analyzer(DESTINATION, RudderStack.trustPolicy("ws-1"));

    @Test
    void describesWhoCanAssume() {
        List<TrustRule> rules = rudder.whoCanAssume();
        assertEquals(1, rules.size());
        assertEquals("AWS account 422074288268 (any principal there whose own policies allow it) may assume the role"
                + " when sts:ExternalId is exactly \"ws-1\"", rules.get(0).describe());
    }

    @Test
    void canAssumeOnlyWithTheExternalId() {
        String rudderStack = "arn:aws:iam::422074288268:root";
        assertEquals(Decision.ALLOWED, rudder.canAssume(rudderStack,
                Map.of("sts:ExternalId", ContextValue.of("ws-1"))).decision());
        assertEquals(Decision.IMPLICITLY_DENIED, rudder.canAssume(rudderStack, Map.of()).decision());
        assertEquals(Decision.IMPLICITLY_DENIED, rudder.canAssume("arn:aws:iam::999988887777:root",
                Map.of("sts:ExternalId", ContextValue.of("ws-1"))).decision());
    }

    @Test
    void listsWhatTheRoleGrantsWithinTheBoundary() {
        List<ActionGrant> grants = rudder.grants(REFERENCE);
        assertEquals("[s3:GetObject Read [arn:aws:s3:::events/* except [arn:aws:s3:::events/secret/*]],"
                + " s3:PutObject Write [arn:aws:s3:::events/* except [arn:aws:s3:::events/secret/*]]]",
                grants.stream().map(g -> g.action() + " " + g.accessLevel() + " " + g.resources()).sorted().toList()
                        .toString());
    }

    @Test
    void boundaryLimitsTheGrants() {
        PolicyDocument sqsToo = PolicyJson.read("""
                {"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":["sqs:SendMessage","s3:ListAll*"],
                  "Resource":"*"}]}
                """);
        Arn narrow = Arn.parse("arn:aws:iam::111122223333:policy/narrow");
        RoleSpec spec = RoleSpec.builder().name("r").trustPolicy(RudderStack.trustPolicy("ws-1"))
                .inlinePolicy(PolicyName.of("p"), sqsToo).permissionsBoundary(narrow).build();
        PolicyDocument boundary = PolicyJson.read("""
                {"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"sqs:*",
                  "Resource":"arn:aws:sqs:us-east-1:111122223333:events-*"}]}
                """);
        List<ActionGrant> grants = RoleAnalyzer.of(spec, ACCOUNT, Map.of(narrow, boundary)).grants(REFERENCE);
        assertEquals(1, grants.size());
        assertEquals("sqs:SendMessage", grants.get(0).action());
        assertEquals("arn:aws:sqs:us-east-1:111122223333:events-*", grants.get(0).resources().get(0).pattern());
    }

    @Test
    void missingManagedPolicyDocumentIsNamed() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> RoleAnalyzer.of(role(DESTINATION, RudderStack.trustPolicy("ws-1")), ACCOUNT, Map.of()));
        assertTrue(e.getMessage().contains(BOUNDARY.toString()), e.getMessage());
    }

    @Test
    void checkAccessNotGranted() {
        assertTrue(rudder.checkAccessNotGranted(List.of("s3:DeleteObject", "iam:*"), List.of()).passed());
        AccessCheck put = rudder.checkAccessNotGranted(List.of("s3:PutObject"), List.of("arn:aws:s3:::events/a"));
        assertFalse(put.passed());
        assertEquals(List.of("identity[0].Statement[0](Write) allows s3:PutObject on arn:aws:s3:::events/a"),
                put.reasons());
        assertTrue(rudder.checkAccessNotGranted(List.of("s3:PutObject"), List.of("arn:aws:s3:::events/secret/x"))
                .passed());
        assertTrue(rudder.checkAccessNotGranted(List.of("s3:PutObject"), List.of("arn:aws:s3:::other/x")).passed());
    }

    @Test
    void checkNoNewAccessOfOneDocument() {
        PolicyDocument none = PolicyDocument.builder().build();
        PolicyDocument allow = PolicyJson.read("""
                {"Version":"2012-10-17","Statement":[
                  {"Effect":"Allow","Action":"s3:PutObject","Resource":"arn:aws:s3:::events/*"}]}
                """);
        PolicyDocument deny = PolicyJson.read("""
                {"Version":"2012-10-17","Statement":[
                  {"Effect":"Deny","Action":"s3:*","Resource":"arn:aws:s3:::events/secret/*"}]}
                """);
        assertTrue(RoleAnalyzer.checkNoNewAccess(allow, none).passed(), "removing an allow narrows");
        assertFalse(RoleAnalyzer.checkNoNewAccess(none, allow).passed(), "adding an allow widens");
        assertTrue(RoleAnalyzer.checkNoNewAccess(none, deny).passed(), "adding a deny narrows");
        assertEquals(List.of("policy: the old deny identity[0].Statement[0] is no longer fully in force"),
                RoleAnalyzer.checkNoNewAccess(deny, none).reasons());
    }

    @Test
    void checkNoNewAccess() {
        PolicyDocument trust = RudderStack.trustPolicy("ws-1");
        assertTrue(RoleAnalyzer.checkNoNewAccess(rudder,
                analyzer(PolicyMinimizer.minimize(DESTINATION), trust)).passed());
        PolicyDocument narrower = PolicyJson.read("""
                {"Version":"2012-10-17","Statement":[
                  {"Effect":"Allow","Action":"s3:PutObject","Resource":"arn:aws:s3:::events/2024/*"},
                  {"Effect":"Deny","Action":"s3:*","Resource":"arn:aws:s3:::events/secret/*"}]}
                """);
        assertTrue(RoleAnalyzer.checkNoNewAccess(rudder, analyzer(narrower, trust)).passed());
        PolicyDocument withoutDeny = PolicyJson.read("""
                {"Version":"2012-10-17","Statement":[
                  {"Effect":"Allow","Action":"s3:PutObject","Resource":"arn:aws:s3:::events/*"}]}
                """);
        AccessCheck lostDeny = RoleAnalyzer.checkNoNewAccess(rudder, analyzer(withoutDeny, trust));
        assertEquals(List.of("identity: the old deny identity[0].Statement[1](NoSecrets) is no longer fully in force"),
                lostDeny.reasons());
        PolicyDocument wider = PolicyJson.read("""
                {"Version":"2012-10-17","Statement":[
                  {"Sid":"Write","Effect":"Allow","Action":["s3:PutObject","s3:Get*"],"Resource":"arn:aws:s3:::*"},
                  {"Sid":"NoSecrets","Effect":"Deny","Action":"s3:*","Resource":"arn:aws:s3:::events/secret/*"}]}
                """);
        assertFalse(RoleAnalyzer.checkNoNewAccess(rudder, analyzer(wider, trust)).passed());
        PolicyDocument twoTrusted = RudderStack.trustPolicyBuilder("ws-1")
                .trust(Arn.parse("arn:aws:iam::444455556666:root"), dev.rudderiam.role.ExternalId.of("other"))
                .build();
        AccessCheck newTrust = RoleAnalyzer.checkNoNewAccess(rudder, analyzer(DESTINATION, twoTrusted));
        assertEquals(1, newTrust.reasons().size(), newTrust.reasons().toString());
        assertTrue(newTrust.reasons().get(0).startsWith("trust: resource[0].Statement[1]"), newTrust.reasons().toString());
    }
}
