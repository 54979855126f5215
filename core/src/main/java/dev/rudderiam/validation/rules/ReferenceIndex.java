package dev.rudderiam.validation.rules;

import dev.rudderiam.pattern.Glob;
import dev.rudderiam.policy.Action;
import dev.rudderiam.reference.ActionInfo;
import dev.rudderiam.reference.ResourceTypeInfo;
import dev.rudderiam.reference.ServiceInfo;
import dev.rudderiam.reference.ServiceReference;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A {@link ServiceReference} indexed for the rules: actions and condition keys by lower-case name, condition keys
 * written with a variable part ({@code s3:RequestObjectTag/<key>}, {@code aws:ResourceTag/${TagKey}},
 * {@code secretsmanager:ResourceTag/tag-key}) as wildcard patterns, and resource types' ARN formats as wildcard
 * patterns. Each service is indexed when a rule first asks for it; its actions and condition keys then also go into
 * indexes by their full names as the reference writes them ({@code s3:PutObject}, {@code sts:ExternalId}), so that a
 * name written that way (as policies usually do) costs one lookup. Only the reference is indexed: nothing about the
 * documents validated is remembered from one run to the next. Thread-safe.
 */
final class ReferenceIndex {
    private static final Pattern VARIABLE = Pattern.compile("\\$\\{[^}]*\\}|<[^>]*>");
    /** Secrets Manager writes its tag key variable as a literal {@code tag-key}. */
    private static final String TAG_KEY = "/tag-key";

    private final ServiceReference reference;
    /** The services by lower-case prefix, each indexed on first request. */
    private final Map<String, Optional<Service>> services = new ConcurrentHashMap<>();
    /** What each action of the indexed services names, by its full name as the reference writes it. */
    private final Map<String, Resolution> actionsByName = new ConcurrentHashMap<>();
    /** The types of the global keys and of the indexed services' keys, by name as the reference writes it. */
    private final Map<String, Optional<String>> keyTypesByName = new ConcurrentHashMap<>();

    ReferenceIndex(ServiceReference reference) {
        this.reference = reference;
        GlobalConditionKeys.written().forEach((name, type) -> keyTypesByName.put(name, Optional.of(type)));
    }

    /** One indexed service. */
    static final class Service {
        final ServiceInfo info;
        final Map<String, ActionInfo> actions = new LinkedHashMap<>();
        final Map<String, String> keys = new HashMap<>();
        final Map<Glob, String> keyPatterns = new LinkedHashMap<>();
        /**
         * For each action, the ARN formats of its resource types in order, null for a type the service does not
         * describe.
         */
        final Map<ActionInfo, @Nullable ResourceFormat[]> formats = new IdentityHashMap<>();
        /** The lower-case action names, sorted, and each one's place in the reference. */
        private final String[] sortedNames;
        private final Map<String, Integer> order = new HashMap<>();

        Service(ServiceInfo info) {
            this.info = info;
            info.actions().values().forEach(a -> actions.put(a.name().toLowerCase(Locale.ROOT), a));
            sortedNames = actions.keySet().toArray(String[]::new);
            Arrays.sort(sortedNames);
            for (String name : actions.keySet()) {
                order.put(name, order.size());
            }
            info.conditionKeys().forEach((key, type) -> {
                String lower = key.toLowerCase(Locale.ROOT);
                if (lower.endsWith(TAG_KEY)) {
                    lower = lower.substring(0, lower.length() - TAG_KEY.length()) + "/${tagkey}";
                }
                if (VARIABLE.matcher(lower).find()) {
                    keyPatterns.put(Glob.of(VARIABLE.matcher(lower).replaceAll("?*"), Glob.Syntax.PATTERN_NO_VARIABLES),
                            type);
                } else {
                    keys.put(lower, type);
                }
            });
            Map<String, ResourceFormat> byType = new HashMap<>();
            for (ResourceTypeInfo type : info.resourceTypes().values()) {
                byType.put(type.name(), new ResourceFormat(type));
            }
            for (ActionInfo action : info.actions().values()) {
                @Nullable ResourceFormat[] used = new @Nullable ResourceFormat[action.resourceTypes().size()];
                for (int i = 0; i < used.length; i++) {
                    used[i] = byType.get(action.resourceTypes().get(i).resourceType());
                }
                formats.put(action, used);
            }
        }

        /** {@return the actions whose names {@code pattern} matches, ignoring case} */
        List<ActionInfo> actionsMatching(String pattern) {
            if (!Glob.hasWildcard(pattern)) {
                ActionInfo written = info.actions().get(pattern);
                if (written != null) {
                    return List.of(written);
                }
                ActionInfo exact = actions.get(pattern.toLowerCase(Locale.ROOT));
                return exact == null ? List.of() : List.of(exact);
            }
            // Only names that start with the pattern's text before its first wildcard can match: look at that
            // range of the sorted names, then report the matches in the reference's order.
            StringBuilder prefix = new StringBuilder();
            for (int i = 0; i < pattern.length() && pattern.charAt(i) != '*' && pattern.charAt(i) != '?'; i++) {
                prefix.append(Character.toLowerCase(pattern.charAt(i)));
            }
            String start = prefix.toString();
            Glob glob = Glob.of(pattern, Glob.Syntax.ACTION);
            int from = Arrays.binarySearch(sortedNames, start);
            List<String> names = new ArrayList<>();
            for (int i = from < 0 ? -from - 1 : from; i < sortedNames.length && sortedNames[i].startsWith(start); i++) {
                if (glob.matches(sortedNames[i])) {
                    names.add(sortedNames[i]);
                }
            }
            names.sort((a, b) -> Integer.compare(Objects.requireNonNull(order.get(a)), Objects.requireNonNull(order.get(b))));
            List<ActionInfo> matched = new ArrayList<>(names.size());
            names.forEach(name -> matched.add(actions.get(name)));
            return matched;
        }

