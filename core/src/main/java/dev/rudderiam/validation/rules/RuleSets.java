package dev.rudderiam.validation.rules;

import dev.rudderiam.reference.ServiceReference;
import dev.rudderiam.role.ExternalId;
import dev.rudderiam.role.RoleName;
import dev.rudderiam.validation.RuleSet;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * The library's rule sets, to run alone or together with {@link dev.rudderiam.validation.Validator}.
 *
 * <pre>{@code
 * ServiceReference reference = BundledServiceReference.get();
 * Validator validator = Validator.of(RuleSets.grammar(), RuleSets.serviceReference(reference),
 *     RuleSets.security(reference), RuleSets.rudderStack(ExternalId.of(workspaceId), List.of()));
 * }</pre>
 */
public final class RuleSets {
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
     * {@return RudderStack's requirements}: the trust policy lets account 422074288268 assume the role exactly when
     * {@code sts:ExternalId} equals {@code workspaceId}, with no MFA condition; everything is in the {@code aws}
     * partition; the role name collides with none of {@code existingRoleNames} (ignoring case). The other
     * requirements (maximum session at least 3,600 s, boundary given as a managed policy ARN, tags within IAM's
     * limits) hold for every {@link dev.rudderiam.role.RoleSpec} by construction.
     */
    public static RuleSet rudderStack(ExternalId workspaceId, Collection<RoleName> existingRoleNames) {
        Objects.requireNonNull(workspaceId, "workspace id");
        List<RoleName> existing = List.copyOf(existingRoleNames);
        RudderStackPartition partition = new RudderStackPartition();
        return new RuleSet("rudderstack", List.of(
                new RudderStackTrustMissing(workspaceId), new RudderStackExternalIdMismatch(workspaceId),
                new RudderStackMfa(), partition),
                List.of(partition, new RudderStackRoleName(existing)));
    }

    /** {@return every rule set: grammar, service reference, security and, for {@code workspaceId}, RudderStack's} */
    public static List<RuleSet> all(ServiceReference reference, ExternalId workspaceId,
            Collection<RoleName> existingRoleNames) {
        ReferenceIndex index = index(reference);
        return List.of(grammar(), serviceReference(index), security(index), rudderStack(workspaceId, existingRoleNames));
    }

    private static ReferenceIndex index(ServiceReference reference) {
        return new ReferenceIndex(Objects.requireNonNull(reference, "service reference"));
    }
}
