package dev.rudderiam.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rudderiam.catalog.reference.BundledServiceReference;
import dev.rudderiam.policy.PolicyDocument;
import dev.rudderiam.policy.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Laws of rendering: valid values always render, deterministically; invalid ones fail with the documented error. */
class DestinationTemplateProperties {
    private static final List<DestinationTemplate> TEMPLATES = PolicyCatalog.bundled().destinations();
    private final ResourceTypes oracle = new ResourceTypes(BundledServiceReference.bundled());

    /** A template with values for it. */
    static final class Case {
        final DestinationTemplate template;
        final Map<String, String> values;
        final String parameter;

        Case(DestinationTemplate template, Map<String, String> values, String parameter) {
            this.template = template;
            this.values = values;
            this.parameter = parameter;
        }

        @Override
        public String toString() {
            return template.id() + " " + values + " (" + parameter + ")";
        }
    }

    @Property(tries = 300)
    void validValuesRenderDeterministicallyIntoPoliciesTheReferenceAccepts(@ForAll("valid") Case c) {
        PolicyDocument first = c.template.render(c.values);
        PolicyDocument second = c.template.render(new LinkedHashMap<>(c.values));
        assertEquals(first, second);
        for (Statement statement : first.statements()) {
            assertEquals(List.of(), oracle.problems(statement), statement.toString());
        }
    }

    @Property(tries = 300)
    void invalidValuesFailWithTheDocumentedErrorNamingTheParameter(@ForAll("invalid") Case c) {
        DestinationParameterException e = assertThrows(DestinationParameterException.class,
                () -> c.template.render(c.values));
        assertEquals(c.parameter, e.parameter());
        assertEquals(c.template.id(), e.destination());
        assertTrue(e.getMessage().contains("'" + c.parameter + "'"), e.getMessage());
    }

    @Property(tries = 300)
    void anyStringEitherRendersOrFailsWithTheDocumentedError(@ForAll("arbitrary") Case c) {
        try {
            c.template.render(c.values);
            c.template.trustedParties(c.values);
        } catch (DestinationParameterException expected) {
            assertTrue(expected.getMessage().startsWith("destination " + c.template.id() + ": parameter '"));
        }
    }

    @Provide
    Arbitrary<Case> valid() {
        return Arbitraries.of(TEMPLATES).flatMap(t -> CatalogArbitraries.validParameters(t)
                .map(values -> new Case(t, values, "")));
    }

    @Provide
    Arbitrary<Case> invalid() {
        return Arbitraries.of(TEMPLATES).flatMap(t -> CatalogArbitraries.validParameters(t).flatMap(values -> {
            List<Parameter> required = t.parameters().stream().filter(Parameter::required)
                    .collect(Collectors.toList());
            Arbitrary<Case> badValue = Arbitraries.of(t.parameters()).flatMap(p -> CatalogArbitraries.invalid(p)
                    .map(bad -> new Case(t, with(values, p.name(), bad), p.name())));
            Arbitrary<Case> unknown = Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(12)
                    .filter(name -> t.parameter(name).isEmpty())
                    .map(name -> new Case(t, with(values, name, "x"), name));
            if (required.isEmpty()) {
                return Arbitraries.oneOf(badValue, unknown);
            }
            Arbitrary<Case> missing = Arbitraries.of(required).map(p -> {
                Map<String, String> fewer = new LinkedHashMap<>(values);
                fewer.remove(p.name());
                return new Case(t, fewer, p.name());
            });
            return Arbitraries.oneOf(badValue, unknown, missing);
        }));
    }

    @Provide
    Arbitrary<Case> arbitrary() {
        return Arbitraries.of(TEMPLATES).flatMap(t -> {
            Arbitrary<String> names = Arbitraries.oneOf(Arbitraries.of(t.parameters()).map(Parameter::name),
                    Arbitraries.strings().ofMaxLength(10));
            return Combinators.combine(names, Arbitraries.strings().ofMaxLength(60)).as(Map::entry).list()
                    .ofMaxSize(6).map(entries -> {
                        Map<String, String> values = new LinkedHashMap<>();
                        entries.forEach(e -> values.put(e.getKey(), e.getValue()));
                        return new Case(t, values, "");
                    });
        });
    }

    private static Map<String, String> with(Map<String, String> values, String name, String value) {
        Map<String, String> copy = new LinkedHashMap<>(values);
        copy.put(name, value);
        return copy;
    }
}
