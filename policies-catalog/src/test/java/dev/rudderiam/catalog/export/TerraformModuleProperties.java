package dev.rudderiam.catalog.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rudderiam.catalog.DestinationTemplate;
import dev.rudderiam.catalog.Parameter;
import dev.rudderiam.catalog.ParameterType;
import dev.rudderiam.catalog.PolicyCatalog;
import dev.rudderiam.catalog.export.ParameterizedExportProperties.Case;
import dev.rudderiam.json.JsonStyle;
import dev.rudderiam.json.JsonValues;
import dev.rudderiam.json.PolicyJson;
import dev.rudderiam.policy.PolicyDocument;
import dev.rudderiam.role.RoleSpec;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple.Tuple2;

/**
 * The parameterized Terraform module, evaluated with generated variable values, grants exactly what the concrete
 * export grants for the same values; its validation blocks accept exactly what the constraints (and so the catalog
 * types, see {@link ParameterConstraintProperties}) accept.
 */
class TerraformModuleProperties {
    private static final String WORKSPACE = "2Nk4t3WkHTGYzbTvG2zLXJXKNoF";

    @Property(tries = 200, maxDiscardRatio = 20)
    void moduleRendersAsTheConcreteExport(@ForAll("cases") Case c) {
        Assume.that(c.acceptedByConstraints());
        RoleSpec concrete = c.role(WORKSPACE, "rudderstack-fleet");
        Assume.that(concrete != null);
        Map<String, String> files = ExportFormat.TERRAFORM.writeParameterized(c.sample(), JsonStyle.COMPACT);
        Map<?, ?> declared = (Map<?, ?>) ParameterizedExportProperties.json(files.get(TerraformModule.VARIABLES))
                .get("variable");
        Map<String, Object> variables = variables(c);
        assertEquals(declared.keySet(), variables.keySet());
        HclEvaluator hcl = new HclEvaluator(variables, Map.of("account_id", c.account(), "partition", "aws"));
        declared.forEach((name, declaration) -> {
            for (Object validation : (List<?>) ((Map<?, ?>) declaration).get("validation")) {
                assertEquals(true, hcl.evaluateJsonString((String) ((Map<?, ?>) validation).get("condition")),
                        () -> "variable " + name + " refuses " + variables.get(name));
            }
        });

        Map<?, ?> resources = (Map<?, ?>) ParameterizedExportProperties.json(files.get(TerraformModule.MAIN))
                .get("resource");
        Map<?, ?> role = (Map<?, ?>) ((Map<?, ?>) resources.get("aws_iam_role")).get(TerraformConfig.ROLE);
        assertEquals("rudderstack-fleet", hcl.evaluateJsonString((String) role.get("name")));
        assertTrue(atoms(concrete.trustPolicy()).semanticallyEquals(atoms(PolicyJson.read((String) hcl
                .evaluateJsonString((String) role.get("assume_role_policy"))))), () -> "trust policy of " + c);
        Object lifecycles = role.get("lifecycle");
        for (Object lifecycle : lifecycles == null ? List.of() : (List<?>) lifecycles) {
            for (Object precondition : (List<?>) ((Map<?, ?>) lifecycle).get("precondition")) {
                assertEquals(true, hcl.evaluateJsonString((String) ((Map<?, ?>) precondition).get("condition")));
            }
        }
        Map<String, PolicyDocument> actual = new LinkedHashMap<>();
        Map<?, ?> policies = (Map<?, ?>) resources.get("aws_iam_role_policy");
        if (policies != null) {
            policies.values().forEach(p -> actual.put((String) ((Map<?, ?>) p).get("name"), atoms(PolicyJson.read(
                    (String) hcl.evaluateJsonString((String) ((Map<?, ?>) p).get("policy"))))));
        }
        Map<String, PolicyDocument> expected = new LinkedHashMap<>();
        concrete.inlinePolicies().forEach((name, document) -> expected.put(name.value(), atoms(document)));
        assertEquals(expected.keySet(), actual.keySet());
        expected.forEach((name, document) -> assertTrue(document.semanticallyEquals(actual.get(name)),
                () -> "policy " + name + " of " + c + ": expected " + PolicyJson.write(document) + " but was "
                        + PolicyJson.write(actual.get(name))));
    }

    @Property(tries = 3000)
    void validationAgreesWithTheConstraint(@ForAll("typedCandidates") Tuple2<ParameterType, String> candidate,
            @ForAll boolean optional) {
        ParameterConstraint constraint = ParameterConstraint.of(candidate.get1()).orElseThrow();
        String value = candidate.get2();
        Map<?, ?> validation = (Map<?, ?>) ((List<?>) TerraformModule.variable("string", "d", "", constraint, "x",
                optional, false).get("validation")).get(0);
        Object holds = new HclEvaluator(Map.of("x", value), Map.of())
                .evaluateJsonString((String) validation.get("condition"));
        assertEquals(constraint.accepts(value) || optional && value.isEmpty(), holds,
                () -> candidate.get1() + " '" + value + "' optional " + optional);

        Map<?, ?> listValidation = (Map<?, ?>) ((List<?>) TerraformModule.variable("list(string)", "d", List.of(),
                constraint, "x", optional, true).get("validation")).get(0);
        Object listHolds = new HclEvaluator(Map.of("x", List.of("b", value)), Map.of())
                .evaluateJsonString((String) listValidation.get("condition"));
        assertEquals(constraint.accepts(value) && constraint.accepts("b"), listHolds);
    }

    @Provide
    Arbitrary<Case> cases() {
        return new ParameterizedExportProperties().cases();
    }

    @Provide
    Arbitrary<Tuple2<ParameterType, String>> typedCandidates() {
        return new ParameterConstraintProperties().typedCandidates();
    }

    /** {@return a value for every variable of the module: the given ones, "" or [] when not given, defaults} */
    private static Map<String, Object> variables(Case c) {
        Map<String, Object> variables = new LinkedHashMap<>();
        variables.put("workspace_id", WORKSPACE);
        variables.put("role_name", "rudderstack-fleet");
        Map<String, Integer> seen = new LinkedHashMap<>();
        for (ParameterizedRole.Destination destination : c.destinations()) {
            int instance = seen.merge(destination.id(), 1, Integer::sum);
            DestinationTemplate template = PolicyCatalog.bundled().template(destination.id());
            for (Parameter parameter : template.parameters()) {
                if (parameter.type() == ParameterType.ACCOUNT_ID) {
                    continue;
                }
                String name = template.id().toLowerCase(Locale.ROOT) + (instance > 1 ? "_no" + instance : "") + "_"
                        + parameter.name().replaceAll("([A-Z])", "_$1").toLowerCase(Locale.ROOT);
                String value = destination.values().getOrDefault(parameter.name(), parameter.defaultValue() == null
                        ? "" : parameter.defaultValue());
                variables.put(name, parameter.list() ? (value.isEmpty() ? List.of() : List.of(value.split(",")))
                        : value);
            }
        }
        return variables;
    }

    private static PolicyDocument atoms(PolicyDocument document) {
        return ParameterizedExportProperties.atoms(JsonValues.read(PolicyJson.write(document), 1 << 20));
    }
}