        /** {@return the type of this service's key {@code name} (any case), or empty when it has no such key} */
        Optional<String> keyType(String name) {
            String lower = name.toLowerCase(Locale.ROOT);
            String exact = keys.get(lower);
            if (exact != null) {
                return Optional.of(exact);
            }
            for (Map.Entry<Glob, String> pattern : keyPatterns.entrySet()) {
                if (pattern.getKey().matches(lower)) {
                    return Optional.of(pattern.getValue());
                }
            }
            return Optional.empty();
        }
    }

    /** A resource type's ARN format, compiled once per index as the rules compare resources with it. */
    static final class ResourceFormat {
        /**
         * {@link ResourceTypeInfo#arnPatternOfNamedResources()}: a resource can name a resource of the type exactly
         * when its pattern overlaps this one.
         */
        final Glob exact;

        ResourceFormat(ResourceTypeInfo type) {
            this.exact = type.arnPatternOfNamedResources();
        }

        /**
         * {@return whether the format matches the resource's {@linkplain ResourceEntry#witness() witness}}, a text
         * the resource's pattern matches: the quick test, linear, which settles the usual case. A {@code true} is
         * always right (that text is named by both); a {@code false} leaves the answer to the exact overlap.
         */
        boolean matchesWitness(ResourceEntry resource) {
            return exact.matches(resource.witness());
        }
    }

    /**
     * What an action names in the reference.
     *
     * @param service its service, or null when the prefix is empty, a pattern or unknown
     * @param actions the actions its name (a pattern, maybe) matches; empty when none or no service
     */
    record Resolution(@Nullable Service service, List<ActionInfo> actions) {
        private static final Resolution NONE = new Resolution(null, List.of());
    }

    /** {@return what {@code action} names}: one lookup when it is written as the reference writes it */
    Resolution resolve(Action action) {
        Resolution indexed = actionsByName.get(action.value());
        if (indexed != null) {
            return indexed;
        }
        String prefix = action.service();
        if (prefix.isEmpty() || Glob.hasWildcard(prefix)) {
            return Resolution.NONE;
        }
        Service service = service(prefix).orElse(null);
        return service == null ? Resolution.NONE : new Resolution(service, service.actionsMatching(action.name()));
    }

    /**
     * {@return whether some of the first {@code count} resources can name a resource of a type of {@code action} of
     * {@code service}}, false for an action without resource types: for each of the action's ARN formats, first the
     * linear test whether the format matches a text the resource names ({@link ResourceFormat#matchesWitness}), which
     * settles the usual case, then the exact overlap. Each variable of a format stands for at least one character, as
     * a name, a region or an account is never empty: {@code arn:aws:s3:::bucket/}, whose object key is empty, names
     * no object. {@code known} remembers, for the statement, each format's answer, so a statement costs its
     * distinct formats times its resources, not its actions times its resources.
     */
    boolean matchesSome(Service service, ActionInfo action, ResourceEntry[] resources, int count,
            Map<ResourceFormat, Boolean> known) {
        for (@Nullable ResourceFormat format : Objects.requireNonNull(service.formats.get(action))) {
            if (format == null) {
                return true;
            }
            Boolean fits = known.get(format);
            if (fits == null) {
                fits = anyFits(format, resources, count);
                known.put(format, fits);
            }
            if (fits) {
                return true;
            }
        }
        return false;
    }

    private static boolean anyFits(ResourceFormat format, ResourceEntry[] resources, int count) {
        for (int i = 0; i < count; i++) {
            if (format.matchesWitness(resources[i])) {
                return true;
            }
        }
        for (int i = 0; i < count; i++) {
            // A resource without wildcards is its own witness, so the loop above has answered it exactly.
            if (Glob.hasWildcard(resources[i].pattern()) && format.exact.overlaps(resources[i].patternGlob())) {
                return true;
            }
        }
        return false;
    }

    /** {@return the service with prefix {@code prefix} (any case), or empty when the reference does not know it} */
    Optional<Service> service(String prefix) {
        Optional<Service> indexed = services.get(prefix);
        if (indexed != null) {
            return indexed;
        }
        return services.computeIfAbsent(prefix.toLowerCase(Locale.ROOT), p -> reference.service(p).map(this::index));
    }

    /** {@return the service indexed}, its actions and keys also put in the indexes by full name */
    private Service index(ServiceInfo info) {
        Service service = new Service(info);
        for (ActionInfo action : info.actions().values()) {
            actionsByName.put(info.prefix() + ":" + action.name(), new Resolution(service, List.of(action)));
        }
        for (String key : info.conditionKeys().keySet()) {
            int colon = key.indexOf(':');
            String type = service.keys.get(key.toLowerCase(Locale.ROOT));
            if (type != null && colon > 0 && key.substring(0, colon).equalsIgnoreCase(info.prefix())) {
                keyTypesByName.putIfAbsent(key, Optional.of(type));
            }
        }
        return service;
    }

    /**
     * {@return the type of condition key {@code name}: a global key's, else its service's (only a key of the
     * service its prefix names)}; empty when neither knows it. Types are the reference's: {@code String},
     * {@code ArrayOfString}, {@code ARN}, {@code Bool}, ...
     */
    Optional<String> keyType(String name) {
        Optional<String> indexed = keyTypesByName.get(name);
        if (indexed != null) {
            return indexed;
        }
        Optional<String> global = GlobalConditionKeys.type(name);
        if (global.isPresent()) {
            return global;
        }
        int colon = name.indexOf(':');
        if (colon <= 0) {
            return Optional.empty();
        }
        return service(name.substring(0, colon)).flatMap(s -> s.keyType(name));
    }
}
