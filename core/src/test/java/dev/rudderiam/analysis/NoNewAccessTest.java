package dev.rudderiam.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.rudderiam.json.PolicyJson;
import dev.rudderiam.policy.PolicyDocument;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@link RoleAnalyzer#checkNoNewAccess(PolicyDocument, PolicyDocument)} statement by statement, one pair per
 * element a statement can narrow or widen with (Action, NotAction, Resource, NotResource, Condition, Deny), each
 * decided both ways round. A wider update must fail (the check is a proof, as Access Analyzer's
 * <a href="https://docs.aws.amazon.com/access-analyzer/latest/APIReference/API_CheckNoNewAccess.html">CheckNoNewAccess</a>);
 * a narrower one of the same shape passes.
 */
class NoNewAccessTest {

    private static PolicyDocument policy(String statement) {
        return PolicyJson.read("{\"Version\":\"2012-10-17\",\"Statement\":[" + statement + "]}");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "fewer actions | {'Effect':'Allow','Action':'s3:*','Resource':'*'}"
                + " | {'Effect':'Allow','Action':'s3:GetObject','Resource':'*'}",
        "fewer resources | {'Effect':'Allow','Action':'s3:GetObject','Resource':'arn:aws:s3:::b/*'}"
                + " | {'Effect':'Allow','Action':'s3:GetObject','Resource':'arn:aws:s3:::b/logs/*'}",
        "an added condition | {'Effect':'Allow','Action':'s3:GetObject','Resource':'*'}"
                + " | {'Effect':'Allow','Action':'s3:GetObject','Resource':'*',"
                + "'Condition':{'Bool':{'aws:SecureTransport':'true'}}}",
        "more NotAction exclusions | {'Effect':'Allow','NotAction':'iam:*','Resource':'*'}"
                + " | {'Effect':'Allow','NotAction':['iam:*','sts:*'],'Resource':'*'}",
        "more NotResource exclusions | {'Effect':'Allow','Action':'s3:*','NotResource':'arn:aws:s3:::secret/*'}"
                + " | {'Effect':'Allow','Action':'s3:*','NotResource':['arn:aws:s3:::secret/*','arn:aws:s3:::hr/*']}",
        "a wider deny | {'Effect':'Allow','Action':'s3:*','Resource':'*'},"
                + "{'Effect':'Deny','Action':'s3:DeleteObject','Resource':'arn:aws:s3:::b/*'}"
                + " | {'Effect':'Allow','Action':'s3:*','Resource':'*'},"
                + "{'Effect':'Deny','Action':'s3:Delete*','Resource':'*'}",
    })
    void narrowingPassesAndTheReverseFails(String change, String wider, String narrower) {
        PolicyDocument wide = policy(wider.replace('\'', '"'));
        PolicyDocument narrow = policy(narrower.replace('\'', '"'));
        assertEquals(true, RoleAnalyzer.checkNoNewAccess(wide, narrow).passed(), change + ": narrowing");
        assertEquals(false, RoleAnalyzer.checkNoNewAccess(narrow, wide).passed(), change + ": widening");
    }
}
