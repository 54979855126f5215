package dev.rudderiam.catalog.reference;

import dev.rudderiam.reference.ActionInfo;
import dev.rudderiam.reference.ResourceTypeInfo;
import dev.rudderiam.reference.ServiceInfo;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The compact binary form of the service reference that the library ships. It is built for a fast cold start: a
 * load reads the bytes and a directory of services, and each service is decoded when first asked for.
 *
 * <pre>
 * int MAGIC, int VERSION
 * int n, n x (int length, UTF-8 bytes)                    the string table
 * int services, services x (int prefix, int offset)      the directory; offsets count from the first body
 * per service, at its offset:
 *   int actions; per action: name, accessLevel, int n x (resourceType, byte required), int n x conditionKey
 *   int types;   per type: name, arnFormat, int n x conditionKey
 *   int keys;    per key: name, type
 * </pre>
 * Strings are ints indexing the table; ints are big-endian. {@link ServiceReferenceCompiler} writes the format
 * from the JSON form.
 */
final class ReferenceCodec {
    static final int MAGIC = 0x52494152; // "RIAR"
    static final int VERSION = 3;

    private final byte[] data;
    private final int[] stringOffsets;
    private final String[] strings;
    private final Map<String, Integer> directory;
    private final int bodies;

    private ReferenceCodec(byte[] data, int[] stringOffsets, Map<String, Integer> directory, int bodies) {
        this.data = data;
        this.stringOffsets = stringOffsets;
        this.strings = new String[stringOffsets.length];
        this.directory = directory;
        this.bodies = bodies;
    }

    static void write(Collection<ServiceInfo> services, DataOutputStream out) throws IOException {
        Map<String, Integer> table = new LinkedHashMap<>();
        ByteArrayOutputStream bodyBytes = new ByteArrayOutputStream();
        DataOutputStream body = new DataOutputStream(bodyBytes);
        int[] offsets = new int[services.size()];
        int s = 0;
        for (ServiceInfo service : services) {
            index(table, service.prefix());
            offsets[s++] = body.size();
            body.writeInt(service.actions().size());
            for (ActionInfo action : service.actions().values()) {
                body.writeInt(index(table, action.name()));
                body.writeInt(index(table, action.accessLevel()));
                body.writeInt(action.resourceTypes().size());
                for (ActionInfo.ResourceTypeUse use : action.resourceTypes()) {
                    body.writeInt(index(table, use.resourceType()));
                    body.writeBoolean(use.required());
                }
                writeStrings(action.conditionKeys(), table, body);
            }
            body.writeInt(service.resourceTypes().size());
            for (ResourceTypeInfo type : service.resourceTypes().values()) {
                body.writeInt(index(table, type.name()));
                body.writeInt(index(table, type.arnFormat()));
                writeStrings(type.conditionKeys(), table, body);
            }
            body.writeInt(service.conditionKeys().size());
            for (Map.Entry<String, String> key : service.conditionKeys().entrySet()) {
                body.writeInt(index(table, key.getKey()));
                body.writeInt(index(table, key.getValue()));
            }
        }
        body.flush();
        out.writeInt(MAGIC);
        out.writeInt(VERSION);
        out.writeInt(table.size());
        for (String string : table.keySet()) {
            byte[] bytes = string.getBytes(StandardCharsets.UTF_8);
            out.writeInt(bytes.length);
            out.write(bytes);
        }
        out.writeInt(services.size());
        s = 0;
        for (ServiceInfo service : services) {
            out.writeInt(Objects.requireNonNull(table.get(service.prefix())));
            out.writeInt(offsets[s++]);
        }
        bodyBytes.writeTo(out);
    }

    private static int index(Map<String, Integer> table, String string) {
        Integer index = table.putIfAbsent(string, table.size());
        return index == null ? table.size() - 1 : index;
    }

    private static void writeStrings(List<String> strings, Map<String, Integer> table, DataOutputStream out)
            throws IOException {
        out.writeInt(strings.size());
        for (String string : strings) {
            out.writeInt(index(table, string));
        }
    }

