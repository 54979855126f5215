package dev.rudderiam.minimize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.rudderiam.json.PolicyJson;
import dev.rudderiam.policy.PolicyDocument;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Each rewrite rule {@link PolicyMinimizer} documents, on its own: entries another entry of the same list covers
 * (<a href="https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_action.html">Action</a>
 * names ignore case; a list is a union), duplicate condition values and principals
 * (<a href="https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_principal.html">an account
 * id and its root ARN are one principal</a>), merges of Sid-less statements that differ in one list only, drops of
 * covered Sid-less statements, the first of equal entries or statements kept, and the effort bound: what it has not
 * proven redundant within {@value PolicyMinimizer#EFFORT} units, it keeps.
 */
class MinimizerRulesTest {

    private static String minimized(String statements) {
        PolicyDocument document = PolicyJson.read(("{'Version':'2012-10-17','Statement':[" + statements + "]}")
                .replace('\'', '"'));
        String json = PolicyJson.write(PolicyMinimizer.minimize(document));
        String head = "{\"Version\":\"2012-10-17\",\"Statement\":[";
        assertEquals(head, json.substring(0, head.length()));
        return json.substring(head.length(), json.length() - 2).replace('"', '\'');
    }

    @Test
    void eachListKeepsOnlyEntriesNoOtherEntryCovers() {
        assertEquals("{'Effect':'Allow','Action':'s3:Get*','Resource':'arn:aws:s3:::b/*'}",
                minimized("{'Effect':'Allow','Action':['s3:GetObject','s3:Get*','s3:GetBucket*'],"
                        + "'Resource':['arn:aws:s3:::b/k','arn:aws:s3:::b/*']}"));
        assertEquals("{'Effect':'Allow','NotAction':'iam:*','NotResource':'arn:aws:s3:::secret/*'}",
                minimized("{'Effect':'Allow','NotAction':['iam:PassRole','iam:*'],"
                        + "'NotResource':['arn:aws:s3:::secret/*','arn:aws:s3:::secret/k']}"));
        assertEquals("{'Effect':'Allow','Action':['s3:GetObject','s3:PutObject'],'Resource':'*'}",
                minimized("{'Effect':'Allow','Action':['s3:GetObject','s3:PutObject'],'Resource':'*'}"),
                "nothing to drop");
    }

    @Test
    void ofEntriesThatCoverEachOtherTheFirstIsKept() {
        assertEquals("{'Effect':'Allow','Action':'s3:getObject','Resource':'*'}",
                minimized("{'Effect':'Allow','Action':['s3:getObject','S3:GETOBJECT','s3:GetObject'],'Resource':'*'}"));
        assertEquals("{'Effect':'Allow','Action':'S3:get*','Resource':'*'}",
                minimized("{'Effect':'Allow','Action':['S3:get*','s3:GET*','s3:Get*'],'Resource':'*'}"));
        assertEquals("{'Effect':'Allow','Action':'s3:Get*','Resource':['arn:aws:s3:::b/*','arn:aws:s3:::B/*']}",
                minimized("{'Effect':'Allow','Action':'s3:Get*','Resource':['arn:aws:s3:::b/*','arn:aws:s3:::B/*',"
                        + "'arn:aws:s3:::b/*']}"), "resources are case-sensitive");
    }

    @Test
    void duplicateConditionValuesAndPrincipalsGo() {
        assertEquals("{'Effect':'Allow','Action':'s3:*','Resource':'*',"
                + "'Condition':{'StringEquals':{'aws:PrincipalTag/team':['red','blue']}}}",
                minimized("{'Effect':'Allow','Action':'s3:*','Resource':'*',"
                        + "'Condition':{'StringEquals':{'aws:PrincipalTag/team':['red','blue','red']}}}"));
        assertEquals("{'Effect':'Allow','Principal':{'AWS':'arn:aws:iam::111122223333:root',"
                + "'Service':'ec2.amazonaws.com'},'Action':'sts:AssumeRole'}",
                minimized("{'Effect':'Allow','Principal':{'AWS':['arn:aws:iam::111122223333:root','111122223333'],"
                        + "'Service':['ec2.amazonaws.com','ec2.amazonaws.com']},'Action':'sts:AssumeRole'}"));
        assertEquals("{'Effect':'Deny','NotPrincipal':{'AWS':['111122223333','arn:aws:iam::111122223333:user/a']},"
                + "'Action':'sts:AssumeRole'}",
                minimized("{'Effect':'Deny','NotPrincipal':{'AWS':['111122223333','arn:aws:iam::111122223333:root',"
                        + "'arn:aws:iam::111122223333:user/a','arn:aws:iam::111122223333:user/a']},"
                        + "'Action':'sts:AssumeRole'}"));
        assertEquals("{'Effect':'Allow','Principal':{'Service':['111122223333','arn:aws:iam::111122223333:root']},"
                + "'Action':'sts:AssumeRole'}",
                minimized("{'Effect':'Allow','Principal':{'Service':['111122223333','arn:aws:iam::111122223333:root']},"
                        + "'Action':'sts:AssumeRole'}"), "only AWS principals name accounts");
    }

    @Test
    void statementsDifferingOnlyInActionsMerge() {
        assertEquals("{'Effect':'Allow','Action':['s3:GetObject','s3:PutObject'],"
                + "'Resource':['arn:aws:s3:::b','arn:aws:s3:::c']}",
                minimized("{'Effect':'Allow','Action':'s3:GetObject','Resource':['arn:aws:s3:::b','arn:aws:s3:::c']},"
                        + "{'Effect':'Allow','Action':'s3:PutObject','Resource':['arn:aws:s3:::c','arn:aws:s3:::b']}"),
                "the resources as a set");
    }

    @Test
    void statementsDifferingOnlyInResourcesMerge() {
        assertEquals("{'Effect':'Allow','Action':['s3:GetObject','s3:PutObject'],"
                + "'Resource':['arn:aws:s3:::b','arn:aws:s3:::c']}",
                minimized("{'Effect':'Allow','Action':['s3:GetObject','s3:PutObject'],'Resource':'arn:aws:s3:::b'},"
                        + "{'Effect':'Allow','Action':['S3:PUTOBJECT','s3:getobject'],'Resource':'arn:aws:s3:::c'}"),
                "the actions as a set, ignoring case");
    }

    @Test
    void statementsOfAnotherShapeNeverMerge() {
        String get = "{'Effect':'Allow','Action':'s3:GetObject','Resource':'arn:aws:s3:::b'}";
        List<String> others = List.of(
                "{'Effect':'Deny','Action':'s3:PutObject','Resource':'arn:aws:s3:::b'}",
                "{'Sid':'Named','Effect':'Allow','Action':'s3:PutObject','Resource':'arn:aws:s3:::b'}",
                "{'Effect':'Allow','Action':'s3:PutObject','Resource':'arn:aws:s3:::b',"
                        + "'Condition':{'Bool':{'aws:SecureTransport':'true'}}}",
                "{'Effect':'Allow','NotAction':'s3:PutObject','Resource':'arn:aws:s3:::b'}",
                "{'Effect':'Allow','Action':'s3:PutObject','NotResource':'arn:aws:s3:::b'}",
                "{'Effect':'Allow','Principal':{'AWS':'111122223333'},'Action':'s3:PutObject',"
                        + "'Resource':'arn:aws:s3:::b'}");
        for (String other : others) {
            assertEquals(get + "," + other, minimized(get + "," + other), other);
        }
        String notB = "{'Effect':'Allow','NotAction':'s3:PutObject','NotResource':'arn:aws:s3:::b'}";
        String notC = "{'Effect':'Allow','NotAction':'s3:PutObject','NotResource':'arn:aws:s3:::c'}";
        assertEquals(notB + "," + notC, minimized(notB + "," + notC), "NotResource lists are never united");
        String notGet = "{'Effect':'Allow','NotAction':'s3:GetObject','NotResource':'arn:aws:s3:::b'}";
        assertEquals(notB + "," + notGet, minimized(notB + "," + notGet), "nor NotAction lists");
    }

    /**
     * A written-empty list is not an absent element: {@code "Resource": []} matches no resource, no
     * {@code Resource} element at all every resource (the reading of {@code StatementPattern}), so the two statements
     * differ in more than their actions and are never merged: merged in this order, s3:GetObject would be allowed on
     * every resource.
     */
    @Test
    void anEmptyListIsNotAnAbsentElement() {
        String none = "{'Effect':'Allow','Action':'s3:GetObject','Resource':[]}";
        String every = "{'Effect':'Allow','Action':'s3:PutObject'}";
        String result = minimized(every + "," + none);
        assertEquals(true, result.startsWith(every), result);
        result = minimized(none + "," + every);
        assertEquals(true, result.endsWith(every), result);
    }

    /** A statement with an empty Action list applies to nothing; minimizing it keeps the statement beside it. */
    @Test
    void anEmptyActionListIsMinimizedWithoutFailing() {
        String nothing = "{'Effect':'Allow','Action':[],'Resource':'arn:aws:s3:::b'}";
        String get = "{'Effect':'Allow','Action':'s3:GetObject','Resource':'*'}";
        String result = minimized(nothing + "," + get);
        assertEquals(true, result.endsWith(get), result);
        assertEquals(true, result.length() <= (nothing + "," + get).length(), result);
    }

    @Test
    void aStatementAnotherCoversIsDropped() {
        String wide = "{'Effect':'Allow','Action':'s3:Get*','Resource':'arn:aws:s3:::b/*'}";
        String narrow = "{'Effect':'Allow','Action':['s3:GetObject','s3:GetObjectAcl'],'Resource':'arn:aws:s3:::b/k'}";
        assertEquals(wide, minimized(narrow + "," + wide), "whichever comes first");
        assertEquals(wide, minimized(wide + "," + narrow));
        String namedNarrow = narrow.replace("{", "{'Sid':'Kept',");
        assertEquals(namedNarrow + "," + wide, minimized(namedNarrow + "," + wide), "a Sid keeps it");
        String conditional = "{'Effect':'Allow','Action':'s3:Get*','Resource':'arn:aws:s3:::b/*',"
                + "'Condition':{'Bool':{'aws:SecureTransport':'true'}}}";
        assertEquals(conditional + "," + narrow, minimized(conditional + "," + narrow), "not the same condition");
        String deny = "{'Effect':'Deny','Action':'s3:Get*','Resource':'arn:aws:s3:::b/*'}";
        assertEquals(deny + "," + narrow, minimized(deny + "," + narrow), "not the same effect");
        String notAction = "{'Effect':'Allow','NotAction':'iam:*','Resource':'arn:aws:s3:::b/*'}";
        String narrowNot = "{'Effect':'Allow','NotAction':['iam:*','sts:*'],'Resource':'arn:aws:s3:::b/k'}";
        assertEquals(notAction, minimized(narrowNot + "," + notAction), "NotAction statements too");
    }

    @Test
    void ofTwoStatementsThatCoverEachOtherTheLaterGoesUnlessItHasASid() {
        String a = "{'Effect':'Allow','Action':'s3:Get*','Resource':['arn:aws:s3:::b/*','arn:aws:s3:::b/k']}";
        String b = "{'Effect':'Allow','Action':['S3:GET*','s3:GetObject'],'Resource':'arn:aws:s3:::b/*'}";
        assertEquals("{'Effect':'Allow','Action':'s3:Get*','Resource':'arn:aws:s3:::b/*'}", minimized(a + "," + b));
        String named = "{'Sid':'Named','Effect':'Allow','Action':'s3:GET*','Resource':'arn:aws:s3:::b/*'}";
        assertEquals(named, minimized(a + "," + named));
        assertEquals(named + "," + named.replace("Named", "Other"),
                minimized(named + "," + named.replace("Named", "Other")), "two Sids both stay");
        assertEquals("{'Effect':'Allow','Action':'s3:Get*','Resource':'*'}",
                minimized("{'Effect':'Allow','Action':'s3:Get*','Resource':'*'},"
                        + "{'Effect':'Allow','Action':'s3:Get*','Resource':'*'},"
                        + "{'Effect':'Allow','Action':'s3:Get*','Resource':'*'}"), "exact duplicates");
    }

    /** One round unites the resources of the two GetObject statements; only the next can unite the actions. */
    @Test
    void rewritesRunUntilNoneApplies() {
        assertEquals("{'Effect':'Allow','Action':['s3:GetObject','s3:PutObject'],"
                + "'Resource':['arn:aws:s3:::b','arn:aws:s3:::c']}",
                minimized("{'Effect':'Allow','Action':'s3:GetObject','Resource':'arn:aws:s3:::b'},"
                        + "{'Effect':'Allow','Action':'s3:PutObject','Resource':['arn:aws:s3:::b','arn:aws:s3:::c']},"
                        + "{'Effect':'Allow','Action':'s3:GetObject','Resource':'arn:aws:s3:::c'}"));
    }

    /**
     * Proving that one pattern of 2,017 tokens covers another of 2,018 costs 2,018 x 2,019 = 4,074,342 units, more
     * than a call's effort: both entries stay (the result is still exact, only not smaller). The same proof with short
     * patterns is paid for and drops the covered entry.
     */
    @Test
    void anEntryWhoseProofCostsMoreThanTheEffortIsKept() {
        String tail = "k".repeat(2000);
        String wide = "arn:aws:s3:::b/*" + tail + "*";
        String narrow = "arn:aws:s3:::b/x*" + tail + "*";
        assertEquals("{'Effect':'Allow','Action':'s3:GetObject','Resource':['" + wide + "','" + narrow + "']}",
                minimized("{'Effect':'Allow','Action':'s3:GetObject','Resource':['" + wide + "','" + narrow + "']}"));
        String shortWide = "arn:aws:s3:::b/*" + "k".repeat(100) + "*";
        String shortNarrow = "arn:aws:s3:::b/x*" + "k".repeat(100) + "*";
        assertEquals("{'Effect':'Allow','Action':'s3:GetObject','Resource':'" + shortWide + "'}",
                minimized("{'Effect':'Allow','Action':'s3:GetObject','Resource':['" + shortWide + "','"
                        + shortNarrow + "']}"));
    }

    /**
     * The effort is spent to the last unit and not one beyond. Two wildcard actions cost a visit each (2 units),
     * the two resources a visit each (2), and proving that {@code wide} (1,997 tokens) covers {@code narrow} (2,001)
     * costs 1,998 x 2,002 = 3,999,996: exactly {@value PolicyMinimizer#EFFORT} in all, so the proof is paid for
     * and the narrow entry goes. A third wildcard action costs one more visit first, and the proof is no longer
     * paid for.
     */
    @Test
    void theEffortIsSpentToTheLastUnitAndNotBeyond() {
        String tail = "k".repeat(1980);
        String wide = "arn:aws:s3:::b/*" + tail + "*";
        String narrow = "arn:aws:s3:::b/xyyy*" + tail + "*";
        String resources = "'Resource':['" + wide + "','" + narrow + "']}";
        assertEquals("{'Effect':'Allow','Action':['s3:Get*','s3:Put*'],'Resource':'" + wide + "'}",
                minimized("{'Effect':'Allow','Action':['s3:Get*','s3:Put*']," + resources));
        assertEquals("{'Effect':'Allow','Action':['s3:Get*','s3:Put*','s3:List*']," + resources,
                minimized("{'Effect':'Allow','Action':['s3:Get*','s3:Put*','s3:List*']," + resources));
    }

    /**
     * Once the effort is spent (here by the first statement's costly resources), no more candidates are visited,
     * even one whose cover would cost nothing to prove: the statement that the second covers stays.
     */
    @Test
    void noCandidateIsVisitedOnceTheEffortIsSpent() {
        String tail = "k".repeat(2000);
        String costly = "{'Sid':'Costly','Effect':'Allow','Action':'s3:ListBucket','Resource':['arn:aws:s3:::b/*"
                + tail + "*','arn:aws:s3:::b/x*" + tail + "*']}";
        String wide = "{'Effect':'Allow','Action':['s3:GetObject','s3:PutObject'],"
                + "'Resource':['arn:aws:s3:::b','arn:aws:s3:::c']}";
        String narrow = "{'Effect':'Allow','Action':'s3:GetObject','Resource':'arn:aws:s3:::b'}";
        assertEquals(costly + "," + wide + "," + narrow, minimized(costly + "," + wide + "," + narrow));
        assertEquals(wide, minimized(wide + "," + narrow), "with effort left it goes");
    }

    /** A candidate that does not cover an entry does not end the search: a later one may. */
    @Test
    void everyCandidateIsTried() {
        assertEquals("{'Effect':'Allow','Action':'s3:GetObject','Resource':['arn:aws:s3:::b/*x','arn:aws:s3:::b/k*']}",
                minimized("{'Effect':'Allow','Action':'s3:GetObject',"
                        + "'Resource':['arn:aws:s3:::b/*x','arn:aws:s3:::b/k*','arn:aws:s3:::b/kk']}"));
        String other = "{'Effect':'Allow','Action':'s3:*','Resource':'arn:aws:s3:::c/*'}";
        String wide = "{'Effect':'Allow','Action':'s3:Get*','Resource':'arn:aws:s3:::b/*'}";
        String narrow = "{'Effect':'Allow','Action':'s3:GetObject','Resource':'arn:aws:s3:::b/k'}";
        assertEquals(other + "," + wide, minimized(other + "," + wide + "," + narrow));
    }

    /** Neither merges with the other (both lists differ as written); each covers the other, so the later goes. */
    @Test
    void ofTwoStatementsCoveringEachOtherTheEarlierStays() {
        String first = "{'Effect':'Allow','Action':'s3:Get*','Resource':'arn:aws:s3:::b/*'}";
        String second = "{'Effect':'Allow','Action':'s3:Get**','Resource':'arn:aws:s3:::b/**'}";
        assertEquals(first, minimized(first + "," + second));
        assertEquals(second, minimized(second + "," + first));
        String named = second.replace("{", "{'Sid':'Named',");
        assertEquals(named, minimized(first + "," + named), "unless the later has a Sid");
    }

    /** Statements without a Resource element (a trust policy's) merge by their actions too. */
    @Test
    void statementsWithoutResourcesMergeByActions() {
        String principal = "'Principal':{'AWS':'111122223333'}";
        assertEquals("{'Effect':'Allow'," + principal + ",'Action':['sts:AssumeRole','sts:TagSession']}",
                minimized("{'Effect':'Allow'," + principal + ",'Action':'sts:AssumeRole'},"
                        + "{'Effect':'Allow'," + principal + ",'Action':'sts:TagSession'}"));
        String notIam = "{'Effect':'Allow','NotAction':'iam:*','Resource':'*'}";
        assertEquals(notIam, minimized(notIam + "," + notIam));
    }

    @Test
    void aPolicyWithoutVersionHasNoVariables() {
        PolicyDocument old = PolicyJson.read("""
                {"Statement":[{"Effect":"Allow","Action":"s3:GetObject",
                  "Resource":["arn:aws:s3:::b/${aws:username}","arn:aws:s3:::b/${*}"]}]}
                """);
        assertEquals("{\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"s3:GetObject\","
                + "\"Resource\":\"arn:aws:s3:::b/${*}\"}]}", PolicyJson.write(PolicyMinimizer.minimize(old)),
                "in 2008-10-17 ${*} holds a wildcard that covers the other text");
        assertThrows(NullPointerException.class, () -> PolicyMinimizer.minimize(null));
    }
}
