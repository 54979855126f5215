package dev.rudderiam.catalog.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rudderiam.catalog.CatalogArbitraries;
import dev.rudderiam.catalog.DestinationTemplate;
import dev.rudderiam.catalog.Parameter;
import dev.rudderiam.catalog.ParameterType;
import dev.rudderiam.catalog.PolicyCatalog;
import dev.rudderiam.catalog.blueprint.PolicyLayout;
import dev.rudderiam.catalog.blueprint.RudderStackRole;
import dev.rudderiam.json.JsonValues;
import dev.rudderiam.json.PolicyJson;
import dev.rudderiam.policy.PolicyDocument;
import dev.rudderiam.role.RoleSpec;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The parameterized exports grant, for any parameter values the deployment tool accepts, exactly what today's
 * concrete export grants for the same values.
 */
class ParameterizedExportProperties {
    private static final String WORKSPACE = "2Nk4t3WkHTGYzbTvG2zLXJXKNoF";

    /** One destination of the catalog with values, the account it is deployed to and the policy layout. */
    record Case(String id, Map<String, String> values, String account, boolean combined) {
    }

    @Property(tries = 300, maxDiscardRatio = 20)
    void cloudFormationTemplateRendersAsTheConcreteExport(@ForAll("cases") Case c) {
        Map<String, String> values = c.values();
        Assume.that(acceptedByConstraints(c.id(), values));
        PolicyLayout layout = c.combined() ? PolicyLayout.COMBINED : PolicyLayout.PER_DESTINATION;
        RoleSpec concrete = RudderStackRole.builder().workspaceId(WORKSPACE).roleName("rudderstack-fleet")
                .destination(c.id(), values).policyLayout(layout).build();
        Map<?, ?> expected = (Map<?, ?>) ((Map<?, ?>) ((Map<?, ?>) json(ExportFormat.CLOUDFORMATION.write(concrete,
                false)).get("Resources")).get(CloudFormationTemplate.ROLE)).get("Properties");

        // The template is built from other defaults than the values it is resolved with.
        RoleSpec sample = RudderStackRole.builder().workspaceId("ws-sample").roleName("sample")
                .destination(c.id(), values).policyLayout(layout).build();
        Map<?, ?> template = json(ExportFormat.CLOUDFORMATION.writeParameterized(new ParameterizedRole(sample,
                "ws-sample", List.of(new ParameterizedRole.Destination(c.id(), values)), layout), false)
                .get(ExportFormat.CLOUDFORMATION_FILE));
        Map<?, ?> actual = new CloudFormationResolver(template, cloudFormationValues(c.id(), values), c.account())
                .properties(CloudFormationTemplate.ROLE);

        assertEquals("rudderstack-fleet", actual.get("RoleName"));
        assertTrue(atoms(expected.get("AssumeRolePolicyDocument")).semanticallyEquals(
                atoms(actual.get("AssumeRolePolicyDocument"))), () -> "trust policy of " + c);
        policies(expected).forEach((name, document) -> assertTrue(document.semanticallyEquals(
                policies(actual).get(name)), () -> "policy " + name + " of " + c + ": expected "
                        + PolicyJson.write(document) + " but was " + PolicyJson.write(policies(actual).get(name))));
        assertEquals(policies(expected).keySet(), policies(actual).keySet());
    }

    @Provide
    Arbitrary<Case> cases() {
        List<DestinationTemplate> templates = PolicyCatalog.bundled().destinations();
        return Arbitraries.of(templates).flatMap(template -> Combinators.combine(
                CatalogArbitraries.validParameters(template), CatalogArbitraries.valid(ParameterType.ACCOUNT_ID),
                Arbitraries.of(true, false)).as((values, account, combined) -> {
                    Map<String, String> fixed = new LinkedHashMap<>();
                    values.forEach((name, value) -> {
                        Parameter parameter = template.parameter(name).orElseThrow();
                        fixed.put(name, parameter.type() == ParameterType.ACCOUNT_ID ? account
                                : parameter.type() == ParameterType.BOOLEAN ? value.toLowerCase(Locale.ROOT) : value);
                    });
                    return new Case(template.id(), fixed, account, combined);
                }));
    }

