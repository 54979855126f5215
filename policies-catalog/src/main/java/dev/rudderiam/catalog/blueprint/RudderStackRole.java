package dev.rudderiam.catalog.blueprint;

import dev.rudderiam.arn.Arn;
import dev.rudderiam.catalog.DestinationTemplate;
import dev.rudderiam.catalog.PolicyCatalog;
import dev.rudderiam.catalog.TrustedParty;
import dev.rudderiam.catalog.reference.BundledManagedPolicies;
import dev.rudderiam.catalog.reference.BundledServiceReference;
import dev.rudderiam.policy.PolicyDocument;
import dev.rudderiam.policy.PolicySize;
import dev.rudderiam.policy.Quotas;
import dev.rudderiam.policy.Statement;
import dev.rudderiam.role.ExternalId;
import dev.rudderiam.role.IamPath;
import dev.rudderiam.role.MaxSessionDuration;
import dev.rudderiam.role.PolicyName;
import dev.rudderiam.role.RoleDescription;
import dev.rudderiam.role.RoleName;
import dev.rudderiam.role.RoleSpec;
import dev.rudderiam.role.RudderStack;
import dev.rudderiam.role.Tag;
import dev.rudderiam.role.TrustPolicyBuilder;
import dev.rudderiam.validation.Validator;
import dev.rudderiam.validation.rules.RuleSets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The blueprint of the IAM role RudderStack assumes: from a workspace id, a role name and the destinations the role
 * serves, it composes the complete {@link RoleSpec}: RudderStack's trust policy (plus any party a destination
 * needs, such as a Snowflake storage integration), one inline policy per destination (or one combined policy) with
 * duplicate statements merged, and the optional path, description, boundary, tags and maximum session duration.
 *
 * <pre>{@code
 * RoleSpec role = RudderStackRole.builder()
 *     .workspaceId("2Nk4t3WkHTGYzbTvG2zLXJXKNoF")
 *     .roleName("rudderstack-destinations")
 *     .description("Lets RudderStack write events to S3")
 *     .tag("team", "data")
 *     .destination("S3", Map.of("bucketName", "acme-events"))
 *     .build();
 * }</pre>
 *
 * @see <a href="https://www.rudderstack.com/docs/destinations/aws-iam-role-for-rudderstack/">RudderStack: Create an
 *     IAM role for AWS-based destinations</a>
 */
public final class RudderStackRole {
    /** The name of the inline policy of {@link PolicyLayout#COMBINED}. */
    public static final String COMBINED_POLICY_NAME = "rudderstack-destinations";

    private RudderStackRole() {
    }

    /** {@return a builder using the bundled policy catalog, laying out one inline policy per destination} */
    public static Builder builder() {
        return new Builder(PolicyCatalog.bundled());
    }

    /**
     * {@return a validator as {@link #validator(String, Collection)} that knows no existing role names}, so it cannot
     * report {@code ROLE_NAME_TAKEN}
     *
     * @throws IllegalArgumentException when the workspace id is not a valid external id
     */
    public static Validator validator(String workspaceId) {
        return validator(workspaceId, List.of());
    }

    /**
     * {@return a validator running every rule set on a role for {@code workspaceId}: IAM grammar, the bundled
     * service reference, security checks and RudderStack's requirements, attached AWS managed policies judged by
     * their bundled documents}. {@code existingRoleNames} are the names of the roles already in the target account
     * (other than the role being updated); a role whose name equals one of them ignoring case, as IAM compares role
     * names, gets the error {@code ROLE_NAME_TAKEN}, because {@code CreateRole} would fail with
     * {@code EntityAlreadyExists}.
     *
     * @throws IllegalArgumentException when the workspace id is not a valid external id
     * @see <a href="https://docs.aws.amazon.com/IAM/latest/APIReference/API_CreateRole.html">CreateRole: RoleName</a>
     */
    public static Validator validator(String workspaceId, Collection<RoleName> existingRoleNames) {
        Objects.requireNonNull(existingRoleNames, "existing role names");
        return Validator.builder().addAll(RuleSets.all(BundledServiceReference.bundled(),
                BundledManagedPolicies.bundled(),
                ExternalId.of(workspaceId), existingRoleNames)).build();
    }

