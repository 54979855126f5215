package dev.rudderiam.validation.rules;

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

/**
 * A {@link ServiceReference} indexed for the rules: actions and condition keys by lower-case name, condition keys
 * written with a variable part ({@code s3:RequestObjectTag/<key>}, {@code aws:ResourceTag/${TagKey}},
 * {@code secretsmanager:ResourceTag/tag-key}) as wildcard patterns, and resource types' ARN
 * formats as wildcard patterns. Services are indexed on first use; thread-safe.
 */
final class ReferenceIndex {
    private static final Pattern VARIABLE = Pattern.compile("\\$\\{[^}]*\\}|<[^>]*>");
    /** Secrets Manager writes its tag key variable as a literal {@code tag-key}. */
    private static final String TAG_KEY = "/tag-key";

    private final ServiceReference reference;
    private final Map<String, Optional<Service>> services = new ConcurrentHashMap<>();

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
            }
        }

        /** {@return the actions whose names {@code pattern} matches, ignoring case} */
        List<ActionInfo> actionsMatching(String pattern) {
            if (!Wildcards.hasWildcard(pattern)) {
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

    /** {@return the service with prefix {@code prefix} (any case), or empty when the reference does not know it} */
    Optional<Service> service(String prefix) {
        return services.computeIfAbsent(prefix.toLowerCase(Locale.ROOT),
                p -> reference.service(p).map(Service::new));
    }

    /**
     * {@return the type of condition key {@code name}: a global key's, else its service's}; empty when neither
     * knows it. Types are the reference's: {@code String}, {@code ArrayOfString}, {@code ARN}, {@code Bool}, ...
     */
    Optional<String> keyType(String name) {
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
