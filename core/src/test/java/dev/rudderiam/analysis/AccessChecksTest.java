package dev.rudderiam.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rudderiam.arn.AccountId;
import dev.rudderiam.arn.Arn;
import dev.rudderiam.json.PolicyJson;
import dev.rudderiam.policy.PolicyDocument;
import dev.rudderiam.role.PolicyName;
import dev.rudderiam.role.RoleSpec;
import dev.rudderiam.role.RudderStack;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * The analyzer's two custom checks in the spirit of IAM Access Analyzer's
 * (<a href="https://docs.aws.amazon.com/access-analyzer/latest/APIReference/API_CheckAccessNotGranted.html">CheckAccessNotGranted</a>,
 * <a href="https://docs.aws.amazon.com/access-analyzer/latest/APIReference/API_CheckNoNewAccess.html">CheckNoNewAccess</a>):
 * what each reports, line by line, for the boundary, for denies that do or do not take the access away for
 * certain, and for a boundary added, removed or changed.
 */
class AccessChecksTest {
    private static final AccountId ACCOUNT = AccountId.of("111122223333");
    private static final Arn BOUNDARY = Arn.parse("arn:aws:iam::111122223333:policy/boundary");

    private static PolicyDocument policy(String statements) {
        return PolicyJson.read(("{'Version':'2012-10-17','Statement':[" + statements + "]}").replace('\'', '"'));
    }

    private static RoleAnalyzer analyzer(String identity, @Nullable String boundary) {
        return analyzer(identity, boundary, RudderStack.trustPolicy("ws-1"));
    }

    private static RoleAnalyzer analyzer(String identity, @Nullable String boundary, PolicyDocument trust) {
        RoleSpec.Builder spec = RoleSpec.builder().name("r").trustPolicy(trust)
                .inlinePolicy(PolicyName.of("p"), policy(identity));
        if (boundary == null) {
            return RoleAnalyzer.of(spec.build(), ACCOUNT, Map.of());
        }
        return RoleAnalyzer.of(spec.permissionsBoundary(BOUNDARY).build(), ACCOUNT, Map.of(BOUNDARY, policy(boundary)));
    }

    private static final String WRITE = "{'Sid':'Write','Effect':'Allow','Action':'s3:PutObject',"
            + "'Resource':'arn:aws:s3:::events/*'}";

    @Test
    void eachGrantedActionAndResourceIsOneReason() {
        RoleAnalyzer role = analyzer(WRITE + ",{'Effect':'Allow','Action':'sqs:*','Resource':'*'}", null);
        AccessCheck check = role.checkAccessNotGranted(List.of("s3:PutObject", "SQS:SendMessage", "iam:PassRole"),
                List.of("arn:aws:s3:::events/a", "arn:aws:sqs:us-east-1:111122223333:q"));
        assertFalse(check.passed());
        assertEquals(List.of("identity[0].Statement[0](Write) allows s3:PutObject on arn:aws:s3:::events/a",
                "identity[0].Statement[1] allows SQS:SendMessage on arn:aws:s3:::events/a",
                "identity[0].Statement[1] allows SQS:SendMessage on arn:aws:sqs:us-east-1:111122223333:q"),
                check.reasons());
        assertEquals(List.of("identity[0].Statement[1] allows sqs:*"),
                role.checkAccessNotGranted(List.of("sqs:*"), List.of()).reasons(), "no resource: any resource");
    }

    /** A wildcard in the checked action or resource asks about every action or resource it matches. */
    @Test
    void wildcardsInTheCheckAskAboutEveryMatch() {
        RoleAnalyzer role = analyzer(WRITE, null);
        assertFalse(role.checkAccessNotGranted(List.of("s3:Put*"), List.of("arn:aws:s3:::*")).passed());
        assertTrue(role.checkAccessNotGranted(List.of("s3:Get*"), List.of("arn:aws:s3:::*")).passed());
        assertTrue(role.checkAccessNotGranted(List.of("s3:Put*"), List.of("arn:aws:s3:::logs/*")).passed());
        assertTrue(role.checkAccessNotGranted(List.of("s3:PutObject"), List.of("arn:aws:s3:::EVENTS/a")).passed(),
                "resources are case-sensitive");
    }

