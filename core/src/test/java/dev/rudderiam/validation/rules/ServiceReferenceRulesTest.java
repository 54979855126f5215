package dev.rudderiam.validation.rules;

import static dev.rudderiam.validation.rules.Check.assertCode;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rudderiam.json.PolicyJson;
import dev.rudderiam.validation.Finding;
import dev.rudderiam.validation.PolicyType;
import dev.rudderiam.validation.RuleSet;
import dev.rudderiam.validation.Validator;
import java.util.List;
import org.junit.jupiter.api.Test;

class ServiceReferenceRulesTest {
    private static final RuleSet REFERENCE = RuleSets.serviceReference(TestReference.INSTANCE);
    private static final RuleSet GRAMMAR = RuleSets.grammar();
    private static final PolicyType IDENTITY = PolicyType.IDENTITY;

    @Test
    void aWellScopedDestinationPolicyIsClean() {
        assertEquals(List.of(), Check.codes(REFERENCE, IDENTITY, """
                {"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":["s3:PutObject","s3:PutObjectAcl"],
                 "Resource":"arn:aws:s3:::my-bucket/*"},
                 {"Effect":"Allow","Action":"s3:ListBucket","Resource":"arn:aws:s3:::my-bucket"}]}"""));
    }

    @Test
    void unknownServicesAndActionsAreErrorsAfterWildcardExpansion() {
        String json = """
                {"Version":"2012-10-17","Statement":[{"Effect":"Allow","Resource":"*",
                 "Action":["s3:GetObjekt","s3:Get*","s3:Delete*","deeplens:*","s3GetObject","*","*:Get*"]}]}""";
        assertCode(REFERENCE, IDENTITY, json, "INVALID_ACTION", "/Statement/0/Action/0", "/Statement/0/Action/2",
                "/Statement/0/Action/4");
        assertCode(REFERENCE, IDENTITY, json, "INVALID_SERVICE_IN_ACTION", "/Statement/0/Action/3");
    }

    @Test
    void putObjectOnTheBucketArnGrantsNothing() {
        String json = """
                {"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":["s3:PutObject","s3:ListBucket",
                 "s3:ListAllMyBuckets"],"Resource":"arn:aws:s3:::my-bucket"}]}""";
        assertCode(REFERENCE, IDENTITY, json, "ACTION_RESOURCE_MISMATCH", "/Statement/0/Action/0");
        assertCode(REFERENCE, IDENTITY, json, "ACTION_NEEDS_ALL_RESOURCES", "/Statement/0/Action/2");
    }

    /**
     * An object key is at least one character, so {@code bucket/} names no object: the ARN format's variables each
     * stand for a non-empty value, in the quick test as in the exact one.
     *
     * @see <a href="https://docs.aws.amazon.com/AmazonS3/latest/API/API_PutObject.html">PutObject: the Key
     *     parameter, length at least 1</a>
     */
    @Test
    void putObjectOnAnEmptyObjectKeyGrantsNothing() {
        assertCode(REFERENCE, IDENTITY, """
                {"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":["s3:PutObject","s3:GetObject"],
                 "Resource":["arn:aws:s3:::my-bucket/","arn:aws:s3:::my-bucket"]}]}""", "ACTION_RESOURCE_MISMATCH",
                "/Statement/0/Action/0", "/Statement/0/Action/1");
        assertCode(REFERENCE, IDENTITY, """
                {"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:PutObject",
                 "Resource":["arn:aws:s3:::my-bucket/","arn:aws:s3:::my-bucket/?"]}]}""", "ACTION_RESOURCE_MISMATCH");
    }

