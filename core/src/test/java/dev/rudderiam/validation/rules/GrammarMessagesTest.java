package dev.rudderiam.validation.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.rudderiam.validation.PolicyType;
import dev.rudderiam.validation.RuleSet;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The grammar rules' findings as a user reads them: severity, code, JSON pointer and the whole message, which names
 * the statement, the value and the rule broken. Each rule is shown just inside and just outside what IAM's grammar
 * allows.
 *
 * @see <a href="https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_grammar.html">IAM JSON policy
 *     element grammar</a>
 * @see <a href="https://docs.aws.amazon.com/IAM/latest/UserGuide/access-analyzer-reference-policy-checks.html">Access
 *     Analyzer policy check reference</a>
 */
class GrammarMessagesTest {
    private static final RuleSet GRAMMAR = RuleSets.grammar();
    private static final PolicyType IDENTITY = PolicyType.IDENTITY;
    private static final PolicyType TRUST = PolicyType.TRUST;

    /** {@return the findings as "SEVERITY CODE path: message" lines} */
    static List<String> lines(RuleSet set, PolicyType type, String json) {
        return Check.findings(set, type, json).stream()
                .map(f -> f.severity() + " " + f.code() + " " + f.path() + ": " + f.message())
                .collect(Collectors.toList());
    }

    private static String identity(String statements) {
        return "{\"Version\":\"2012-10-17\",\"Statement\":[" + statements + "]}";
    }

    @Test
    void versionIsMissingOrUnknownAndBothLanguageVersionsAreAccepted() {
        assertEquals(List.of("WARNING MISSING_VERSION : The policy has no Version, so IAM reads it as 2008-10-17,"
                + " without policy variables: add \"Version\": \"2012-10-17\"."), lines(GRAMMAR, IDENTITY,
                "{\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"s3:GetObject\",\"Resource\":\"*\"}]}"));
        assertEquals(List.of("ERROR INVALID_VERSION /Version: Version '2012-10-18' is not a policy language version:"
                + " use 2012-10-17."), lines(GRAMMAR, IDENTITY, "{\"Version\":\"2012-10-18\",\"Statement\":[{\"Effect\":"
                + "\"Allow\",\"Action\":\"s3:GetObject\",\"Resource\":\"*\"}]}"));
        for (String version : List.of("2012-10-17", "2008-10-17")) {
            assertEquals(List.of(), lines(GRAMMAR, IDENTITY, "{\"Version\":\"" + version + "\",\"Statement\":["
                    + "{\"Effect\":\"Allow\",\"Action\":\"s3:GetObject\",\"Resource\":\"*\"}]}"), version);
        }
        assertEquals(List.of("ERROR MISSING_STATEMENT /Statement: The policy has no statement: add at least one"
                + " statement."), lines(GRAMMAR, IDENTITY, identity("")));
    }

    /**
     * A Sid holds A-Z, a-z and 0-9: the characters just before and after each range in ASCII are refused.
     *
     * @see <a href="https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_sid.html">Sid</a>
     */
    @Test
    void sidCharactersAreCheckedAtEachEndOfEachRange() {
        assertEquals(List.of(), lines(GRAMMAR, IDENTITY, identity(
                "{\"Sid\":\"azAZ09\",\"Effect\":\"Allow\",\"Action\":\"s3:GetObject\",\"Resource\":\"*\"}")));
        for (String bad : List.of("`", "{", "@", "[", "/", ":")) {
            assertEquals(List.of("ERROR UNSUPPORTED_SID /Statement/0/Sid: Sid 'a" + bad + "' is not supported: an"
                    + " IAM policy Sid holds only the characters A-Z, a-z and 0-9."), lines(GRAMMAR, IDENTITY,
                    identity("{\"Sid\":\"a" + bad + "\",\"Effect\":\"Allow\",\"Action\":\"s3:GetObject\","
                            + "\"Resource\":\"*\"}")), bad);
        }
    }