    /** Effective permissions are what both the identity policies and the boundary allow (access_policies_boundaries.html). */
    @Test
    void theBoundaryMustAllowTheActionToo() {
        assertTrue(analyzer(WRITE, "{'Effect':'Allow','Action':'sqs:*','Resource':'*'}")
                .checkAccessNotGranted(List.of("s3:PutObject"), List.of()).passed());
        assertFalse(analyzer(WRITE, "{'Effect':'Allow','Action':'s3:*','Resource':'arn:aws:s3:::events/a'}")
                .checkAccessNotGranted(List.of("s3:PutObject"), List.of()).passed());
        assertTrue(analyzer(WRITE, "{'Effect':'Deny','Action':'s3:*','Resource':'*'}")
                .checkAccessNotGranted(List.of("s3:PutObject"), List.of()).passed(), "a boundary of denies only");
    }

    /**
     * A deny takes the access away for certain only when it is unconditional and applies to every action and
     * resource asked about; a conditional deny, or one that misses part of the pattern, leaves it granted.
     */
    @Test
    void onlyADenyCertainToApplyTakesTheAccessAway() {
        String ask = "s3:PutObject";
        List<String> on = List.of("arn:aws:s3:::events/*");
        assertTrue(analyzer(WRITE + ",{'Effect':'Deny','Action':'s3:*','Resource':'*'}", null)
                .checkAccessNotGranted(List.of(ask), on).passed());
        assertTrue(analyzer(WRITE, "{'Effect':'Allow','Action':'*','Resource':'*'},"
                + "{'Effect':'Deny','Action':'s3:Put*','Resource':'arn:aws:s3:::*'}")
                .checkAccessNotGranted(List.of(ask), on).passed(), "a deny in the boundary");
        assertFalse(analyzer(WRITE + ",{'Effect':'Deny','Action':'s3:*','Resource':'*',"
                + "'Condition':{'Bool':{'aws:SecureTransport':'false'}}}", null)
                .checkAccessNotGranted(List.of(ask), on).passed(), "conditional");
        assertFalse(analyzer(WRITE + ",{'Effect':'Deny','Action':'s3:PutObject','Resource':'arn:aws:s3:::events/x/*'}",
                null).checkAccessNotGranted(List.of(ask), on).passed(), "part of the resources");
        assertFalse(analyzer(WRITE + ",{'Effect':'Deny','Action':'s3:PutObjectAcl','Resource':'*'}", null)
                .checkAccessNotGranted(List.of("s3:PutObject*"), on).passed(), "part of the actions");
        assertFalse(analyzer(WRITE + ",{'Effect':'Allow','Action':'s3:*','Resource':'*'}", null)
                .checkAccessNotGranted(List.of(ask), on).passed(), "an allow is not a deny");
    }