    /**
     * IAM's API takes no document over 131,072 characters: on a larger one the rules that compare each action with
     * each resource do not run, and the size finding says so; at IAM's sizes they run.
     */
    @Test
    void rulesComparingActionsWithResourcesRunOnlyOnDocumentsIamCouldTake() {
        StringBuilder resources = new StringBuilder();
        for (int i = 0; resources.length() < 140_000; i++) {
            resources.append(",\"arn:aws:sqs:us-east-1:111122223333:queue-").append(i).append('"');
        }
        String large = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":"
                + "\"s3:PutObject\",\"Resource\":[\"arn:aws:s3:::my-bucket\"" + resources + "]}]}";
        String small = large.substring(0, large.indexOf(",\"arn:aws:sqs")) + "]}]}";
        assertCode(REFERENCE, IDENTITY, small, "ACTION_RESOURCE_MISMATCH", "/Statement/0/Action");
        assertCode(REFERENCE, IDENTITY, large, "ACTION_RESOURCE_MISMATCH");
        List<Finding> sizes = Validator.of(GRAMMAR, REFERENCE).validate(PolicyJson.read(large), IDENTITY).withCode(
                "POLICY_SIZE_EXCEEDS_IDENTITY_POLICY_QUOTA");
        assertEquals(1, sizes.size());
        assertTrue(sizes.get(0).message().contains("larger than any document IAM's API takes"), sizes.get(0).message());
    }

    @Test
    void resourcesWithWildcardsOrVariablesCanMatchAnActionsType() {
        assertCode(REFERENCE, IDENTITY, """
                {"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:PutObject",
                 "Resource":["arn:aws:s3:::my-*","arn:aws:s3:::home/${aws:username}"]}]}""", "ACTION_RESOURCE_MISMATCH");
    }

    @Test
    void conditionKeysExistAndAreTestedWithFittingOperators() {
        String json = """
                {"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"events:PutRule","Resource":"*",
                 "Condition":{"StringEquals":{"events:source":"aws.s3","s3:nosuchkey":"x","aws:NoSuchGlobal":"x",
                   "aws:ViaAWSService":"true","secretsmanager:ResourceTag/team":"a","accounts.google.com:aud":"x"},
                  "StringLike":{"s3:DataAccessPointArn":"arn:aws:s3:*"},
                  "ForAnyValue:StringEquals":{"events:source":"aws.s3"}}}]}""";
        assertCode(REFERENCE, IDENTITY, json, "MISSING_QUALIFIER", "/Statement/0/Condition/StringEquals/events:source");
        assertCode(REFERENCE, IDENTITY, json, "INVALID_SERVICE_CONDITION_KEY",
                "/Statement/0/Condition/StringEquals/s3:nosuchkey");
        assertCode(REFERENCE, IDENTITY, json, "INVALID_GLOBAL_CONDITION_KEY",
                "/Statement/0/Condition/StringEquals/aws:NoSuchGlobal");
        assertCode(REFERENCE, IDENTITY, json, "TYPE_MISMATCH", "/Statement/0/Condition/StringEquals/aws:ViaAWSService");
        assertCode(REFERENCE, IDENTITY, json, "STRING_LIKE_OPERATOR_WITH_ARN_CONDITION_KEYS",
                "/Statement/0/Condition/StringLike/s3:DataAccessPointArn");
    }

    @Test
    void tagConditionsOnActionsThatDoNotSupportThemAreReported() {
        assertCode(REFERENCE, IDENTITY, """
                {"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":["iam:PassRole","s3:GetObject"],
                 "Resource":"*","Condition":{"StringEquals":{"aws:ResourceTag/team":"data"}}}]}""",
                "ALLOW_WITH_UNSUPPORTED_TAG_CONDITION_KEY_FOR_SERVICE", "/Statement/0/Action/1");
    }

    @Test
    void redundantActionsAndResourcesAreGroupedPerStatement() {
        String json = """
                {"Version":"2012-10-17","Statement":[{"Effect":"Allow",
                 "Action":["s3:GetObject","s3:PutObject","s3:getobject","s3:Put*"],
                 "Resource":["arn:aws:s3:::b*","arn:aws:s3:::b*/*","arn:aws:s3:::other/*"]}]}""";
        assertCode(REFERENCE, IDENTITY, json, "REDUNDANT_ACTION", "/Statement/0/Action/0", "/Statement/0/Action/1");
        assertCode(REFERENCE, IDENTITY, json, "REDUNDANT_RESOURCE", "/Statement/0/Resource/0");
    }
}
