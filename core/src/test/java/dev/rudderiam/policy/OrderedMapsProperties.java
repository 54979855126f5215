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
}