    /** {@return whether every value is one the parameter's constraint accepts (a narrower one refuses some)} */
    static boolean acceptedByConstraints(String id, Map<String, String> values) {
        DestinationTemplate template = PolicyCatalog.bundled().template(id);
        return values.entrySet().stream().allMatch(e -> {
            Parameter parameter = template.parameter(e.getKey()).orElseThrow();
            return ParameterConstraint.of(parameter).map(constraint -> List.of(e.getValue().split(",", -1)).stream()
                    .allMatch(constraint::accepts)).orElse(true);
        });
    }

    /**
     * {@return a value for every parameter of the template: the given ones, the empty string for an optional one
     * not given, the catalog default otherwise; list values one per slot}
     */
    static Map<String, String> cloudFormationValues(String id, Map<String, String> values) {
        DestinationTemplate template = PolicyCatalog.bundled().template(id);
        String prefix = template.id().replaceAll("[^A-Za-z0-9]", "");
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("WorkspaceId", WORKSPACE);
        parameters.put("RoleName", "rudderstack-fleet");
        for (Parameter parameter : template.parameters()) {
            if (parameter.type() == ParameterType.ACCOUNT_ID || ParameterConstraint.of(parameter).isEmpty()) {
                continue;
            }
            String name = prefix + Character.toUpperCase(parameter.name().charAt(0)) + parameter.name().substring(1);
            String value = values.getOrDefault(parameter.name(), parameter.defaultValue() == null ? ""
                    : parameter.defaultValue());
            if (parameter.list()) {
                List<String> items = value.isEmpty() ? List.of() : List.of(value.split(","));
                for (int slot = 1; slot <= StackSetTemplate.LIST_SLOTS; slot++) {
                    parameters.put(name + slot, slot <= items.size() ? items.get(slot - 1) : "");
                }
            } else {
                parameters.put(name, value);
            }
        }
        return parameters;
    }

    static Map<?, ?> json(String text) {
        return (Map<?, ?>) JsonValues.read(text, 1 << 22);
    }

    private static Map<String, PolicyDocument> policies(Map<?, ?> properties) {
        Map<String, PolicyDocument> policies = new LinkedHashMap<>();
        Object list = properties.get("Policies");
        if (list != null) {
            for (Object item : (List<?>) list) {
                Map<?, ?> policy = (Map<?, ?>) item;
                policies.put((String) policy.get("PolicyName"), atoms(policy.get("PolicyDocument")));
            }
        }
        return policies;
    }

    /**
     * {@return the document with each statement split into one statement per action and resource, without Sid}:
     * the form in which merging statements (as the role builder does) changes nothing
     */
    static PolicyDocument atoms(Object document) {
        Map<String, Object> copy = new LinkedHashMap<>();
        ((Map<?, ?>) document).forEach((k, v) -> copy.put((String) k, v));
        List<Object> atoms = new ArrayList<>();
        for (Object item : (List<?>) copy.get("Statement")) {
            Map<?, ?> statement = (Map<?, ?>) item;
            for (Object action : list(statement.get("Action"))) {
                for (Object resource : list(statement.get("Resource"))) {
                    Map<String, Object> atom = new LinkedHashMap<>();
                    statement.forEach((k, v) -> atom.put((String) k, v));
                    atom.remove("Sid");
                    if (action != null) {
                        atom.put("Action", action);
                    }
                    if (resource != null) {
                        atom.put("Resource", resource);
                    }
                    atoms.add(atom);
                }
            }
        }
        copy.put("Statement", atoms);
        return PolicyJson.read(JsonValues.write(copy, false));
    }

    private static List<?> list(Object value) {
        if (value == null) {
            List<Object> absent = new ArrayList<>();
            absent.add(null);
            return absent;
        }
        return value instanceof List ? (List<?>) value : List.of(value);
    }
}
