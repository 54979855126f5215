package dev.rudderiam.catalog;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * One parameter of a destination template.
 *
 * @param name the name callers use, such as {@code bucketName}
 * @param type the kind of value
 * @param required whether a value must be given; a parameter with a default is never required
 * @param defaultValue the value used when none is given, or null
 * @param list whether the value is a comma-separated list of values of {@code type} (each is checked; repeats are
 *     dropped)
 * @param choices the allowed values of a {@link ParameterType#CHOICE} parameter, empty for other types
 * @param requires the parameters that must also be given when this one is given explicitly
 * @param description what the value is and where RudderStack shows it
 */
public record Parameter(String name, ParameterType type, boolean required, @Nullable String defaultValue,
        boolean list, List<String> choices, List<String> requires, String description) {

    /** Checks that the parts agree: choices only for a choice, no default on a required parameter. */
    public Parameter {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(description, "description");
        choices = List.copyOf(choices);
        requires = List.copyOf(requires);
        if ((type == ParameterType.CHOICE) == choices.isEmpty()) {
            throw new IllegalArgumentException("parameter '" + name + "' is invalid: a choice parameter lists its"
                    + " values and only a choice parameter does");
        }
        if (required && defaultValue != null) {
            throw new IllegalArgumentException("parameter '" + name + "' is invalid: a required parameter has no"
                    + " default");
        }
    }

    /** {@return the type as written in listings: the type id, followed by {@code []} for a list} */
    public String typeName() {
        return type.id() + (list ? "[]" : "");
    }

    /** {@return the rule a value must satisfy, with the AWS page that states it} */
    public String rule() {
        String rule = type == ParameterType.CHOICE ? "the value is one of " + String.join(", ", choices)
                : type.rule();
        if (list) {
            rule = "a comma-separated list where each value holds: " + rule;
        }
        return type.docs().isEmpty() ? rule : rule + " (" + type.docs() + ")";
    }

    /**
     * {@return the checked values of {@code raw}: one value, or the list's values without repeats}
     *
     * @throws DestinationParameterException when a value breaks the rule
     */
    List<String> check(String destination, String raw) {
        List<String> parts = list ? List.of(raw.split(",", -1)) : List.of(raw);
        Set<String> values = new LinkedHashSet<>();
        for (String part : parts) {
            boolean ok = type == ParameterType.CHOICE ? choices.contains(part) : type.accepts(part);
            if (!ok) {
                throw new DestinationParameterException(destination, name, raw,
                        DestinationParameterException.Problem.INVALID,
                        type.suggestion(part).map(s -> rule() + "; " + s).orElse(rule()));
            }
            values.add(type.normalize(part));
        }
        return new ArrayList<>(values);
    }
}
