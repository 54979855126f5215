package dev.rudderiam.aws.guardrails;

import dev.rudderiam.aws.guardrails.GuardrailReadException.Layer;
import dev.rudderiam.guardrails.Guardrails;
import dev.rudderiam.policy.PolicyDocument;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.organizations.OrganizationsClient;
import software.amazon.awssdk.services.organizations.model.ListParentsResponse;
import software.amazon.awssdk.services.organizations.model.ListPoliciesForTargetResponse;
import software.amazon.awssdk.services.organizations.model.ListRootsResponse;
import software.amazon.awssdk.services.organizations.model.Organization;
import software.amazon.awssdk.services.organizations.model.Parent;
import software.amazon.awssdk.services.organizations.model.ParentType;
import software.amazon.awssdk.services.organizations.model.Policy;
import software.amazon.awssdk.services.organizations.model.PolicySummary;
import software.amazon.awssdk.services.organizations.model.PolicyType;
import software.amazon.awssdk.services.organizations.model.PolicyTypeStatus;
import software.amazon.awssdk.services.organizations.model.PolicyTypeSummary;
import software.amazon.awssdk.services.organizations.model.Root;

/**
 * Reads the organization's SCPs and RCPs along an account's path through the caller's {@link OrganizationsClient}:
 * <ol>
 *   <li><a href="https://docs.aws.amazon.com/organizations/latest/APIReference/API_DescribeOrganization.html">DescribeOrganization</a>:
 *       the organization id and management account; {@code AWSOrganizationsNotInUseException} means the account is
 *       in no organization, so no SCP or RCP applies;</li>
 *   <li><a href="https://docs.aws.amazon.com/organizations/latest/APIReference/API_ListParents.html">ListParents</a>
 *       from the account up to the root (OUs nest at most five levels below the root,
 *       <a href="https://docs.aws.amazon.com/organizations/latest/userguide/orgs_reference_limits.html">quotas</a>);</li>
 *   <li><a href="https://docs.aws.amazon.com/organizations/latest/APIReference/API_ListRoots.html">ListRoots</a>:
 *       whether each policy type is enabled (a disabled type has no policies in effect);</li>
 *   <li><a href="https://docs.aws.amazon.com/organizations/latest/APIReference/API_ListPoliciesForTarget.html">ListPoliciesForTarget</a>
 *       with filter {@code SERVICE_CONTROL_POLICY} and {@code RESOURCE_CONTROL_POLICY} for the root, each OU and
 *       the account, every page, and
 *       <a href="https://docs.aws.amazon.com/organizations/latest/APIReference/API_DescribePolicy.html">DescribePolicy</a>
 *       for each policy's content (each policy read once).</li>
 * </ol>
 * AWS answers ListParents, ListRoots, ListPoliciesForTarget and DescribePolicy only to the organization's management
 * account or a member account that is a delegated administrator (each page above says so): with a member account's
 * credentials they fail with {@code AccessDeniedException}, and the read fails rather than finding no policies.
 * The only class here that uses the Organizations client: without it on the class path it is never loaded.
 */
public final class OrganizationReader {
    /** Levels on a path: the account, at most five OUs, the root (quotas page above). */
    static final int MAX_LEVELS = 7;
    /** Policies of one type attached to one root, OU or account: at most 5 (quotas page above). */
    static final int MAX_POLICIES_PER_TARGET = 5;
    /** An SCP or RCP document has at most 5,120 characters (quotas page above). */
    static final int POLICY_LIMIT_CHARACTERS = 5_120;
    /** Pages followed for one list call: a list of at most five entries never needs more. */
    static final int MAX_PAGES = 10;
    private static final String QUOTAS =
            "https://docs.aws.amazon.com/organizations/latest/userguide/orgs_reference_limits.html";
    private static final String NOT_IN_USE = "AWSOrganizationsNotInUseException";

    /**
     * What was read.
     *
     * @param organizationId the organization's id, null when the account is in none
     * @param managementAccount whether the account is the organization's management account (SCPs and RCPs then
     *     do not apply to it, so they are not read)
     */
    public record Organization(@Nullable String organizationId, boolean managementAccount) {
    }

