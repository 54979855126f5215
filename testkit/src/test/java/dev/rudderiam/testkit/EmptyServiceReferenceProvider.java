package dev.rudderiam.testkit;

import dev.rudderiam.reference.ServiceInfo;
import dev.rudderiam.reference.ServiceReference;
import dev.rudderiam.reference.ServiceReferenceProvider;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** A second provider, registered only by {@link ActionCatalogTest}'s class loaders: a reference with no services. */
public final class EmptyServiceReferenceProvider implements ServiceReferenceProvider {

    /** Creates the provider, as {@link java.util.ServiceLoader} does. */
    public EmptyServiceReferenceProvider() {
    }

    @Override
    public ServiceReference serviceReference() {
        return new ServiceReference() {
            @Override
            public Optional<ServiceInfo> service(String prefix) {
                return Optional.empty();
            }

            @Override
            public Collection<ServiceInfo> services() {
                return List.of();
            }
        };
    }
}