    @Test
    void aSidRepeatedInTwoStatementsIsNamedWithTheFirstOneAndEmptySidsNeverRepeat() {
        String statement = "{\"Sid\":\"%s\",\"Effect\":\"Allow\",\"Action\":\"s3:GetObject\",\"Resource\":\"*\"}";
        assertEquals(List.of("ERROR UNIQUE_SIDS_REQUIRED /Statement/1/Sid: Sid 'A1' of statement 1 repeats the Sid"
                + " of statement 0: statement ids are unique within a policy."), lines(GRAMMAR, IDENTITY,
                identity(String.format(statement, "A1") + "," + String.format(statement, "A1"))));
        assertEquals(List.of(), lines(GRAMMAR, IDENTITY,
                identity(String.format(statement, "") + "," + String.format(statement, ""))));
        assertEquals(List.of(), lines(GRAMMAR, IDENTITY,
                identity(String.format(statement, "A1") + "," + String.format(statement, "a1"))));
    }

    @Test
    void identityStatementsNameWhatTheyLack() {
        assertEquals(List.of(
                "ERROR MISSING_ACTION /Statement/0: Statement 0 has no action: add an Action or NotAction element with"
                        + " at least one action.",
                "ERROR MISSING_RESOURCE /Statement/1: Statement 1 has no resource: an identity policy statement needs"
                        + " a Resource or NotResource element with at least one resource.",
                "ERROR UNSUPPORTED_PRINCIPAL /Statement/2/Principal: Statement 2 has a Principal element, which an"
                        + " identity policy does not support: remove it.",
                "ERROR UNSUPPORTED_PRINCIPAL /Statement/3/NotPrincipal: Statement 3 has a NotPrincipal element, which"
                        + " an identity policy does not support: remove it."),
                lines(GRAMMAR, IDENTITY, identity("{\"Effect\":\"Allow\",\"Resource\":\"*\"},"
                        + "{\"Effect\":\"Allow\",\"Action\":\"s3:GetObject\"},"
                        + "{\"Effect\":\"Allow\",\"Principal\":{\"AWS\":\"123456789012\"},\"Action\":\"s3:GetObject\","
                        + "\"Resource\":\"*\"},"
                        + "{\"Effect\":\"Deny\",\"NotPrincipal\":{\"AWS\":\"123456789012\"},\"Action\":\"s3:GetObject\","
                        + "\"Resource\":\"*\"}")));
        assertEquals(List.of(), lines(GRAMMAR, IDENTITY, identity(
                "{\"Effect\":\"Allow\",\"NotAction\":\"s3:GetObject\",\"NotResource\":\"arn:aws:s3:::b/*\"}")));
    }

    @Test
    void trustStatementsNameWhatTheyLackOrMustNotHave() {
        assertEquals(List.of(
                "ERROR MISSING_PRINCIPAL /Statement/0: Statement 0 has no Principal: a role trust policy statement"
                        + " names who may assume the role.",
                "ERROR ROLE_TRUST_POLICY_SYNTAX_ERROR_NOTPRINCIPAL /Statement/1/NotPrincipal: Statement 1 uses"
                        + " NotPrincipal, which a role trust policy does not support: name the principals in"
                        + " Principal.",
                "ERROR ROLE_TRUST_POLICY_SYNTAX_ERROR_RESOURCE /Statement/0/Resource: Statement 0 has a Resource"
                        + " element, which a role trust policy does not support: the resource is the role itself;"
                        + " remove it.",
                "ERROR ROLE_TRUST_POLICY_SYNTAX_ERROR_RESOURCE /Statement/1/NotResource: Statement 1 has a NotResource"
                        + " element, which a role trust policy does not support: the resource is the role itself;"
                        + " remove it."),
                lines(GRAMMAR, TRUST, identity("{\"Effect\":\"Allow\",\"Action\":\"sts:AssumeRole\",\"Resource\":\"*\"},"
                        + "{\"Effect\":\"Deny\",\"NotPrincipal\":{\"AWS\":\"123456789012\"},\"Action\":\"sts:AssumeRole\","
                        + "\"NotResource\":\"*\"}")));
    }

