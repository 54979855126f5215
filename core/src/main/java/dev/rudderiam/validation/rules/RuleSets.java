package dev.rudderiam.validation.rules;

import dev.rudderiam.reference.ManagedPolicyReference;
import dev.rudderiam.reference.ServiceInfo;
import dev.rudderiam.reference.ServiceReference;
import dev.rudderiam.role.ExternalId;
import dev.rudderiam.role.RoleName;
import dev.rudderiam.validation.RuleSet;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The library's rule sets, to run alone or together with {@link dev.rudderiam.validation.Validator}.
 *
 * <pre>{@code
 * ServiceReference reference = BundledServiceReference.bundled();
 * Validator validator = Validator.of(RuleSets.grammar(), RuleSets.serviceReference(reference),
 *     RuleSets.security(reference), RuleSets.rudderStack(ExternalId.of(workspaceId), List.of()));
 * }</pre>
 */
public final class RuleSets {
    /** A reference without services, for the RudderStack rules when no managed policy document is known. */
    private static final ServiceReference NO_SERVICES = new ServiceReference() {
        @Override
        public Optional<ServiceInfo> service(String prefix) {
            return Optional.empty();
        }

        @Override
        public Collection<ServiceInfo> services() {
            return List.of();
        }
    };

    private RuleSets() {
    }

    /** {@return IAM's grammar per policy type, ARN and account formats, partitions, operators, values and sizes} */
    public static RuleSet grammar() {
        return new RuleSet("grammar", List.of(
                new MissingStatement(), new MissingVersion(), new InvalidVersion(), new UnsupportedSid(),
                DuplicateSids.required(), DuplicateSids.recommended(), new MissingAction(), new MissingResource(),
                new UnsupportedPrincipal(), new MissingPrincipal(), new TrustNotPrincipal(), new TrustResource(),
                new TrustWildcardPrincipal(), new InvalidPrincipalKey(), new InvalidPrincipalFormat(),
                new UnsupportedWildcardInPrincipal(), new InvalidArnPrefix(), new MissingArnField(),
                new InvalidArnAccount(), new InvalidPartition(), new InvalidConditionOperator(),
                new NullWithIfExists(), new ConditionValueType(), new IpAddressValue(), PolicySizeQuota.identity(),
                PolicySizeQuota.trust()),
                List.of(new RolePolicySizeQuota(), new ManagedPoliciesPerRole()));
    }

    /**
     * {@return the checks against AWS's service reference}: services, actions after wildcard expansion, actions
     * against resource ARN formats, condition keys, their types and qualifiers, and redundant actions and resources
     */
    public static RuleSet serviceReference(ServiceReference reference) {
        return serviceReference(index(reference));
    }

    private static RuleSet serviceReference(ReferenceIndex index) {
        return new RuleSet("service-reference", List.of(
                new InvalidServiceInAction(index), new InvalidAction(index), ActionResourceMismatch.typed(index),
                ActionResourceMismatch.untyped(index),
                InvalidConditionKey.global(index), InvalidConditionKey.service(index), new MissingQualifier(index),
                new TypeMismatch(index), new StringLikeWithArnKey(index), new UnsupportedTagConditionKey(index),
                RedundantElement.actions(), RedundantElement.resources()),
                List.of());
    }

    /**
     * {@return the security checks}: {@code Allow} with {@code NotPrincipal}, wildcard principals, conditions anyone
     * satisfies, {@code iam:PassRole} and service-linked role creation on {@code *}, write and read actions on
     * {@code *}, cross-account trust without external id and weak external id conditions; {@code reference} gives
     * the actions' access levels
     */
    public static RuleSet security(ServiceReference reference) {
        return security(index(reference));
    }

    private static RuleSet security(ReferenceIndex index) {
        return new RuleSet("security", List.of(
                new AllowWithNotPrincipal(), WildcardPrincipal.unconditioned(), WildcardPrincipal.satisfiableByAnyone(),
                PrivilegedActionOnStar.passRole(), PrivilegedActionOnStar.passRoleWildcardAction(),
                PrivilegedActionOnStar.createServiceLinkedRole(),
                PrivilegedActionOnStar.createServiceLinkedRoleWildcardAction(), AccessOnAllResources.writes(index),
                AccessOnAllResources.reads(index), new MissingExternalId(), new WeakExternalId()),
                List.of());
    }

    /**
     * {@return RudderStack's requirements, without the check of attached AWS managed policies}: as
     * {@link #rudderStack(ExternalId, Collection, ServiceReference, ManagedPolicyReference)} with no managed policy
     * documents, so an AWS managed policy is judged by its name alone
     */
    public static RuleSet rudderStack(ExternalId workspaceId, Collection<RoleName> existingRoleNames) {
        return rudderStack(workspaceId, existingRoleNames, NO_SERVICES, ManagedPolicyReference.none());
    }

    /**
     * {@return RudderStack's requirements}: the trust policy lets account 422074288268 assume the role exactly when
     * {@code sts:ExternalId} equals {@code workspaceId}, with no MFA condition; the workspace id looks like
     * RudderStack's (27 letters and digits; a warning otherwise); everything is in the {@code aws} partition; the
     * role name collides with none of {@code existingRoleNames} (ignoring case); no attached AWS managed policy grants
     * write or permissions management access ({@code managedPolicies} gives their documents, {@code reference} the
     * actions' access levels). The other requirements (maximum session at least 3,600 s, boundary given as one
     * managed policy ARN, tags within IAM's limits) hold for every {@link dev.rudderiam.role.RoleSpec} by
     * construction.
     */
    public static RuleSet rudderStack(ExternalId workspaceId, Collection<RoleName> existingRoleNames,
            ServiceReference reference, ManagedPolicyReference managedPolicies) {
        Objects.requireNonNull(workspaceId, "workspace id");
        Objects.requireNonNull(reference, "service reference");
        Objects.requireNonNull(managedPolicies, "managed policy reference");
        List<RoleName> existing = List.copyOf(existingRoleNames);
        RudderStackPartition partition = new RudderStackPartition();
        return new RuleSet("rudderstack", List.of(
                new RudderStackTrustMissing(workspaceId), new RudderStackExternalIdMismatch(workspaceId),
                new RudderStackMfa(), new RudderStackWorkspaceId(workspaceId), partition),
                List.of(partition, new RudderStackRoleName(existing),
                        new RudderStackManagedPolicy(reference, managedPolicies)));
    }

    /**
     * {@return every rule set: grammar, service reference, security and, for {@code workspaceId}, RudderStack's},
     * without managed policy documents (see {@link #rudderStack(ExternalId, Collection)})
     */
    public static List<RuleSet> all(ServiceReference reference, ExternalId workspaceId,
            Collection<RoleName> existingRoleNames) {
        return all(reference, ManagedPolicyReference.none(), workspaceId, existingRoleNames);
    }

    /** {@return every rule set: grammar, service reference, security and, for {@code workspaceId}, RudderStack's} */
    public static List<RuleSet> all(ServiceReference reference, ManagedPolicyReference managedPolicies,
            ExternalId workspaceId, Collection<RoleName> existingRoleNames) {
        ReferenceIndex index = index(reference);
        return List.of(grammar(), serviceReference(index), security(index),
                rudderStack(workspaceId, existingRoleNames, reference, managedPolicies));
    }

    private static ReferenceIndex index(ServiceReference reference) {
        return new ReferenceIndex(Objects.requireNonNull(reference, "service reference"));
    }
}
