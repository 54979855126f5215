package dev.rudderiam.validation.rules;

import static dev.rudderiam.validation.rules.GrammarMessagesTest.lines;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.rudderiam.json.PolicyJson;
import dev.rudderiam.reference.ActionInfo;
import dev.rudderiam.reference.ServiceInfo;
import dev.rudderiam.reference.ServiceReference;
import dev.rudderiam.validation.PolicyType;
import dev.rudderiam.validation.RuleSet;
import dev.rudderiam.validation.Validator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The service reference rules' findings as a user reads them: which action, key or resource, in which statement,
 * and what the Service Authorization Reference says about it (facts of {@link TestReference}).
 *
 * @see <a href="https://docs.aws.amazon.com/service-authorization/latest/reference/reference_policies_actions-resources-contextkeys.html">Actions,
 *     resources, and condition keys for AWS services</a>
 */
class ServiceReferenceMessagesTest {
    private static final RuleSet REFERENCE = RuleSets.serviceReference(TestReference.INSTANCE);
    private static final PolicyType IDENTITY = PolicyType.IDENTITY;

    private static String document(String... statements) {
        return "{\"Version\":\"2012-10-17\",\"Statement\":[" + String.join(",", statements) + "]}";
    }

    private static List<String> lines(String json, String code) {
        return GrammarMessagesTest.lines(REFERENCE, IDENTITY, json).stream()
                .filter(l -> l.split(" ")[1].equals(code)).collect(Collectors.toList());
    }

    @Test
    void actionsNameTheirServiceOrTheMissingAction() {
        String json = document("{\"Effect\":\"Allow\",\"Resource\":\"*\",\"Action\":[\"s3:GetObjekt\",\"s3:Delete*\","
                + "\"deeplens:*\",\"s3GetObject\",\"s3:\",\":x\",\"nosuch:Thing\"]}",
                "{\"Effect\":\"Allow\",\"Resource\":\"*\",\"Action\":\"*:Get*\"}",
                "{\"Effect\":\"Allow\",\"Resource\":\"*\",\"Action\":\"*\"}",
                "{\"Effect\":\"Deny\",\"Resource\":\"*\",\"NotAction\":[\"nosuch:Thing\",\"s3:Nothing\"]}",
                "{\"Effect\":\"Allow\",\"Resource\":\"*\",\"Action\":\"s3:get*\"}");
        String shape = " is not valid: an action is \"*\" or service:ActionName, such as s3:GetObject.";
        assertEquals(List.of(
                "ERROR INVALID_SERVICE_IN_ACTION /Statement/0/Action/2: The service 'deeplens' of action 'deeplens:*'"
                        + " in statement 0 does not exist: check the service prefix.",
                "ERROR INVALID_SERVICE_IN_ACTION /Statement/0/Action/6: The service 'nosuch' of action 'nosuch:Thing'"
                        + " in statement 0 does not exist: check the service prefix.",
                "ERROR INVALID_SERVICE_IN_ACTION /Statement/3/NotAction/0: The service 'nosuch' of action"
                        + " 'nosuch:Thing' in statement 3 does not exist: check the service prefix.",
                "ERROR INVALID_ACTION /Statement/0/Action/0: The action 's3:GetObjekt' in statement 0 does not exist:"
                        + " it is not an action of service s3 in the service reference.",
                "ERROR INVALID_ACTION /Statement/0/Action/1: The action 's3:Delete*' in statement 0 does not exist:"
                        + " the pattern matches no action of service s3 in the service reference.",
                "ERROR INVALID_ACTION /Statement/0/Action/3: Action 's3GetObject' in statement 0" + shape,
                "ERROR INVALID_ACTION /Statement/0/Action/4: Action 's3:' in statement 0" + shape,
                "ERROR INVALID_ACTION /Statement/0/Action/5: Action ':x' in statement 0" + shape,
                "ERROR INVALID_ACTION /Statement/3/NotAction/1: The action 's3:Nothing' in statement 3 does not exist:"
                        + " it is not an action of service s3 in the service reference."),
                GrammarMessagesTest.lines(REFERENCE, IDENTITY, json));
    }

