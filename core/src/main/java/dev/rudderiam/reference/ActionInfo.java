package dev.rudderiam.reference;

import java.util.List;
import java.util.Objects;

/**
 * One action of a service.
 *
 * @param name the action name as AWS writes it, such as {@code PutObject}
 * @param accessLevel {@code Read}, {@code Write}, {@code List}, {@code Tagging} or {@code Permissions management},
 *     or several of them joined by {@code ", "} where the reference marks the action in more than one (about 1,100
 *     actions are {@code Tagging, Write} or {@code Permissions management, Write}: AWS's machine-readable reference
 *     flags each action {@code IsWrite}, {@code IsPermissionManagement}, {@code IsTaggingOnly}, {@code IsList}
 *     independently); ask {@link #accessLevels()} or {@link #hasAccessLevel(String)}, never compare the text
 * @param resourceTypes the resource types the action acts on, each with whether it is required
 * @param conditionKeys the condition keys the action supports
 */
public record ActionInfo(String name, String accessLevel, List<ResourceTypeUse> resourceTypes,
        List<String> conditionKeys) {

    /** Copies the lists. */
    public ActionInfo {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(accessLevel, "access level");
        resourceTypes = List.copyOf(resourceTypes);
        conditionKeys = List.copyOf(conditionKeys);
    }

    /** {@return every access level the action has, in the reference's order, such as [Permissions management, Write]} */
    public List<String> accessLevels() {
        return List.of(accessLevel.split(",\\s*"));
    }

    /** {@return whether {@code level} (such as {@code Write}) is one of the action's access levels} */
    public boolean hasAccessLevel(String level) {
        return accessLevels().contains(level);
    }

    /**
     * A resource type an action acts on.
     *
     * @param resourceType the resource type name, such as {@code object}
     * @param required whether the action needs a resource of this type
     */
    public record ResourceTypeUse(String resourceType, boolean required) {
        /** Checks for null. */
        public ResourceTypeUse {
            Objects.requireNonNull(resourceType, "resource type");
        }
    }
}