    private final OrganizationsClient organizations;

    /** Reads through {@code organizations}, which the caller configures and closes. */
    public OrganizationReader(OrganizationsClient organizations) {
        this.organizations = Objects.requireNonNull(organizations, "Organizations client");
    }

    /**
     * Reads the organization of {@code account} and, unless it is the management account, the SCPs (when
     * {@code scps}) and RCPs (when {@code rcps}) at each level of its path into {@code into}, root first, each
     * named {@code <policy name> (<policy id>)}.
     *
     * @return the organization id and whether the account is the management account
     * @throws GuardrailReadException when any call fails (for a member account's credentials: access denied), the
     *     path is deeper than AWS allows, a level has more policies than AWS allows, or a policy is larger than
     *     5,120 characters or malformed
     */
    public Organization read(String account, boolean scps, boolean rcps, Guardrails.Builder into) {
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(into, "guardrails");
        software.amazon.awssdk.services.organizations.model.Organization organization;
        try {
            organization = organizations.describeOrganization(r -> { }).organization();
        } catch (SdkException e) {
            if (NOT_IN_USE.equals(Reads.errorCode(e))) {
                return new Organization(null, false);
            }
            throw Reads.failed(Layer.ORGANIZATION, "the organization of account " + account, "DescribeOrganization",
                    e);
        }
        if (organization == null || organization.id() == null) {
            throw new GuardrailReadException(Layer.ORGANIZATION, "could not read the organization of account "
                    + account + " (DescribeOrganization): the answer names no organization", null);
        }
        boolean management = account.equals(organization.masterAccountId());
        if (!management && (scps || rcps)) {
            List<String> path = path(account);
            Root root = root(path.get(0));
            Map<String, PolicyDocument> described = new HashMap<>();
            if (scps && enabled(root, PolicyType.SERVICE_CONTROL_POLICY)) {
                for (String level : path) {
                    for (PolicySummary summary : attached(level, PolicyType.SERVICE_CONTROL_POLICY)) {
                        into.scp(level, name(summary), describe(summary, described));
                    }
                }
            }
            if (rcps && enabled(root, PolicyType.RESOURCE_CONTROL_POLICY)) {
                for (String level : path) {
                    for (PolicySummary summary : attached(level, PolicyType.RESOURCE_CONTROL_POLICY)) {
                        into.rcp(level, name(summary), describe(summary, described));
                    }
                }
            }
        }
        return new Organization(organization.id(), management);
    }

    /** {@return the ids of the account's path: root first, each OU from the top, the account last} */
    private List<String> path(String account) {
        List<String> upward = new ArrayList<>();
        upward.add(account);
        String child = account;
        while (true) {
            if (upward.size() >= MAX_LEVELS) {
                throw new GuardrailReadException(Layer.ORGANIZATION, "the path of account " + account
                        + " from ListParents has more than " + (MAX_LEVELS - 2) + " OUs, more than AWS allows ("
                        + QUOTAS + "): refused", null);
            }
            Parent parent = parent(account, child);
            upward.add(parent.id());
            if (parent.type() == ParentType.ROOT) {
                break;
            }
            child = parent.id();
        }
        List<String> path = new ArrayList<>();
        for (int i = upward.size() - 1; i >= 0; i--) {
            path.add(upward.get(i));
        }
        return path;
    }

    /** {@return the one parent of {@code child}, every page read (a page may come back empty before the last)} */
    private Parent parent(String account, String child) {
        List<Parent> parents = everyPage("the parent of " + child + " on the path of account " + account,
                "ListParents", "ListParents of " + child,
                next -> organizations.listParents(r -> r.childId(child).nextToken(next)),
                ListParentsResponse::parents, ListParentsResponse::nextToken);
        ParentType type = parents.size() == 1 ? parents.get(0).type() : null;
        if (parents.size() != 1 || parents.get(0).id() == null
                || type != ParentType.ROOT && type != ParentType.ORGANIZATIONAL_UNIT) {
            throw new GuardrailReadException(Layer.ORGANIZATION, "could not read the parent of " + child
                    + " (ListParents): expected one root or OU, the answer has " + parents, null);
        }
        return parents.get(0);
    }

