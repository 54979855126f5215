package dev.rudderiam.catalog.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rudderiam.arn.Arn;
import dev.rudderiam.corpus.CorpusFiles;
import dev.rudderiam.json.PolicyJson;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;

class BundledManagedPoliciesTest {
    @Test
    void theBundleIsTheCorpusCompiled() throws IOException {
        String bundled;
        try (InputStream in = new GZIPInputStream(
                BundledManagedPolicies.class.getResourceAsStream(BundledManagedPolicies.RESOURCE))) {
            bundled = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertEquals(BundledManagedPolicies.compile(CorpusFiles.managedPolicies()), bundled,
                "the bundled resource is stale: run BundledManagedPolicies.main over the corpus");
        assertEquals(1388, BundledManagedPolicies.bundled().size());
    }

    @Test
    void looksUpAwsManagedPoliciesByNameWhateverTheirPath() {
        assertEquals("{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"*\","
                + "\"Resource\":\"*\"}]}", PolicyJson.write(BundledManagedPolicies.bundled()
                .grants(Arn.parse("arn:aws:iam::aws:policy/AdministratorAccess")).orElseThrow()));
        assertTrue(BundledManagedPolicies.bundled()
                .grants(Arn.parse("arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole")).isPresent());
    }

    @Test
    void knowsNoCustomerManagedOrUnknownPolicy() {
        assertEquals(Optional.empty(), BundledManagedPolicies.bundled()
                .grants(Arn.parse("arn:aws:iam::123456789012:policy/AdministratorAccess")));
        assertEquals(Optional.empty(), BundledManagedPolicies.bundled()
                .grants(Arn.parse("arn:aws:iam::aws:policy/NoSuchPolicyFullAccess")));
    }

    @Test
    void leavesOutConditionsSidsAndDenies() {
        String written = PolicyJson.write(BundledManagedPolicies.bundled()
                .grants(Arn.parse("arn:aws:iam::aws:policy/PowerUserAccess")).orElseThrow());
        assertEquals("{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"NotAction\":[\"iam:*\","
                + "\"organizations:*\",\"account:*\"],\"Resource\":\"*\"},{\"Effect\":\"Allow\",\"Action\":["
                + "\"account:GetAccountInformation\",\"account:GetPrimaryEmail\",\"account:ListRegions\","
                + "\"iam:CreateServiceLinkedRole\",\"iam:DeleteServiceLinkedRole\",\"iam:ListRoles\","
                + "\"organizations:DescribeOrganization\"],\"Resource\":\"*\"}]}", written);
    }
}