    /**
     * An action acting on resource types needs a resource of one of their ARN formats; one acting on none needs
     * {@code "*"}.
     */
    @Test
    void actionsThatNoResourceOfTheirStatementCanMatchNameTheirArnFormats() {
        String json = document("{\"Effect\":\"Allow\",\"Action\":[\"s3:PutObject\",\"s3:ListBucket\","
                + "\"s3:ListAllMyBuckets\",\"s3:Put*\",\"s3:NoSuch\",\"iam:PassRole\"],"
                + "\"Resource\":[\"arn:aws:s3:::my-bucket\",\"arn:aws:iam::123456789012:user/u\"]}",
                "{\"Effect\":\"Deny\",\"Action\":\"s3:PutObject\",\"Resource\":\"arn:aws:s3:::my-bucket\"}",
                "{\"Effect\":\"Allow\",\"Action\":\"s3:PutObject\",\"NotResource\":\"arn:aws:s3:::my-bucket\"}",
                "{\"Effect\":\"Allow\",\"Action\":[\"s3:PutObject\",\"s3:ListAllMyBuckets\"],"
                + "\"Resource\":[\"arn:aws:s3:::my-bucket\",\"*\"]}",
                "{\"Effect\":\"Allow\",\"Action\":[\"s3:PutObject\",\"s3:GetObject\",\"s3:ListBucket\"],"
                + "\"Resource\":[\"arn:aws:s3:::my-bucket\",\"arn:aws:s3:::my-bucket/*\"]}");
        assertEquals(List.of(
                "ERROR ACTION_RESOURCE_MISMATCH /Statement/0/Action/0: The action 's3:PutObject' in statement 0 acts on"
                        + " [arn:${Partition}:s3:::${BucketName}/${ObjectName}] and none of the statement's resources"
                        + " matches those ARN formats, so the statement does not grant it.",
                "ERROR ACTION_RESOURCE_MISMATCH /Statement/0/Action/5: The action 'iam:PassRole' in statement 0 acts on"
                        + " [arn:${Partition}:iam::${Account}:role/${RoleNameWithPath}] and none of the statement's"
                        + " resources matches those ARN formats, so the statement does not grant it."),
                lines(json, "ACTION_RESOURCE_MISMATCH"));
        assertEquals(List.of("WARNING ACTION_NEEDS_ALL_RESOURCES /Statement/0/Action/2: The action"
                + " 's3:ListAllMyBuckets' in statement 0 supports no resource-level permissions, so it needs"
                + " \"Resource\": \"*\": none of the statement's resources can match it."),
                lines(json, "ACTION_NEEDS_ALL_RESOURCES"));
    }