    /** {@return the inline policy name of destination {@code id} in {@link PolicyLayout#PER_DESTINATION}} */
    public static String policyName(String id) {
        return "rudderstack-" + id.toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** One destination of the role: a template id and its parameter values. */
    private record Destination(String id, Map<String, String> parameters) {
    }

    /**
     * Collects the role's parts; {@link #build()} renders the destinations and checks everything. Not thread-safe;
     * {@link #build()} can be called again.
     */
    public static final class Builder {
        private final PolicyCatalog catalog;
        private @Nullable String workspaceId;
        private @Nullable String roleName;
        private String path = IamPath.ROOT.value();
        private @Nullable String description;
        private @Nullable Arn permissionsBoundary;
        private final List<Tag> tags = new ArrayList<>();
        private MaxSessionDuration maxSessionDuration = MaxSessionDuration.DEFAULT;
        private final List<Arn> managedPolicyArns = new ArrayList<>();
        private final List<Destination> destinations = new ArrayList<>();
        private PolicyLayout layout = PolicyLayout.PER_DESTINATION;

        private Builder(PolicyCatalog catalog) {
            this.catalog = catalog;
        }

        /** Sets the RudderStack workspace id, which RudderStack passes as external id. Required. */
        public Builder workspaceId(String workspaceId) {
            this.workspaceId = Objects.requireNonNull(workspaceId, "workspace id");
            return this;
        }

        /** Sets the role name (unique per account ignoring case; it cannot be renamed later). Required. */
        public Builder roleName(String roleName) {
            this.roleName = Objects.requireNonNull(roleName, "role name");
            return this;
        }

        /** Sets the IAM path; {@code /} by default. */
        public Builder path(String path) {
            this.path = Objects.requireNonNull(path, "path");
            return this;
        }

        /** Sets the role description; null removes it. */
        public Builder description(@Nullable String description) {
            this.description = description;
            return this;
        }

        /** Sets the ARN of the managed policy used as permissions boundary; null removes it. */
        public Builder permissionsBoundary(@Nullable Arn boundary) {
            this.permissionsBoundary = boundary;
            return this;
        }

        /** Appends a tag. */
        public Builder tag(String key, String value) {
            tags.add(Tag.of(key, value));
            return this;
        }

        /** Sets the maximum session duration, a whole number of seconds from 1 to 12 hours; 1 hour by default. */
        public Builder maxSessionDuration(Duration duration) {
            Objects.requireNonNull(duration, "max session duration");
            if (duration.getNano() != 0 || duration.getSeconds() > Integer.MAX_VALUE || duration.isNegative()) {
                throw new IllegalArgumentException("max session duration " + duration + " is invalid: IAM takes a"
                        + " whole number of seconds from 3600 to 43200");
            }
            this.maxSessionDuration = MaxSessionDuration.ofSeconds((int) duration.getSeconds());
            return this;
        }

        /** Appends the ARN of a managed policy to attach besides the destinations' inline policies. */
        public Builder addManagedPolicyArn(Arn arn) {
            managedPolicyArns.add(Objects.requireNonNull(arn, "managed policy ARN"));
            return this;
        }

        /**
         * Adds a destination the role serves: a catalog template id such as {@code S3} or {@code KINESIS} and its
         * parameter values. The same id may be added more than once (for example two S3 buckets).
         */
        public Builder destination(String id, Map<String, String> parameters) {
            destinations.add(new Destination(Objects.requireNonNull(id, "destination id"),
                    DestinationTemplate.copyValues(id, parameters)));
            return this;
        }

        /** Sets how the destinations' permissions are arranged in inline policies. */
        public Builder policyLayout(PolicyLayout layout) {
            this.layout = Objects.requireNonNull(layout, "policy layout");
            return this;
        }

        /**
         * {@return the role spec}
         *
         * @throws IllegalArgumentException when the workspace id or role name is missing or invalid, there is no
         *     destination and no managed policy, a destination id is unknown, the inline policies exceed IAM's
         *     10,240 characters per role, or another attribute breaks IAM's rules
         * @throws dev.rudderiam.catalog.DestinationParameterException when a destination's parameters are wrong
         */
        public RoleSpec build() {
            if (workspaceId == null) {
                throw new IllegalArgumentException("workspace id is missing: the trust policy requires RudderStack's"
                        + " workspace id as external id");
            }
            if (roleName == null) {
                throw new IllegalArgumentException("role name is missing: a role needs a name");
            }
            if (destinations.isEmpty() && managedPolicyArns.isEmpty()) {
                throw new IllegalArgumentException("destinations are missing: the role needs at least one"
                        + " destination (or managed policy) to grant RudderStack anything");
            }
            Map<String, List<Statement>> statementsById = new LinkedHashMap<>();
            Set<TrustedParty> parties = new LinkedHashSet<>();
            for (Destination destination : destinations) {
                DestinationTemplate template = catalog.template(destination.id());
                statementsById.computeIfAbsent(template.id(), k -> new ArrayList<>())
                        .addAll(template.render(destination.parameters()).statements());
                parties.addAll(template.trustedParties(destination.parameters()));
            }
            Map<PolicyName, PolicyDocument> policies = layout(statementsById, layout);
            checkSize(policies, statementsById);
            TrustPolicyBuilder trust = RudderStack.trustPolicyBuilder(workspaceId);
            parties.forEach(party -> trust.trust(party.principal(), party.externalId()));
            return RoleSpec.builder()
                    .name(roleName)
                    .path(IamPath.of(path))
                    .description(description == null ? null : RoleDescription.of(description))
                    .trustPolicy(trust.build())
                    .inlinePolicies(policies)
                    .managedPolicyArns(managedPolicyArns)
                    .permissionsBoundary(permissionsBoundary)
                    .tags(tags)
                    .maxSessionDuration(maxSessionDuration)
                    .build();
        }

        private static Map<PolicyName, PolicyDocument> layout(Map<String, List<Statement>> statementsById,
                PolicyLayout layout) {
            Map<PolicyName, PolicyDocument> policies = new LinkedHashMap<>();
            if (layout == PolicyLayout.COMBINED) {
                List<Statement> all = statementsById.values().stream().flatMap(List::stream)
                        .collect(Collectors.toList());
                if (!all.isEmpty()) {
                    policies.put(PolicyName.of(COMBINED_POLICY_NAME), document(all));
                }
            } else {
                statementsById.forEach((id, statements) -> policies.put(PolicyName.of(policyName(id)),
                        document(statements)));
            }
            return policies;
        }

        private static PolicyDocument document(List<Statement> statements) {
            return PolicyDocument.builder().statements(StatementMerger.merge(statements)).build();
        }

        /** IAM counts every inline policy of a role together, without white space, against 10,240 characters. */
        private void checkSize(Map<PolicyName, PolicyDocument> policies, Map<String, List<Statement>> byId) {
            int total = total(policies);
            if (total <= Quotas.DEFAULT.roleInlinePolicies()) {
                return;
            }
            String sizes = policies.entrySet().stream()
                    .map(e -> e.getKey().value() + " " + PolicySize.of(e.getValue()))
                    .collect(Collectors.joining(", "));
            String advice = "; split the destinations across several roles";
            if (layout == PolicyLayout.PER_DESTINATION) {
                int combined = total(layout(byId, PolicyLayout.COMBINED));
                if (combined <= Quotas.DEFAULT.roleInlinePolicies()) {
                    advice = "; the combined layout (PolicyLayout.COMBINED) needs " + combined + " and fits";
                }
            }
            throw new IllegalArgumentException("inline policies of role '" + roleName + "' total " + total
                    + " characters without white space (" + sizes + "); IAM allows at most "
                    + Quotas.DEFAULT.roleInlinePolicies() + " per role" + advice);
        }

        private static int total(Map<PolicyName, PolicyDocument> policies) {
            return policies.values().stream().mapToInt(PolicySize::of).sum();
        }
    }
}
