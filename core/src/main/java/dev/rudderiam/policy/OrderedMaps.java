package dev.rudderiam.policy;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * Immutable copies of the model's maps (principal types, condition operators and keys), keeping the order written,
 * and of the lists inside them and of the builders' lists, rejecting a null anywhere with a message naming what was
 * null.
 * Most policies write one principal type, one operator and one key, so an empty or one-entry map is copied into a
 * single small object rather than a linked hash map behind a wrapper.
 */
final class OrderedMaps {
    private OrderedMaps() {
    }

    /**
     * {@return an immutable copy of {@code map} in its order, each value copied with {@code copyValue}}
     *
     * @throws NullPointerException naming {@code keyName} or {@code valueName} when a key or value is null
     */
    static <K, V> Map<K, V> copyOf(Map<K, V> map, String keyName, String valueName, UnaryOperator<V> copyValue) {
        if (map.isEmpty()) {
            return Map.of();
        }
        if (map.size() == 1) {
            Map.Entry<K, V> only = map.entrySet().iterator().next();
            return Map.of(Objects.requireNonNull(only.getKey(), keyName),
                    copyValue.apply(Objects.requireNonNull(only.getValue(), valueName)));
        }
        Map<K, V> copy = new LinkedHashMap<>();
        map.forEach((key, value) -> copy.put(Objects.requireNonNull(key, keyName),
                copyValue.apply(Objects.requireNonNull(value, valueName))));
        return Collections.unmodifiableMap(copy);
    }

    /**
     * {@return an immutable copy of {@code list}}: {@link List#copyOf} with a message. An immutable list of
     * {@link List#of} or {@link List#copyOf}, as the JSON reader and the builders make, is kept as it is without
     * looking at its elements (it cannot hold a null); only a list that has a null is walked again, for the name.
     *
     * @throws NullPointerException naming {@code elementName} when an element is null
     */
    static <T> List<T> copyOfList(Collection<T> list, String elementName) {
        try {
            return List.copyOf(list);
        } catch (NullPointerException nullElement) {
            for (T element : list) {
                Objects.requireNonNull(element, elementName);
            }
            throw nullElement;
        }
    }

    /**
     * {@return {@code list} with {@code value} added}: a builder's lists are immutable (set whole, or shared with
     * what was built) until the first add, which makes the builder its own {@link ArrayList}; later adds go to it
     *
     * @throws NullPointerException naming {@code elementName} when {@code value} is null
     */
    static <T> List<T> appended(List<T> list, T value, String elementName) {
        Objects.requireNonNull(value, elementName);
        List<T> own = list instanceof ArrayList ? list : new ArrayList<>(list);
        own.add(value);
        return own;
    }
}
