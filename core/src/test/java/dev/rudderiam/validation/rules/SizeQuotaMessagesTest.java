package dev.rudderiam.validation.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.rudderiam.arn.Arn;
import dev.rudderiam.json.PolicyJson;
import dev.rudderiam.policy.PolicyDocument;
import dev.rudderiam.policy.PolicySize;
import dev.rudderiam.role.PolicyName;
import dev.rudderiam.role.RoleSpec;
import dev.rudderiam.role.RudderStack;
import dev.rudderiam.validation.Finding;
import dev.rudderiam.validation.PolicyType;
import dev.rudderiam.validation.ValidationResult;
import dev.rudderiam.validation.Validator;
import java.util.List;
import java.util.function.IntFunction;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * IAM's size and count quotas on both sides of the limit: a document of exactly the quota passes and one character
 * more is refused, with a message giving both figures.
 *
 * @see <a href="https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_iam-quotas.html#reference_iam-quotas-entity-length">IAM
 *     and STS character limits: managed policy 6,144, role trust policy 2,048, inline policies of a role 10,240
 *     characters together, not counting white space</a>
 * @see <a href="https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_iam-quotas.html#reference_iam-quotas-entities">IAM
 *     object quotas: 10 managed policies attached to a role by default</a>
 */
class SizeQuotaMessagesTest {
    private static final Validator GRAMMAR = Validator.of(RuleSets.grammar());

    /** {@return the document {@code json} makes with padding {@code k}, for the {@code k} that gives {@code size}} */
    private static PolicyDocument ofSize(int size, IntFunction<String> json) {
        int base = PolicySize.of(PolicyJson.read(json.apply(0)));
        PolicyDocument document = PolicyJson.read(json.apply(size - base));
        assertEquals(size, PolicySize.of(document), "fixture size");
        return document;
    }

    private static PolicyDocument identityOfSize(int size) {
        return ofSize(size, k -> "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":"
                + "\"s3:GetObject\",\"Resource\":\"arn:aws:s3:::b/" + "k".repeat(k) + "\"}]}");
    }

    private static List<String> lines(ValidationResult result) {
        return result.findings().stream().map(f -> f.severity() + " " + f.code() + " " + f.path() + ": " + f.message())
                .collect(Collectors.toList());
    }

    @Test
    void aPermissionPolicyOfExactly6144CharactersFitsAndOneMoreDoesNot() {
        assertEquals(List.of(), lines(GRAMMAR.validate(identityOfSize(6144), PolicyType.IDENTITY)));
        assertEquals(List.of("ERROR POLICY_SIZE_EXCEEDS_IDENTITY_POLICY_QUOTA : The 6145 characters of this permission"
                + " policy, not counting white space, exceed its quota of 6144 characters: split it or remove"
                + " statements."), lines(GRAMMAR.validate(identityOfSize(6145), PolicyType.IDENTITY)));
        assertEquals(List.of("ERROR POLICY_SIZE_EXCEEDS_IDENTITY_POLICY_QUOTA : The 6145 characters of this permission"
                + " policy, not counting white space, exceed its quota of 6144 characters: split it or remove"
                + " statements."), lines(GRAMMAR.validate(identityOfSize(6145), PolicyType.BOUNDARY)));
    }

    @Test
    void aTrustPolicyOfExactly2048CharactersFitsAndOneMoreDoesNot() {
        IntFunction<String> trust = k -> "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\","
                + "\"Principal\":{\"Service\":\"" + "s".repeat(k + 1) + ".amazonaws.com\"},\"Action\":\"sts:AssumeRole\"}]}";
        assertEquals(List.of(), lines(GRAMMAR.validate(ofSize(2048, trust), PolicyType.TRUST)));
        assertEquals(List.of("ERROR POLICY_SIZE_EXCEEDS_ROLE_TRUST_POLICY_QUOTA : The 2049 characters of this role trust"
                + " policy, not counting white space, exceed its quota of 2048 characters: split it or remove"
                + " statements."), lines(GRAMMAR.validate(ofSize(2049, trust), PolicyType.TRUST)));
    }

    /** The rules that compare each action with each resource do not run past what IAM's API takes, and say so. */
    @Test
    void aDocumentLargerThanIamsApiTakesSaysWhichRulesDidNotRun() {
        List<Finding> atMax = GRAMMAR.validate(identityOfSize(Validator.MAX_DOCUMENT_CHARS), PolicyType.IDENTITY)
                .findings();
        assertEquals(List.of("The 131072 characters of this permission policy, not counting white space, exceed its"
                + " quota of 6144 characters: split it or remove statements."),
                atMax.stream().map(Finding::message).collect(Collectors.toList()));
        List<Finding> over = GRAMMAR.validate(identityOfSize(Validator.MAX_DOCUMENT_CHARS + 1), PolicyType.IDENTITY)
                .findings();
        assertEquals(List.of("The 131073 characters of this permission policy, not counting white space, exceed its"
                + " quota of 6144 characters: split it or remove statements. It is larger than any document IAM's API"
                + " takes (131072 characters), so only the rules whose work grows with its size alone ran (not"
                + " ACTION_RESOURCE_MISMATCH and ACTION_NEEDS_ALL_RESOURCES)."),
                over.stream().map(Finding::message).collect(Collectors.toList()));
    }

