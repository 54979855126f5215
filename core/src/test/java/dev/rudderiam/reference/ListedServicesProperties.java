package dev.rudderiam.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * {@link ServiceReference#of} holds exactly the services it is given, in their order, finds each by its prefix in
 * any case and nothing else, and refuses a prefix given twice in any case, naming it.
 */
class ListedServicesProperties {
    @Provide
    Arbitrary<List<String>> prefixes() {
        return Arbitraries.strings().withChars('a', 'b', 'A', 'B', '-', '3').ofMinLength(1).ofMaxLength(4).list()
                .ofMaxSize(6);
    }

    @Property(tries = 500)
    void aReferenceOfServicesHoldsThemAndFindsThemInAnyCase(@ForAll("prefixes") List<String> prefixes,
            @ForAll("prefixes") List<String> lookedUp) {
        List<ServiceInfo> services = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        String twice = null;
        for (String prefix : prefixes) {
            if (!seen.add(prefix.toLowerCase(Locale.ROOT)) && twice == null) {
                twice = prefix;
            }
            services.add(new ServiceInfo(prefix, Map.of(), Map.of(), Map.of()));
        }
        if (twice != null) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> ServiceReference.of(services));
            assertTrue(e.getMessage().startsWith("services: prefix '" + twice + "' is given twice"), e.getMessage());
            return;
        }
        ServiceReference reference = ServiceReference.of(services.toArray(ServiceInfo[]::new));
        assertEquals(services, List.copyOf(reference.services()));
        for (ServiceInfo service : services) {
            assertEquals(Optional.of(service), reference.service(service.prefix().toUpperCase(Locale.ROOT)));
            assertEquals(Optional.of(service), reference.service(service.prefix().toLowerCase(Locale.ROOT)));
        }
        for (String prefix : lookedUp) {
            Optional<ServiceInfo> expected = services.stream().filter(s -> s.prefix().equalsIgnoreCase(prefix))
                    .findFirst();
            assertEquals(expected, reference.service(prefix), prefix);
        }
    }
}
