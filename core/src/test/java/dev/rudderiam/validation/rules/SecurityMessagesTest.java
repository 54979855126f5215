package dev.rudderiam.validation.rules;

import static dev.rudderiam.validation.rules.GrammarMessagesTest.lines;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.rudderiam.validation.PolicyType;
import dev.rudderiam.validation.RuleSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The security rules' findings as a user reads them, each statement built to sit just inside or just outside one
 * rule: which conditions narrow who may assume a role, which external id conditions are weak, which wildcard
 * resources and actions hand out {@code iam:PassRole}.
 */
class SecurityMessagesTest {
    private static final RuleSet SECURITY = RuleSets.security(TestReference.INSTANCE);

    private static String trust(String principal, String action, String condition) {
        return "{\"Effect\":\"Allow\",\"Principal\":" + principal + ",\"Action\":\"" + action + "\""
                + (condition.isEmpty() ? "" : ",\"Condition\":" + condition) + "}";
    }

    private static String externalId(String operator, String value) {
        return trust("{\"AWS\":\"111122223333\"}", "sts:AssumeRole",
                "{\"" + operator + "\":{\"sts:ExternalId\":\"" + value + "\"}}");
    }

    /**
     * @see <a href="https://docs.aws.amazon.com/IAM/latest/UserGuide/confused-deputy.html">The confused deputy
     *     problem</a>
     * @see <a href="https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_create_for-user_externalid.html">How to
     *     use an external ID</a>
     * @see <a href="https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_principal.html#principal-anonymous">Principal:
     *     anonymous (*)</a>
     */
    @Test
    void trustStatementsAreJudgedByWhoTheyLetInAndHowTheyCompareTheExternalId() {
        String json = "{\"Version\":\"2012-10-17\",\"Statement\":[" + String.join(",",
                "{\"Effect\":\"Allow\",\"NotPrincipal\":{\"AWS\":\"123456789012\"},\"Action\":\"sts:AssumeRole\"}",
                trust("{\"AWS\":\"*\"}", "sts:AssumeRole", ""),
                trust("\"*\"", "sts:AssumeRole", "{\"StringLike\":{\"aws:PrincipalArn\":\"**\"}}"),
                trust("{\"AWS\":\"*\"}", "sts:AssumeRole",
                        "{\"StringLike\":{\"aws:PrincipalArn\":\"arn:aws:iam::123456789012:*\"}}"),
                trust("{\"AWS\":[\"arn:aws:iam::111122223333:root\",\"123456789012\"]}", "sts:AssumeRole", ""),
                trust("{\"AWS\":\"111122223333\"}", "sts:Assume*", "{\"StringEquals\":{\"sts:ExternalId\":\"abc\"}}"),
                externalId("ForAnyValue:StringEquals", "abc"),
                externalId("StringNotEquals", "abc"),
                externalId("StringEquals", "ws-*"),
                externalId("ForAllValues:StringEquals", "abc"),
                externalId("StringLike", "abc"),
                externalId("StringNotLike", "abc*"),
                "{\"Effect\":\"Deny\",\"Principal\":{\"AWS\":\"*\"},\"Action\":\"sts:AssumeRole\"}",
                trust("{\"AWS\":\"111122223333\"}", "s3:GetObject", ""),
                externalId("StringEqualsIfExists", "abc"),
                externalId("Null", "false"),
                "{\"Effect\":\"Deny\",\"NotPrincipal\":{\"AWS\":\"123456789012\"},\"Action\":\"sts:AssumeRole\"}",
                trust("{\"AWS\":\"111122223333\"}", "sts:AssumeRole", "{\"StringLike\":{\"sts:ExternalId\":\"*\"}}"))
                + "]}";
        String cross = " assume the role without an sts:ExternalId condition: when that is another account, require the"
                + " external id with StringEquals to prevent the confused deputy problem.";
        assertEquals(List.of(
                "SECURITY_WARNING ALLOW_WITH_NOT_PRINCIPAL /Statement/0/NotPrincipal: Statement 0 allows with"
                        + " NotPrincipal, which grants everyone not listed, anonymous callers included: list the allowed"
                        + " principals in Principal.",
                "SECURITY_WARNING ALLOW_WITH_WILDCARD_PRINCIPAL /Statement/1/Principal/AWS: Statement 1 lets any AWS"
                        + " principal, in any account, assume the role: name the trusted account or role instead of"
                        + " \"*\".",
                "SECURITY_WARNING TRUST_CONDITION_SATISFIABLE_BY_ANYONE /Statement/2/Condition: Statement 2 trusts"
                        + " \"*\" and its condition does not narrow who matches (negated, IfExists, ForAllValues or"
                        + " Null operators, or \"*\" patterns): any principal can satisfy it.",
                "SECURITY_WARNING CROSS_ACCOUNT_TRUST_WITHOUT_EXTERNAL_ID /Statement/4/Principal/AWS/0: Statement 4"
                        + " lets 'arn:aws:iam::111122223333:root'" + cross,
                "SECURITY_WARNING CROSS_ACCOUNT_TRUST_WITHOUT_EXTERNAL_ID /Statement/7/Principal/AWS: Statement 7 lets"
                        + " '111122223333'" + cross,
                "SECURITY_WARNING CROSS_ACCOUNT_TRUST_WITHOUT_EXTERNAL_ID /Statement/9/Principal/AWS: Statement 9 lets"
                        + " '111122223333'" + cross,
                "SECURITY_WARNING CROSS_ACCOUNT_TRUST_WITHOUT_EXTERNAL_ID /Statement/11/Principal/AWS: Statement 11"
                        + " lets '111122223333'" + cross,
                "SECURITY_WARNING CROSS_ACCOUNT_TRUST_WITHOUT_EXTERNAL_ID /Statement/14/Principal/AWS: Statement 14"
                        + " lets '111122223333'" + cross,
                "SECURITY_WARNING CROSS_ACCOUNT_TRUST_WITHOUT_EXTERNAL_ID /Statement/15/Principal/AWS: Statement 15"
                        + " lets '111122223333'" + cross,
                "SECURITY_WARNING CROSS_ACCOUNT_TRUST_WITHOUT_EXTERNAL_ID /Statement/17/Principal/AWS: Statement 17"
                        + " lets '111122223333'" + cross,
                "SECURITY_WARNING WEAK_EXTERNAL_ID_CONDITION /Statement/6/Condition/ForAnyValue:StringEquals/sts:ExternalId:"
                        + " The sts:ExternalId condition of statement 6 is weak: the operator ForAnyValue:StringEquals"
                        + " is meant for multivalued keys, and sts:ExternalId has one value; use StringEquals with the"
                        + " exact external id.",
                "SECURITY_WARNING WEAK_EXTERNAL_ID_CONDITION /Statement/8/Condition/StringEquals/sts:ExternalId: The"
                        + " sts:ExternalId condition of statement 8 is weak: the value \"ws-*\" holds a wildcard; use"
                        + " StringEquals with the exact external id.",
                "SECURITY_WARNING WEAK_EXTERNAL_ID_CONDITION /Statement/9/Condition/ForAllValues:StringEquals/sts:ExternalId:"
                        + " The sts:ExternalId condition of statement 9 is weak: the operator"
                        + " ForAllValues:StringEquals also passes when the caller sends no external id; use"
                        + " StringEquals with the exact external id.",
                "SECURITY_WARNING WEAK_EXTERNAL_ID_CONDITION /Statement/10/Condition/StringLike/sts:ExternalId: The"
                        + " sts:ExternalId condition of statement 10 is weak: the operator StringLike matches patterns"
                        + " rather than one exact value; use StringEquals with the exact external id.",
                "SECURITY_WARNING WEAK_EXTERNAL_ID_CONDITION /Statement/14/Condition/StringEqualsIfExists/sts:ExternalId:"
                        + " The sts:ExternalId condition of statement 14 is weak: the operator StringEqualsIfExists"
                        + " also passes when the caller sends no external id; use StringEquals with the exact external"
                        + " id.",
                "SECURITY_WARNING WEAK_EXTERNAL_ID_CONDITION /Statement/17/Condition/StringLike/sts:ExternalId: The"
                        + " sts:ExternalId condition of statement 17 is weak: the operator StringLike matches patterns"
                        + " rather than one exact value; use StringEquals with the exact external id."),
                lines(SECURITY, PolicyType.TRUST, json));
    }

