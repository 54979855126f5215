package dev.rudderiam.pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rudderiam.json.PolicyJson;
import dev.rudderiam.policy.Effect;
import dev.rudderiam.policy.PolicyDocument;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The three questions {@link StatementPattern} answers, on one documented case each: whether a statement
 * <em>applies</em> to an action and resource
 * (<a href="https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_notaction.html">NotAction</a>
 * and <a href="https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_notresource.html">NotResource</a>
 * match what their lists do not; a statement without an action element applies to nothing, one without a resource
 * element to every resource), whether it <em>may</em> apply to, or applies to <em>all</em> of, a pattern of them,
 * and whether it <em>covers</em> another statement, element by element as the class describes. {@link CoversProperties}
 * shows a cover is sound; these examples show the covers the class promises are found.
 */
class StatementPatternTest {
    private static final Glob.Variables ALICE = key -> key.equals("aws:username") ? "alice" : null;

    private static PolicyDocument document(String version, String statement) {
        String versionField = version.isEmpty() ? "" : "'Version':'" + version + "',";
        return PolicyJson.read(("{" + versionField + "'Statement':[" + statement + "]}").replace('\'', '"'));
    }

    private static StatementPattern compile(String version, String statement) {
        PolicyDocument document = document(version, statement);
        return StatementPattern.of(document.statements().get(0), StatementPattern.variablesSupported(document));
    }

    private static StatementPattern compile(String statement) {
        return compile(PolicyDocument.VERSION_2012_10_17, statement);
    }

    private static Glob action(String text) {
        return Glob.of(text, Glob.Syntax.ACTION);
    }

    private static Glob resource(String text) {
        return Glob.of(text, Glob.Syntax.PATTERN);
    }

    private static boolean covers(String wide, String narrow) {
        return compile(wide).covers(compile(narrow));
    }

    @Test
    void onlyVersion2012ExpandsVariables() {
        assertTrue(StatementPattern.variablesSupported(document("2012-10-17", "{'Effect':'Allow','Action':'*'}")));
        assertFalse(StatementPattern.variablesSupported(document("2008-10-17", "{'Effect':'Allow','Action':'*'}")));
        assertFalse(StatementPattern.variablesSupported(document("", "{'Effect':'Allow','Action':'*'}")),
                "no Version: IAM assumes 2008-10-17");
        assertEquals(Glob.Syntax.PATTERN, StatementPattern.resourceSyntax(true));
        assertEquals(Glob.Syntax.PATTERN_NO_VARIABLES, StatementPattern.resourceSyntax(false));
        String home = "{'Effect':'Allow','Action':'s3:GetObject','Resource':'arn:aws:s3:::b/${aws:username}'}";
        assertTrue(compile("2012-10-17", home).appliesToResource("arn:aws:s3:::b/alice", ALICE));
        assertFalse(compile("2008-10-17", home).appliesToResource("arn:aws:s3:::b/alice", ALICE));
        assertTrue(compile("2008-10-17", home).appliesToResource("arn:aws:s3:::b/${aws:username}", ALICE));
    }

    @Test
    void itReportsItsParts() {
        StatementPattern s = compile("{'Effect':'Deny','Action':'s3:*','NotResource':['arn:aws:s3:::b/*','*'],"
                + "'Condition':{'Bool':{'aws:SecureTransport':'false'}}}");
        assertEquals(Effect.DENY, s.effect());
        assertTrue(s.conditional());
        assertTrue(s.notResource());
        assertFalse(s.anyResource());
        assertEquals(List.of(resource("arn:aws:s3:::b/*"), resource("*")), s.resources());
        StatementPattern plain = compile("{'Effect':'Allow','Action':'s3:*'}");
        assertEquals(Effect.ALLOW, plain.effect());
        assertFalse(plain.conditional());
        assertFalse(plain.notResource());
        assertTrue(plain.anyResource());
        assertEquals(List.of(), plain.resources());
        assertFalse(compile("{'Effect':'Allow','Action':'s3:*','Resource':'*'}").anyResource());
        assertThrows(NullPointerException.class, () -> StatementPattern.of(null, true));
    }

