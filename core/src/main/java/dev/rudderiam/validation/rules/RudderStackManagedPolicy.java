package dev.rudderiam.validation.rules;

import dev.rudderiam.arn.Arn;
import dev.rudderiam.pattern.Glob;
import dev.rudderiam.policy.Action;
import dev.rudderiam.policy.Effect;
import dev.rudderiam.policy.PolicyDocument;
import dev.rudderiam.policy.Statement;
import dev.rudderiam.reference.ActionInfo;
import dev.rudderiam.reference.ManagedPolicyReference;
import dev.rudderiam.reference.ServiceInfo;
import dev.rudderiam.reference.ServiceReference;
import dev.rudderiam.validation.Finding;
import dev.rudderiam.validation.RoleContext;
import dev.rudderiam.validation.RoleRule;
import dev.rudderiam.validation.Severity;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * {@code RUDDERSTACK_MANAGED_POLICY_GRANTS_WRITE}: the role RudderStack assumes attaches an AWS managed policy that
 * grants {@code Write} or {@code Permissions management} access. The role is assumed by another company; what the
 * destinations need is in their inline policies, scoped to their resources, so a managed policy such as
 * {@code AdministratorAccess}, {@code PowerUserAccess}, {@code IAMFullAccess} or any {@code *FullAccess} hands
 * RudderStack write access to the account (or to IAM itself, and so everything) beyond the destinations.
 *
 * <p>How a policy is judged: the actions its {@code Allow} statements name ({@code Action} patterns, or every action
 * but the {@code NotAction} patterns) are matched against the service reference, whose access levels say which
 * write or manage permissions. Conditions, resources and {@code Deny} statements are not considered: the safe
 * reading, a finding too many rather than one too few (AWS managed policies are broad by design). A policy the
 * {@link ManagedPolicyReference} does not know is judged by its name when it is an AWS managed policy
 * ({@code AdministratorAccess}, {@code PowerUserAccess}, or a name ending in {@code FullAccess}); a customer managed
 * policy's document is the account's and is not judged. Work: one pass over the reference's actions per attached
 * policy statement pattern whose service part is a wildcard, otherwise over that service's actions.
 *
 * @see <a href="https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies_managed-vs-inline.html#aws-managed-policies">AWS
 *     managed policies</a>
 * @see <a href="https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies_job-functions.html">AWS managed
 *     policies for job functions (AdministratorAccess, PowerUserAccess)</a>
 * @see <a href="https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies_understand-policy-summary-access-level-summaries.html">Access
 *     levels in policy summaries</a>
 */
final class RudderStackManagedPolicy extends BaseRule implements RoleRule {
    static final String DOC = "https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies_managed-vs-inline.html"
            + "#aws-managed-policies";
    /**
     * The access levels that change things, in the order the message names them. The reference may give an action
     * several levels ({@code Permissions management, Write}); it counts under the first of these it has.
     */
    private static final List<String> LEVELS = List.of("Permissions management", "Write");
    /** How many actions, or services, a message names for one access level. */
    private static final int NAMED = 4;

    private final ServiceReference reference;
    private final ManagedPolicyReference managedPolicies;

    RudderStackManagedPolicy(ServiceReference reference, ManagedPolicyReference managedPolicies) {
        super("RUDDERSTACK_MANAGED_POLICY_GRANTS_WRITE", Severity.SECURITY_WARNING, DOC, "No AWS managed policy"
                + " granting Write or Permissions management access is attached to the role RudderStack assumes.");
        this.reference = reference;
        this.managedPolicies = managedPolicies;
    }

    @Override
    public void check(RoleContext context, List<Finding> findings) {
        List<Arn> arns = context.role().managedPolicyArns();
        for (int i = 0; i < arns.size(); i++) {
            Arn arn = arns.get(i);
            if (!arn.account().equals("aws")) {
                continue;
            }
            String name = arn.resource().substring(arn.resource().lastIndexOf('/') + 1);
            Optional<PolicyDocument> grants = managedPolicies.grants(arn);
            String granted;
            if (grants.isPresent()) {
                granted = describe(grantedByLevel(grants.get()));
                if (granted.isEmpty()) {
                    continue;
                }
            } else if (name.equals("AdministratorAccess") || name.equals("PowerUserAccess")
                    || name.endsWith("FullAccess")) {
                granted = "full access by its name (its document is not in this library's copy of the AWS managed"
                        + " policies)";
            } else {
                continue;
            }
            findings.add(finding("/managedPolicyArns/" + i, "The role attaches the AWS managed policy '" + name
                    + "' (" + arn + "), which grants " + granted + ", beyond the destinations' inline policies, to"
                    + " RudderStack, another company that assumes this role: detach it; the destinations need only"
                    + " their inline policies."));
        }
    }

