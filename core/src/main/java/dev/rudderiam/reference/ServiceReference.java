package dev.rudderiam.reference;

import java.util.Arrays;
import java.util.Collection;
import java.util.Optional;

/**
 * Looks up IAM services by their prefix ({@code s3}, {@code kinesis}, ...). Implementations are immutable and
 * thread-safe. Prefixes compare ignoring case, as IAM compares action prefixes.
 */
public interface ServiceReference {

    /** {@return the service with prefix {@code prefix} (any case), or empty when the reference does not know it} */
    Optional<ServiceInfo> service(String prefix);

    /** {@return every service, in a stable order} */
    Collection<ServiceInfo> services();

    /**
     * {@return a reference of exactly {@code services}, in their order}: for a service the bundled reference does
     * not know yet, or a test's own excerpt of the Service Authorization Reference
     *
     * @throws IllegalArgumentException if two services have the same prefix, ignoring case
     */
    static ServiceReference of(ServiceInfo... services) {
        return of(Arrays.asList(services));
    }

    /**
     * {@return a reference of exactly {@code services}, in their order}
     *
     * @throws IllegalArgumentException if two services have the same prefix, ignoring case
     */
    static ServiceReference of(Collection<ServiceInfo> services) {
        return new ListedServices(services);
    }
}