    @Test
    void theActionElementAppliesAsWrittenOrNegated() {
        StatementPattern get = compile("{'Effect':'Allow','Action':['sqs:SendMessage','S3:Get*'],'Resource':'*'}");
        assertTrue(get.appliesToAction("s3:getobject"));
        assertTrue(get.appliesToAction("sqs:sendmessage"));
        assertFalse(get.appliesToAction("s3:putobject"));
        StatementPattern notIam = compile("{'Effect':'Allow','NotAction':'iam:*','Resource':'*'}");
        assertTrue(notIam.appliesToAction("s3:getobject"));
        assertFalse(notIam.appliesToAction("iam:passrole"));
        StatementPattern none = compile("{'Effect':'Allow','Resource':'*'}");
        assertFalse(none.appliesToAction("s3:getobject"), "no action element: nothing");
        assertFalse(none.mayApplyToAction(action("*")));
        assertFalse(none.appliesToAllActions(action("s3:GetObject")));
    }

    @Test
    void theResourceElementAppliesAsWrittenOrNegatedOrToEverything() {
        StatementPattern b = compile("{'Effect':'Allow','Action':'s3:*','Resource':['arn:aws:s3:::c','arn:aws:s3:::b/*']}");
        assertTrue(b.appliesToResource("arn:aws:s3:::b/k", Glob.Variables.NONE));
        assertFalse(b.appliesToResource("arn:aws:s3:::B/k", Glob.Variables.NONE));
        StatementPattern notB = compile("{'Effect':'Allow','Action':'s3:*','NotResource':'arn:aws:s3:::b/*'}");
        assertFalse(notB.appliesToResource("arn:aws:s3:::b/k", Glob.Variables.NONE));
        assertTrue(notB.appliesToResource("arn:aws:s3:::c", Glob.Variables.NONE));
        StatementPattern any = compile("{'Effect':'Allow','Action':'s3:*'}");
        assertTrue(any.appliesToResource("arn:aws:s3:::anything", Glob.Variables.NONE));
    }

    @Test
    void mayApplyMeansSomeMatchOfThePatternIsMatched() {
        StatementPattern object = compile("{'Effect':'Allow','Action':'s3:GetObject','Resource':'arn:aws:s3:::b/*'}");
        assertTrue(object.mayApplyToAction(action("s3:Get*")));
        assertFalse(object.mayApplyToAction(action("s3:Put*")));
        assertTrue(object.mayApplyToResource(resource("arn:aws:s3:::*/k")));
        assertFalse(object.mayApplyToResource(resource("arn:aws:s3:::c/*")));
        assertTrue(object.mayApplyToResource(null), "null: any resource");
        StatementPattern notS3 = compile("{'Effect':'Allow','NotAction':'s3:*','NotResource':'arn:aws:s3:::b/*'}");
        assertFalse(notS3.mayApplyToAction(action("s3:Get*")), "every s3:Get* action is excluded");
        assertTrue(notS3.mayApplyToAction(action("*")));
        assertFalse(notS3.mayApplyToResource(resource("arn:aws:s3:::b/k*")));
        assertTrue(notS3.mayApplyToResource(resource("arn:aws:s3:::*")));
        StatementPattern notObject = compile("{'Effect':'Allow','NotAction':'s3:GetObject','Resource':'*'}");
        assertTrue(notObject.mayApplyToAction(action("s3:Get*")), "s3:GetBucketPolicy is not excluded");
        assertTrue(compile("{'Effect':'Allow','Action':'s3:*'}").mayApplyToResource(resource("x")));
    }

    @Test
    void appliesToAllMeansEveryMatchOfThePatternIsMatched() {
        StatementPattern s3 = compile("{'Effect':'Deny','Action':'s3:*','Resource':'arn:aws:s3:::b/*'}");
        assertTrue(s3.appliesToAllActions(action("s3:Get*")));
        assertFalse(s3.appliesToAllActions(action("s*")));
        assertTrue(s3.appliesToAllResources(resource("arn:aws:s3:::b/k/*")));
        assertFalse(s3.appliesToAllResources(resource("arn:aws:s3:::*")));
        assertFalse(s3.appliesToAllResources(null), "null: every resource");
        assertTrue(compile("{'Effect':'Deny','Action':'s3:*','Resource':'*'}").appliesToAllResources(null));
        assertTrue(compile("{'Effect':'Deny','Action':'s3:*'}").appliesToAllResources(resource("x")));
        StatementPattern notObject = compile("{'Effect':'Deny','NotAction':'s3:GetObject',"
                + "'NotResource':'arn:aws:s3:::public/*'}");
        assertFalse(notObject.appliesToAllActions(action("s3:Get*")), "s3:GetObject is excluded");
        assertTrue(notObject.appliesToAllActions(action("s3:Put*")));
        assertFalse(notObject.appliesToAllResources(resource("arn:aws:s3:::*")));
        assertTrue(notObject.appliesToAllResources(resource("arn:aws:s3:::private/*")));
    }

