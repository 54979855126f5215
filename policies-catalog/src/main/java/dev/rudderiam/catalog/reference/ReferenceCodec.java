package dev.rudderiam.catalog.reference;

import dev.rudderiam.reference.ActionInfo;
import dev.rudderiam.reference.ResourceTypeInfo;
import dev.rudderiam.reference.ServiceInfo;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The compact binary form of the service reference that the library ships, read far faster than JSON: a table of
 * the distinct strings, then the services with every string given as an index into the table.
 *
 * <pre>
 * int MAGIC, int VERSION
 * int n, n x (int length, UTF-8 bytes)       (the string table)
 * int services
 *   per service: prefix
 *     int actions; per action: name, accessLevel, int n x (resourceType, boolean required), int n x conditionKey
 *     int types;   per type: name, arnFormat, int n x conditionKey
 *     int keys;    per key: name, type
 * </pre>
 * Strings are ints indexing the table; ints are big-endian. The reader takes the whole resource as one byte array
 * and walks it with a {@link ByteBuffer}, which keeps a cold load fast. {@link ServiceReferenceCompiler} writes the
 * format from the JSON form.
 */
final class ReferenceCodec {
    static final int MAGIC = 0x52494152; // "RIAR"
    static final int VERSION = 2;

    private ReferenceCodec() {
    }

    static void write(Collection<ServiceInfo> services, DataOutputStream out) throws IOException {
        Map<String, Integer> table = new LinkedHashMap<>();
        for (ServiceInfo service : services) {
            index(table, service.prefix());
            for (ActionInfo action : service.actions().values()) {
                index(table, action.name());
                index(table, action.accessLevel());
                action.resourceTypes().forEach(use -> index(table, use.resourceType()));
                action.conditionKeys().forEach(key -> index(table, key));
            }
            for (ResourceTypeInfo type : service.resourceTypes().values()) {
                index(table, type.name());
                index(table, type.arnFormat());
                type.conditionKeys().forEach(key -> index(table, key));
            }
            service.conditionKeys().forEach((key, type) -> {
                index(table, key);
                index(table, type);
            });
        }
        out.writeInt(MAGIC);
        out.writeInt(VERSION);
        out.writeInt(table.size());
        for (String string : table.keySet()) {
            byte[] bytes = string.getBytes(StandardCharsets.UTF_8);
            out.writeInt(bytes.length);
            out.write(bytes);
        }
        out.writeInt(services.size());
        for (ServiceInfo service : services) {
            out.writeInt(table.get(service.prefix()));
            out.writeInt(service.actions().size());
            for (ActionInfo action : service.actions().values()) {
                out.writeInt(table.get(action.name()));
                out.writeInt(table.get(action.accessLevel()));
                out.writeInt(action.resourceTypes().size());
                for (ActionInfo.ResourceTypeUse use : action.resourceTypes()) {
                    out.writeInt(table.get(use.resourceType()));
                    out.writeBoolean(use.required());
                }
                writeStrings(action.conditionKeys(), table, out);
            }
            out.writeInt(service.resourceTypes().size());
            for (ResourceTypeInfo type : service.resourceTypes().values()) {
                out.writeInt(table.get(type.name()));
                out.writeInt(table.get(type.arnFormat()));
                writeStrings(type.conditionKeys(), table, out);
            }
            out.writeInt(service.conditionKeys().size());
            for (Map.Entry<String, String> key : service.conditionKeys().entrySet()) {
                out.writeInt(table.get(key.getKey()));
                out.writeInt(table.get(key.getValue()));
            }
        }
    }

    private static void index(Map<String, Integer> table, String string) {
        table.putIfAbsent(string, table.size());
    }

    private static void writeStrings(List<String> strings, Map<String, Integer> table, DataOutputStream out)
            throws IOException {
        out.writeInt(strings.size());
        for (String string : strings) {
            out.writeInt(table.get(string));
        }
    }

    /**
     * {@return the services by lower-case prefix, in the order written}
     *
     * @throws IOException when the data ends early or is not this format
     */
    static Map<String, ServiceInfo> read(byte[] data) throws IOException {
        try {
            return read(ByteBuffer.wrap(data));
        } catch (BufferUnderflowException | IndexOutOfBoundsException | IllegalArgumentException e) {
            throw new IOException("service reference data is truncated or corrupt", e);
        }
    }

    private static Map<String, ServiceInfo> read(ByteBuffer in) throws IOException {
        if (in.getInt() != MAGIC || in.getInt() != VERSION) {
            throw new IOException("not a service reference of format version " + VERSION);
        }
        String[] table = new String[in.getInt()];
        byte[] data = in.array();
        for (int i = 0; i < table.length; i++) {
            int length = in.getInt();
            table[i] = new String(data, in.position(), length, StandardCharsets.UTF_8);
            in.position(in.position() + length);
        }
        int serviceCount = in.getInt();
        Map<String, ServiceInfo> services = new LinkedHashMap<>(serviceCount * 2);
        for (int s = 0; s < serviceCount; s++) {
            String prefix = table[in.getInt()];
            int actionCount = in.getInt();
            Map<String, ActionInfo> actions = new LinkedHashMap<>(actionCount * 2);
            for (int a = 0; a < actionCount; a++) {
                String name = table[in.getInt()];
                String access = table[in.getInt()];
                ActionInfo.ResourceTypeUse[] uses = new ActionInfo.ResourceTypeUse[in.getInt()];
                for (int r = 0; r < uses.length; r++) {
                    uses[r] = new ActionInfo.ResourceTypeUse(table[in.getInt()], in.get() != 0);
                }
                actions.put(name, new ActionInfo(name, access, List.of(uses), readStrings(in, table)));
            }
            int typeCount = in.getInt();
            Map<String, ResourceTypeInfo> types = new LinkedHashMap<>(typeCount * 2);
            for (int t = 0; t < typeCount; t++) {
                String name = table[in.getInt()];
                types.put(name, new ResourceTypeInfo(name, table[in.getInt()], readStrings(in, table)));
            }
            int keyCount = in.getInt();
            Map<String, String> keys = new LinkedHashMap<>(keyCount * 2);
            for (int k = 0; k < keyCount; k++) {
                String key = table[in.getInt()];
                keys.put(key, table[in.getInt()]);
            }
            services.put(prefix.toLowerCase(Locale.ROOT), new ServiceInfo(prefix, actions, types, keys));
        }
        return services;
    }

    private static List<String> readStrings(ByteBuffer in, String[] table) {
        String[] strings = new String[in.getInt()];
        for (int i = 0; i < strings.length; i++) {
            strings[i] = table[in.getInt()];
        }
        return List.of(strings);
    }
}
