package dev.rudderiam.cli;

import dev.rudderiam.arn.Arn;
import dev.rudderiam.catalog.blueprint.PolicyLayout;
import dev.rudderiam.catalog.blueprint.RudderStackRole;
import dev.rudderiam.role.RoleSpec;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Option;

/**
 * The options that describe a RudderStack role, shared as a picocli mixin by every command that works on one
 * ({@code role}, and later plan, apply, drift and analyze): {@link #toSpec()} builds the role spec through
 * {@link RudderStackRole}. Each {@code --param} belongs to the {@code --destination} before it.
 *
 * <pre>{@code
 * rudder-iam role --workspace-id 2Nk4t3WkHTGYzbTvG2zLXJXKNoF --name rudderstack \
 *     --destination S3 --param bucketName=acme-events \
 *     --destination KINESIS --param region=us-east-1 --param accountId=123456789012 --param streamName=events
 * }</pre>
 */
final class RoleOptions {
    @Option(names = "--workspace-id", required = true, paramLabel = "ID",
            description = "RudderStack workspace id, which RudderStack passes as external id.")
    String workspaceId;

    @Option(names = "--name", required = true, paramLabel = "NAME",
            description = "Role name (unique per account ignoring case; cannot be renamed).")
    String name;

    @Option(names = "--path", paramLabel = "PATH", defaultValue = "/", description = "IAM path (default: /).")
    String path;

    @Option(names = "--description", paramLabel = "TEXT", description = "Role description.")
    @Nullable String description;

    @Option(names = "--permissions-boundary", paramLabel = "ARN",
            description = "ARN of the managed policy to use as permissions boundary.")
    @Nullable String permissionsBoundary;

    @Option(names = "--tag", paramLabel = "KEY=VALUE", description = "A role tag; repeat for more, each key once.")
    List<String> tags = new ArrayList<>();

    @Option(names = "--max-session-duration", paramLabel = "SECONDS", defaultValue = "3600",
            description = "Maximum session duration in seconds, 3600 to 43200 (default: 3600).")
    int maxSessionDuration;

    @Option(names = "--managed-policy-arn", paramLabel = "ARN",
            description = "ARN of a managed policy to attach as well; repeat for more.")
    List<String> managedPolicyArns = new ArrayList<>();

    @Option(names = "--combine-policies",
            description = "Put every destination's statements into one inline policy instead of one per destination.")
    boolean combinePolicies;

    @ArgGroup(exclusive = false, multiplicity = "0..*")
    List<DestinationArgs> destinations = new ArrayList<>();

    /**
     * {@return the role spec these options describe}
     *
     * @throws IllegalArgumentException when an option value or destination parameter is invalid
     */
    RoleSpec toSpec() {
        RudderStackRole.Builder builder = RudderStackRole.builder()
                .workspaceId(workspaceId)
                .roleName(name)
                .path(path)
                .description(description)
                .permissionsBoundary(permissionsBoundary == null ? null : Arn.parse(permissionsBoundary))
                .maxSessionDuration(Duration.ofSeconds(maxSessionDuration))
                .policyLayout(combinePolicies ? PolicyLayout.COMBINED : PolicyLayout.PER_DESTINATION);
        KeyValues.parse("--tag", "", tags).forEach(builder::tag);
        managedPolicyArns.forEach(arn -> builder.addManagedPolicyArn(Arn.parse(arn)));
        destinations.forEach(d -> builder.destination(d.id, d.parameters()));
        return builder.build();
    }
}
