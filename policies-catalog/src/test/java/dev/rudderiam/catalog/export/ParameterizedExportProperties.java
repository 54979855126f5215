package dev.rudderiam.catalog.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rudderiam.catalog.CatalogArbitraries;
import dev.rudderiam.catalog.DestinationParameterException;
import dev.rudderiam.catalog.DestinationTemplate;
import dev.rudderiam.catalog.Parameter;
import dev.rudderiam.catalog.ParameterType;
import dev.rudderiam.catalog.PolicyCatalog;
import dev.rudderiam.catalog.blueprint.PolicyLayout;
import dev.rudderiam.catalog.blueprint.RudderStackRole;
import dev.rudderiam.json.JsonStyle;
import dev.rudderiam.json.JsonValues;
import dev.rudderiam.json.PolicyJson;
import dev.rudderiam.policy.PolicyDocument;
import dev.rudderiam.role.RoleSpec;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * The parameterized exports grant, for any parameter values the deployment tool accepts, exactly what today's
 * concrete export grants for the same values.
 */
class ParameterizedExportProperties {
    private static final String WORKSPACE = "2Nk4t3WkHTGYzbTvG2zLXJXKNoF";

    /** One or two destinations of the catalog with values, the account it is deployed to and the policy layout. */
    record Case(List<ParameterizedRole.Destination> destinations, String account, boolean combined) {
        PolicyLayout layout() {
            return combined ? PolicyLayout.COMBINED : PolicyLayout.PER_DESTINATION;
        }

        /** {@return the role RudderStackRole builds for these destinations, or null when it is too large for IAM} */
        RoleSpec role(String workspaceId, String roleName) {
            RudderStackRole.Builder builder = RudderStackRole.builder().workspaceId(workspaceId).roleName(roleName)
                    .policyLayout(layout());
            destinations.forEach(d -> builder.destination(d.id(), d.values()));
            try {
                return builder.build();
            } catch (IllegalArgumentException e) {
                return null;
            }
        }

        /**
         * {@return the parameterized role, built from other defaults than the values it is checked with}: another
         * workspace and role name, and each Glue database given replaced by another or left out, so the template
         * must take the database as a parameter to render the values checked
         */
        ParameterizedRole sample() {
            List<ParameterizedRole.Destination> others = new ArrayList<>();
            for (ParameterizedRole.Destination destination : destinations) {
                DestinationTemplate template = PolicyCatalog.bundled().template(destination.id());
                Map<String, String> values = new LinkedHashMap<>(destination.values());
                destination.values().forEach((name, value) -> {
                    if (template.parameter(name).orElseThrow().type() == ParameterType.GLUE_DATABASE) {
                        if (value.length() % 2 == 0) {
                            values.remove(name);
                        } else {
                            values.put(name, value.equals("sample_database") ? "other_database" : "sample_database");
                        }
                    }
                });
                others.add(new ParameterizedRole.Destination(destination.id(), values));
            }
            return new ParameterizedRole(new Case(others, account, combined).role("ws-sample", "sample"),
                    "ws-sample", others, layout());
        }

        /** {@return whether every value is one the constraints accept (a narrower one refuses some)} */
        boolean acceptedByConstraints() {
            return destinations.stream().allMatch(d -> ParameterizedExportProperties.acceptedByConstraints(d.id(),
                    d.values()));
        }
    }

