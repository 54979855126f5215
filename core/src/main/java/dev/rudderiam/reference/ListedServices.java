package dev.rudderiam.reference;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** The reference {@link ServiceReference#of} makes: the services given, by prefix in lower case, in their order. */
final class ListedServices implements ServiceReference {
    private final Map<String, ServiceInfo> byPrefix;

    ListedServices(Collection<ServiceInfo> services) {
        Map<String, ServiceInfo> map = new LinkedHashMap<>();
        for (ServiceInfo service : services) {
            Objects.requireNonNull(service, "service");
            ServiceInfo before = map.putIfAbsent(service.prefix().toLowerCase(Locale.ROOT), service);
            if (before != null) {
                throw new IllegalArgumentException("services: prefix '" + service.prefix() + "' is given twice ('"
                        + before.prefix() + "' before it); a reference holds one service per prefix, and prefixes"
                        + " compare ignoring case");
            }
        }
        this.byPrefix = Collections.unmodifiableMap(map);
    }

    @Override
    public Optional<ServiceInfo> service(String prefix) {
        return Optional.ofNullable(byPrefix.get(Objects.requireNonNull(prefix, "prefix").toLowerCase(Locale.ROOT)));
    }

    @Override
    public Collection<ServiceInfo> services() {
        return byPrefix.values();
    }
}
