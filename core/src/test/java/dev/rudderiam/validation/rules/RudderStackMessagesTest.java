package dev.rudderiam.validation.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.rudderiam.arn.Arn;
import dev.rudderiam.json.PolicyJson;
import dev.rudderiam.reference.ActionInfo;
import dev.rudderiam.reference.ManagedPolicyReference;
import dev.rudderiam.reference.ServiceInfo;
import dev.rudderiam.reference.ServiceReference;
import dev.rudderiam.role.ExternalId;
import dev.rudderiam.role.RoleSpec;
import dev.rudderiam.role.RudderStack;
import dev.rudderiam.validation.PolicyType;
import dev.rudderiam.validation.RuleSet;
import dev.rudderiam.validation.Validator;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The RudderStack rules' findings as a user reads them: what lets RudderStack's account in, which external id it
 * must send, which condition shuts it out, which ARN is in another partition, and what an attached AWS managed
 * policy grants.
 *
 * @see <a href="https://www.rudderstack.com/docs/destinations/aws-iam-role-for-rudderstack/">AWS IAM role for
 *     RudderStack</a>
 */
class RudderStackMessagesTest {
    private static final String WORKSPACE = "2AbCdEfGhIjKlMnOpQrStUvWxYz";
    private static final RuleSet RUDDERSTACK = RuleSets.rudderStack(ExternalId.of(WORKSPACE), List.of());
    private static final String ROOT = "arn:aws:iam::422074288268:root";
    private static final String MISSING = "ERROR RUDDERSTACK_TRUST_MISSING /Statement: No statement lets RudderStack's"
            + " account 422074288268 assume the role with sts:ExternalId equal to the workspace id '" + WORKSPACE
            + "': add {\"Effect\":\"Allow\",\"Principal\":{\"AWS\":\"arn:aws:iam::422074288268:root\"},"
            + "\"Action\":\"sts:AssumeRole\",\"Condition\":{\"StringEquals\":{\"sts:ExternalId\":\"" + WORKSPACE
            + "\"}}}.";

    private static List<String> trust(String... statements) {
        return GrammarMessagesTest.lines(RUDDERSTACK, PolicyType.TRUST,
                "{\"Version\":\"2012-10-17\",\"Statement\":[" + String.join(",", statements) + "]}");
    }

    private static String statement(String effect, String principal, String action, String condition) {
        return "{\"Effect\":\"" + effect + "\",\"Principal\":" + principal + ",\"Action\":\"" + action + "\""
                + (condition.isEmpty() ? "" : ",\"Condition\":" + condition) + "}";
    }

    private static String externalId(String value) {
        return "{\"StringEquals\":{\"sts:ExternalId\":\"" + value + "\"}}";
    }

    private static String mismatch(int index) {
        return "ERROR RUDDERSTACK_EXTERNAL_ID_MISMATCH /Statement/" + index + ": Statement " + index + " lets"
                + " RudderStack's account 422074288268 assume the role without requiring sts:ExternalId to equal the"
                + " workspace id '" + WORKSPACE + "' (StringEquals, that value only): RudderStack could then assume it"
                + " for another workspace.";
    }

    @Test
    void rudderStacksAccountIsLetInByItsIdOrAnArnInItWithTheWorkspaceIdAsExternalId() {
        for (String principal : List.of("{\"AWS\":\"" + ROOT + "\"}", "{\"AWS\":\"422074288268\"}",
                "{\"AWS\":[\"123456789012\",\"arn:aws:iam::422074288268:role/x\"]}")) {
            for (String action : List.of("sts:AssumeRole", "sts:*", "*")) {
                assertEquals(List.of(), trust(statement("Allow", principal, action, externalId(WORKSPACE))),
                        principal + " " + action);
            }
        }
    }

    @Test
    void aTrustPolicyThatDoesNotLetRudderStackInSaysWhatToAdd() {
        assertEquals(List.of(MISSING), trust(statement("Allow", "{\"AWS\":\"*\"}", "sts:AssumeRole",
                externalId(WORKSPACE))));
        assertEquals(List.of(MISSING), trust(statement("Deny", "{\"AWS\":\"" + ROOT + "\"}", "sts:AssumeRole",
                externalId(WORKSPACE))));
        assertEquals(List.of(MISSING), trust(statement("Allow", "{\"Service\":\"422074288268\"}", "sts:AssumeRole",
                externalId(WORKSPACE))));
        assertEquals(List.of(MISSING), trust(statement("Allow", "{\"AWS\":\"" + ROOT + "\"}", "sts:TagSession",
                externalId(WORKSPACE))));
        assertEquals(List.of(MISSING), trust(statement("Allow", "{\"AWS\":\"123456789012\"}", "sts:AssumeRole",
                externalId(WORKSPACE))));
    }

