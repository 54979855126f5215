package dev.rudderiam.catalog;

import dev.rudderiam.json.JsonValues;
import dev.rudderiam.json.PolicyParseException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Reads the catalog resources: the index, which lists each destination with the template resource it uses, and
 * the templates, which may include fragments (templates without an index entry, such as the KMS key statement).
 * Every resource name comes from the index or an {@code include}; nothing is found by scanning. A malformed
 * resource is a packaging bug and fails with {@link IllegalStateException} naming the resource and the problem.
 */
final class CatalogReader {
    private static final Pattern ID = Pattern.compile("[A-Z][A-Z0-9_]*");
    private static final Pattern RESOURCE_NAME = Pattern.compile("[a-z0-9-]+\\.json");

    private final Class<?> anchor;
    private final Map<String, Map<String, Object>> cache = new LinkedHashMap<>();

    private CatalogReader(Class<?> anchor) {
        this.anchor = anchor;
    }

    /** {@return the templates listed by the index resource {@code index}, next to {@code anchor}, in index order} */
    static List<DestinationTemplate> read(Class<?> anchor, String index) {
        return new CatalogReader(anchor).readIndex(index);
    }

    private List<DestinationTemplate> readIndex(String index) {
        Map<String, Object> root = resource(index);
        List<DestinationTemplate> templates = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (Object item : list(root, "destinations", index)) {
            Map<String, Object> entry = object(item, index + " destinations");
            String id = string(entry, "id", index);
            if (!ID.matcher(id).matches() || !ids.add(id.toLowerCase(Locale.ROOT))) {
                throw bad(index, "destination id '" + id + "' is not an upper-case config name or repeats one");
            }
            String resource = string(entry, "template", index);
            Map<String, Object> template = resource(resource);
            List<String> notes = strings(template, "notes", resource);
            notes.addAll(strings(entry, "notes", index));
            Parts parts = new Parts(optionalString(template, "session", resource));
            addParts(template, resource, parts);
            List<String> fragments = strings(template, "include", resource);
            fragments.addAll(strings(entry, "include", index));
            for (String fragment : fragments) {
                Map<String, Object> included = resource(fragment);
                if (included.containsKey("include") || included.containsKey("session")) {
                    throw bad(fragment, "a fragment cannot include further resources or set the session");
                }
                notes.addAll(strings(included, "notes", fragment));
                addParts(included, fragment, parts);
            }
            check(resource, parts);
            templates.add(new DestinationTemplate(id, string(entry, "name", index), string(entry, "docs", index),
                    string(template, "description", resource), notes, parts.parameters, parts.statements,
                    parts.trusts, parts.calls));
        }
        return templates;
    }

    /** The parts of one destination, collected from its template and the fragments it includes. */
    private static final class Parts {
        final @Nullable String session;
        final List<Parameter> parameters = new ArrayList<>();
        final List<StatementTemplate> statements = new ArrayList<>();
        final List<TrustTemplate> trusts = new ArrayList<>();
        final List<CallTemplate> calls = new ArrayList<>();

        Parts(@Nullable String session) {
            this.session = session;
        }
    }

    private void addParts(Map<String, Object> template, String resource, Parts parts) {
        for (Object item : optionalList(template, "parameters", resource)) {
            parts.parameters.add(parameter(object(item, resource + " parameters"), resource));
        }
        for (Object item : optionalList(template, "statements", resource)) {
            Map<String, Object> entry = object(item, resource + " statements");
            parts.statements.add(new StatementTemplate(when(entry, resource),
                    object(entry.get("statement"), resource + " statement")));
        }
        for (Object item : optionalList(template, "trust", resource)) {
            Map<String, Object> entry = object(item, resource + " trust");
            parts.trusts.add(new TrustTemplate(when(entry, resource), string(entry, "principal", resource),
                    string(entry, "externalId", resource)));
        }
        for (Object item : optionalList(template, "calls", resource)) {
            parts.calls.add(call(object(item, resource + " calls"), resource, parts.session));
        }
    }