    /** {@return for each access level of {@link #LEVELS} granted, the actions ({@code service:Action})} */
    private Map<String, TreeSet<String>> grantedByLevel(PolicyDocument document) {
        Map<String, TreeSet<String>> actions = new TreeMap<>();
        for (Statement statement : document.statements()) {
            if (statement.effect() != Effect.ALLOW) {
                continue;
            }
            if (!statement.notActions().isEmpty()) {
                List<Glob> excluded = new ArrayList<>();
                statement.notActions().forEach(a -> excluded.add(Glob.of(a.value(), Glob.Syntax.ACTION)));
                for (ServiceInfo service : reference.services()) {
                    for (ActionInfo action : service.actions().values()) {
                        if (!matchesAny(excluded, service.prefix() + ":" + action.name())) {
                            add(actions, service, action);
                        }
                    }
                }
            }
            for (Action pattern : statement.actions()) {
                Glob glob = Glob.of(pattern.value(), Glob.Syntax.ACTION);
                for (ServiceInfo service : services(pattern)) {
                    for (ActionInfo action : service.actions().values()) {
                        if (glob.matches(service.prefix() + ":" + action.name())) {
                            add(actions, service, action);
                        }
                    }
                }
            }
        }
        return actions;
    }

    private static void add(Map<String, TreeSet<String>> actions, ServiceInfo service, ActionInfo action) {
        List<String> levels = action.accessLevels();
        for (String level : LEVELS) {
            if (levels.contains(level)) {
                actions.computeIfAbsent(level, k -> new TreeSet<>()).add(service.prefix() + ":" + action.name());
                return;
            }
        }
    }

    /** {@return the services an action pattern can name: its own when its service part is literal, else all} */
    private Collection<ServiceInfo> services(Action pattern) {
        String prefix = pattern.service();
        if (pattern.value().equals("*") || Glob.hasWildcard(prefix)) {
            return reference.services();
        }
        return reference.service(prefix).map(List::of).orElse(List.of());
    }

    private static boolean matchesAny(List<Glob> patterns, String action) {
        for (Glob pattern : patterns) {
            if (pattern.matches(action)) {
                return true;
            }
        }
        return false;
    }

    /**
     * {@return "Write access (12 actions of s3, ...)" for each level granted, or empty when none is}: up to
     * {@value #NAMED} actions by name, else the count and the services with the most actions first, but {@code iam}
     * always first, since managing IAM permissions is managing everything
     */
    private static String describe(Map<String, TreeSet<String>> byLevel) {
        List<String> parts = new ArrayList<>();
        for (String level : LEVELS) {
            TreeSet<String> actions = byLevel.get(level);
            if (actions == null) {
                continue;
            }
            if (actions.size() <= NAMED) {
                parts.add(level + " access (" + String.join(", ", actions) + ")");
                continue;
            }
            Map<String, Integer> byService = new TreeMap<>();
            actions.forEach(a -> byService.merge(a.substring(0, a.indexOf(':')), 1, Integer::sum));
            String services = byService.entrySet().stream()
                    .sorted(Comparator.comparing((Map.Entry<String, Integer> e) -> !e.getKey().equals("iam"))
                            .thenComparing(Map.Entry::getValue, Comparator.reverseOrder())
                            .thenComparing(Map.Entry::getKey))
                    .limit(NAMED).map(Map.Entry::getKey).collect(Collectors.joining(", "));
            int more = byService.size() - NAMED;
            parts.add(level + " access (" + actions.size() + " actions of " + services
                    + (more > 0 ? " and " + more + " more services" : "") + ")");
        }
        return String.join(" and ", parts);
    }
}