    @Test
    void everyStatementLettingRudderStackInMustRequireExactlyTheWorkspaceId() {
        assertEquals(List.of(MISSING, mismatch(0), mismatch(1), mismatch(2), mismatch(3)), trust(
                statement("Allow", "{\"AWS\":\"" + ROOT + "\"}", "sts:AssumeRole", externalId("other")),
                statement("Allow", "{\"AWS\":\"*\"}", "sts:AssumeRole", ""),
                statement("Allow", "{\"AWS\":\"" + ROOT + "\"}", "sts:AssumeRole",
                        "{\"StringEqualsIfExists\":{\"sts:ExternalId\":\"" + WORKSPACE + "\"}}"),
                statement("Allow", "{\"AWS\":\"" + ROOT + "\"}", "sts:AssumeRole",
                        "{\"StringLike\":{\"sts:ExternalId\":\"" + WORKSPACE + "\"}}"),
                statement("Allow", "{\"AWS\":\"123456789012\"}", "sts:AssumeRole", ""),
                statement("Deny", "{\"AWS\":\"" + ROOT + "\"}", "sts:AssumeRole", "")));
    }

    /** @see <a href="https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-keys.html#condition-keys-multifactorauthpresent">aws:MultiFactorAuthPresent</a> */
    @Test
    void mfaConditionsInStatementsThatApplyToRudderStackAreNamed() {
        String mfa = "{\"StringEquals\":{\"sts:ExternalId\":\"" + WORKSPACE + "\"},"
                + "\"Bool\":{\"aws:MultiFactorAuthPresent\":\"true\"},"
                + "\"NumericLessThan\":{\"AWS:MULTIFACTORAUTHAGE\":\"3600\"}}";
        assertEquals(List.of(
                "ERROR RUDDERSTACK_MFA_CONDITION /Statement/0/Condition/Bool/aws:MultiFactorAuthPresent: Statement 0"
                        + " tests aws:MultiFactorAuthPresent, but RudderStack assumes the role without MFA: remove the"
                        + " MFA condition (uncheck \"Require MFA\").",
                "ERROR RUDDERSTACK_MFA_CONDITION /Statement/0/Condition/NumericLessThan/AWS:MULTIFACTORAUTHAGE:"
                        + " Statement 0 tests AWS:MULTIFACTORAUTHAGE, but RudderStack assumes the role without MFA:"
                        + " remove the MFA condition (uncheck \"Require MFA\").",
                "ERROR RUDDERSTACK_MFA_CONDITION /Statement/1/Condition/Bool/aws:MultiFactorAuthPresent: Statement 1"
                        + " tests aws:MultiFactorAuthPresent, but RudderStack assumes the role without MFA: remove the"
                        + " MFA condition (uncheck \"Require MFA\")."),
                trust(statement("Allow", "{\"AWS\":\"" + ROOT + "\"}", "sts:AssumeRole", mfa),
                        statement("Deny", "{\"AWS\":\"*\"}", "sts:AssumeRole",
                                "{\"Bool\":{\"aws:MultiFactorAuthPresent\":\"false\"}}"),
                        statement("Allow", "{\"AWS\":\"123456789012\"}", "sts:AssumeRole",
                                "{\"Bool\":{\"aws:MultiFactorAuthPresent\":\"true\"}}")));
    }

