package dev.rudderiam.reference;

import java.util.List;
import java.util.Objects;

/**
 * One action of a service.
 *
 * @param name the action name as AWS writes it, such as {@code PutObject}
 * @param accessLevel {@code Read}, {@code Write}, {@code List}, {@code Tagging} or {@code Permissions management}
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