    /**
     * {@return the reference in {@code data}, with its directory read and its services not yet decoded}
     *
     * @throws IOException when the data is truncated or not this format
     */
    static ReferenceCodec open(byte[] data) throws IOException {
        try {
            ByteBuffer in = ByteBuffer.wrap(data);
            if (in.getInt() != MAGIC || in.getInt() != VERSION) {
                throw new IOException("not a service reference of format version " + VERSION);
            }
            int[] stringOffsets = new int[in.getInt()];
            for (int i = 0; i < stringOffsets.length; i++) {
                stringOffsets[i] = in.position();
                int length = in.getInt();
                in.position(in.position() + length);
            }
            int serviceCount = in.getInt();
            int[] prefixes = new int[serviceCount];
            int[] offsets = new int[serviceCount];
            for (int s = 0; s < serviceCount; s++) {
                prefixes[s] = in.getInt();
                offsets[s] = in.getInt();
            }
            ReferenceCodec codec = new ReferenceCodec(data, stringOffsets, new LinkedHashMap<>(), in.position());
            for (int s = 0; s < serviceCount; s++) {
                codec.directory.put(codec.string(prefixes[s]), offsets[s]);
            }
            return codec;
        } catch (BufferUnderflowException | IndexOutOfBoundsException | IllegalArgumentException e) {
            throw new IOException("service reference data is truncated or corrupt", e);
        }
    }

    /** {@return the service prefixes as written, in order} */
    Collection<String> prefixes() {
        return directory.keySet();
    }

    /**
     * {@return the service {@code prefix} (exactly as written), decoded now}; thread-safe
     *
     * @throws IllegalStateException when the data of that service is corrupt
     */
    ServiceInfo decode(String prefix) {
        ByteBuffer in = ByteBuffer.wrap(data);
        in.position(bodies + Objects.requireNonNull(directory.get(prefix), prefix));
        try {
            int actionCount = in.getInt();
            Map<String, ActionInfo> actions = new LinkedHashMap<>(actionCount * 2);
            for (int a = 0; a < actionCount; a++) {
                String name = string(in.getInt());
                String access = string(in.getInt());
                ActionInfo.ResourceTypeUse[] uses = new ActionInfo.ResourceTypeUse[in.getInt()];
                for (int r = 0; r < uses.length; r++) {
                    uses[r] = new ActionInfo.ResourceTypeUse(string(in.getInt()), in.get() != 0);
                }
                actions.put(name, new ActionInfo(name, access, List.of(uses), strings(in)));
            }
            int typeCount = in.getInt();
            Map<String, ResourceTypeInfo> types = new LinkedHashMap<>(typeCount * 2);
            for (int t = 0; t < typeCount; t++) {
                String name = string(in.getInt());
                types.put(name, new ResourceTypeInfo(name, string(in.getInt()), strings(in)));
            }
            int keyCount = in.getInt();
            Map<String, String> keys = new LinkedHashMap<>(keyCount * 2);
            for (int k = 0; k < keyCount; k++) {
                String key = string(in.getInt());
                keys.put(key, string(in.getInt()));
            }
            return new ServiceInfo(prefix, actions, types, keys);
        } catch (BufferUnderflowException | IndexOutOfBoundsException | IllegalArgumentException e) {
            throw new IllegalStateException("bundled service reference data of service " + prefix + " is corrupt", e);
        }
    }

    private List<String> strings(ByteBuffer in) {
        String[] values = new String[in.getInt()];
        for (int i = 0; i < values.length; i++) {
            values[i] = string(in.getInt());
        }
        return List.of(values);
    }

    /** Decodes string {@code index} on first use; a racing decode yields an equal immutable string. */
    private String string(int index) {
        String string = strings[index];
        if (string == null) {
            int offset = stringOffsets[index];
            int length = ((data[offset] & 0xff) << 24) | ((data[offset + 1] & 0xff) << 16)
                    | ((data[offset + 2] & 0xff) << 8) | (data[offset + 3] & 0xff);
            string = new String(data, offset + 4, length, StandardCharsets.UTF_8);
            strings[index] = string;
        }
        return string;
    }
}