    /**
     * @see <a href="https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_use_passrole.html">Passing a role to an
     *     AWS service</a>
     * @see <a href="https://docs.aws.amazon.com/IAM/latest/UserGuide/best-practices.html#grant-least-privilege">Apply
     *     least-privilege permissions</a>
     */
    @Test
    void privilegedAndScopableActionsOnWildcardResourcesNameTheActionResourceAndMissingCondition() {
        String json = "{\"Version\":\"2012-10-17\",\"Statement\":["
                + "{\"Effect\":\"Allow\",\"Action\":[\"iam:ListRoles\",\"iam:PassRole\"],\"Resource\":"
                + "[\"arn:aws:iam::123456789012:role/app\",\"arn:aws:iam::*:role/*\"]},"
                + "{\"Effect\":\"Allow\",\"Action\":\"iam:*\",\"Resource\":\"*\"},"
                + "{\"Effect\":\"Allow\",\"Action\":\"iam:CreateServiceLinkedRole\","
                + "\"Resource\":\"arn:aws:iam::*:role/aws-service-role/*\"},"
                + "{\"Effect\":\"Allow\",\"Action\":\"iam:PassRole\",\"Resource\":\"*\","
                + "\"Condition\":{\"StringEquals\":{\"iam:PassedToService\":\"ec2.amazonaws.com\"}}},"
                + "{\"Effect\":\"Allow\",\"Action\":\"iam:PassRole\",\"Resource\":\"*\","
                + "\"Condition\":{\"StringEquals\":{\"iam:PassedToService\":\"ec2.*\"}}},"
                + "{\"Effect\":\"Deny\",\"Action\":[\"iam:PassRole\",\"*\"],\"Resource\":\"*\"},"
                + "{\"Effect\":\"Allow\",\"Action\":\"iam:PassRole\",\"Resource\":\"arn:aws:iam::123456789012:role/a\"},"
                + "{\"Effect\":\"Allow\",\"Action\":[\"*\",\"s3:GetObject\",\"s3:PutObjectAcl\",\"s3:ListAllMyBuckets\","
                + "\"s3:Get*\"],\"Resource\":[\"arn:aws:s3:::b/*\",\"*\"]},"
                + "{\"Effect\":\"Allow\",\"Action\":\"s3:PutObject\",\"Resource\":\"*\","
                + "\"Condition\":{\"StringEquals\":{\"aws:ResourceAccount\":\"123456789012\"}}},"
                + "{\"Effect\":\"Allow\",\"Action\":\"iam:PassRole\",\"NotResource\":\"arn:aws:iam::*:role/admin\"}]}";
        String passRole = " without a iam:PassedToService condition, which is overly permissive: name the roles, or add"
                + " a iam:PassedToService condition.";
        assertEquals(List.of(
                "SECURITY_WARNING PASS_ROLE_WITH_STAR_IN_RESOURCE /Statement/0/Action/1: Statement 0 allows iam:PassRole"
                        + " on the resource 'arn:aws:iam::*:role/*'" + passRole,
                "SECURITY_WARNING PASS_ROLE_WITH_STAR_IN_RESOURCE /Statement/4/Action: Statement 4 allows iam:PassRole"
                        + " on the resource '*'" + passRole,
                "SECURITY_WARNING PASS_ROLE_WITH_STAR_IN_RESOURCE /Statement/9/Action: Statement 9 allows iam:PassRole"
                        + " on the resource 'arn:aws:iam::*:role/admin'" + passRole,
                "SECURITY_WARNING PASS_ROLE_WITH_STAR_IN_ACTION_AND_RESOURCE /Statement/1/Action: Statement 1 allows"
                        + " iam:PassRole through the wildcard action 'iam:*' on the resource '*'" + passRole,
                "SECURITY_WARNING PASS_ROLE_WITH_STAR_IN_ACTION_AND_RESOURCE /Statement/7/Action/0: Statement 7 allows"
                        + " iam:PassRole through the wildcard action '*' on the resource '*'" + passRole,
                "WARNING CREATE_SLR_WITH_STAR_IN_RESOURCE /Statement/2/Action: Statement 2 allows"
                        + " iam:CreateServiceLinkedRole on the resource 'arn:aws:iam::*:role/aws-service-role/*' without"
                        + " a iam:AWSServiceName condition, which is overly permissive: name the roles, or add a"
                        + " iam:AWSServiceName condition.",
                "WARNING CREATE_SLR_WITH_STAR_IN_ACTION_AND_RESOURCE /Statement/1/Action: Statement 1 allows"
                        + " iam:CreateServiceLinkedRole through the wildcard action 'iam:*' on the resource '*' without"
                        + " a iam:AWSServiceName condition, which is overly permissive: name the roles, or add a"
                        + " iam:AWSServiceName condition.",
                "WARNING CREATE_SLR_WITH_STAR_IN_ACTION_AND_RESOURCE /Statement/7/Action/0: Statement 7 allows"
                        + " iam:CreateServiceLinkedRole through the wildcard action '*' on the resource '*' without a"
                        + " iam:AWSServiceName condition, which is overly permissive: name the roles, or add a"
                        + " iam:AWSServiceName condition.",
                "SECURITY_WARNING WRITE_ACTION_ON_ALL_RESOURCES /Statement/1/Action: Statement 1 allows 'iam:*' (Write"
                        + " access) on all resources (\"*\") without a condition, though the action can be limited to"
                        + " named resources: list the resource ARNs it needs.",
                "SECURITY_WARNING WRITE_ACTION_ON_ALL_RESOURCES /Statement/7/Action/0: Statement 7 allows '*' (all"
                        + " access) on all resources (\"*\") without a condition, though the action can be limited to"
                        + " named resources: list the resource ARNs it needs.",
                "SECURITY_WARNING WRITE_ACTION_ON_ALL_RESOURCES /Statement/7/Action/2: Statement 7 allows"
                        + " 's3:PutObjectAcl' (Permissions management access) on all resources (\"*\") without a"
                        + " condition, though the action can be limited to named resources: list the resource ARNs it"
                        + " needs.",
                "WARNING READ_ACTION_ON_ALL_RESOURCES /Statement/7/Action/1: Statement 7 allows 's3:GetObject' (Read"
                        + " access) on all resources (\"*\") without a condition, though the action can be limited to"
                        + " named resources: list the resource ARNs it needs.",
                "WARNING READ_ACTION_ON_ALL_RESOURCES /Statement/7/Action/4: Statement 7 allows 's3:Get*' (Read"
                        + " access) on all resources (\"*\") without a condition, though the action can be limited to"
                        + " named resources: list the resource ARNs it needs."),
                lines(SECURITY, PolicyType.IDENTITY, json));
    }

    /** Every clause on sts:ExternalId is judged, among clauses on other keys. */
    @Test
    void eachExternalIdClauseOfAStatementIsJudged() {
        assertEquals(List.of("SECURITY_WARNING WEAK_EXTERNAL_ID_CONDITION /Statement/0/Condition/StringLike/sts:ExternalId:"
                + " The sts:ExternalId condition of statement 0 is weak: the operator StringLike matches patterns rather"
                + " than one exact value; use StringEquals with the exact external id."),
                lines(SECURITY, PolicyType.TRUST, "{\"Version\":\"2012-10-17\",\"Statement\":[" + trust(
                        "{\"AWS\":\"111122223333\"}", "sts:AssumeRole", "{\"StringEquals\":{\"sts:ExternalId\":\"abc\","
                                + "\"aws:PrincipalAccount\":\"111122223333\"},\"StringLike\":{\"sts:ExternalId\":\"abc\"}}")
                        + "]}"));
    }
}
