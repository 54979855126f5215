package dev.rudderiam.catalog.blueprint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rudderiam.catalog.CatalogVariants;
import dev.rudderiam.catalog.PolicyCatalog;
import dev.rudderiam.policy.PolicyDocument;
import dev.rudderiam.policy.Resource;
import dev.rudderiam.role.PolicyName;
import dev.rudderiam.role.RoleSpec;
import dev.rudderiam.validation.Finding;
import dev.rudderiam.validation.Validator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The validator (every rule set) on the role of every variant of every template: no finding at all, except the
 * "action on all resources" warnings for the statements that keep RudderStack's documented {@code "*"} because the
 * parameters that would narrow them were not given.
 */
class RoleValidationTest {
    private static final Set<String> STAR_FALLBACK = Set.of("WRITE_ACTION_ON_ALL_RESOURCES",
            "READ_ACTION_ON_ALL_RESOURCES");
    private static final Pattern STATEMENT = Pattern.compile("/permissionPolicies/([^/]+)/Statement/([0-9]+)/.*");
    private final Validator validator = RudderStackRole.validator("2Nk4t3WkHTGYzbTvG2zLXJXKNoF");

    @TestFactory
    Stream<DynamicTest> everyRoleTheCatalogBuildsValidates() {
        return PolicyCatalog.bundled().destinations().stream().map(template -> DynamicTest.dynamicTest(
                template.id(), () -> {
                    for (Map<String, String> values : CatalogVariants.of(template)) {
                        RoleSpec role = RudderStackRole.builder().workspaceId("2Nk4t3WkHTGYzbTvG2zLXJXKNoF").roleName("rudderstack")
                                .destination(template.id(), values).build();
                        for (Finding finding : validator.validate(role).findings()) {
                            String where = template.id() + " " + values + ": " + finding;
                            assertTrue(STAR_FALLBACK.contains(finding.code()), where);
                            Matcher matcher = STATEMENT.matcher(finding.path());
                            assertTrue(matcher.matches(), where);
                            PolicyDocument policy = role.inlinePolicies().get(PolicyName.of(matcher.group(1)));
                            assertEquals(List.of(Resource.ALL), policy.statements()
                                    .get(Integer.parseInt(matcher.group(2))).resources(), where);
                        }
                    }
                }));
    }
}