    @Test
    void aStatementCoversTheActionsItsListCovers() {
        String narrow = "{'Effect':'Allow','Action':['s3:GetObject','S3:GETBUCKETPOLICY'],'Resource':'*'}";
        assertTrue(covers("{'Effect':'Allow','Action':'s3:Get*','Resource':'*'}", narrow));
        assertFalse(covers("{'Effect':'Allow','Action':'s3:GetObject','Resource':'*'}", narrow));
        assertTrue(covers("{'Effect':'Allow','Action':['sqs:*','s3:GetBucket*','s3:GetObject'],'Resource':'*'}",
                narrow));
        assertTrue(covers("{'Effect':'Allow','NotAction':'iam:*','Resource':'*'}", narrow), "nothing of it excluded");
        assertFalse(covers("{'Effect':'Allow','NotAction':'s3:GetB*','Resource':'*'}", narrow));
        assertFalse(covers("{'Effect':'Allow','Action':'*','Resource':'*'}",
                "{'Effect':'Allow','NotAction':'iam:*','Resource':'*'}"), "a list never covers a NotAction");
        assertTrue(covers("{'Effect':'Allow','NotAction':'iam:*','Resource':'*'}",
                "{'Effect':'Allow','NotAction':['iam:*','sts:*'],'Resource':'*'}"), "excludes less");
        assertFalse(covers("{'Effect':'Allow','NotAction':['iam:*','sts:*'],'Resource':'*'}",
                "{'Effect':'Allow','NotAction':'iam:*','Resource':'*'}"));
    }

    @Test
    void aStatementWithoutAnActionElementIsCoveredByAnyAndCoversNone() {
        String none = "{'Effect':'Allow','Resource':'*'}";
        assertTrue(covers("{'Effect':'Allow','Action':'s3:GetObject','Resource':'*'}", none));
        assertFalse(covers(none, "{'Effect':'Allow','Action':'s3:GetObject','Resource':'*'}"));
    }

    @Test
    void aStatementCoversTheResourcesItsListCovers() {
        String narrow = "{'Effect':'Allow','Action':'s3:*','Resource':['arn:aws:s3:::b/k','arn:aws:s3:::b/j/*']}";
        assertTrue(covers("{'Effect':'Allow','Action':'s3:*','Resource':'arn:aws:s3:::b/*'}", narrow));
        assertFalse(covers("{'Effect':'Allow','Action':'s3:*','Resource':'arn:aws:s3:::b/k'}", narrow));
        assertTrue(covers("{'Effect':'Allow','Action':'s3:*','NotResource':'arn:aws:s3:::c/*'}", narrow));
        assertFalse(covers("{'Effect':'Allow','Action':'s3:*','NotResource':'arn:aws:s3:::b/j/x'}", narrow));
        assertTrue(covers("{'Effect':'Allow','Action':'s3:*','NotResource':'arn:aws:s3:::c/*'}",
                "{'Effect':'Allow','Action':'s3:*','NotResource':['arn:aws:s3:::c/*','arn:aws:s3:::d/*']}"));
        assertFalse(covers("{'Effect':'Allow','Action':'s3:*','NotResource':['arn:aws:s3:::c/*','arn:aws:s3:::d/*']}",
                "{'Effect':'Allow','Action':'s3:*','NotResource':'arn:aws:s3:::c/*'}"));
        assertFalse(covers("{'Effect':'Allow','Action':'s3:*','Resource':'*'}",
                "{'Effect':'Allow','Action':'s3:*','NotResource':'arn:aws:s3:::c/*'}"));
    }

    /** A statement without a resource element (a trust policy's) is covered only by one without either. */
    @Test
    void aStatementWithoutAResourceElementIsCoveredOnlyByAnother() {
        String anyResource = "{'Effect':'Allow','Action':'s3:*'}";
        assertTrue(covers(anyResource, anyResource));
        assertTrue(covers(anyResource, "{'Effect':'Allow','Action':'s3:*','Resource':'arn:aws:s3:::b'}"));
        assertFalse(covers("{'Effect':'Allow','Action':'s3:*','Resource':'*'}", anyResource));
    }

