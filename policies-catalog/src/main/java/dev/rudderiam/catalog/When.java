package dev.rudderiam.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * When a statement or trusted party of a template applies: every listed parameter present, every other listed
 * one absent, and the listed values equal or unequal. A parameter with a default is always present.
 */
public record When(List<String> present, List<String> absent, Map<String, String> equals,
        Map<String, String> notEquals) {
    /** Always applies. */
    static final When ALWAYS = new When(List.of(), List.of(), Map.of(), Map.of());

    public When {
        present = List.copyOf(present);
        absent = List.copyOf(absent);
        equals = Map.copyOf(equals);
        notEquals = Map.copyOf(notEquals);
    }

    boolean holds(Map<String, List<String>> bound) {
        return present.stream().allMatch(bound::containsKey)
                && absent.stream().noneMatch(bound::containsKey)
                && equals.entrySet().stream().allMatch(e -> List.of(e.getValue()).equals(bound.get(e.getKey())))
                && notEquals.entrySet().stream().noneMatch(e -> List.of(e.getValue()).equals(bound.get(e.getKey())));
    }

    /**
     * {@return the condition in words, such as {@code always} or {@code cleanup = true and kmsKeyArn given}, in
     * the order present, absent, equals, not equals (each sorted by name, so the text is stable)}
     */
    String describe() {
        List<String> parts = new ArrayList<>();
        present.stream().sorted().forEach(name -> parts.add(name + " given"));
        absent.stream().sorted().forEach(name -> parts.add(name + " not given"));
        new TreeMap<>(equals).forEach((name, value) -> parts.add(name + " = " + value));
        new TreeMap<>(notEquals).forEach((name, value) -> parts.add(name + " != " + value));
        return parts.isEmpty() ? "always" : String.join(" and ", parts);
    }

    /** {@return every parameter name this condition mentions} */
    List<String> names() {
        List<String> names = new ArrayList<>(present);
        names.addAll(absent);
        names.addAll(equals.keySet());
        names.addAll(notEquals.keySet());
        return names;
    }
}