    @Property(tries = 300, maxDiscardRatio = 20)
    void cloudFormationTemplateRendersAsTheConcreteExport(@ForAll("cases") Case c) {
        Assume.that(c.acceptedByConstraints());
        RoleSpec concrete = c.role(WORKSPACE, "rudderstack-fleet");
        Assume.that(concrete != null);
        Map<?, ?> expected = (Map<?, ?>) ((Map<?, ?>) ((Map<?, ?>) json(ExportFormat.CLOUDFORMATION.write(concrete,
                JsonStyle.COMPACT)).get("Resources")).get(CloudFormationTemplate.ROLE)).get("Properties");

        Map<?, ?> template = json(ExportFormat.CLOUDFORMATION.writeParameterized(c.sample(), JsonStyle.COMPACT)
                .get(ExportFormat.CLOUDFORMATION_FILE));
        Map<?, ?> actual = new CloudFormationResolver(template, cloudFormationValues(c), c.account())
                .properties(CloudFormationTemplate.ROLE);

        assertEquals("rudderstack-fleet", actual.get("RoleName"));
        assertTrue(atoms(expected.get("AssumeRolePolicyDocument")).semanticallyEquals(
                atoms(actual.get("AssumeRolePolicyDocument"))), () -> "trust policy of " + c);
        policies(expected).forEach((name, document) -> assertTrue(document.semanticallyEquals(
                policies(actual).get(name)), () -> "policy " + name + " of " + c + ": expected "
                        + PolicyJson.write(document) + " but was " + PolicyJson.write(policies(actual).get(name))));
        assertEquals(policies(expected).keySet(), policies(actual).keySet());
    }

    /**
     * The template's {@code Rules} refuse exactly the values the catalog refuses for an optional parameter left out
     * (one that another given parameter requires), so CloudFormation stops them before any IAM call as the catalog
     * does.
     */
    @Property(tries = 300, maxDiscardRatio = 20)
    void rulesRefuseWhatTheCatalogRefusesWhenAnOptionalParameterIsLeftOut(@ForAll("cases") Case c,
            @ForAll @IntRange(min = 0, max = 100) int pick) {
        Assume.that(c.acceptedByConstraints() && c.role(WORKSPACE, "rudderstack-fleet") != null);
        List<String[]> optional = new ArrayList<>();
        for (int i = 0; i < c.destinations().size(); i++) {
            ParameterizedRole.Destination destination = c.destinations().get(i);
            for (Parameter parameter : PolicyCatalog.bundled().template(destination.id()).parameters()) {
                boolean declared = parameter.type() != ParameterType.ACCOUNT_ID && !parameter.list();
                if (declared && !parameter.required() && parameter.defaultValue() == null
                        && destination.values().containsKey(parameter.name())) {
                    optional.add(new String[] {String.valueOf(i), parameter.name()});
                }
            }
        }
        Assume.that(!optional.isEmpty());
        String[] left = optional.get(pick % optional.size());
        int index = Integer.parseInt(left[0]);
        List<ParameterizedRole.Destination> fewer = new java.util.ArrayList<>(c.destinations());
        Map<String, String> values = new LinkedHashMap<>(fewer.get(index).values());
        values.remove(left[1]);
        // An account id is not a template parameter: it is the deploying account wherever what needs it is given.
        // A parameter with a default always has a value in a template, which cannot tell a value given from the
        // default. So leaving out what either requires leaves it out too: the template then renders the policy
        // without both (EventBridge without region names no bus and keeps the documented "*"), and no rule refuses.
        for (Parameter parameter : PolicyCatalog.bundled().template(fewer.get(index).id()).parameters()) {
            boolean implied = parameter.type() == ParameterType.ACCOUNT_ID || parameter.defaultValue() != null;
            if (implied && parameter.requires().contains(left[1])) {
                values.remove(parameter.name());
            }
        }
        fewer.set(index, new ParameterizedRole.Destination(fewer.get(index).id(), values));
        Case reduced = new Case(fewer, c.account(), c.combined());

        boolean catalogRefuses;
        try {
            PolicyCatalog.bundled().template(fewer.get(index).id()).render(values);
            catalogRefuses = false;
        } catch (DestinationParameterException e) {
            catalogRefuses = true;
        }
        Map<?, ?> template = json(ExportFormat.CLOUDFORMATION.writeParameterized(c.sample(), JsonStyle.COMPACT)
                .get(ExportFormat.CLOUDFORMATION_FILE));
        boolean rulesRefuse;
        try {
            new CloudFormationResolver(template, cloudFormationValues(reduced), c.account());
            rulesRefuse = false;
        } catch (IllegalArgumentException e) {
            assertTrue(e.getMessage().startsWith("rule "), e::getMessage);
            rulesRefuse = true;
        }
        assertEquals(catalogRefuses, rulesRefuse, () -> left[1] + " left out of " + reduced);
    }