    private Root root(String rootId) {
        List<Root> roots = everyPage("the organization's root", "ListRoots", "ListRoots",
                next -> organizations.listRoots(r -> r.nextToken(next)), ListRootsResponse::roots,
                ListRootsResponse::nextToken);
        return roots.stream().filter(r -> rootId.equals(r.id())).findFirst().orElseThrow(() ->
                new GuardrailReadException(Layer.ORGANIZATION, "could not read the root " + rootId
                        + " (ListRoots): the answer does not name it", null));
    }

    /**
     * {@return whether the policy type is enabled in the root}: when a type is disabled, its policies are detached
     * and none is in effect
     * (<a href="https://docs.aws.amazon.com/organizations/latest/APIReference/API_DisablePolicyType.html">DisablePolicyType</a>).
     */
    private static boolean enabled(Root root, PolicyType type) {
        for (PolicyTypeSummary summary : root.policyTypes()) {
            if (summary.type() == type && summary.status() == PolicyTypeStatus.ENABLED) {
                return true;
            }
        }
        return false;
    }

    private List<PolicySummary> attached(String target, PolicyType type) {
        List<PolicySummary> policies = everyPage(kind(type) + "s attached to " + target, "ListPoliciesForTarget",
                "ListPoliciesForTarget of " + target,
                next -> organizations.listPoliciesForTarget(r -> r.targetId(target).filter(type).nextToken(next)),
                ListPoliciesForTargetResponse::policies, ListPoliciesForTargetResponse::nextToken);
        if (policies.size() > MAX_POLICIES_PER_TARGET) {
            throw new GuardrailReadException(Layer.ORGANIZATION, target + " has more than "
                    + MAX_POLICIES_PER_TARGET + " " + kind(type) + "s attached, more than AWS allows (" + QUOTAS
                    + "): refused", null);
        }
        return policies;
    }

    private PolicyDocument describe(PolicySummary summary, Map<String, PolicyDocument> described) {
        String id = Objects.requireNonNullElse(summary.id(), "");
        PolicyDocument known = described.get(id);
        if (known != null) {
            return known;
        }
        String what = "the content of policy " + name(summary);
        Policy policy;
        try {
            policy = organizations.describePolicy(r -> r.policyId(id)).policy();
        } catch (SdkException e) {
            throw Reads.failed(Layer.ORGANIZATION, what, "DescribePolicy", e);
        }
        PolicyDocument document = Reads.policy(Layer.ORGANIZATION, what, policy == null ? null : policy.content(),
                POLICY_LIMIT_CHARACTERS, false, QUOTAS);
        described.put(id, document);
        return document;
    }

    /**
     * {@return every item of a listing, its next tokens followed (a page may come back empty before the last)}:
     * {@code call} asks for the page after a token (null: the first). A failed call fails the read, naming
     * {@code what} and {@code operation}; a {@code listing} that still has more pages after {@link #MAX_PAGES} is
     * refused, so an answer that never ends cannot keep the read going.
     */
    private static <R, T> List<T> everyPage(String what, String operation, String listing,
            Function<@Nullable String, R> call, Function<R, List<T>> items, Function<R, @Nullable String> nextToken) {
        List<T> all = new ArrayList<>();
        String token = null;
        for (int pages = 1; ; pages++) {
            R page;
            try {
                page = call.apply(token);
            } catch (SdkException e) {
                throw Reads.failed(Layer.ORGANIZATION, what, operation, e);
            }
            all.addAll(items.apply(page));
            token = nextToken.apply(page);
            if (token == null) {
                return all;
            }
            if (pages >= MAX_PAGES) {
                throw new GuardrailReadException(Layer.ORGANIZATION, "could not read " + listing
                        + ": still more pages after " + MAX_PAGES + ", more than the quotas allow (" + QUOTAS
                        + "): refused", null);
            }
        }
    }

    private static String name(PolicySummary summary) {
        return summary.name() + " (" + summary.id() + ")";
    }

    private static String kind(PolicyType type) {
        return type == PolicyType.SERVICE_CONTROL_POLICY ? "SCP" : "RCP";
    }
}
