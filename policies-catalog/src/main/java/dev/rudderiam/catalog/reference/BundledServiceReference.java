package dev.rudderiam.catalog.reference;

import dev.rudderiam.json.JsonValues;
import dev.rudderiam.reference.ActionInfo;
import dev.rudderiam.reference.ResourceTypeInfo;
import dev.rudderiam.reference.ServiceInfo;
import dev.rudderiam.reference.ServiceReference;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.zip.GZIPInputStream;

/**
 * The AWS Service Authorization Reference snapshot shipped with this library (data dated 2026-09-26: 456 services,
 * 22,091 actions). Global {@code aws:} condition keys are not part of it.
 *
 * <p>Resource format ({@code aws-service-reference.json.gz}, gzip-compressed JSON):
 * <pre>{@code
 * { "<prefix>": { "name": "<prefix>",
 *     "actions": { "<Action>": { "access": "Read|Write|List|Tagging|Permissions management",
 *                                "resources": [["<resourceType>", <required>], ...],
 *                                "conditionKeys": ["<key>", ...] } },
 *     "resourceTypes": { "<type>": { "arn": "arn:${Partition}:...", "conditionKeys": [...] } },
 *     "conditionKeys": { "<key>": "String|ARN|Bool|Numeric|Date|IPAddress|ArrayOfString|..." } } }
 * }</pre>
 *
 * @see <a href="https://docs.aws.amazon.com/service-authorization/latest/reference/service-reference.html">Simplified
 *     AWS service authorization reference information (machine-readable)</a>
 */
public final class BundledServiceReference implements ServiceReference {
    private static final String RESOURCE = "aws-service-reference.json.gz";

    private final Map<String, ServiceInfo> services;

    private BundledServiceReference(Map<String, ServiceInfo> services) {
        this.services = services;
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
            try (InputStream in = new GZIPInputStream(raw, 1 << 16)) {
                return fromJson(JsonValues.read(in));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read bundled service reference " + RESOURCE, e);
        }
    }

    @SuppressWarnings("unchecked")
    private static BundledServiceReference fromJson(Object root) {
        Map<String, ServiceInfo> services = new LinkedHashMap<>();
        ((Map<String, Object>) root).forEach((prefix, value) -> {
            Map<String, Object> service = (Map<String, Object>) value;
            Map<String, ActionInfo> actions = new LinkedHashMap<>();
            ((Map<String, Object>) service.get("actions")).forEach((name, a) -> {
                Map<String, Object> action = (Map<String, Object>) a;
                List<ActionInfo.ResourceTypeUse> resources = new ArrayList<>();
                for (Object pair : (List<Object>) action.get("resources")) {
                    List<Object> typeAndRequired = (List<Object>) pair;
                    resources.add(new ActionInfo.ResourceTypeUse(
                            (String) typeAndRequired.get(0), (Boolean) typeAndRequired.get(1)));
                }
                actions.put(name, new ActionInfo(name, (String) action.get("access"), resources,
                        strings(action.get("conditionKeys"))));
            });
            Map<String, ResourceTypeInfo> resourceTypes = new LinkedHashMap<>();
            ((Map<String, Object>) service.get("resourceTypes")).forEach((name, r) -> {
                Map<String, Object> type = (Map<String, Object>) r;
                resourceTypes.put(name, new ResourceTypeInfo(name, (String) type.get("arn"),
                        strings(type.get("conditionKeys"))));
            });
            Map<String, String> conditionKeys = new LinkedHashMap<>();
            ((Map<String, Object>) service.get("conditionKeys")).forEach((k, t) -> conditionKeys.put(k, (String) t));
            services.put(prefix.toLowerCase(Locale.ROOT),
                    new ServiceInfo(prefix, actions, resourceTypes, conditionKeys));
        });
        return new BundledServiceReference(Collections.unmodifiableMap(services));
    }

    @SuppressWarnings("unchecked")
    private static List<String> strings(Object list) {
        return (List<String>) (List<?>) list;
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
