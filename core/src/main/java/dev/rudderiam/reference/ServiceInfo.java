package dev.rudderiam.reference;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One service of the reference: its prefix, actions, resource types and service-specific condition keys.
 *
 * @param prefix the service prefix, such as {@code s3}
 * @param actions actions by name as AWS writes them ({@code PutObject})
 * @param resourceTypes resource types by name ({@code object})
 * @param conditionKeys condition key name ({@code s3:prefix}) to its type ({@code String}, {@code ARN}, ...)
 */
public record ServiceInfo(String prefix, Map<String, ActionInfo> actions, Map<String, ResourceTypeInfo> resourceTypes,
        Map<String, String> conditionKeys) {

    /** Copies the maps, keeping their order. */
    public ServiceInfo {
        Objects.requireNonNull(prefix, "prefix");
        actions = Collections.unmodifiableMap(new LinkedHashMap<>(actions));
        resourceTypes = Collections.unmodifiableMap(new LinkedHashMap<>(resourceTypes));
        conditionKeys = Collections.unmodifiableMap(new LinkedHashMap<>(conditionKeys));
    }

    /** {@return the action named {@code name}, compared ignoring case as IAM does} */
    public Optional<ActionInfo> action(String name) {
        ActionInfo exact = actions.get(name);
        if (exact != null) {
            return Optional.of(exact);
        }
        String lower = name.toLowerCase(Locale.ROOT);
        return actions.values().stream().filter(a -> a.name().toLowerCase(Locale.ROOT).equals(lower)).findFirst();
    }
}