    /** @see <a href="https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_principal.html">Principal</a> */
    @Test
    void wildcardPrincipalsOfATrustPolicySayHowTheyWereWritten() {
        assertEquals(List.of(
                "ERROR ROLE_TRUST_POLICY_UNSUPPORTED_WILDCARD_IN_PRINCIPAL /Statement/0/Principal: Statement 0 uses"
                        + " \"Principal\": \"*\", which a role trust policy does not support: name the trusted"
                        + " principal.",
                "ERROR ROLE_TRUST_POLICY_UNSUPPORTED_WILDCARD_IN_PRINCIPAL /Statement/1/Principal/Federated: Statement"
                        + " 1 uses \"Federated\": \"*\", which a role trust policy does not support: name the trusted"
                        + " principal."),
                lines(GRAMMAR, TRUST, identity("{\"Effect\":\"Allow\",\"Principal\":\"*\",\"Action\":\"sts:AssumeRole\"},"
                        + "{\"Effect\":\"Allow\",\"Principal\":{\"Federated\":\"*\"},\"Action\":\"sts:AssumeRole\"},"
                        + "{\"Effect\":\"Allow\",\"Principal\":{\"AWS\":\"*\"},\"Action\":\"sts:AssumeRole\"}")));
    }

    @Test
    void anUnknownPrincipalKeyIsNamedOnceHoweverManyValuesItHas() {
        assertEquals(List.of(
                "ERROR INVALID_PRINCIPAL_KEY /Statement/0/Principal/Users/0: Principal key 'Users' in statement 0 is"
                        + " not valid: use AWS, Service, Federated or CanonicalUser.",
                "ERROR INVALID_PRINCIPAL_KEY /Statement/0/Principal/Groups: Principal key 'Groups' in statement 0 is"
                        + " not valid: use AWS, Service, Federated or CanonicalUser."),
                lines(GRAMMAR, TRUST, identity("{\"Effect\":\"Allow\",\"Action\":\"sts:AssumeRole\",\"Principal\":"
                        + "{\"Users\":[\"a\",\"b\"],\"Groups\":\"g\"}}")));
    }