    @Test
    void anEmptyActionListIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> analyzer(WRITE, null).checkAccessNotGranted(List.of(), List.of()));
        assertEquals("actions are empty: name at least one action to check", e.getMessage());
    }

    @Test
    void removingTheBoundaryIsNewAccess() {
        RoleAnalyzer bounded = analyzer(WRITE, "{'Effect':'Allow','Action':'s3:*','Resource':'*'}");
        RoleAnalyzer unbounded = analyzer(WRITE, null);
        assertEquals(List.of("the permissions boundary was removed"),
                RoleAnalyzer.checkNoNewAccess(bounded, unbounded).reasons());
        assertTrue(RoleAnalyzer.checkNoNewAccess(unbounded, bounded).passed(), "adding a boundary only narrows");
        assertTrue(RoleAnalyzer.checkNoNewAccess(unbounded, unbounded).passed());
    }

    @Test
    void aWiderBoundaryIsNewAccess() {
        RoleAnalyzer narrow = analyzer(WRITE, "{'Effect':'Allow','Action':'s3:PutObject','Resource':'*'}");
        RoleAnalyzer wide = analyzer(WRITE, "{'Sid':'All','Effect':'Allow','Action':'s3:*','Resource':'*'}");
        assertEquals(List.of("boundary: boundary[0].Statement[0](All) allows access no old statement covers"),
                RoleAnalyzer.checkNoNewAccess(narrow, wide).reasons());
        assertTrue(RoleAnalyzer.checkNoNewAccess(wide, narrow).passed());
    }

    @Test
    void aWiderAllowAndALostDenyAreEachReported() {
        RoleAnalyzer old = analyzer(WRITE + ",{'Sid':'Keep','Effect':'Deny','Action':'s3:*',"
                + "'Resource':'arn:aws:s3:::events/secret/*'}", null);
        RoleAnalyzer updated = analyzer("{'Sid':'Wider','Effect':'Allow','Action':'s3:*',"
                + "'Resource':'arn:aws:s3:::events/*'}", null);
        assertEquals(List.of("identity: identity[0].Statement[0](Wider) allows access no old statement covers",
                "identity: the old deny identity[0].Statement[1](Keep) is no longer fully in force"),
                RoleAnalyzer.checkNoNewAccess(old, updated).reasons());
    }

    /** A deny is kept in force only by a deny, and an allow is covered only by an allow: the effects must match. */
    @Test
    void aStatementCoversOnlyOneOfTheSameEffect() {
        String deny = "{'Effect':'Deny','Action':'s3:*','Resource':'arn:aws:s3:::events/secret/*'}";
        String allowOfTheSameScope = "{'Effect':'Allow','Action':'s3:*','Resource':'arn:aws:s3:::events/secret/*'}";
        assertEquals(List.of("policy: identity[0].Statement[1] allows access no old statement covers",
                "policy: the old deny identity[0].Statement[1] is no longer fully in force"),
                RoleAnalyzer.checkNoNewAccess(policy(WRITE + "," + deny), policy(WRITE + "," + allowOfTheSameScope))
                        .reasons());
        assertEquals(List.of("policy: identity[0].Statement[0] allows access no old statement covers",
                "policy: the old deny identity[0].Statement[0] is no longer fully in force"),
                RoleAnalyzer.checkNoNewAccess(policy(deny), policy(allowOfTheSameScope)).reasons());
    }

    @Test
    void aTrustPolicyWithAnotherPrincipalIsNewAccess() {
        PolicyDocument rudder = RudderStack.trustPolicy("ws-1");
        PolicyDocument anyone = policy("{'Effect':'Allow','Principal':'*','Action':'sts:AssumeRole',"
                + "'Condition':{'StringEquals':{'sts:ExternalId':'ws-1'}}}");
        assertEquals(List.of("trust: resource[0].Statement[0] allows access no old statement covers"),
                RoleAnalyzer.checkNoNewAccess(analyzer(WRITE, null, rudder), analyzer(WRITE, null, anyone)).reasons());
        assertTrue(RoleAnalyzer.checkNoNewAccess(analyzer(WRITE, null, anyone), analyzer(WRITE, null, rudder))
                .passed(), "\"*\" covers every principal");
    }

    @Test
    void theAnalyzerNamesTheRolesArnAndRefusesNulls() {
        RoleAnalyzer role = analyzer(WRITE, null);
        assertEquals("arn:aws:iam::111122223333:role/r", role.roleArn().toString());
        assertThrows(NullPointerException.class, () -> role.grants(null));
        assertThrows(NullPointerException.class, () -> role.checkAccessNotGranted(null, List.of()));
        assertThrows(NullPointerException.class, () -> role.checkAccessNotGranted(List.of("s3:*"), null));
        assertThrows(NullPointerException.class, () -> RoleAnalyzer.checkNoNewAccess(null, policy(WRITE)));
        assertThrows(NullPointerException.class, () -> RoleAnalyzer.checkNoNewAccess(policy(WRITE), null));
    }

    @Test
    void aCheckPassesExactlyWhenItHasNoReason() {
        assertTrue(AccessCheck.of(List.of()).passed());
        AccessCheck failed = AccessCheck.of(List.of("why"));
        assertFalse(failed.passed());
        assertEquals(List.of("why"), failed.reasons());
    }
}