    private static RoleSpec.Builder role() {
        return RoleSpec.builder().name("r").trustPolicy(RudderStack.trustPolicy("ws-1"));
    }

    /** Two inline policies of 5,120 characters fill the role's 10,240 exactly; one character more is refused. */
    @Test
    void inlinePoliciesOfExactly10240CharactersTogetherFitAndOneMoreDoNot() {
        RoleSpec fits = role().inlinePolicy(PolicyName.of("a"), identityOfSize(5120))
                .inlinePolicy(PolicyName.of("b"), identityOfSize(5120)).build();
        assertEquals(List.of(), lines(GRAMMAR.validate(fits)));
        RoleSpec over = role().inlinePolicy(PolicyName.of("a"), identityOfSize(5120))
                .inlinePolicy(PolicyName.of("b"), identityOfSize(5121)).build();
        assertEquals(List.of("ERROR ROLE_POLICY_SIZE_EXCEEDS_QUOTA /permissionPolicies: The role's 2 inline policies have"
                + " 10241 characters together, not counting white space, more than the role policy quota of 10240:"
                + " move some into managed policies."), lines(GRAMMAR.validate(over)));
    }

    /**
     * An inline policy is held to the role's quota, 10,240 characters, not to a managed policy's 6,144: one over it
     * is named by its own size finding, not again by the role's; one of exactly 10,240 is not too large alone, and
     * next to another it is the role's finding.
     */
    @Test
    void anInlinePolicyOverTheRoleQuotaAloneIsNotCountedTwice() {
        RoleSpec oneTooLarge = role().inlinePolicy(PolicyName.of("a"), identityOfSize(10241))
                .inlinePolicy(PolicyName.of("b"), identityOfSize(200)).build();
        assertEquals(List.of("POLICY_SIZE_EXCEEDS_IDENTITY_POLICY_QUOTA /permissionPolicies/a"),
                GRAMMAR.validate(oneTooLarge).findings().stream().map(f -> f.code() + " " + f.path())
                        .collect(Collectors.toList()));
        RoleSpec atQuota = role().inlinePolicy(PolicyName.of("a"), identityOfSize(10240))
                .inlinePolicy(PolicyName.of("b"), identityOfSize(200)).build();
        assertEquals(List.of("ROLE_POLICY_SIZE_EXCEEDS_QUOTA /permissionPolicies"), GRAMMAR.validate(atQuota).findings().stream().map(f -> f.code() + " " + f.path())
                        .collect(Collectors.toList()));
    }

    @Test
    void tenAttachedManagedPoliciesFitTheDefaultQuotaAndElevenDoNot() {
        RoleSpec.Builder role = role();
        for (int i = 0; i < 10; i++) {
            role.addManagedPolicyArn(Arn.parse("arn:aws:iam::123456789012:policy/p" + i));
        }
        assertEquals(List.of(), lines(GRAMMAR.validate(role.build())));
        role.addManagedPolicyArn(Arn.parse("arn:aws:iam::123456789012:policy/p10"));
        assertEquals(List.of("WARNING ATTACHED_POLICIES_PER_ROLE_EXCEEDS_QUOTA /managedPolicyArns: The role attaches 11"
                + " managed policies, more than IAM's default quota of 10 per role: IAM refuses the eleventh unless the"
                + " account's quota was raised."), lines(GRAMMAR.validate(role.build())));
    }

    /**
     * A small policy is only bounded, not counted, until the policies together may exceed the quota: then each is
     * counted, and exactly 10,240 characters together still fit.
     */
    @Test
    void aSmallPolicyNextToALargeOneIsCountedExactlyAgainstTheRoleQuota() {
        RoleSpec fits = role().inlinePolicy(PolicyName.of("a"), identityOfSize(10040))
                .inlinePolicy(PolicyName.of("b"), identityOfSize(200)).build();
        assertEquals(List.of(), lines(GRAMMAR.validate(fits)));
        RoleSpec over = role().inlinePolicy(PolicyName.of("a"), identityOfSize(10040))
                .inlinePolicy(PolicyName.of("b"), identityOfSize(201)).build();
        assertEquals(List.of("ERROR ROLE_POLICY_SIZE_EXCEEDS_QUOTA /permissionPolicies: The role's 2 inline policies have"
                + " 10241 characters together, not counting white space, more than the role policy quota of 10240:"
                + " move some into managed policies."), lines(GRAMMAR.validate(over)));
    }
}
