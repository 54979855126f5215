package dev.rudderiam.catalog.reference;

import dev.rudderiam.json.JsonValues;
import dev.rudderiam.reference.ActionInfo;
import dev.rudderiam.reference.ResourceTypeInfo;
import dev.rudderiam.reference.ServiceInfo;
import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.zip.GZIPInputStream;

/**
 * Compiles the JSON snapshot of the service reference into the binary resource {@link BundledServiceReference}
 * loads. Run it after refreshing the JSON:
 * <pre>{@code
 * java -cp <core and catalog classes, jackson-core> dev.rudderiam.catalog.reference.ServiceReferenceCompiler \
 *     policies-catalog/src/data/aws-service-reference.json.gz \
 *     policies-catalog/src/main/resources/dev/rudderiam/catalog/reference/aws-service-reference.bin
 * }</pre>
 *
 * <p>JSON format ({@code aws-service-reference.json.gz}, gzip-compressed):
 * <pre>{@code
 * { "<prefix>": { "name": "<prefix>",
 *     "actions": { "<Action>": { "access": "Read|Write|List|Tagging|Permissions management",
 *                                "resources": [["<resourceType>", <required>], ...],
 *                                "conditionKeys": ["<key>", ...] } },
 *     "resourceTypes": { "<type>": { "arn": "arn:${Partition}:...", "conditionKeys": [...] } },
 *     "conditionKeys": { "<key>": "String|ARN|Bool|Numeric|Date|IPAddress|ArrayOfString|..." } } }
 * }</pre>
 */
final class ServiceReferenceCompiler {
    private ServiceReferenceCompiler() {
    }

    /** Compiles {@code args[0]} (the gzip JSON snapshot) into {@code args[1]} (the binary resource). */
    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            throw new IllegalArgumentException("usage: ServiceReferenceCompiler <snapshot.json.gz> <output.bin>");
        }
        List<ServiceInfo> services;
        try (InputStream in = new GZIPInputStream(Files.newInputStream(Path.of(args[0])), 1 << 16)) {
            services = fromJson(in);
        }
        try (OutputStream out = Files.newOutputStream(Path.of(args[1]))) {
            compile(services, out);
        }
    }

    /** Writes {@code services} in the binary form to {@code out}, which the caller closes. */
    static void compile(List<ServiceInfo> services, OutputStream out) throws IOException {
        DataOutputStream data = new DataOutputStream(new BufferedOutputStream(out, 1 << 16));
        ReferenceCodec.write(services, data);
        data.flush();
    }

    /** {@return the services of the JSON snapshot read from {@code in}, in file order} */
    @SuppressWarnings("unchecked")
    static List<ServiceInfo> fromJson(InputStream in) {
        List<ServiceInfo> services = new ArrayList<>();
        ((Map<String, Object>) JsonValues.read(in)).forEach((prefix, value) -> {
            Map<String, Object> service = (Map<String, Object>) value;
            Map<String, ActionInfo> actions = new LinkedHashMap<>();
            ((Map<String, Object>) field(service, "actions", prefix)).forEach((name, a) -> {
                Map<String, Object> action = (Map<String, Object>) a;
                List<ActionInfo.ResourceTypeUse> resources = new ArrayList<>();
                for (Object pair : (List<Object>) field(action, "resources", prefix + ":" + name)) {
                    List<Object> typeAndRequired = (List<Object>) pair;
                    resources.add(new ActionInfo.ResourceTypeUse(
                            (String) typeAndRequired.get(0), (Boolean) typeAndRequired.get(1)));
                }
                actions.put(name, new ActionInfo(name, (String) field(action, "access", prefix + ":" + name), resources,
                        (List<String>) field(action, "conditionKeys", prefix + ":" + name)));
            });
            Map<String, ResourceTypeInfo> resourceTypes = new LinkedHashMap<>();
            ((Map<String, Object>) field(service, "resourceTypes", prefix)).forEach((name, r) -> {
                Map<String, Object> type = (Map<String, Object>) r;
                resourceTypes.put(name, new ResourceTypeInfo(name, (String) field(type, "arn", prefix + " resource type " + name),
                        (List<String>) field(type, "conditionKeys", prefix + " resource type " + name)));
            });
            Map<String, String> conditionKeys = new LinkedHashMap<>();
            ((Map<String, Object>) field(service, "conditionKeys", prefix)).forEach((k, t) -> conditionKeys.put(k, (String) t));
            services.add(new ServiceInfo(prefix, actions, resourceTypes, conditionKeys));
        });
        return services;
    }

    /** {@return {@code map}'s {@code key}}, which the snapshot's format requires of {@code where} */
    private static Object field(Map<String, Object> map, String key, String where) {
        return Objects.requireNonNull(map.get(key), () -> "snapshot: " + where + " has no \"" + key + "\"");
    }
}
