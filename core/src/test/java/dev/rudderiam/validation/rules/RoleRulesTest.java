package dev.rudderiam.validation.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rudderiam.arn.Arn;
import dev.rudderiam.json.PolicyJson;
import dev.rudderiam.policy.PolicyDocument;
import dev.rudderiam.policy.PolicySize;
import dev.rudderiam.role.PolicyName;
import dev.rudderiam.role.RoleSpec;
import dev.rudderiam.role.RudderStack;
import dev.rudderiam.validation.Finding;
import dev.rudderiam.validation.Validator;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class RoleRulesTest {
    private static final Validator GRAMMAR = Validator.of(RuleSets.grammar());

    /** An identity policy of about 3,800 characters: two fit the 10,240 quota the role's inline policies share, three do not. */
    private static PolicyDocument policyOfAbout3800Characters() {
        StringBuilder resources = new StringBuilder();
        for (int i = 0; i < 100; i++) {
            resources.append(i == 0 ? "" : ",").append("\"arn:aws:s3:::bucket-number-").append(1000 + i).append("/*\"");
        }
        return PolicyJson.read("{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\","
                + "\"Action\":\"s3:GetObject\",\"Resource\":[" + resources + "]}]}");
    }

    @Test
    void inlinePoliciesShareTheRolePolicyQuota() {
        PolicyDocument policy = policyOfAbout3800Characters();
        int size = PolicySize.of(policy);
        assertTrue(2 * size <= 10240 && 3 * size > 10240, "fixture size " + size);
        RoleSpec.Builder role = RoleSpec.builder().name("r").trustPolicy(RudderStack.trustPolicy("ws-1"))
                .inlinePolicy(PolicyName.of("a"), policy).inlinePolicy(PolicyName.of("b"), policy);
        assertEquals(List.of(), GRAMMAR.validate(role.build()).findings());
        role.inlinePolicy(PolicyName.of("c"), policy);
        assertEquals(List.of("ROLE_POLICY_SIZE_EXCEEDS_QUOTA /permissionPolicies"), codesAndPaths(role.build()));
    }

    @Test
    void moreThanTenManagedPoliciesExceedTheDefaultQuota() {
        RoleSpec.Builder role = RoleSpec.builder().name("r").trustPolicy(RudderStack.trustPolicy("ws-1"));
        for (int i = 0; i < 11; i++) {
            role.addManagedPolicyArn(Arn.parse("arn:aws:iam::123456789012:policy/p" + i));
        }
        assertEquals(List.of("ATTACHED_POLICIES_PER_ROLE_EXCEEDS_QUOTA /managedPolicyArns"),
                codesAndPaths(role.build()));
    }

    @Test
    void documentFindingsArePrefixedWithTheirPlaceInTheRole() {
        RoleSpec role = RoleSpec.builder().name("r")
                .trustPolicy(PolicyJson.read("{\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":\"*\","
                        + "\"Action\":\"sts:AssumeRole\"}]}"))
                .inlinePolicy(PolicyName.of("s3"), PolicyJson.read("{\"Version\":\"2012-10-17\",\"Statement\":["
                        + "{\"Effect\":\"Allow\",\"Action\":\"s3:GetObject\",\"Resource\":\"bucket\"}]}"))
                .build();
        assertEquals(List.of("MISSING_VERSION /trustPolicy",
                "ROLE_TRUST_POLICY_UNSUPPORTED_WILDCARD_IN_PRINCIPAL /trustPolicy/Statement/0/Principal",
                "INVALID_ARN_PREFIX /permissionPolicies/s3/Statement/0/Resource"), codesAndPaths(role));
    }

    private static List<String> codesAndPaths(RoleSpec role) {
        return GRAMMAR.validate(role).findings().stream().map(f -> f.code() + " " + f.path())
                .collect(Collectors.toList());
    }

    @Test
    void findingsLinkTheirRule() {
        Finding finding = GRAMMAR.validate(PolicyJson.read("{\"Statement\":[]}"),
                dev.rudderiam.validation.PolicyType.IDENTITY).withCode("MISSING_STATEMENT").get(0);
        assertEquals("https://docs.aws.amazon.com/IAM/latest/UserGuide/access-analyzer-reference-policy-checks.html"
                + "#access-analyzer-reference-policy-checks-error-missing-statement", finding.link());
    }
}
