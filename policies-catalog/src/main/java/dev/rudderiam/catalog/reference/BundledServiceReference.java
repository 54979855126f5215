package dev.rudderiam.catalog.reference;

import dev.rudderiam.reference.ServiceInfo;
import dev.rudderiam.reference.ServiceReference;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * The AWS Service Authorization Reference snapshot shipped with this library (data dated 2026-09-26: 456 services,
 * 22,091 actions). Global {@code aws:} condition keys are not part of it.
 *
 * <p>It is shipped as {@code aws-service-reference.bin}, a compact binary form compiled from the JSON snapshot in
 * the module's {@code src/data} folder by {@code ServiceReferenceCompiler}. Loading reads the resource and its
 * directory of services; like libphonenumber's per-region metadata, each service is decoded on first lookup
 * (a fraction of a millisecond) and kept, and {@link #services()} decodes all of them. See the package
 * documentation for refreshing the snapshot.
 *
 * @see <a href="https://docs.aws.amazon.com/service-authorization/latest/reference/service-reference.html">Simplified
 *     AWS service authorization reference information (machine-readable)</a>
 */
public final class BundledServiceReference implements ServiceReference {
    static final String RESOURCE = "aws-service-reference.bin";

    private final ReferenceCodec codec;
    private final Map<String, String> prefixes = new HashMap<>();
    private final Map<String, ServiceInfo> decoded = new ConcurrentHashMap<>();
    private volatile @Nullable List<ServiceInfo> all;

    private BundledServiceReference(ReferenceCodec codec) {
        this.codec = codec;
        for (String prefix : codec.prefixes()) {
            prefixes.put(prefix.toLowerCase(Locale.ROOT), prefix);
        }
    }

    /** Holds the snapshot, loaded on first use. */
    private static final class Holder {
        static final BundledServiceReference INSTANCE = load();
    }

    /** {@return the bundled reference, loaded once and shared; thread-safe} */
    public static BundledServiceReference bundled() {
        return Holder.INSTANCE;
    }

    /** {@return a freshly loaded copy of the bundled reference} */
    public static BundledServiceReference load() {
        try (InputStream raw = BundledServiceReference.class.getResourceAsStream(RESOURCE)) {
            if (raw == null) {
                throw new IllegalStateException("bundled service reference " + RESOURCE + " is missing from the"
                        + " class path of " + BundledServiceReference.class.getName());
            }
            return new BundledServiceReference(ReferenceCodec.open(raw.readAllBytes()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read bundled service reference " + RESOURCE, e);
        }
    }

    @Override
    public Optional<ServiceInfo> service(String prefix) {
        Objects.requireNonNull(prefix, "prefix");
        String written = prefixes.get(prefix.toLowerCase(Locale.ROOT));
        return written == null ? Optional.empty() : Optional.of(decoded.computeIfAbsent(written, codec::decode));
    }

    @Override
    public Collection<ServiceInfo> services() {
        List<ServiceInfo> services = all;
        if (services == null) {
            List<ServiceInfo> list = new ArrayList<>(prefixes.size());
            for (String prefix : codec.prefixes()) {
                list.add(decoded.computeIfAbsent(prefix, codec::decode));
            }
            services = List.copyOf(list);
            all = services;
        }
        return services;
    }
}
