package dev.rudderiam.validation.rules;

import dev.rudderiam.policy.Action;
import dev.rudderiam.reference.ActionInfo;
import dev.rudderiam.reference.ResourceTypeInfo;
import dev.rudderiam.reference.ServiceInfo;
import dev.rudderiam.reference.ServiceReference;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A {@link ServiceReference} indexed for the rules: actions and condition keys by lower-case name, condition keys
 * written with a variable part ({@code s3:RequestObjectTag/<key>}, {@code aws:ResourceTag/${TagKey}},
 * {@code secretsmanager:ResourceTag/tag-key}) as wildcard patterns, and resource types' ARN
 * formats as wildcard patterns. Services are indexed on first use, and resolved actions, services and key types are
 * remembered (up to a bound) so that validating the same role again does no lookup twice; thread-safe.
 */
final class ReferenceIndex {
    private static final Pattern VARIABLE = Pattern.compile("\\$\\{[^}]*\\}|<[^>]*>");
    /** Secrets Manager writes its tag key variable as a literal {@code tag-key}. */
    private static final String TAG_KEY = "/tag-key";

    /** Bounds each memo, so that hostile input cannot grow it without end. */
    private static final int MEMO_LIMIT = 50_000;

    private final ServiceReference reference;
    private final Map<String, Optional<Service>> services = new ConcurrentHashMap<>();
    private final Map<String, Resolution> actions = new ConcurrentHashMap<>();
    private final Map<String, Optional<String>> keyTypes = new ConcurrentHashMap<>();

    ReferenceIndex(ServiceReference reference) {
        this.reference = reference;
    }

    /** One indexed service. */
    static final class Service {
        final ServiceInfo info;
        final Map<String, ActionInfo> actions = new LinkedHashMap<>();
        final Map<String, String> keys = new HashMap<>();
        final Map<String, String> keyPatterns = new LinkedHashMap<>();
        final Map<String, String> arnPatterns = new LinkedHashMap<>();
        /** The ARN formats with every variable as {@code *}: a quick test before the exact overlap. */
        final Map<String, String> arnStarPatterns = new LinkedHashMap<>();
        /** Whether a resource pattern fits an action's resource types, by action name and resource. */
        final Map<String, Map<String, Boolean>> fits = new ConcurrentHashMap<>();

        Service(ServiceInfo info) {
            this.info = info;
            info.actions().values().forEach(a -> actions.put(a.name().toLowerCase(Locale.ROOT), a));
            info.conditionKeys().forEach((key, type) -> {
                String lower = key.toLowerCase(Locale.ROOT);
                if (lower.endsWith(TAG_KEY)) {
                    lower = lower.substring(0, lower.length() - TAG_KEY.length()) + "/${tagkey}";
                }
                if (VARIABLE.matcher(lower).find()) {
                    keyPatterns.put(VARIABLE.matcher(lower).replaceAll("?*"), type);
                } else {
                    keys.put(lower, type);
                }
            });
            for (ResourceTypeInfo type : info.resourceTypes().values()) {
                arnPatterns.put(type.name(), VARIABLE.matcher(type.arnFormat()).replaceAll("?*"));
                arnStarPatterns.put(type.name(), VARIABLE.matcher(type.arnFormat()).replaceAll("*"));
            }
        }

        /** {@return the actions whose names {@code pattern} matches, ignoring case} */
        List<ActionInfo> actionsMatching(String pattern) {
            if (!Wildcards.hasWildcard(pattern)) {
                ActionInfo written = info.actions().get(pattern);
                if (written != null) {
                    return List.of(written);
                }
                ActionInfo exact = actions.get(pattern.toLowerCase(Locale.ROOT));
                return exact == null ? List.of() : List.of(exact);
            }
            List<ActionInfo> matched = new ArrayList<>();
            for (Map.Entry<String, ActionInfo> action : actions.entrySet()) {
                if (Wildcards.matches(pattern, action.getKey(), true)) {
                    matched.add(action.getValue());
                }
            }
            return matched;
        }

        /** {@return the type of this service's key {@code name} (any case), or empty when it has no such key} */
        Optional<String> keyType(String name) {
            String lower = name.toLowerCase(Locale.ROOT);
            String exact = keys.get(lower);
            if (exact != null) {
                return Optional.of(exact);
            }
            for (Map.Entry<String, String> pattern : keyPatterns.entrySet()) {
                if (Wildcards.matches(pattern.getKey(), lower, false)) {
                    return Optional.of(pattern.getValue());
                }
            }
            return Optional.empty();
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

    /** {@return what {@code action} names, remembered for the next run} */
    Resolution resolve(Action action) {
        String value = action.value();
        Resolution known = actions.get(value);
        if (known != null) {
            return known;
        }
        String prefix = action.service();
        Resolution resolution = Resolution.NONE;
        if (!prefix.isEmpty() && !Wildcards.hasWildcard(prefix)) {
            Service service = service(prefix).orElse(null);
            if (service != null) {
                resolution = new Resolution(service, service.actionsMatching(action.name()));
            }
        }
        if (actions.size() < MEMO_LIMIT) {
            actions.put(value, resolution);
        }
        return resolution;
    }

    /**
     * {@return whether some of the resource patterns can name a resource of a type of {@code action} of
     * {@code service}}, false for an action without resource types: first the linear test whether a type's ARN
     * format (variables as {@code *}) covers the resource, which settles the usual case, then the exact overlap.
     * Remembered per action and resource, up to a bound.
     */
    boolean matchesSome(Service service, ActionInfo action, List<String> resources) {
        Map<String, Boolean> known = service.fits.computeIfAbsent(action.name(), a -> new ConcurrentHashMap<>());
        for (String resource : resources) {
            Boolean fit = known.get(resource);
            if (fit == null) {
                fit = fits(service, action, resource);
                if (known.size() < MEMO_LIMIT) {
                    known.put(resource, fit);
                }
            }
            if (fit) {
                return true;
            }
        }
        return false;
    }

    private static boolean fits(Service service, ActionInfo action, String resource) {
        for (ActionInfo.ResourceTypeUse use : action.resourceTypes()) {
            String quick = service.arnStarPatterns.get(use.resourceType());
            if (quick == null || Wildcards.subsumes(quick, resource, false)) {
                return true;
            }
        }
        for (ActionInfo.ResourceTypeUse use : action.resourceTypes()) {
            if (Wildcards.overlap(service.arnPatterns.get(use.resourceType()), resource)) {
                return true;
            }
        }
        return false;
    }

    /** {@return the service with prefix {@code prefix} (any case), or empty when the reference does not know it} */
    Optional<Service> service(String prefix) {
        Optional<Service> known = services.get(prefix);
        if (known != null) {
            return known;
        }
        String lower = prefix.toLowerCase(Locale.ROOT);
        Optional<Service> service = services.computeIfAbsent(lower, p -> reference.service(p).map(Service::new));
        if (services.size() < MEMO_LIMIT) {
            services.putIfAbsent(prefix, service);
        }
        return service;
    }

    /**
     * {@return the type of condition key {@code name}: a global key's, else its service's}; empty when neither
     * knows it. Types are the reference's: {@code String}, {@code ArrayOfString}, {@code ARN}, {@code Bool}, ...
     */
    Optional<String> keyType(String name) {
        Optional<String> known = keyTypes.get(name);
        if (known != null) {
            return known;
        }
        Optional<String> type = lookUpKeyType(name);
        if (keyTypes.size() < MEMO_LIMIT) {
            keyTypes.put(name, type);
        }
        return type;
    }

    private Optional<String> lookUpKeyType(String name) {
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