    /**
     * Each principal type's form, one valid and one invalid value of each.
     *
     * @see <a href="https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_principal.html">Principal</a>
     */
    @Test
    void principalFormatsAreCheckedPerTypeWithAMessageNamingTheForm() {
        String valid = identity("{\"Effect\":\"Allow\",\"Action\":\"sts:AssumeRole\",\"Principal\":{"
                + "\"AWS\":[\"123456789012\",\"arn:aws:iam::123456789012:root\","
                + "\"arn:aws:sts::123456789012:assumed-role/r/s\"],"
                + "\"Service\":[\"lambda.amazonaws.com\",\"ec2.amazonaws.com.cn\",\"a.b.amazonaws.com\"],"
                + "\"Federated\":[\"cognito-identity.amazonaws.com\",\"arn:aws:iam::123456789012:saml-provider/okta\","
                + "\"arn:aws:iam::123456789012:oidc-provider/token.actions.githubusercontent.com\"],"
                + "\"CanonicalUser\":\"" + "0123456789abcdef".repeat(4) + "\"}}");
        assertEquals(List.of(), lines(GRAMMAR, TRUST, valid));
        String invalid = identity("{\"Effect\":\"Allow\",\"Action\":\"sts:AssumeRole\",\"Principal\":{"
                + "\"AWS\":[\"12345678901\",\"arn:aws:s3:::bucket\",\"arn:aws:iam::12345678901:root\","
                + "\"arn:aws:sts::1234567890123:assumed-role/r/s\"],"
                + "\"Service\":[\"lambda\",\"lambda.amazonaws.org\"],"
                + "\"Federated\":[\"cognito\",\"arn:aws:iam::123456789012:role/x\","
                + "\"arn:aws:s3::123456789012:saml-provider/okta\",\"arn:aws:iam::12345678901:oidc-provider/x\"],"
                + "\"CanonicalUser\":\"" + "0123456789abcdef".repeat(4).substring(1) + "\"}}");
        String aws = "is not valid: an AWS principal is a 12-digit account id or an IAM or STS ARN such as"
                + " arn:aws:iam::123456789012:root.";
        String service = "is not valid: a service principal is a service host name such as lambda.amazonaws.com.";
        String federated = "is not valid: a federated principal is an IAM SAML or OIDC provider ARN or a provider"
                + " host name such as cognito-identity.amazonaws.com.";
        assertEquals(List.of(
                "ERROR INVALID_PRINCIPAL_FORMAT /Statement/0/Principal/AWS/0: Principal '12345678901' of type AWS in"
                        + " statement 0 " + aws,
                "ERROR INVALID_PRINCIPAL_FORMAT /Statement/0/Principal/AWS/1: Principal 'arn:aws:s3:::bucket' of type"
                        + " AWS in statement 0 " + aws,
                "ERROR INVALID_PRINCIPAL_FORMAT /Statement/0/Principal/AWS/2: Principal"
                        + " 'arn:aws:iam::12345678901:root' of type AWS in statement 0 " + aws,
                "ERROR INVALID_PRINCIPAL_FORMAT /Statement/0/Principal/AWS/3: Principal"
                        + " 'arn:aws:sts::1234567890123:assumed-role/r/s' of type AWS in statement 0 " + aws,
                "ERROR INVALID_PRINCIPAL_FORMAT /Statement/0/Principal/Service/0: Principal 'lambda' of type Service"
                        + " in statement 0 " + service,
                "ERROR INVALID_PRINCIPAL_FORMAT /Statement/0/Principal/Service/1: Principal 'lambda.amazonaws.org' of"
                        + " type Service in statement 0 " + service,
                "ERROR INVALID_PRINCIPAL_FORMAT /Statement/0/Principal/Federated/0: Principal 'cognito' of type"
                        + " Federated in statement 0 " + federated,
                "ERROR INVALID_PRINCIPAL_FORMAT /Statement/0/Principal/Federated/1: Principal"
                        + " 'arn:aws:iam::123456789012:role/x' of type Federated in statement 0 " + federated,
                "ERROR INVALID_PRINCIPAL_FORMAT /Statement/0/Principal/Federated/2: Principal"
                        + " 'arn:aws:s3::123456789012:saml-provider/okta' of type Federated in statement 0 " + federated,
                "ERROR INVALID_PRINCIPAL_FORMAT /Statement/0/Principal/Federated/3: Principal"
                        + " 'arn:aws:iam::12345678901:oidc-provider/x' of type Federated in statement 0 " + federated,
                "ERROR INVALID_PRINCIPAL_FORMAT /Statement/0/Principal/CanonicalUser: Principal '"
                        + "0123456789abcdef".repeat(4).substring(1) + "' of type CanonicalUser in statement 0 is not"
                        + " valid: a canonical user id is 64 hexadecimal digits."),
                Check.findings(GRAMMAR, TRUST, invalid).stream().filter(f -> f.code().equals("INVALID_PRINCIPAL_FORMAT"))
                        .map(f -> f.severity() + " " + f.code() + " " + f.path() + ": " + f.message())
                        .collect(Collectors.toList()));
    }

    /** A principal ARN with a wildcard is one rule's finding only, whatever else is wrong with it. */
    @Test
    void aPrincipalArnWithAWildcardIsLeftToItsOwnRule() {
        assertEquals(List.of("UNSUPPORTED_WILDCARD_IN_PRINCIPAL /Statement/0/Principal/AWS"),
                Check.findings(GRAMMAR, TRUST, identity("{\"Effect\":\"Allow\",\"Action\":\"sts:AssumeRole\","
                        + "\"Principal\":{\"AWS\":\"arn:aws:s3:::bucket*\"}}")).stream()
                        .map(f -> f.code() + " " + f.path()).collect(Collectors.toList()));
    }

    /** An account id is 12 digits: 12 characters of which one is not a digit is no account id. */
    @Test
    void twelveCharactersThatAreNotAllDigitsAreNoAccountId() {
        assertEquals(List.of(
                "INVALID_PRINCIPAL_FORMAT /Statement/0/Principal/AWS/0",
                "INVALID_PRINCIPAL_FORMAT /Statement/0/Principal/AWS/1",
                "INVALID_PRINCIPAL_FORMAT /Statement/0/Principal/AWS/2"),
                Check.findings(GRAMMAR, TRUST, identity("{\"Effect\":\"Allow\",\"Action\":\"sts:AssumeRole\","
                        + "\"Principal\":{\"AWS\":[\"12345678901a\",\"/12345678901\",\"01234567890:\","
                        + "\"012345678909\"]}}")).stream().map(f -> f.code() + " " + f.path())
                        .collect(Collectors.toList()));
        assertEquals(List.of("INVALID_ARN_ACCOUNT /Statement/0/Resource"), Check.findings(GRAMMAR, IDENTITY,
                identity("{\"Effect\":\"Allow\",\"Action\":\"s3:GetObject\","
                        + "\"Resource\":\"arn:aws:iam::12345678901a:role/x\"}")).stream()
                        .map(f -> f.code() + " " + f.path()).collect(Collectors.toList()));
    }

