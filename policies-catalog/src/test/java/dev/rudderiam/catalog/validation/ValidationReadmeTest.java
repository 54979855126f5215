package dev.rudderiam.catalog.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rudderiam.catalog.reference.BundledServiceReference;
import dev.rudderiam.json.PolicyJson;
import dev.rudderiam.reference.ServiceReference;
import dev.rudderiam.role.ExternalId;
import dev.rudderiam.role.PolicyName;
import dev.rudderiam.role.RoleName;
import dev.rudderiam.role.RoleSpec;
import dev.rudderiam.role.RudderStack;
import dev.rudderiam.validation.Finding;
import dev.rudderiam.validation.PolicyType;
import dev.rudderiam.validation.Severity;
import dev.rudderiam.validation.ValidationResult;
import dev.rudderiam.validation.Validator;
import dev.rudderiam.validation.rules.RuleSets;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The validation examples of the README, as they are shown there. */
class ValidationReadmeTest {

    @Test
    void validateARoleWithEveryRuleSet() {
        String workspaceId = "2Nk4t3WkHTGYzbTvG2zLXJXKNoF";
        ServiceReference reference = BundledServiceReference.bundled();
        Validator validator = Validator.builder()
                .addAll(RuleSets.all(reference, ExternalId.of(workspaceId), List.of(RoleName.of("ExistingRole"))))
                .build();
        RoleSpec role = RoleSpec.builder()
                .name("RudderStackS3")
                .trustPolicy(RudderStack.trustPolicy(workspaceId))
                .inlinePolicy(PolicyName.of("s3"), PolicyJson.read("""
                        {"Version":"2012-10-17","Statement":[{"Effect":"Allow",
                         "Action":["s3:PutObject","s3:PutObjectAcl"],"Resource":"arn:aws:s3:::rudder-events"}]}"""))
                .build();
        ValidationResult result = validator.validate(role);

        assertFalse(result.passes());
        assertEquals(List.of(
                "ERROR ACTION_RESOURCE_MISMATCH /permissionPolicies/s3/Statement/0/Action/0",
                "ERROR ACTION_RESOURCE_MISMATCH /permissionPolicies/s3/Statement/0/Action/1"),
                result.findings().stream().map(f -> f.severity() + " " + f.code() + " " + f.path())
                        .collect(Collectors.toList()));
    }

    @Test
    void validateOneDocumentWithOneRuleSet() {
        ValidationResult result = Validator.of(RuleSets.grammar())
                .validate(PolicyJson.read("{\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":\"*\","
                        + "\"Action\":\"sts:AssumeRole\"}]}"), PolicyType.TRUST);

        Finding wildcard = result.withCode("ROLE_TRUST_POLICY_UNSUPPORTED_WILDCARD_IN_PRINCIPAL").get(0);
        assertEquals(Severity.ERROR, wildcard.severity());
        assertEquals("/Statement/0/Principal", wildcard.path());
        assertTrue(result.hasAtLeast(Severity.WARNING));
    }
}
