package dev.rudderiam.catalog.reference;

import dev.rudderiam.reference.ServiceReference;
import dev.rudderiam.reference.ServiceReferenceProvider;

/**
 * Registers the {@link BundledServiceReference} with {@link java.util.ServiceLoader} (in
 * {@code META-INF/services/dev.rudderiam.reference.ServiceReferenceProvider}), so code that depends on core alone,
 * such as the testkit, finds the bundled snapshot whenever this module is on the class path.
 */
public final class BundledServiceReferenceProvider implements ServiceReferenceProvider {

    /** Creates the provider; the snapshot is loaded by {@link #serviceReference()}, once per class loader. */
    public BundledServiceReferenceProvider() {
    }

    /** {@return {@link BundledServiceReference#bundled()}} */
    @Override
    public ServiceReference serviceReference() {
        return BundledServiceReference.bundled();
    }
}
