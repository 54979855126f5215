package dev.rudderiam.reference;

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
}
