package dev.rudderiam.catalog.blueprint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rudderiam.role.RoleName;
import dev.rudderiam.role.RoleSpec;
import dev.rudderiam.validation.Finding;
import dev.rudderiam.validation.Severity;
import dev.rudderiam.validation.ValidationResult;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@link RudderStackRole#validator(String, java.util.Collection)} knows the account's existing role names, so
 * {@code ROLE_NAME_TAKEN} fires when the new role's name equals one of them ignoring case, as IAM compares role
 * names (<a href="https://docs.aws.amazon.com/IAM/latest/APIReference/API_CreateRole.html">CreateRole</a>).
 */
class RoleNameTakenTest {
    private static final String WORKSPACE = "2Nk4t3WkHTGYzbTvG2zLXJXKNoF";
    private static final RoleSpec ROLE = RudderStackRole.builder().workspaceId(WORKSPACE)
            .roleName("rudderstack-destinations").destination("S3", Map.of("bucketName", "acme-events")).build();

    @Test
    void aNameTakenIgnoringCaseIsAnError() {
        ValidationResult result = RudderStackRole.validator(WORKSPACE,
                List.of(RoleName.of("admin"), RoleName.of("RudderStack-Destinations"))).validate(ROLE);

        List<Finding> taken = result.withCode("ROLE_NAME_TAKEN");
        assertEquals(1, taken.size(), result.findings().toString());
        assertEquals(Severity.ERROR, taken.get(0).severity());
        assertEquals("/roleName", taken.get(0).path());
        assertTrue(taken.get(0).message().contains("'RudderStack-Destinations'"), taken.get(0).message());
    }

    @Test
    void otherNamesTakeNothing() {
        ValidationResult result = RudderStackRole.validator(WORKSPACE,
                List.of(RoleName.of("rudderstack-destinations-old"), RoleName.of("admin"))).validate(ROLE);
        assertTrue(result.withCode("ROLE_NAME_TAKEN").isEmpty(), result.findings().toString());
    }

    @Test
    void theWorkspaceOnlyFormKnowsNoExistingNames() {
        assertTrue(RudderStackRole.validator(WORKSPACE).validate(ROLE).withCode("ROLE_NAME_TAKEN").isEmpty());
    }

    @Test
    void theTwoFormsFindTheSameWhenNoNameIsTaken() {
        assertEquals(RudderStackRole.validator(WORKSPACE).validate(ROLE).findings(),
                RudderStackRole.validator(WORKSPACE, List.of(RoleName.of("admin"))).validate(ROLE).findings());
    }

    @Test
    void nullNamesAreRefused() {
        assertThrows(NullPointerException.class, () -> RudderStackRole.validator(WORKSPACE, null));
    }
}
