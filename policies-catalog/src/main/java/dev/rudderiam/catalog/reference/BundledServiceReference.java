package dev.rudderiam.catalog.reference;

import dev.rudderiam.reference.ServiceInfo;
import dev.rudderiam.reference.ServiceReference;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The AWS Service Authorization Reference snapshot shipped with this library (data dated 2026-09-26: 456 services,
 * 22,091 actions). Global {@code aws:} condition keys are not part of it.
 *
 * <p>It is shipped as {@code aws-service-reference.bin}, a compact binary form compiled from the JSON snapshot in
 * the module's {@code src/data} folder by {@link ServiceReferenceCompiler}, because reading it is several times
 * faster than parsing the 3 MB of JSON; see the package documentation for refreshing it.
 *
 * @see <a href="https://docs.aws.amazon.com/service-authorization/latest/reference/service-reference.html">Simplified
 *     AWS service authorization reference information (machine-readable)</a>
 */
public final class BundledServiceReference implements ServiceReference {
    static final String RESOURCE = "aws-service-reference.bin";

    private final Map<String, ServiceInfo> services;

    BundledServiceReference(Map<String, ServiceInfo> services) {
        this.services = Collections.unmodifiableMap(services);
    }

    /** Holds the snapshot, loaded on first use. */
    private static final class Holder {
        static final BundledServiceReference INSTANCE = load();
    }

    /** {@return the bundled reference, loaded once and shared; thread-safe} */
    public static BundledServiceReference get() {
        return Holder.INSTANCE;
    }

    /** {@return a freshly loaded copy of the bundled reference} */
    public static BundledServiceReference load() {
        try (InputStream raw = BundledServiceReference.class.getResourceAsStream(RESOURCE)) {
            if (raw == null) {
                throw new IllegalStateException("bundled service reference " + RESOURCE + " is missing from the"
                        + " class path of " + BundledServiceReference.class.getName());
            }
            return new BundledServiceReference(ReferenceCodec.read(raw.readAllBytes()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read bundled service reference " + RESOURCE, e);
        }
    }

    @Override
    public Optional<ServiceInfo> service(String prefix) {
        Objects.requireNonNull(prefix, "prefix");
        return Optional.ofNullable(services.get(prefix.toLowerCase(Locale.ROOT)));
    }

    @Override
    public Collection<ServiceInfo> services() {
        return services.values();
    }
}