    @Provide
    Arbitrary<Case> cases() {
        Arbitrary<String> accounts = CatalogArbitraries.valid(ParameterType.ACCOUNT_ID);
        return accounts.flatMap(account -> Combinators.combine(destination(account).list().ofMinSize(1)
                .ofMaxSize(2), Arbitraries.of(true, false)).as((destinations, combined) -> new Case(destinations,
                        account, combined)));
    }

    /** {@return a destination of the catalog with valid values; account-id parameters are {@code account}} */
    private static Arbitrary<ParameterizedRole.Destination> destination(String account) {
        List<DestinationTemplate> templates = PolicyCatalog.bundled().destinations();
        return Arbitraries.of(templates).flatMap(template -> CatalogArbitraries.validParameters(template)
                .map(values -> {
                    Map<String, String> fixed = new LinkedHashMap<>();
                    values.forEach((name, value) -> {
                        Parameter parameter = template.parameter(name).orElseThrow();
                        fixed.put(name, parameter.type() == ParameterType.ACCOUNT_ID ? account : value);
                    });
                    return new ParameterizedRole.Destination(template.id(), fixed);
                }));
    }

    /** {@return whether every value is one the parameter's constraint accepts (a narrower one refuses some)} */
    static boolean acceptedByConstraints(String id, Map<String, String> values) {
        DestinationTemplate template = PolicyCatalog.bundled().template(id);
        return values.entrySet().stream().allMatch(e -> {
            Parameter parameter = template.parameter(e.getKey()).orElseThrow();
            return List.of(e.getValue().split(",", -1)).stream().allMatch(ParameterConstraint.of(parameter)::accepts);
        });
    }

    /** {@return a value for every parameter of the template of {@code c}, as {@link #destinationValues} gives them} */
    static Map<String, String> cloudFormationValues(Case c) {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("WorkspaceId", WORKSPACE);
        parameters.put("RoleName", "rudderstack-fleet");
        Map<String, Integer> seen = new LinkedHashMap<>();
        for (ParameterizedRole.Destination destination : c.destinations()) {
            int instance = seen.merge(destination.id(), 1, Integer::sum);
            parameters.putAll(destinationValues(destination.id(), TemplateParameters.prefix(destination.id(),
                    instance), destination.values()));
        }
        return parameters;
    }

    /**
     * {@return a value for every parameter of the template: the given ones, the empty string for an optional one
     * not given, the catalog default otherwise; list values one per slot}
     */
    static Map<String, String> destinationValues(String id, String prefix, Map<String, String> values) {
        DestinationTemplate template = PolicyCatalog.bundled().template(id);
        Map<String, String> parameters = new LinkedHashMap<>();
        for (Parameter parameter : template.parameters()) {
            if (parameter.type() == ParameterType.ACCOUNT_ID) {
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
     * {@return the document with each statement split into one statement per action and resource, without Sid,
     * and without a statement that one on {@code "*"} with the same action and condition covers}: the form in which
     * merging statements (as the role builder does) changes nothing
     */
    @SuppressWarnings("unchecked")
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
        // An Allow on "*" grants everything an Allow of the same action and condition on one resource grants, so the
        // role builder's merge drops the latter (StatementMerger); drop it here too.
        atoms.removeIf(atom -> {
            Map<String, Object> onAll = new LinkedHashMap<>((Map<String, Object>) atom);
            if ("*".equals(onAll.get("Resource")) || !onAll.containsKey("Resource")) {
                return false;
            }
            onAll.put("Resource", "*");
            return atoms.contains(onAll);
        });
        copy.put("Statement", atoms);
        return PolicyJson.read(JsonValues.write(copy));
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