    /** @see <a href="https://docs.aws.amazon.com/IAM/latest/UserGuide/reference-arns.html">ARNs and partitions</a> */
    @Test
    void arnsOutsideTheAwsPartitionAreNamedWithTheirPartition() {
        String outside = "', but RudderStack runs in 'aws' and access cannot cross partitions: create the role and its"
                + " resources in the aws partition.";
        assertEquals(List.of(
                "ERROR RUDDERSTACK_PARTITION /Statement/0/Resource/0: 'arn:aws-cn:s3:::b/*' is in partition 'aws-cn"
                        + outside,
                "ERROR RUDDERSTACK_PARTITION /Statement/1/NotResource: 'arn:aws-us-gov:s3:::b/*' is in partition"
                        + " 'aws-us-gov" + outside),
                GrammarMessagesTest.lines(RUDDERSTACK, PolicyType.IDENTITY, "{\"Version\":\"2012-10-17\",\"Statement\":["
                        + "{\"Effect\":\"Allow\",\"Action\":\"s3:GetObject\",\"Resource\":[\"arn:aws-cn:s3:::b/*\","
                        + "\"arn:aws:s3:::b/*\",\"arn:${aws:partition}:s3:::b/*\",\"arn:aws*:s3:::b/*\",\"*\",\"b\"]},"
                        + "{\"Effect\":\"Deny\",\"Action\":\"s3:GetObject\",\"NotResource\":\"arn:aws-us-gov:s3:::b/*\"}]}"));
        List<String> trust = trust(statement("Allow", "{\"AWS\":[\"arn:aws-cn:iam::422074288268:root\",\"" + ROOT
                + "\"]}", "sts:AssumeRole", externalId(WORKSPACE)));
        assertEquals(List.of("ERROR RUDDERSTACK_PARTITION /Statement/0/Principal/AWS/0: 'arn:aws-cn:iam::422074288268:root'"
                + " is in partition 'aws-cn" + outside), trust);
        RoleSpec role = RoleSpec.builder().name("r").trustPolicy(RudderStack.trustPolicy(WORKSPACE))
                .managedPolicyArns(List.of(Arn.parse("arn:aws:iam::aws:policy/ReadOnlyAccess"),
                        Arn.parse("arn:aws-cn:iam::aws:policy/ReadOnlyAccess")))
                .permissionsBoundary(Arn.parse("arn:aws:iam::123456789012:policy/Boundary")).build();
        assertEquals(List.of("ERROR RUDDERSTACK_PARTITION /managedPolicyArns/1: 'arn:aws-cn:iam::aws:policy/ReadOnlyAccess'"
                + " is in partition 'aws-cn" + outside), Validator.of(RUDDERSTACK).validate(role).findings().stream()
                .map(f -> f.severity() + " " + f.code() + " " + f.path() + ": " + f.message()).collect(Collectors.toList()));
    }

    /** A reference with {@code count} Write actions in each named service, and one Read action in each. */
    private static ServiceReference writes(Map<String, Integer> counts) {
        List<ServiceInfo> services = new ArrayList<>();
        counts.forEach((prefix, count) -> {
            Map<String, ActionInfo> actions = new LinkedHashMap<>();
            for (int i = 0; i < count; i++) {
                actions.put("Put" + i, new ActionInfo("Put" + i, "Write", List.of(), List.of()));
            }
            actions.put("Get", new ActionInfo("Get", "Read", List.of(), List.of()));
            services.add(new ServiceInfo(prefix, actions, Map.of(), Map.of()));
        });
        return ServiceReference.of(services);
    }

    /** {@return what the rule says the policy of one Allow statement of {@code actions} grants} */
    private static List<String> granted(ServiceReference reference, String actions) {
        ManagedPolicyReference managed = arn -> Optional.of(PolicyJson.read("{\"Version\":\"2012-10-17\",\"Statement\":"
                + "[{\"Effect\":\"Allow\",\"Action\":" + actions + ",\"Resource\":\"*\"}]}"));
        RuleSet rules = RuleSets.rudderStack(ExternalId.of(WORKSPACE), List.of(), reference, managed);
        RoleSpec role = RoleSpec.builder().name("r").trustPolicy(RudderStack.trustPolicy(WORKSPACE))
                .addManagedPolicyArn(Arn.parse("arn:aws:iam::aws:policy/Some")).build();
        List<String> messages = new ArrayList<>();
        Validator.of(rules).validate(role).withCode("RUDDERSTACK_MANAGED_POLICY_GRANTS_WRITE")
                .forEach(f -> messages.add(f.message().substring(f.message().indexOf("grants ") + 7,
                        f.message().indexOf(", beyond"))));
        return messages;
    }

    /**
     * Up to four actions of a level are named; beyond, the count and up to four services, {@code iam} first, then
     * those with the most actions, then by name, and how many services are left out.
     */
    @Test
    void grantedActionsAreNamedUpToFourThenCountedByService() {
        ServiceReference reference = writes(Map.of("s3", 3, "iam", 1, "ec2", 5, "sqs", 1, "sns", 1, "lambda", 1));
        assertEquals(List.of("Write access (s3:Put0, s3:Put1, s3:Put2)"), granted(reference, "\"s3:Put*\""));
        assertEquals(List.of("Write access (iam:Put0, s3:Put0, s3:Put1, s3:Put2)"),
                granted(reference, "[\"s3:Put*\",\"iam:*\"]"));
        assertEquals(List.of("Write access (5 actions of ec2)"), granted(reference, "\"ec2:*\""));
        assertEquals(List.of("Write access (9 actions of iam, ec2, s3)"),
                granted(reference, "[\"s3:Put*\",\"iam:*\",\"ec2:*\"]"));
        assertEquals(List.of("Write access (10 actions of iam, ec2, s3, lambda)"),
                granted(reference, "[\"s3:Put*\",\"iam:*\",\"ec2:*\",\"lambda:*\",\"sqs:Get\"]"));
        assertEquals(List.of("Write access (11 actions of iam, ec2, s3, lambda and 1 more services)"),
                granted(reference, "[\"s3:Put*\",\"iam:*\",\"ec2:*\",\"lambda:*\",\"sqs:*\"]"));
        assertEquals(List.of("Write access (11 actions of ec2, s3, lambda, sns and 1 more services)"),
                granted(reference, "[\"s3:*\",\"ec2:*\",\"lambda:*\",\"sqs:*\",\"sns:*\"]"));
        assertEquals(List.of("Write access (12 actions of iam, ec2, s3, lambda and 2 more services)"),
                granted(reference, "\"*\""));
        assertEquals(List.of("Write access (12 actions of iam, ec2, s3, lambda and 2 more services)"),
                granted(reference, "\"*:Put*\""));
        assertEquals(List.of(), granted(reference, "[\"s3:Get\",\"nosuch:*\"]"));
    }