    @Test
    void principalArnsWithWildcardsAreNamedByTheirOwnRule() {
        assertEquals(List.of("ERROR UNSUPPORTED_WILDCARD_IN_PRINCIPAL /Statement/0/Principal/AWS: Principal"
                + " 'arn:aws:iam::123456789012:role/app-?' in statement 0 has a wildcard, which principal ARNs do not"
                + " support: use \"*\" with an aws:PrincipalArn condition instead."),
                lines(GRAMMAR, TRUST, identity("{\"Effect\":\"Allow\",\"Action\":\"sts:AssumeRole\",\"Principal\":"
                        + "{\"AWS\":\"arn:aws:iam::123456789012:role/app-?\"}}")));
    }

    /** @see <a href="https://docs.aws.amazon.com/IAM/latest/UserGuide/reference-arns.html">IAM identifiers: ARNs</a> */
    @Test
    void resourceArnsNameTheFieldThatIsWrong() {
        assertEquals(List.of(
                "ERROR INVALID_ARN_PREFIX /Statement/0/Resource/0: Resource 'bucket/key' in statement 0 is not an ARN:"
                        + " a resource is \"*\" or starts with the prefix arn:.",
                "ERROR MISSING_ARN_FIELD /Statement/0/Resource/1: Resource 'arn:aws:s3::' in statement 0 lacks ARN"
                        + " fields: an ARN is arn:partition:service:region:account-id:resource.",
                "ERROR INVALID_ARN_ACCOUNT /Statement/0/Resource/3: Account '1234567890123' of resource"
                        + " 'arn:aws:iam::1234567890123:role/x' in statement 0 is not valid: an AWS account id is"
                        + " exactly 12 digits.",
                "ERROR INVALID_PARTITION /Statement/0/Resource/4: Partition 'awz' of 'arn:awz:s3:::bucket' in"
                        + " statement 0 is not an AWS partition: use aws, aws-cn or aws-us-gov."),
                lines(GRAMMAR, IDENTITY, identity("{\"Effect\":\"Allow\",\"Action\":\"s3:GetObject\",\"Resource\":["
                        + "\"bucket/key\",\"arn:aws:s3::\",\"arn:aws:s3:::\",\"arn:aws:iam::1234567890123:role/x\","
                        + "\"arn:awz:s3:::bucket\",\"arn:aws-cn:s3:::bucket\",\"arn:aws-us-gov:s3:::bucket\","
                        + "\"arn:aws:iam::${aws:PrincipalAccount}:role/x\",\"arn:aws:iam::*:role/x\","
                        + "\"arn:${aws:partition}:s3:::bucket\",\"arn:aws*:s3:::bucket\","
                        + "\"arn:aws:iam::aws:policy/ReadOnlyAccess\",\"*\"]}")));
    }

    @Test
    void principalArnsInAnUnknownPartitionAreNamed() {
        assertEquals(List.of("ERROR INVALID_PARTITION /Statement/0/Principal/AWS/0: Partition 'awz' of"
                + " 'arn:awz:iam::123456789012:root' in statement 0 is not an AWS partition: use aws, aws-cn or"
                + " aws-us-gov."), Check.findings(GRAMMAR, TRUST, identity("{\"Effect\":\"Allow\",\"Action\":"
                + "\"sts:AssumeRole\",\"Principal\":{\"AWS\":[\"arn:awz:iam::123456789012:root\","
                + "\"arn:aws-cn:iam::123456789012:root\"]}}")).stream().filter(f -> f.code().equals("INVALID_PARTITION"))
                .map(f -> f.severity() + " " + f.code() + " " + f.path() + ": " + f.message()).collect(Collectors.toList()));
    }