    /**
     * Reads one call; its session defaults to the template's, and a call of RudderStack or of a warehouse with
     * RudderStack's credentials must have one.
     */
    private static CallTemplate call(Map<String, Object> entry, String resource, @Nullable String defaultSession) {
        String operation = string(entry, "operation", resource);
        String callerName = optionalString(entry, "caller", resource);
        RudderStackCall.Caller caller;
        try {
            caller = callerName == null ? RudderStackCall.Caller.RUDDERSTACK
                    : RudderStackCall.Caller.valueOf(callerName);
        } catch (IllegalArgumentException e) {
            throw bad(resource, "call " + operation + " has unknown caller '" + callerName + "'");
        }
        String session = optionalString(entry, "session", resource);
        if (session == null && caller != RudderStackCall.Caller.SNOWFLAKE_STORAGE_INTEGRATION) {
            session = defaultSession;
        }
        if ((session == null) != (caller == RudderStackCall.Caller.SNOWFLAKE_STORAGE_INTEGRATION)) {
            throw bad(resource, "call " + operation + " needs a session name exactly when RudderStack's credentials"
                    + " make it");
        }
        List<String> resources = strings(entry, "resources", resource);
        if (resources.isEmpty()) {
            throw bad(resource, "call " + operation + " names no resources");
        }
        return new CallTemplate(when(entry, resource), operation, string(entry, "action", resource), resources,
                stringMap(entry, "context", resource), stringMap(entry, "request", resource), caller, session,
                string(entry, "source", resource), entry.containsKey("note") ? string(entry, "note", resource) : "");
    }

    private static Parameter parameter(Map<String, Object> entry, String resource) {
        String name = string(entry, "name", resource);
        String typeId = string(entry, "type", resource);
        ParameterType type = ParameterType.byId(typeId)
                .orElseThrow(() -> bad(resource, "parameter '" + name + "' has unknown type '" + typeId + "'"));
        Object required = entry.getOrDefault("required", Boolean.FALSE);
        Object list = entry.getOrDefault("list", Boolean.FALSE);
        if (!(required instanceof Boolean) || !(list instanceof Boolean)) {
            throw bad(resource, "parameter '" + name + "': required and list are true or false");
        }
        try {
            return new Parameter(name, type, (Boolean) required, optionalString(entry, "default", resource),
                    (Boolean) list, strings(entry, "choices", resource), strings(entry, "requires", resource),
                    string(entry, "description", resource));
        } catch (IllegalArgumentException e) {
            throw bad(resource, Objects.requireNonNullElse(e.getMessage(), e.toString()));
        }
    }

    private static When when(Map<String, Object> entry, String resource) {
        Object value = entry.get("when");
        if (value == null) {
            return When.ALWAYS;
        }
        Map<String, Object> when = object(value, resource + " when");
        return new When(strings(when, "present", resource), strings(when, "absent", resource),
                stringMap(when, "equals", resource), stringMap(when, "notEquals", resource));
    }

    /** Checks the references inside one assembled template, so that a render never meets an unknown name. */
    private static void check(String resource, Parts parts) {
        Map<String, Parameter> byName = new LinkedHashMap<>();
        for (Parameter parameter : parts.parameters) {
            if (byName.put(parameter.name(), parameter) != null) {
                throw bad(resource, "parameter '" + parameter.name() + "' is declared twice");
            }
        }
        List<String> referenced = new ArrayList<>();
        for (Parameter parameter : parts.parameters) {
            referenced.addAll(parameter.requires());
            String value = parameter.defaultValue();
            if (value != null && !(parameter.type() == ParameterType.CHOICE ? parameter.choices().contains(value)
                    : parameter.type().accepts(value))) {
                throw bad(resource, "default '" + value + "' of parameter '" + parameter.name() + "' breaks its rule");
            }
        }
        for (StatementTemplate statement : parts.statements) {
            referenced.addAll(statement.when().names());
            placeholders(statement.statement(), referenced);
        }
        for (TrustTemplate trust : parts.trusts) {
            referenced.addAll(trust.when().names());
            placeholders(trust.principal(), referenced);
            placeholders(trust.externalId(), referenced);
        }
        for (CallTemplate call : parts.calls) {
            referenced.addAll(call.when().names());
            placeholders(call.resources(), referenced);
            placeholders(new ArrayList<>(call.context().values()), referenced);
        }
        for (String name : referenced) {
            if (!byName.containsKey(name)) {
                throw bad(resource, "refers to parameter '" + name + "', which it does not declare");
            }
        }
        if (parts.statements.isEmpty()) {
            throw bad(resource, "has no statements");
        }
        if (parts.calls.isEmpty()) {
            throw bad(resource, "lists no calls: every template records the calls RudderStack makes with it");
        }
    }

