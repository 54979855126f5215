package dev.rudderiam.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.rudderiam.arn.AccountId;
import dev.rudderiam.arn.Arn;
import dev.rudderiam.json.PolicyJson;
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
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * What {@link RoleAnalyzer#grants} lists, the answer a user reads to learn what a role can do: identity allows
 * intersected with the boundary's allows
 * (<a href="https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies_boundaries.html">permissions
 * boundaries</a>: the effective permissions are what both allow), less unconditional denies of either
 * (<a href="https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic.html">an explicit
 * deny overrides any allow</a>), each action only with resource patterns that can name one of its resource types.
 * Conditions are not evaluated, so the list errs on the side of more access: a conditional allow is listed and
 * marked, a conditional deny removes nothing.
 */
class GrantsTest {
    private static final AccountId ACCOUNT = AccountId.of("111122223333");
    private static final Arn BOUNDARY = Arn.parse("arn:aws:iam::111122223333:policy/boundary");

    private static PolicyDocument policy(String statements) {
        return PolicyJson.read(("{'Version':'2012-10-17','Statement':[" + statements + "]}").replace('\'', '"'));
    }

    private static RoleAnalyzer analyzer(String identity, @Nullable String boundary) {
        RoleSpec.Builder spec = RoleSpec.builder().name("r").trustPolicy(RudderStack.trustPolicy("ws-1"))
                .inlinePolicy(PolicyName.of("p"), policy(identity));
        if (boundary == null) {
            return RoleAnalyzer.of(spec.build(), ACCOUNT, Map.of());
        }
        return RoleAnalyzer.of(spec.permissionsBoundary(BOUNDARY).build(), ACCOUNT, Map.of(BOUNDARY, policy(boundary)));
    }

    /** Each grant as "action level [resource grants]", sorted (the reference's actions come in no fixed order). */
    private static List<String> grants(RoleAnalyzer analyzer, ServiceReference reference) {
        return analyzer.grants(reference).stream().map(g -> g.action() + " " + g.accessLevel() + " " + g.resources())
                .sorted().toList();
    }

    private static List<String> grants(String identity) {
        return grants(analyzer(identity, null), RoleAnalyzerTest.REFERENCE);
    }

    private static List<String> grants(String identity, String boundary) {
        return grants(analyzer(identity, boundary), RoleAnalyzerTest.REFERENCE);
    }

    @Test
    void aNotResourceAllowIsEveryResourceExceptItsList() {
        assertEquals(List.of("s3:GetObject Read [* except [arn:aws:s3:::secret/*, arn:aws:s3:::hr/*]]"),
                grants("{'Effect':'Allow','Action':'s3:GetObject',"
                        + "'NotResource':['arn:aws:s3:::secret/*','arn:aws:s3:::hr/*']}"));
    }

    /** A statement without a resource element is read as applying to every resource. */
    @Test
    void anAllowWithoutAResourceElementIsEveryResource() {
        assertEquals(List.of("s3:GetObject Read [*]"), grants("{'Effect':'Allow','Action':'s3:GetObject'}"));
    }

    @Test
    void aConditionalAllowIsListedAndMarked() {
        assertEquals(List.of("s3:PutObject Write [arn:aws:s3:::b/* (conditional)]"),
                grants("{'Effect':'Allow','Action':'s3:PutObject','Resource':'arn:aws:s3:::b/*',"
                        + "'Condition':{'Bool':{'aws:SecureTransport':'true'}}}"));
    }

    @Test
    void aConditionalDenyRemovesNothing() {
        assertEquals(List.of("s3:PutObject Write [arn:aws:s3:::b/*]"),
                grants("{'Effect':'Allow','Action':'s3:PutObject','Resource':'arn:aws:s3:::b/*'},"
                        + "{'Effect':'Deny','Action':'s3:*','Resource':'*',"
                        + "'Condition':{'Bool':{'aws:SecureTransport':'false'}}}"));
    }

    @Test
    void anUnconditionalDenyRemovesWhatItCoversAndExceptsWhatItOverlaps() {
        String allow = "{'Effect':'Allow','Action':['s3:PutObject','s3:GetObject'],'Resource':'arn:aws:s3:::b/*'}";
        assertEquals(List.of("s3:GetObject Read [arn:aws:s3:::b/*]"),
                grants(allow + ",{'Effect':'Deny','Action':'s3:Put*','Resource':'arn:aws:s3:::*'}"),
                "a deny covering the pattern removes it, for the actions it names only");
        assertEquals(List.of("s3:GetObject Read [arn:aws:s3:::b/* except [arn:aws:s3:::b/secret/*]]",
                "s3:PutObject Write [arn:aws:s3:::b/* except [arn:aws:s3:::b/secret/*]]"),
                grants(allow + ",{'Effect':'Deny','Action':'s3:*',"
                        + "'Resource':['arn:aws:s3:::b/secret/*','arn:aws:s3:::other/*']},"
                        + "{'Effect':'Deny','Action':'s3:*','Resource':'arn:aws:s3:::b/secret/*'}"),
                "an overlapping deny is an exception, named once; a disjoint one is not named");
        assertEquals(List.of("s3:GetObject Read [arn:aws:s3:::b/*]"),
                grants(allow + ",{'Effect':'Deny','Action':'s3:PutObject'}"),
                "a deny without a resource element denies every resource");
    }

    /**
     * A deny with {@code NotResource} denies every resource but its list: a grant that its list spares in part is
     * kept and marked as limited, one it spares nothing of is gone.
     */
    @Test
    void aNotResourceDenyLeavesOnlyWhatItsListSpares() {
        String allow = "{'Effect':'Allow','Action':'s3:GetObject','Resource':['arn:aws:s3:::b/*','arn:aws:s3:::c/*']}";
        assertEquals(List.of("s3:GetObject Read [arn:aws:s3:::b/* (conditional)]"),
                grants(allow + ",{'Effect':'Deny','Action':'s3:*','NotResource':['arn:aws:s3:::b/public/*',"
                        + "'arn:aws:s3:::d/*']}"));
    }

    @Test
    void theBoundaryKeepsTheNarrowerOfTwoNestedPatterns() {
        assertEquals(List.of("s3:GetObject Read [arn:aws:s3:::b/logs/*]"),
                grants("{'Effect':'Allow','Action':'s3:GetObject','Resource':'arn:aws:s3:::b/*'}",
                        "{'Effect':'Allow','Action':'s3:*','Resource':'arn:aws:s3:::b/logs/*'}"),
                "boundary narrower");
        assertEquals(List.of("s3:GetObject Read [arn:aws:s3:::b/logs/*]"),
                grants("{'Effect':'Allow','Action':'s3:GetObject','Resource':'arn:aws:s3:::b/logs/*'}",
                        "{'Effect':'Allow','Action':'s3:*','Resource':'arn:aws:s3:::b/*'}"),
                "identity narrower");
    }

    @Test
    void theBoundaryMeetsAnOverlappingPatternAndDropsADisjointOne() {
        assertEquals(List.of("s3:GetObject Read [arn:aws:s3:::b/* ∩ arn:aws:s3:::*/logs]"),
                grants("{'Effect':'Allow','Action':'s3:GetObject','Resource':['arn:aws:s3:::b/*','arn:aws:s3:::c']}",
                        "{'Effect':'Allow','Action':'s3:*','Resource':'arn:aws:s3:::*/logs'}"));
        assertEquals(List.of(),
                grants("{'Effect':'Allow','Action':'s3:GetObject','Resource':'arn:aws:s3:::b/*'}",
                        "{'Effect':'Allow','Action':'s3:GetObject','Resource':'arn:aws:s3:::c/*'},"
                                + "{'Effect':'Allow','Action':'sqs:*','Resource':'*'}"));
    }

    @Test
    void theBoundaryAddsItsExceptionsAndConditions() {
        assertEquals(List.of("s3:GetObject Read [* except [arn:aws:s3:::a/*, arn:aws:s3:::b/*] (conditional)]"),
                grants("{'Effect':'Allow','Action':'s3:GetObject','NotResource':'arn:aws:s3:::a/*'}",
                        "{'Effect':'Allow','Action':'s3:*','NotResource':['arn:aws:s3:::b/*','arn:aws:s3:::a/*'],"
                                + "'Condition':{'Bool':{'aws:SecureTransport':'true'}}}"));
        assertEquals(List.of("s3:GetObject Read [arn:aws:s3:::b/* (conditional)]"),
                grants("{'Effect':'Allow','Action':'s3:GetObject','Resource':'arn:aws:s3:::b/*',"
                        + "'Condition':{'Bool':{'aws:SecureTransport':'true'}}}",
                        "{'Effect':'Allow','Action':'s3:*','Resource':'*'}"),
                "a condition on the identity side stays");
    }

    @Test
    void aDenyInTheBoundaryRemovesToo() {
        assertEquals(List.of("s3:GetObject Read [arn:aws:s3:::b/*]"),
                grants("{'Effect':'Allow','Action':['s3:GetObject','s3:PutObject'],'Resource':'arn:aws:s3:::b/*'}",
                        "{'Effect':'Allow','Action':'s3:*','Resource':'*'},"
                                + "{'Effect':'Deny','Action':'s3:PutObject','Resource':'*'}"));
    }

    /** The services named by the allows' actions (any case, wildcards, or every service for "*" or NotAction). */
    @Test
    void theServicesListedAreThoseTheAllowsName() {
        assertEquals(List.of("sqs:SendMessage Write [*]"),
                grants("{'Effect':'Allow','NotAction':'s3:*','Resource':'*'}"),
                "NotAction allows every other service's actions");
        assertEquals(List.of("s3:DeleteObject Write [*]", "s3:GetObject Read [*]", "s3:ListAllMyBuckets List [*]",
                "s3:PutObject Write [*]", "sqs:SendMessage Write [*]"),
                grants("{'Effect':'Allow','Action':'*','Resource':'*'}"), "* names every service");
        assertEquals(List.of("sqs:SendMessage Write [*]"),
                grants("{'Effect':'Allow','Action':'SQS:send*','Resource':'*'}"), "actions ignore case");
        assertEquals(List.of("sqs:SendMessage Write [*]"),
                grants("{'Effect':'Allow','Action':'s?s:*','Resource':'*'}"), "a wildcard in the service prefix");
        assertEquals(List.of(),
                grants("{'Effect':'Deny','Action':'sqs:*','Resource':'*'}"), "a deny names no service");
    }

    /**
     * Only patterns that can name a resource of one of the action's types count
     * (<a href="https://docs.aws.amazon.com/service-authorization/latest/reference/reference_policies_actions-resources-contextkeys.html">resource
     * types</a>); an action without resource types is allowed only by {@code "*"}.
     */
    @Test
    void onlyPatternsThatCanNameTheActionsResourceTypesCount() {
        assertEquals(List.of("s3:GetObject Read [arn:aws:s3:::b/k]"),
                grants("{'Effect':'Allow','Action':['s3:GetObject','s3:ListAllMyBuckets'],"
                        + "'Resource':['arn:aws:s3:::b/k','arn:aws:sqs:us-east-1:111122223333:q']}"));
        assertEquals(List.of("s3:ListAllMyBuckets List [*]"),
                grants("{'Effect':'Allow','Action':'s3:ListAllMyBuckets','Resource':['arn:aws:s3:::b/k','*']}"));
    }

    /** A role's managed policies are identity policies too, each read from the document passed for its ARN. */
    @Test
    void managedPoliciesGrantAsInlineOnesDo() {
        Arn managed = Arn.parse("arn:aws:iam::aws:policy/AmazonSQSFullAccess");
        RoleSpec spec = RoleSpec.builder().name("r").trustPolicy(RudderStack.trustPolicy("ws-1"))
                .inlinePolicy(PolicyName.of("p"), policy("{'Effect':'Allow','Action':'s3:GetObject','Resource':'*'}"))
                .addManagedPolicyArn(managed).build();
        RoleAnalyzer analyzer = RoleAnalyzer.of(spec, ACCOUNT,
                Map.of(managed, policy("{'Effect':'Allow','Action':'sqs:*','Resource':'*'}")));
        assertEquals(List.of("s3:GetObject Read [*]", "sqs:SendMessage Write [*]"),
                grants(analyzer, RoleAnalyzerTest.REFERENCE));
        assertEquals(List.of("identity[1].Statement[0] allows sqs:SendMessage"),
                analyzer.checkAccessNotGranted(List.of("sqs:SendMessage"), List.of()).reasons());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> RoleAnalyzer.of(spec, ACCOUNT, Map.of()));
        assertEquals("managed policy 'arn:aws:iam::aws:policy/AmazonSQSFullAccess' has no document: pass the"
                + " documents of every managed policy and of the boundary", e.getMessage());
    }

    /** A resource type the reference names for an action but does not describe cannot rule a pattern out. */
    @Test
    void aResourceTypeTheReferenceDoesNotDescribeRulesNothingOut() {
        ServiceInfo kms = new ServiceInfo("kms", Map.of(
                "Decrypt", new ActionInfo("Decrypt", "Write", List.of(new ActionInfo.ResourceTypeUse("key", true)),
                        List.of()),
                "Sign", new ActionInfo("Sign", "Write", List.of(new ActionInfo.ResourceTypeUse("alias", true),
                        new ActionInfo.ResourceTypeUse("key", true)), List.of())),
                Map.of("key", new ResourceTypeInfo("key", "arn:${Partition}:kms:${Region}:${Account}:key/${KeyId}",
                        List.of())), Map.of());
        ServiceReference reference = ServiceReference.of(kms);
        assertEquals(List.of("kms:Sign Write [arn:aws:s3:::b]"),
                grants(analyzer("{'Effect':'Allow','Action':'kms:*','Resource':'arn:aws:s3:::b'}", null), reference));
    }
}