    /** @see <a href="https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-keys.html">AWS global condition context keys</a> */
    @Test
    void conditionKeysNameTheKeyTheOperatorAndTheStatement() {
        String json = document("{\"Effect\":\"Allow\",\"Action\":\"events:PutRule\",\"Resource\":\"*\",\"Condition\":{"
                + "\"StringEquals\":{\"events:source\":\"aws.s3\",\"s3:nosuchkey\":\"x\",\"aws:NoSuchGlobal\":\"x\","
                + "\"aws:ViaAWSService\":\"true\",\"secretsmanager:ResourceTag/team\":\"a\","
                + "\"accounts.google.com:aud\":\"x\",\"nocolon\":\"x\",\"aws:ResourceTag/team\":\"a\"},"
                + "\"StringLike\":{\"s3:DataAccessPointArn\":\"arn:aws:s3:*\",\"S3:NoSuchKey\":\"x\","
                + "\"AWS:NOSUCHGLOBAL\":\"y\",\"aws:SourceArn\":\"arn:*\"},"
                + "\"StringNotLike\":{\"aws:PrincipalArn\":\"arn:*\"},"
                + "\"ArnLike\":{\"aws:SourceArn\":\"arn:*\"},"
                + "\"ForAnyValue:StringEquals\":{\"events:source\":\"aws.s3\"},"
                + "\"ForAllValues:StringLike\":{\"aws:TagKeys\":\"a*\"},"
                + "\"Null\":{\"events:source\":\"true\",\"aws:SourceIp\":\"true\"},"
                + "\"Bool\":{\"aws:SourceIp\":\"true\",\"aws:SecureTransport\":\"true\"},"
                + "\"DateGreaterThan\":{\"aws:MultiFactorAuthAge\":\"1\",\"aws:CurrentTime\":\"2020-01-01\"},"
                + "\"NumericLessThan\":{\"aws:CurrentTime\":\"1\",\"aws:MultiFactorAuthAge\":\"10\"},"
                + "\"IpAddress\":{\"aws:SourceIp\":\"10.0.0.0/8\",\"aws:TokenIssueTime\":\"10.0.0.0/8\"},"
                + "\"StringEqualsMaybe\":{\"aws:SourceIp\":\"x\",\"events:source\":\"x\"}}}");
        assertEquals(List.of(
                "ERROR INVALID_GLOBAL_CONDITION_KEY /Statement/0/Condition/StringEquals/aws:NoSuchGlobal: The global"
                        + " condition key aws:NoSuchGlobal in statement 0 does not exist: use a key listed among AWS"
                        + " global condition context keys.",
                "ERROR INVALID_SERVICE_CONDITION_KEY /Statement/0/Condition/StringEquals/s3:nosuchkey: The condition key"
                        + " s3:nosuchkey in statement 0 does not exist in the service s3: use a valid condition key.",
                "ERROR MISSING_QUALIFIER /Statement/0/Condition/StringEquals/events:source: The request context key"
                        + " events:source has multiple values: use the ForAllValues or ForAnyValue qualifier with"
                        + " StringEquals (statement 0).",
                "WARNING TYPE_MISMATCH /Statement/0/Condition/StringEquals/aws:ViaAWSService: Use an operator of type"
                        + " Bool instead of StringEquals for the condition key aws:ViaAWSService (statement 0).",
                "WARNING TYPE_MISMATCH /Statement/0/Condition/Bool/aws:SourceIp: Use an operator of type IPAddress"
                        + " instead of Bool for the condition key aws:SourceIp (statement 0).",
                "WARNING TYPE_MISMATCH /Statement/0/Condition/DateGreaterThan/aws:MultiFactorAuthAge: Use an operator"
                        + " of type Numeric instead of DateGreaterThan for the condition key aws:MultiFactorAuthAge"
                        + " (statement 0).",
                "WARNING TYPE_MISMATCH /Statement/0/Condition/IpAddress/aws:TokenIssueTime: Use an operator of type"
                        + " Date instead of IpAddress for the condition key aws:TokenIssueTime (statement 0).",
                "SECURITY_WARNING STRING_LIKE_OPERATOR_WITH_ARN_CONDITION_KEYS"
                        + " /Statement/0/Condition/StringLike/s3:DataAccessPointArn: Use an ARN operator instead of"
                        + " StringLike for the condition key s3:DataAccessPointArn (statement 0).",
                "SECURITY_WARNING STRING_LIKE_OPERATOR_WITH_ARN_CONDITION_KEYS"
                        + " /Statement/0/Condition/StringLike/aws:SourceArn: Use an ARN operator instead of StringLike"
                        + " for the condition key aws:SourceArn (statement 0).",
                "SECURITY_WARNING STRING_LIKE_OPERATOR_WITH_ARN_CONDITION_KEYS"
                        + " /Statement/0/Condition/StringNotLike/aws:PrincipalArn: Use an ARN operator instead of"
                        + " StringNotLike for the condition key aws:PrincipalArn (statement 0)."),
                GrammarMessagesTest.lines(REFERENCE, IDENTITY, json));
    }

