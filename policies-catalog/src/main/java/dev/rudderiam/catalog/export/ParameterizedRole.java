package dev.rudderiam.catalog.export;

import dev.rudderiam.catalog.DestinationTemplate;
import dev.rudderiam.catalog.blueprint.PolicyLayout;
import dev.rudderiam.json.JsonStyle;
import dev.rudderiam.role.RoleSpec;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a parameterized export needs: the role built for one account (its path, description, tags, boundary,
 * managed policies and session duration are the same in every account; its name, workspace id and destination
 * values become the template's parameters, with these values as defaults) and the destinations it was built from.
 *
 * <pre>{@code
 * Map<String, String> s3 = Map.of("bucketName", "acme-events");
 * RoleSpec role = RudderStackRole.builder().workspaceId(workspace).roleName("rudderstack")
 *     .destination("S3", s3).build();
 * String template = ExportFormat.CLOUDFORMATION.writeParameterized(
 *     new ParameterizedRole(role, workspace, List.of(new ParameterizedRole.Destination("S3", s3)),
 *         PolicyLayout.PER_DESTINATION), JsonStyle.PRETTY);
 * }</pre>
 *
 * @param role the role as {@code RudderStackRole} builds it from the same workspace id, name and destinations
 * @param workspaceId the RudderStack workspace id, the default of the {@code WorkspaceId} parameter
 * @param destinations the destinations in the order they were added to the role
 * @param layout how the destinations' statements are arranged in inline policies, as for the role
 */
public record ParameterizedRole(RoleSpec role, String workspaceId, List<Destination> destinations,
        PolicyLayout layout) {
    /** Checks for nulls and copies the list. */
    public ParameterizedRole {
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(workspaceId, "workspace id");
        Objects.requireNonNull(layout, "policy layout");
        destinations = List.copyOf(destinations);
    }

    /**
     * One destination: a catalog template id and the values given for it (defaults of its parameters).
     *
     * @param id the catalog template id, such as {@code S3}
     * @param values parameter name to value, as for {@link DestinationTemplate#render(Map)}
     */
    public record Destination(String id, Map<String, String> values) {
        /** Checks for nulls and copies the values. */
        public Destination {
            Objects.requireNonNull(id, "destination id");
            values = DestinationTemplate.copyValues(id, values);
        }
    }
}
