package dev.rudderiam.catalog.blueprint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rudderiam.arn.Arn;
import dev.rudderiam.validation.Finding;
import dev.rudderiam.validation.Severity;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * An AWS managed policy granting Write or Permissions management access, attached to the role RudderStack assumes,
 * is a security warning naming the policy and what it grants; a read-only one is not.
 */
class ManagedPolicyFindingTest {
    private static final String WORKSPACE = "2Nk4t3WkHTGYzbTvG2zLXJXKNoF";
    private static final String CODE = "RUDDERSTACK_MANAGED_POLICY_GRANTS_WRITE";

    private static List<Finding> findings(String policyArn) {
        return RudderStackRole.validator(WORKSPACE).validate(RudderStackRole.builder().workspaceId(WORKSPACE)
                .roleName("rudderstack").destination("S3", Map.of("bucketName", "acme-events"))
                .addManagedPolicyArn(Arn.parse(policyArn)).build()).withCode(CODE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"AdministratorAccess", "PowerUserAccess", "IAMFullAccess", "AmazonS3FullAccess",
        "AmazonKinesisFullAccess", "service-role/AWSLambdaBasicExecutionRole"})
    void aManagedPolicyThatWritesIsASecurityWarningNamingItAndWhatItGrants(String name) {
        List<Finding> findings = findings("arn:aws:iam::aws:policy/" + name);
        assertEquals(1, findings.size(), findings.toString());
        Finding finding = findings.get(0);
        assertEquals(Severity.SECURITY_WARNING, finding.severity());
        assertEquals("/managedPolicyArns/0", finding.path());
        String simpleName = name.substring(name.lastIndexOf('/') + 1);
        assertTrue(finding.message().startsWith("The role attaches the AWS managed policy '" + simpleName + "'"),
                finding.message());
        assertTrue(finding.message().contains("Write access (") || finding.message().contains(
                "Permissions management access ("), finding.message());
    }

    @ParameterizedTest
    @ValueSource(strings = {"AdministratorAccess", "IAMFullAccess"})
    void managingIamIsNamedFirst(String name) {
        String message = findings("arn:aws:iam::aws:policy/" + name).get(0).message();
        assertTrue(message.contains("grants Permissions management access (") && message.contains(" actions of iam"),
                message);
    }

    @ParameterizedTest
    @ValueSource(strings = {"arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess", "arn:aws:iam::aws:policy/AmazonKinesisReadOnlyAccess",
        "arn:aws:iam::123456789012:policy/AdministratorAccess"})
    void aReadOnlyOrCustomerManagedPolicyIsNotReported(String arn) {
        assertEquals(List.of(), findings(arn));
    }

    @ParameterizedTest
    @ValueSource(strings = {"NewServiceFullAccess", "AdministratorAccess"})
    void anAwsManagedPolicyMissingFromTheSnapshotIsJudgedByItsName(String name) {
        List<Finding> findings = dev.rudderiam.validation.Validator.builder()
                .addAll(dev.rudderiam.validation.rules.RuleSets.all(
                        dev.rudderiam.catalog.reference.BundledServiceReference.bundled(),
                        dev.rudderiam.role.ExternalId.of(WORKSPACE), List.of()))
                .build().validate(RudderStackRole.builder().workspaceId(WORKSPACE).roleName("rudderstack")
                        .destination("S3", Map.of("bucketName", "acme-events"))
                        .addManagedPolicyArn(Arn.parse("arn:aws:iam::aws:policy/" + name)).build()).withCode(CODE);
        assertEquals(1, findings.size(), findings.toString());
        assertTrue(findings.get(0).message().contains("full access by its name"), findings.get(0).message());
    }
}