    /** @see <a href="https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition_operators.html">Condition operators</a> */
    @Test
    void conditionOperatorsAndValuesAreNamedWithTheirStatement() {
        assertEquals(List.of(
                "ERROR INVALID_CONDITION_OPERATOR /Statement/0/Condition/StringEqualsMaybe: Condition operator"
                        + " 'StringEqualsMaybe' in statement 0 is not an IAM condition operator such as StringEquals,"
                        + " ArnLike or ForAnyValue:StringLike.",
                "ERROR NULL_WITH_IF_EXISTS /Statement/0/Condition/NullIfExists: Condition operator 'NullIfExists' in"
                        + " statement 0 is not valid: the Null operator cannot have the IfExists suffix.",
                "WARNING CONDITION_VALUE_TYPE_MISMATCH /Statement/0/Condition/NullIfExists/aws:TagKeys: Value \"maybe\""
                        + " of aws:TagKeys under NullIfExists in statement 0 is not true or false.",
                "WARNING CONDITION_VALUE_TYPE_MISMATCH /Statement/0/Condition/Bool/aws:SecureTransport: Value \"yes\" of"
                        + " aws:SecureTransport under Bool in statement 0 is not true or false.",
                "WARNING CONDITION_VALUE_TYPE_MISMATCH /Statement/0/Condition/NumericLessThan/s3:max-keys: Value"
                        + " \"ten\" of s3:max-keys under NumericLessThan in statement 0 is not a number.",
                "WARNING CONDITION_VALUE_TYPE_MISMATCH /Statement/0/Condition/DateGreaterThan/aws:CurrentTime: Value"
                        + " \"2020-01-01 00:00\" of aws:CurrentTime under DateGreaterThan in statement 0 is not an ISO"
                        + " 8601 date or epoch seconds.",
                "ERROR TYPE_MISMATCH_IP_RANGE /Statement/0/Condition/IpAddress/aws:SourceIp: Value \"10.0.0.0/33\" of"
                        + " aws:SourceIp under IpAddress in statement 0 is not an IP address or CIDR block (such as"
                        + " 203.0.113.0/24 or 2001:DB8:1234:5678::/64); IAM refuses it."),
                lines(GRAMMAR, IDENTITY, identity("{\"Effect\":\"Allow\",\"Action\":\"s3:GetObject\",\"Resource\":\"*\","
                        + "\"Condition\":{\"StringEqualsMaybe\":{\"aws:username\":\"a\"},"
                        + "\"NullIfExists\":{\"aws:TagKeys\":[\"true\",\"maybe\",\"also\"]},"
                        + "\"Bool\":{\"aws:SecureTransport\":\"yes\"},\"NumericLessThan\":{\"s3:max-keys\":\"ten\"},"
                        + "\"DateGreaterThan\":{\"aws:CurrentTime\":\"2020-01-01 00:00\"},"
                        + "\"IpAddress\":{\"aws:SourceIp\":\"10.0.0.0/33\"}}}")));
    }

    /** Values each operator family takes, policy variables left for the request to fill. */
    @Test
    void conditionValuesOfEachFormAreAccepted() {
        assertEquals(List.of(), lines(GRAMMAR, IDENTITY, identity("{\"Effect\":\"Allow\",\"Action\":\"s3:GetObject\","
                + "\"Resource\":\"*\",\"Condition\":{\"Bool\":{\"aws:SecureTransport\":[\"TRUE\",\"false\"]},"
                + "\"Null\":{\"aws:TagKeys\":\"False\"},"
                + "\"NumericLessThan\":{\"s3:max-keys\":[\"-1.5e3\",\"10\",\"${s3:prefix}\"]},"
                + "\"DateGreaterThan\":{\"aws:CurrentTime\":[\"2020-01-01\",\"2020-01-01T10:00\","
                + "\"2020-01-01T10:00:00.5+02:00\",\"1585699200\",\"${aws:TokenIssueTime}\"]},"
                + "\"StringEquals\":{\"aws:username\":\"anything\"},"
                + "\"IpAddress\":{\"aws:SourceIp\":[\"203.0.113.7\",\"2001:DB8:1234:5678::/64\"]}}}")));
    }
}