    private static void placeholders(Object value, List<String> names) {
        if (value instanceof String) {
            Matcher matcher = DestinationTemplate.PLACEHOLDER.matcher((String) value);
            while (matcher.find()) {
                names.add(matcher.group(1));
            }
        } else if (value instanceof List) {
            ((List<?>) value).forEach(item -> placeholders(item, names));
        } else if (value instanceof Map) {
            ((Map<?, ?>) value).values().forEach(item -> placeholders(item, names));
        }
    }

    private Map<String, Object> resource(String name) {
        if (!RESOURCE_NAME.matcher(name).matches()) {
            throw bad(name, "resource names are lower-case letters, digits and hyphens ending in .json");
        }
        return cache.computeIfAbsent(name, this::load);
    }

    private Map<String, Object> load(String name) {
        try (InputStream in = anchor.getResourceAsStream(name)) {
            if (in == null) {
                throw bad(name, "resource is missing next to " + anchor.getName());
            }
            return object(JsonValues.read(in), name);
        } catch (PolicyParseException e) {
            throw new IllegalStateException("catalog resource " + name + " is malformed at '" + e.pointer() + "': "
                    + e.reason(), e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read catalog resource " + name, e);
        }
    }

    private static IllegalStateException bad(String resource, String problem) {
        return new IllegalStateException("catalog resource " + resource + ": " + problem);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> object(@Nullable Object value, String where) {
        if (!(value instanceof Map)) {
            throw bad(where, "expected a JSON object");
        }
        return (Map<String, Object>) value;
    }

    private static List<?> list(Map<String, Object> object, String key, String where) {
        Object value = object.get(key);
        if (!(value instanceof List)) {
            throw bad(where, "'" + key + "' must be an array");
        }
        return (List<?>) value;
    }

    private static List<?> optionalList(Map<String, Object> object, String key, String where) {
        return object.containsKey(key) ? list(object, key, where) : List.of();
    }

    private static String string(Map<String, Object> object, String key, String where) {
        String value = optionalString(object, key, where);
        if (value == null) {
            throw bad(where, "'" + key + "' is missing");
        }
        return value;
    }

    private static @Nullable String optionalString(Map<String, Object> object, String key, String where) {
        Object value = object.get(key);
        if (value != null && !(value instanceof String)) {
            throw bad(where, "'" + key + "' must be a string");
        }
        return (String) value;
    }

    private static List<String> strings(Map<String, Object> object, String key, String where) {
        List<String> strings = new ArrayList<>();
        for (Object item : optionalList(object, key, where)) {
            if (!(item instanceof String)) {
                throw bad(where, "'" + key + "' must hold strings");
            }
            strings.add((String) item);
        }
        return strings;
    }

    private static Map<String, String> stringMap(Map<String, Object> object, String key, String where) {
        Map<String, String> map = new LinkedHashMap<>();
        Object value = object.get(key);
        if (value != null) {
            object(value, where).forEach((k, v) -> {
                if (!(v instanceof String)) {
                    throw bad(where, "'" + key + "' must map names to strings");
                }
                map.put(k, (String) v);
            });
        }
        return map;
    }
}
