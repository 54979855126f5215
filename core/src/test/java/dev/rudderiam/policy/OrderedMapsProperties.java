package dev.rudderiam.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;

/** The model's map copies keep every entry in the order written and cannot be changed, whatever their size. */
class OrderedMapsProperties {

    @Property
    void aCopyKeepsTheEntriesInTheirOrderAndIsImmutable(@ForAll @Size(max = 5) List<String> keys) {
        Map<String, List<String>> written = new LinkedHashMap<>();
        keys.forEach(key -> written.put(key, List.of(key + "!")));
        Map<String, List<String>> copy = OrderedMaps.copyOf(written, "key", "value", List::copyOf);
        assertEquals(written, copy);
        assertEquals(new ArrayList<>(written.keySet()), new ArrayList<>(copy.keySet()));
        assertThrows(UnsupportedOperationException.class, () -> copy.put("x", List.of()));
    }

    @Property
    void aNullValueIsRefusedWithItsName(@ForAll @Size(min = 1, max = 3) List<String> keys) {
        Map<String, List<String>> written = new LinkedHashMap<>();
        keys.forEach(key -> written.put(key, null));
        NullPointerException refused = assertThrows(NullPointerException.class,
                () -> OrderedMaps.copyOf(written, "key", "value", List::copyOf));
        assertEquals("value", refused.getMessage());
    }

    @Property
    void aListCopyIsImmutableAndEqualOrRefusesANullWithItsName(
            @ForAll @Size(max = 12) List<@net.jqwik.api.constraints.WithNull(0.1) String> elements,
            @ForAll @net.jqwik.api.constraints.IntRange(max = 3) int form) {
        List<String> written = switch (form) {
            case 0 -> new ArrayList<>(elements);
            case 1 -> java.util.Arrays.asList(elements.toArray(new String[0]));
            case 2 -> elements.stream().toList(); // immutable, and may hold a null
            default -> elements.contains(null) ? new ArrayList<>(elements) : List.copyOf(elements);
        };
        if (elements.contains(null)) {
            NullPointerException refused = assertThrows(NullPointerException.class,
                    () -> OrderedMaps.copyOfList(written, "element"));
            assertEquals("element", refused.getMessage());
        } else {
            List<String> copy = OrderedMaps.copyOfList(written, "element");
            assertEquals(written, copy);
            assertThrows(UnsupportedOperationException.class, () -> copy.add("x"));
        }
    }
}