    /** The same NotPrincipal (or none) and the same Principal, or a wide Principal of "*". */
    @Test
    void principalsMustBeTheSameOrEveryone() {
        String alice = "'Principal':{'AWS':'arn:aws:iam::111122223333:user/alice'}";
        String bob = "'Principal':{'AWS':'arn:aws:iam::111122223333:user/bob'}";
        String rest = ",'Action':'s3:*','Resource':'*'}";
        assertTrue(covers("{'Effect':'Allow'," + alice + rest, "{'Effect':'Allow'," + alice + rest));
        assertFalse(covers("{'Effect':'Allow'," + alice + rest, "{'Effect':'Allow'," + bob + rest));
        assertTrue(covers("{'Effect':'Allow','Principal':'*'" + rest, "{'Effect':'Allow'," + bob + rest));
        assertFalse(covers("{'Effect':'Allow'," + bob + rest, "{'Effect':'Allow','Principal':'*'" + rest));
        String notAlice = "'NotPrincipal':{'AWS':'arn:aws:iam::111122223333:user/alice'}";
        assertTrue(covers("{'Effect':'Deny'," + notAlice + rest, "{'Effect':'Deny'," + notAlice + rest));
        assertFalse(covers("{'Effect':'Deny'," + notAlice + rest, "{'Effect':'Deny'," + rest.substring(1)));
        assertFalse(covers("{'Effect':'Deny'," + rest.substring(1), "{'Effect':'Deny'," + notAlice + rest));
    }

    /** Each of the wide statement's clauses must be one of the narrow one's; a variable's meaning needs one version. */
    @Test
    void conditionsMustBeAmongTheNarrowOnes() {
        String both = "{'Effect':'Allow','Action':'s3:*','Resource':'*','Condition':{"
                + "'StringEquals':{'aws:PrincipalTag/team':'red'},'Bool':{'aws:SecureTransport':'true'}}}";
        String team = "{'Effect':'Allow','Action':'s3:*','Resource':'*','Condition':{"
                + "'StringEquals':{'aws:PrincipalTag/team':'red'}}}";
        String none = "{'Effect':'Allow','Action':'s3:*','Resource':'*'}";
        assertTrue(covers(none, team));
        assertTrue(covers(team, both));
        assertFalse(covers(both, team));
        assertFalse(covers(team, none));
        assertFalse(covers(team, team.replace("red", "blue")));
        String mine = "{'Effect':'Allow','Action':'s3:*','Resource':'*','Condition':{"
                + "'StringLike':{'s3:prefix':'home/${aws:username}/*'}}}";
        assertTrue(compile("2012-10-17", mine).covers(compile("2012-10-17", mine)));
        assertTrue(compile("2008-10-17", mine).covers(compile("2008-10-17", mine)));
        assertFalse(compile("2012-10-17", mine).covers(compile("2008-10-17", mine)),
                "in 2008-10-17 ${aws:username} is text");
        assertFalse(compile("2008-10-17", mine).covers(compile("2012-10-17", mine)));
        assertTrue(compile("2012-10-17", team).covers(compile("2008-10-17", team)), "no variable: same meaning");
    }

    @Test
    void aCoverThatCannotBePaidForIsNotProven() {
        StatementPattern wide = compile("{'Effect':'Allow','NotAction':'iam:*','Resource':'arn:aws:s3:::b/*'}");
        StatementPattern narrow = compile("{'Effect':'Allow','Action':'s3:GetObject','Resource':'arn:aws:s3:::b/k'}");
        assertTrue(wide.covers(narrow));
        assertTrue(wide.covers(narrow, Budget.UNLIMITED));
        assertFalse(wide.covers(narrow, units -> false));
        StatementPattern listed = compile("{'Effect':'Allow','Action':'s3:*','Resource':'arn:aws:s3:::b/*'}");
        assertFalse(listed.covers(narrow, units -> false));
        assertTrue(listed.covers(narrow, units -> true));
    }

    /** The index each list builds on first use answers the same afterwards, for either list and either side. */
    @Test
    void coversAnswerTheSameWhenAskedAgain() {
        StatementPattern wide = compile("{'Effect':'Allow','NotAction':'iam:*','NotResource':'arn:aws:s3:::c/*'}");
        StatementPattern narrow = compile("{'Effect':'Allow','NotAction':['iam:*','sts:*'],"
                + "'NotResource':['arn:aws:s3:::c/*','arn:aws:s3:::d/*']}");
        StatementPattern other = compile("{'Effect':'Allow','NotAction':['sts:*'],"
                + "'NotResource':['arn:aws:s3:::c/*','arn:aws:s3:::d/*']}");
        for (int i = 0; i < 2; i++) {
            assertTrue(wide.covers(narrow));
            assertFalse(narrow.covers(wide));
            assertFalse(wide.covers(other));
            assertTrue(narrow.covers(narrow));
        }
    }
}