    /** @see <a href="https://docs.aws.amazon.com/IAM/latest/UserGuide/access_tags.html">Controlling access using tags</a> */
    @Test
    void tagConditionsNameTheServicesWhoseActionsDoNotSupportThem() {
        String json = document("{\"Effect\":\"Allow\",\"Action\":[\"iam:PassRole\",\"s3:GetObject\",\"s3:PutObject\","
                + "\"events:PutRule\",\"s3:NoSuch\"],\"Resource\":\"*\",\"Condition\":{\"StringEquals\":{"
                + "\"aws:ResourceTag/team\":\"data\",\"AWS:RESOURCETAG/other\":\"x\"},"
                + "\"StringEqualsIfExists\":{\"aws:RequestTag/team\":\"x\"}}}",
                "{\"Effect\":\"Allow\",\"Action\":[\"sts:AssumeRole\",\"secretsmanager:GetSecretValue\"],"
                + "\"Resource\":\"*\",\"Condition\":{\"ForAnyValue:StringEquals\":{\"aws:RequestTag/team\":\"x\"},"
                + "\"StringLike\":{\"aws:ResourceTag/team\":\"x\"}}}",
                "{\"Effect\":\"Deny\",\"Action\":\"s3:GetObject\",\"Resource\":\"*\","
                + "\"Condition\":{\"StringEquals\":{\"aws:ResourceTag/team\":\"data\"}}}",
                "{\"Effect\":\"Allow\",\"Action\":[\"s3:GetObject\",\"iam:PassRole\"],\"Resource\":\"*\","
                + "\"Condition\":{\"StringEquals\":{\"aws:PrincipalTag/team\":\"data\"}}}",
                "{\"Effect\":\"Allow\",\"Action\":[\"nosuch:Thing\",\"s3:NoSuch\",\"iam:PassRole\"],"
                + "\"Resource\":\"*\",\"Condition\":{\"StringEquals\":{\"aws:ResourceTag/team\":\"data\"}}}");
        assertEquals(List.of(
                "SUGGESTION ALLOW_WITH_UNSUPPORTED_TAG_CONDITION_KEY_FOR_SERVICE /Statement/0/Action/1: The Allow"
                        + " statement 0 is conditioned on aws:ResourceTag/team, which actions of the services [s3] do"
                        + " not support: the statement does not allow them; move them to another statement.",
                "SUGGESTION ALLOW_WITH_UNSUPPORTED_TAG_CONDITION_KEY_FOR_SERVICE /Statement/1/Action/0: The Allow"
                        + " statement 1 is conditioned on aws:RequestTag/team, which actions of the services [sts,"
                        + " secretsmanager] do not support: the statement does not allow them; move them to another"
                        + " statement.",
                "SUGGESTION ALLOW_WITH_UNSUPPORTED_TAG_CONDITION_KEY_FOR_SERVICE /Statement/1/Action/0: The Allow"
                        + " statement 1 is conditioned on aws:ResourceTag/team, which actions of the services [sts] do"
                        + " not support: the statement does not allow them; move them to another statement."),
                lines(json, "ALLOW_WITH_UNSUPPORTED_TAG_CONDITION_KEY_FOR_SERVICE"));
    }

    /**
     * @see <a href="https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_resource.html#reference_policies_elements_resource_wildcards">Resource:
     *     wildcards</a>
     */
    @Test
    void redundantValuesAreNamedAsAGroupAtTheFirstOfThem() {
        String json = document("{\"Effect\":\"Allow\",\"Action\":[\"s3:GetObject\",\"s3:PutObject\",\"s3:getobject\","
                + "\"s3:Put*\"],\"Resource\":[\"arn:aws:s3:::b*\",\"arn:aws:s3:::b*/*\",\"arn:aws:s3:::other/*\","
                + "\"arn:aws:s3:::Other/*\"]}",
                "{\"Effect\":\"Allow\",\"Action\":[\"s3:GetObject\",\"s3:GETOBJECT\"],\"Resource\":[\"arn:aws:s3:::b/*\","
                + "\"arn:aws:s3:::b/*\"]}",
                "{\"Effect\":\"Allow\",\"Action\":\"s3:GetObject\",\"Resource\":\"arn:aws:s3:::b/*\"}");
        assertEquals(List.of(
                "SUGGESTION REDUNDANT_ACTION /Statement/0/Action/0: The 2 actions [s3:GetObject, s3:getobject] in"
                        + " statement 0 cover each other through repetition or wildcards: keep one action that covers"
                        + " them all.",
                "SUGGESTION REDUNDANT_ACTION /Statement/0/Action/1: The 2 actions [s3:PutObject, s3:Put*] in statement"
                        + " 0 cover each other through repetition or wildcards: keep one action that covers them all.",
                "SUGGESTION REDUNDANT_ACTION /Statement/1/Action/0: The 2 actions [s3:GetObject, s3:GETOBJECT] in"
                        + " statement 1 cover each other through repetition or wildcards: keep one action that covers"
                        + " them all."),
                lines(json, "REDUNDANT_ACTION"));
        assertEquals(List.of(
                "SUGGESTION REDUNDANT_RESOURCE /Statement/0/Resource/0: The 2 resources [arn:aws:s3:::b*,"
                        + " arn:aws:s3:::b*/*] in statement 0 cover each other through repetition or wildcards: keep one"
                        + " resource that covers them all.",
                "SUGGESTION REDUNDANT_RESOURCE /Statement/1/Resource/0: The 2 resources [arn:aws:s3:::b/*,"
                        + " arn:aws:s3:::b/*] in statement 1 cover each other through repetition or wildcards: keep one"
                        + " resource that covers them all."),
                lines(json, "REDUNDANT_RESOURCE"));
    }

