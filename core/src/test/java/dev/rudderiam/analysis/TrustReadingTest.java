package dev.rudderiam.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.rudderiam.eval.Decision;
import dev.rudderiam.eval.Request;
import dev.rudderiam.json.PolicyJson;
import dev.rudderiam.policy.Effect;
import dev.rudderiam.policy.PolicyDocument;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * What {@link RoleAnalyzer#whoCanAssume()} tells a user about a trust policy, the sentences they read before
 * trusting a role: one rule per statement that decides {@code sts:AssumeRole}, each principal type in words
 * (<a href="https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_principal.html">Principal</a>:
 * an account id and its root ARN both stand for the account, a role ARN for the role's sessions, {@code "*"} for
 * everyone, anonymous users included) and each condition operator family in words
 * (<a href="https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition_operators.html">condition
 * operators</a>), negation, set qualifiers and {@code IfExists} included.
 */
class TrustReadingTest {

    private static PolicyDocument trust(String statements) {
        return PolicyJson.read(("{'Version':'2012-10-17','Statement':[" + statements + "]}").replace('\'', '"'));
    }

    /** The sentence for a trust policy with one statement allowing {@code sts:AssumeRole} to {@code principal}. */
    private static String sentence(String principal) {
        List<TrustRule> rules = TrustReading.rules(trust("{'Effect':'Allow','Principal':" + principal
                + ",'Action':'sts:AssumeRole'}"));
        assertEquals(1, rules.size(), rules.toString());
        return rules.get(0).describe();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '~', value = {
        "'*' | anyone (every AWS principal, including anonymous users)",
        "{'AWS':'*'} | anyone (every AWS principal, including anonymous users)",
        "{'AWS':'111122223333'} | AWS account 111122223333 (any principal there whose own policies allow it)",
        "{'AWS':'arn:aws:iam::111122223333:root'}"
                + " | AWS account 111122223333 (any principal there whose own policies allow it)",
        "{'AWS':'arn:aws:iam::111122223333:role/app'} | IAM role arn:aws:iam::111122223333:role/app (its sessions)",
        "{'AWS':'arn:aws:iam::111122223333:user/alice'} | IAM user arn:aws:iam::111122223333:user/alice",
        "{'AWS':'arn:aws:sts::111122223333:assumed-role/app/s'}"
                + " | assumed-role session arn:aws:sts::111122223333:assumed-role/app/s",
        "{'AWS':'arn:aws:sts::111122223333:federated-user/bob'}"
                + " | AWS principal arn:aws:sts::111122223333:federated-user/bob",
        "{'AWS':'AROAEXAMPLEID'} | AWS principal AROAEXAMPLEID",
        "{'Service':'ec2.amazonaws.com'} | AWS service ec2.amazonaws.com",
        "{'Federated':'accounts.google.com'} | identities federated by accounts.google.com",
        "{'CanonicalUser':'79a59df900b949e55d96a1e698fbacedfd6e09d98eacf8f8d5218e7cd47ef2be'}"
                + " | CanonicalUser principal 79a59df900b949e55d96a1e698fbacedfd6e09d98eacf8f8d5218e7cd47ef2be",
        "{'AWS':['111122223333','arn:aws:iam::444455556666:user/bob']}"
                + " | AWS account 111122223333 (any principal there whose own policies allow it);"
                + " IAM user arn:aws:iam::444455556666:user/bob",
    })
    void eachPrincipalIsDescribedByWhatItLetsIn(String principal, String who) {
        assertEquals(who + " may assume the role unconditionally", sentence(principal.replace('\'', '"')));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '~', value = {
        "StringEquals | 'sts:ExternalId':'ws-1' | sts:ExternalId is exactly \"ws-1\"",
        "StringEquals | 'sts:ExternalId':['a','b'] | sts:ExternalId is exactly one of \"a\" or \"b\"",
        "StringNotEquals | 'sts:ExternalId':'x' | sts:ExternalId is not exactly \"x\"",
        "StringLike | 'aws:PrincipalArn':'arn:aws:iam::*:role/x' | aws:PrincipalArn is like \"arn:aws:iam::*:role/x\"",
        "StringNotLike | 'aws:PrincipalArn':'a*' | aws:PrincipalArn is not like \"a*\"",
        "ArnLike | 'aws:SourceArn':'arn:aws:s3:::b' | aws:SourceArn is like \"arn:aws:s3:::b\"",
        "ArnEquals | 'aws:SourceArn':'arn:aws:s3:::b' | aws:SourceArn is exactly \"arn:aws:s3:::b\"",
        "StringEqualsIgnoreCase | 'aws:PrincipalTag/team':'red' | aws:PrincipalTag/team is, ignoring case, \"red\"",
        "NumericLessThan | 'aws:MultiFactorAuthAge':'3600' | aws:MultiFactorAuthAge is less than \"3600\"",
        "NumericLessThanEquals | 'aws:MultiFactorAuthAge':3600 | aws:MultiFactorAuthAge is at most 3600",
        "NumericGreaterThan | 'aws:MultiFactorAuthAge':1 | aws:MultiFactorAuthAge is greater than 1",
        "NumericGreaterThanEquals | 'aws:MultiFactorAuthAge':1 | aws:MultiFactorAuthAge is at least 1",
        "NumericEquals | 'aws:MultiFactorAuthAge':1 | aws:MultiFactorAuthAge is exactly 1",
        "NumericNotEquals | 'aws:MultiFactorAuthAge':1 | aws:MultiFactorAuthAge is not exactly 1",
        "DateLessThan | 'aws:CurrentTime':'2030-01-01T00:00:00Z'"
                + " | aws:CurrentTime is before \"2030-01-01T00:00:00Z\"",
        "DateLessThanEquals | 'aws:CurrentTime':'2030-01-01T00:00:00Z'"
                + " | aws:CurrentTime is at or before \"2030-01-01T00:00:00Z\"",
        "DateGreaterThan | 'aws:CurrentTime':'2020-01-01T00:00:00Z'"
                + " | aws:CurrentTime is after \"2020-01-01T00:00:00Z\"",
        "DateGreaterThanEquals | 'aws:CurrentTime':'2020-01-01T00:00:00Z'"
                + " | aws:CurrentTime is at or after \"2020-01-01T00:00:00Z\"",
        "DateEquals | 'aws:CurrentTime':'2020-01-01T00:00:00Z' | aws:CurrentTime is exactly \"2020-01-01T00:00:00Z\"",
        "DateNotEquals | 'aws:CurrentTime':'2020-01-01T00:00:00Z'"
                + " | aws:CurrentTime is not exactly \"2020-01-01T00:00:00Z\"",
        "Bool | 'aws:SecureTransport':true | aws:SecureTransport is exactly true",
        "BinaryEquals | 'aws:UserAgent':'QmluYXJ5' | aws:UserAgent is exactly \"QmluYXJ5\"",
        "IpAddress | 'aws:SourceIp':'203.0.113.0/24' | aws:SourceIp is in \"203.0.113.0/24\"",
        "NotIpAddress | 'aws:SourceIp':'203.0.113.0/24' | aws:SourceIp is not in \"203.0.113.0/24\"",
        "BoolIfExists | 'aws:MultiFactorAuthPresent':'true'"
                + " | aws:MultiFactorAuthPresent is exactly \"true\" (when present)",
        "ForAllValues:StringEquals | 'aws:TagKeys':['a','b']"
                + " | every value of aws:TagKeys (or none) is exactly one of \"a\" or \"b\"",
        "ForAnyValue:StringLike | 'aws:TagKeys':'team*' | some value of aws:TagKeys is like \"team*\"",
        "ForAnyValue:StringNotLike | 'aws:TagKeys':'team*' | some value of aws:TagKeys is not like \"team*\"",
        "Null | 'aws:TokenIssueTime':'true' | aws:TokenIssueTime is absent",
        "Null | 'aws:TokenIssueTime':'TRUE' | aws:TokenIssueTime is absent",
        "Null | 'aws:TokenIssueTime':'false' | aws:TokenIssueTime is present",
        "Null | 'aws:TokenIssueTime':true | aws:TokenIssueTime is absent",
        "StringStartsWith | 'aws:PrincipalArn':'a' | aws:PrincipalArn is (StringStartsWith) \"a\"",
    })
    void eachConditionIsDescribedByTheTestItMakes(String operator, String clause, String words) {
        String statement = "{'Effect':'Allow','Principal':{'AWS':'111122223333'},'Action':'sts:AssumeRole',"
                + "'Condition':{'" + operator + "':{" + clause + "}}}";
        List<TrustRule> rules = TrustReading.rules(trust(statement.replace('\'', '"')));
        assertEquals(List.of(words.replace('\'', '"')), rules.get(0).conditions());
        assertEquals("AWS account 111122223333 (any principal there whose own policies allow it) may assume the role"
                + " when " + words.replace('\'', '"'), rules.get(0).describe());
    }

    @Test
    void everyConditionMustHoldAndADenyIsSaidSo() {
        PolicyDocument policy = trust("""
                {'Sid':'Rudder','Effect':'Allow','Principal':{'AWS':'111122223333'},'Action':'sts:AssumeRole',
                 'Condition':{'StringEquals':{'sts:ExternalId':'ws-1'},'Bool':{'aws:SecureTransport':'true'}}},
                {'Effect':'Deny','NotPrincipal':{'AWS':['111122223333','arn:aws:iam::444455556666:role/r']},
                 'Action':'sts:*'}
                """.replace('\'', '"'));
        List<TrustRule> rules = TrustReading.rules(policy);
        assertEquals(2, rules.size());
        assertEquals(Effect.ALLOW, rules.get(0).effect());
        assertEquals("resource[0].Statement[0](Rudder)", rules.get(0).statement().toString());
        assertEquals("AWS account 111122223333 (any principal there whose own policies allow it) may assume the role"
                + " when sts:ExternalId is exactly \"ws-1\" and aws:SecureTransport is exactly \"true\"",
                rules.get(0).describe());
        assertEquals(Effect.DENY, rules.get(1).effect());
        assertEquals("resource[0].Statement[1]", rules.get(1).statement().toString());
        assertEquals("everyone except AWS account 111122223333 (any principal there whose own policies allow it),"
                + " IAM role arn:aws:iam::444455556666:role/r (its sessions) may NOT assume the role unconditionally",
                rules.get(1).describe());
    }

    /**
     * Only statements whose action element matches {@code sts:AssumeRole} decide an assumption (action names
     * ignore case: reference_policies_elements_action.html); {@code sts:TagSession} alone, a {@code NotAction}
     * that excludes it, and a statement with no action element at all do not.
     */
    @Test
    void onlyStatementsThatDecideAssumeRoleAreRead() {
        PolicyDocument policy = trust("""
                {'Sid':'Tag','Effect':'Allow','Principal':{'AWS':'111122223333'},'Action':'sts:TagSession'},
                {'Sid':'Case','Effect':'Allow','Principal':{'AWS':'111122223333'},'Action':'STS:assumerole'},
                {'Sid':'Star','Effect':'Allow','Principal':{'AWS':'111122223333'},'Action':'sts:Assume*'},
                {'Sid':'NotIt','Effect':'Deny','Principal':'*','NotAction':'sts:AssumeRole'},
                {'Sid':'NotOther','Effect':'Deny','Principal':'*','NotAction':'sts:TagSession'}
                """.replace('\'', '"'));
        assertEquals(List.of("Case", "Star", "NotOther"),
                TrustReading.rules(policy).stream().map(r -> r.statement().sid()).toList());
    }

    /** A statement naming no principal (not valid in a trust policy, but readable) names nobody rather than failing. */
    @Test
    void aStatementWithoutPrincipalNamesNobody() {
        List<TrustRule> rules = TrustReading.rules(trust("{'Effect':'Allow','Action':'sts:AssumeRole'}"));
        assertEquals(List.of(), rules.get(0).principals());
        assertEquals(List.of(), rules.get(0).conditions());
    }

    /** The trust policy decides alone: the caller's own identity policies are taken to allow the call. */
    @Test
    void decideIsTheTrustPolicysDecision() {
        PolicyDocument policy = trust("""
                {'Effect':'Allow','Principal':{'AWS':'111122223333'},'Action':'sts:AssumeRole'},
                {'Effect':'Deny','Principal':{'AWS':'arn:aws:iam::111122223333:user/mallory'},'Action':'sts:*'}
                """.replace('\'', '"'));
        Request.Builder request = Request.builder().action("sts:AssumeRole")
                .resource("arn:aws:iam::111122223333:role/r");
        assertEquals(Decision.ALLOWED, TrustReading.decide(policy,
                request.principal("arn:aws:iam::111122223333:user/alice").build()).decision());
        assertEquals(Decision.EXPLICITLY_DENIED, TrustReading.decide(policy,
                request.principal("arn:aws:iam::111122223333:user/mallory").build()).decision());
        assertEquals(Decision.IMPLICITLY_DENIED, TrustReading.decide(policy,
                request.principal("arn:aws:iam::444455556666:user/alice").build()).decision());
    }
}
