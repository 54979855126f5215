package dev.rudderiam.catalog.export;

import dev.rudderiam.catalog.DestinationTemplate;
import dev.rudderiam.catalog.Parameter;
import dev.rudderiam.catalog.ParameterType;
import dev.rudderiam.catalog.When;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * What the parameterized exports share, whatever the tool: how each catalog parameter of a destination appears in
 * the template ({@link Binding}), a statement's condition in the parameters' terms ({@link Condition}), and a
 * template string split into literal text and references ({@link Part}). {@code StackSetTemplate} writes them as
 * CloudFormation, {@code TerraformModule} as Terraform.
 */
final class TemplateParameters {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Za-z][A-Za-z0-9]*)}");

    private TemplateParameters() {
    }

    /**
     * How one catalog parameter appears: as a template parameter ({@link Kind#PARAMETER}, {@link Kind#LIST}) or as
     * the account the template is deployed to ({@link Kind#ACCOUNT}).
     *
     * @param parameter the catalog parameter
     * @param name the template parameter's name: the destination prefix and the parameter name, such as
     *     {@code S3BucketName}
     * @param kind how it appears
     * @param value the value given (the default of the template parameter), lower case for a boolean; empty when
     *     none
     * @param constraint the constraint of one value, or null for {@link Kind#ACCOUNT}
     */
    record Binding(Parameter parameter, String name, Kind kind, String value, @Nullable ParameterConstraint constraint) {
        enum Kind { PARAMETER, LIST, ACCOUNT }

        /** {@return whether the template parameter may be left empty: not required and without default} */
        boolean optional() {
            return !parameter.required() && parameter.defaultValue() == null;
        }

        /** {@return the values of a list parameter, or the one value} */
        List<String> values() {
            return value.isEmpty() ? List.of() : List.of(value.split(",", -1));
        }

        /** {@return the description for the deployment tool: the catalog's and its rule} */
        String description() {
            return parameter.description() + " Rule: " + parameter.rule();
        }
    }

    /** A statement's condition in terms of the template parameters. */
    sealed interface Condition {
        /** Always. */
        Condition TRUE = new And(List.of());

        /** Never. */
        Condition FALSE = new Not(TRUE);
    }

    /** The optional parameter is not empty. */
    record Given(Binding binding) implements Condition {
    }

    /** The parameter equals the value. */
    record Equals(Binding binding, String value) implements Condition {
    }

    /** The condition does not hold. */
    record Not(Condition condition) implements Condition {
    }

    /** Every condition holds (always, when there is none). */
    record And(List<Condition> conditions) implements Condition {
    }

    /** A piece of a template string: literal text, or a reference to a binding (text empty). */
    record Part(String text, @Nullable Binding binding) {
    }

    /** {@return the prefix of the template parameters of the {@code instance}-th destination {@code id}} */
    static String prefix(String id, int instance) {
        return id.replaceAll("[^A-Za-z0-9]", "") + (instance > 1 ? "No" + instance : "");
    }

    /**
     * {@return the bindings of {@code template}'s parameters with the given values as defaults}
     *
     * @throws dev.rudderiam.catalog.DestinationParameterException when the values are wrong for the template
     */
    static Map<String, Binding> bind(DestinationTemplate template, String prefix, Map<String, String> values) {
        template.render(values);
        Map<String, Binding> bindings = new LinkedHashMap<>();
        for (Parameter parameter : template.parameters()) {
            String name = prefix + Character.toUpperCase(parameter.name().charAt(0)) + parameter.name().substring(1);
            String given = values.getOrDefault(parameter.name(), parameter.defaultValue());
            String value = given == null ? "" : parameter.type() == ParameterType.BOOLEAN
                    ? given.toLowerCase(Locale.ROOT) : given;
            if (parameter.type() == ParameterType.ACCOUNT_ID) {
                bindings.put(parameter.name(), new Binding(parameter, name, Binding.Kind.ACCOUNT, value, null));
            } else {
                bindings.put(parameter.name(), new Binding(parameter, name, parameter.list() ? Binding.Kind.LIST
                        : Binding.Kind.PARAMETER, value, ParameterConstraint.of(parameter)));
            }
        }
        return bindings;
    }

    /**
     * {@return the pairs (optional template parameter, optional template parameter it requires when given)}: what
     * the catalog refuses when the first is given without the second, which the deployment tool must refuse too
     */
    static List<Binding[]> requirements(Map<String, Binding> bindings) {
        List<Binding[]> pairs = new ArrayList<>();
        for (Binding binding : bindings.values()) {
            if (binding.kind() != Binding.Kind.PARAMETER || !binding.optional()) {
                continue;
            }
            for (String other : binding.parameter().requires()) {
                Binding required = binding(bindings, other);
                if (required.kind() == Binding.Kind.PARAMETER && required.optional()) {
                    pairs.add(new Binding[] {binding, required});
                }
            }
        }
        return pairs;
    }

    /** {@return the binding of parameter {@code name}}: the catalog reader made sure the template declares it */
    private static Binding binding(Map<String, Binding> bindings, String name) {
        return Objects.requireNonNull(bindings.get(name), () -> "parameter '" + name + "' is not declared");
    }

    /** {@return {@code when} in terms of the bindings, simplified: {@link Condition#TRUE}, FALSE or neither} */
    static Condition condition(When when, Map<String, Binding> bindings) {
        List<Condition> parts = new ArrayList<>();
        when.present().forEach(name -> parts.add(present(binding(bindings, name))));
        when.absent().forEach(name -> parts.add(not(present(binding(bindings, name)))));
        when.equals().forEach((name, value) -> parts.add(equal(binding(bindings, name), value)));
        when.notEquals().forEach((name, value) -> parts.add(not(equal(binding(bindings, name), value))));
        if (parts.contains(Condition.FALSE)) {
            return Condition.FALSE;
        }
        parts.removeIf(Condition.TRUE::equals);
        return parts.size() == 1 ? parts.get(0) : new And(parts);
    }

    private static Condition present(Binding binding) {
        return binding.kind() != Binding.Kind.ACCOUNT && binding.optional() ? new Given(binding) : Condition.TRUE;
    }

    private static Condition equal(Binding binding, String value) {
        if (binding.kind() != Binding.Kind.PARAMETER) {
            throw new IllegalStateException("parameter '" + binding.parameter().name() + "' is compared to a value");
        }
        return new Equals(binding, value);
    }

    private static Condition not(Condition condition) {
        if (condition.equals(Condition.TRUE)) {
            return Condition.FALSE;
        }
        if (condition.equals(Condition.FALSE)) {
            return Condition.TRUE;
        }
        return new Not(condition);
    }

    /**
     * {@return {@code text} split into literal text and references}
     *
     * @throws IllegalStateException when {@code text} references two list parameters
     */
    static List<Part> parts(String text, Map<String, Binding> bindings) {
        List<Part> parts = new ArrayList<>();
        Matcher matcher = PLACEHOLDER.matcher(text);
        int end = 0;
        boolean list = false;
        while (matcher.find()) {
            parts.add(new Part(text.substring(end, matcher.start()), null));
            Binding binding = binding(bindings, matcher.group(1));
            if (binding.kind() == Binding.Kind.LIST) {
                if (list) {
                    throw new IllegalStateException("'" + text + "' names two list parameters");
                }
                list = true;
            }
            parts.add(new Part("", binding));
            end = matcher.end();
        }
        parts.add(new Part(text.substring(end), null));
        parts.removeIf(part -> part.binding() == null && part.text().isEmpty());
        return parts;
    }

    /** {@return the list binding {@code parts} reference, if any} */
    static Optional<Binding> list(List<Part> parts) {
        return parts.stream().map(Part::binding).filter(b -> b != null && b.kind() == Binding.Kind.LIST).findFirst();
    }
}