    @Test
    void anActionWithSeveralLevelsCountsUnderTheFirstOfPermissionsManagementAndWrite() {
        ServiceInfo s3 = new ServiceInfo("s3", Map.of(
                "PutBucketPolicy", new ActionInfo("PutBucketPolicy", "Write, Permissions management", List.of(),
                        List.of()),
                "TagResource", new ActionInfo("TagResource", "Tagging", List.of(), List.of()),
                "PutObject", new ActionInfo("PutObject", "Write", List.of(), List.of())), Map.of(), Map.of());
        ServiceReference one = ServiceReference.of(s3);
        assertEquals(List.of("Permissions management access (s3:PutBucketPolicy) and Write access (s3:PutObject)"),
                granted(one, "\"s3:*\""));
        assertEquals(List.of(), granted(one, "\"s3:TagResource\""));
    }

    /**
     * Only Allow statements count; NotAction grants every action of the reference it does not name; a customer
     * managed policy is the account's and is not judged; an unknown AWS managed policy is judged by its name.
     */
    @Test
    void managedPoliciesAreJudgedByTheirAllowStatementsOrElseByTheirName() {
        ServiceReference reference = writes(Map.of("s3", 2, "iam", 1));
        Map<String, String> documents = Map.of(
                "DenyOnly", "{\"Statement\":[{\"Effect\":\"Deny\",\"Action\":\"*\",\"Resource\":\"*\"}]}",
                "AllButS3", "{\"Statement\":[{\"Effect\":\"Allow\",\"NotAction\":[\"s3:*\",\"iam:Get\"],"
                        + "\"Resource\":\"*\"}]}",
                "AllButWrites", "{\"Statement\":[{\"Effect\":\"Allow\",\"NotAction\":\"*:Put*\",\"Resource\":\"*\"}]}");
        ManagedPolicyReference managed = arn -> Optional.ofNullable(documents.get(arn.resource().substring(7)))
                .map(PolicyJson::read);
        RuleSet rules = RuleSets.rudderStack(ExternalId.of(WORKSPACE), List.of(), reference, managed);
        List<Arn> arns = new ArrayList<>();
        for (String name : List.of("aws:policy/DenyOnly", "aws:policy/AllButS3", "aws:policy/AllButWrites",
                "aws:policy/AdministratorAccess", "aws:policy/PowerUserAccess", "aws:policy/job-function/ViewOnlyAccess",
                "aws:policy/AmazonS3FullAccess", "123456789012:policy/AdministratorAccess",
                "aws:policy/service-role/AmazonS3FullAccessV2")) {
            arns.add(Arn.parse("arn:aws:iam::" + name));
        }
        RoleSpec role = RoleSpec.builder().name("r").trustPolicy(RudderStack.trustPolicy(WORKSPACE))
                .managedPolicyArns(arns).build();
        String byName = "full access by its name (its document is not in this library's copy of the AWS managed"
                + " policies)";
        assertEquals(List.of(
                "/managedPolicyArns/1 AllButS3: Write access (iam:Put0)",
                "/managedPolicyArns/3 AdministratorAccess: " + byName,
                "/managedPolicyArns/4 PowerUserAccess: " + byName,
                "/managedPolicyArns/6 AmazonS3FullAccess: " + byName),
                Validator.of(rules).validate(role).withCode("RUDDERSTACK_MANAGED_POLICY_GRANTS_WRITE").stream()
                        .map(f -> f.path() + " " + f.message().substring(f.message().indexOf("policy '") + 8,
                                f.message().indexOf("' (")) + ": " + f.message().substring(
                                        f.message().indexOf("grants ") + 7, f.message().indexOf(", beyond")))
                        .collect(Collectors.toList()));
    }
}
