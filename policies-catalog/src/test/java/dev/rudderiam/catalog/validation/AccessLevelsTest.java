package dev.rudderiam.catalog.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rudderiam.catalog.reference.BundledServiceReference;
import dev.rudderiam.json.PolicyJson;
import dev.rudderiam.reference.ActionInfo;
import dev.rudderiam.validation.Finding;
import dev.rudderiam.validation.PolicyType;
import dev.rudderiam.validation.Validator;
import dev.rudderiam.validation.rules.RuleSets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * About 1,100 actions of the bundled reference have two access levels ({@code Permissions management, Write},
 * {@code Tagging, Write}); a rule that asks for Write must see them, whichever level is written first.
 */
class AccessLevelsTest {
    private static ActionInfo iam(String action) {
        return BundledServiceReference.bundled().service("iam").orElseThrow().action(action).orElseThrow();
    }

    @Test
    void anActionWithTwoLevelsHasBoth() {
        assertEquals(List.of("Permissions management", "Write"), iam("AttachRolePolicy").accessLevels());
        assertTrue(iam("TagRole").hasAccessLevel("Write"));
        assertTrue(iam("TagRole").hasAccessLevel("Tagging"));
        assertEquals(List.of("Read"), iam("GetRole").accessLevels());
    }

    @Test
    void writesWithTwoLevelsOnAllResourcesAreSecurityWarnings() {
        List<Finding> findings = Validator.of(RuleSets.security(BundledServiceReference.bundled())).validate(
                PolicyJson.read("""
                        {"Version":"2012-10-17","Statement":[{"Effect":"Allow",
                         "Action":["iam:AttachRolePolicy","iam:TagRole","iam:GetRole"],"Resource":"*"}]}"""),
                PolicyType.IDENTITY).findings();
        assertEquals(List.of("WRITE_ACTION_ON_ALL_RESOURCES /Statement/0/Action/0",
                "WRITE_ACTION_ON_ALL_RESOURCES /Statement/0/Action/1", "READ_ACTION_ON_ALL_RESOURCES /Statement/0/Action/2"),
                findings.stream().map(f -> f.code() + " " + f.path()).toList());
    }
}