    /**
     * Two rule sets built on different references each judge by their own, though one validation run shares the
     * statements' entries between them: what one reference says of an action or key is not taken for the other's.
     */
    @Test
    void eachSetJudgesByItsOwnReferenceInOneRun() {
        ServiceInfo s3 = new ServiceInfo("s3", Map.of("GetObject", new ActionInfo("GetObject", "Read", List.of(),
                List.of())), Map.of(), Map.of());
        ServiceReference onlyGetObject = ServiceReference.of(s3);
        RuleSet narrow = RuleSets.serviceReference(onlyGetObject);
        String json = document("{\"Effect\":\"Allow\",\"Action\":[\"s3:PutObject\",\"s3:GetObject\"],"
                + "\"Resource\":\"*\",\"Condition\":{\"StringEquals\":{\"s3:prefix\":\"x\"}}}",
                "{\"Effect\":\"Allow\",\"Action\":\"s3:Put*\",\"Resource\":\"*\"}");
        List<String> byNarrow = List.of(
                "INVALID_ACTION /Statement/0/Action/0", "INVALID_ACTION /Statement/1/Action", "INVALID_SERVICE_CONDITION_KEY /Statement/0/Condition/StringEquals/s3:prefix");
        assertEquals(byNarrow, codes(Validator.of(REFERENCE, narrow), json));
        assertEquals(byNarrow, codes(Validator.of(narrow, REFERENCE), json));
        assertEquals(byNarrow, codes(Validator.of(narrow), json));
        assertEquals(List.of(), codes(Validator.of(REFERENCE), json));
    }

    private static List<String> codes(Validator validator, String json) {
        return validator.validate(PolicyJson.read(json), IDENTITY).findings().stream()
                .map(f -> f.code() + " " + f.path()).collect(Collectors.toList());
    }

    /**
     * A resource with a wildcard or a policy variable fits an action's ARN format when some resource it can name
     * does, even when the format does not cover all of them ({@code my-*} also names {@code my-x}, without a key).
     */
    @Test
    void aResourceThatCanNameAnObjectFitsAnObjectAction() {
        for (String resource : List.of("arn:aws:s3:::my-*", "arn:aws:s3:::${aws:username}", "arn:aws:s3:::b/${x}")) {
            assertEquals(List.of(), lines(document("{\"Effect\":\"Allow\",\"Action\":\"s3:PutObject\","
                    + "\"Resource\":\"" + resource + "\"}"), "ACTION_RESOURCE_MISMATCH"), resource);
        }
    }

    /** Each value a wildcard covers is linked, whichever wildcard of the list is looked at first. */
    @Test
    void aValueIsLinkedToTheWildcardThatCoversItAmongOthersThatDoNot() {
        String json = document("{\"Effect\":\"Allow\",\"Action\":[\"s3:GetObject\",\"s3:*Z\",\"s3:Get*\"],"
                + "\"Resource\":[\"arn:aws:s3:::a\",\"arn:aws:s3:::b\",\"arn:aws:s3:::A\"]}");
        assertEquals(List.of("/Statement/0/Action/0"), lines(json, "REDUNDANT_ACTION").stream()
                .map(l -> l.split(" ")[2].replace(":", "")).collect(Collectors.toList()));
        assertEquals(List.of(), lines(json, "REDUNDANT_RESOURCE"));
    }
}
