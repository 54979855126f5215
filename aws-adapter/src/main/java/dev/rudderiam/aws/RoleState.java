package dev.rudderiam.aws;

import dev.rudderiam.arn.Arn;
import dev.rudderiam.policy.PolicyDocument;
import dev.rudderiam.role.IamPath;
import dev.rudderiam.role.MaxSessionDuration;
import dev.rudderiam.role.PolicyName;
import dev.rudderiam.role.RoleDescription;
import dev.rudderiam.role.RoleName;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * A role as IAM holds it: what {@code GetRole}, {@code ListRolePolicies}, {@code GetRolePolicy},
 * {@code ListAttachedRolePolicies} and {@code ListRoleTags} return, with the documents decoded and parsed.
 *
 * <p>Values are the typed values of {@code dev.rudderiam.role} and {@code dev.rudderiam.arn}, which IAM's own rules
 * for names, paths, descriptions and session durations match, so a role read from IAM always fits them. Tags are
 * the exception: keys stay text, because a role made elsewhere may carry the {@code aws:cloudformation:*} tags AWS
 * itself adds, which {@link dev.rudderiam.role.Tag} rejects as reserved.
 *
 * @param name the role name, in the case IAM stored it
 * @param path the path
 * @param arn the role ARN
 * @param roleId the role's unique id ({@code AROA...})
 * @param description the description, or null when none
 * @param trustPolicy the trust (assume role) policy
 * @param inlinePolicies the inline policies by name, as listed
 * @param managedPolicyArns the attached managed policies, as listed
 * @param permissionsBoundary the boundary policy ARN, or null when none
 * @param tags the tags, key to value, as listed
 * @param maxSessionDuration the maximum session duration
 * @see <a href="https://docs.aws.amazon.com/IAM/latest/APIReference/API_Role.html">IAM API: Role</a>
 */
public record RoleState(RoleName name, IamPath path, Arn arn, String roleId, @Nullable RoleDescription description,
        PolicyDocument trustPolicy, Map<PolicyName, PolicyDocument> inlinePolicies, List<Arn> managedPolicyArns,
        @Nullable Arn permissionsBoundary, Map<String, String> tags, MaxSessionDuration maxSessionDuration) {

    /** Checks nulls and copies the collections, keeping their order. */
    public RoleState {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(arn, "arn");
        Objects.requireNonNull(roleId, "roleId");
        Objects.requireNonNull(trustPolicy, "trustPolicy");
        Objects.requireNonNull(maxSessionDuration, "maxSessionDuration");
        inlinePolicies = Collections.unmodifiableMap(new LinkedHashMap<>(inlinePolicies));
        managedPolicyArns = List.copyOf(managedPolicyArns);
        tags = Collections.unmodifiableMap(new LinkedHashMap<>(tags));
        if (description != null && description.value().isEmpty()) {
            description = null;
        }
    }

    /** {@return the value of the tag whose key equals {@code key} ignoring case, as IAM compares role tag keys} */
    public Optional<String> tag(String key) {
        Objects.requireNonNull(key, "key");
        String folded = key.toLowerCase(Locale.ROOT);
        return tags.entrySet().stream()
                .filter(entry -> entry.getKey().toLowerCase(Locale.ROOT).equals(folded))
                .map(Map.Entry::getValue)
                .findFirst();
    }

    /**
     * {@return what differs between this state and {@code other}, one entry per part (such as
     * {@code "trust policy"} or {@code "inline policy s3-write"}); empty when they are the same}: documents compare
     * semantically, as IAM may return them reordered; tag keys and values exactly, as read
     */
    public List<String> differencesFrom(RoleState other) {
        Objects.requireNonNull(other, "other");
        List<String> out = new ArrayList<>();
        differs(out, "name", name, other.name);
        differs(out, "path", path, other.path);
        differs(out, "ARN", arn, other.arn);
        differs(out, "role id", roleId, other.roleId);
        differs(out, "description", description, other.description);
        differs(out, "max session duration", maxSessionDuration.seconds(), other.maxSessionDuration.seconds());
        differs(out, "permissions boundary", permissionsBoundary, other.permissionsBoundary);
        if (!trustPolicy.semanticallyEquals(other.trustPolicy)) {
            out.add("trust policy");
        }
        Set<PolicyName> names = new TreeSet<>(java.util.Comparator.comparing(PolicyName::value));
        names.addAll(inlinePolicies.keySet());
        names.addAll(other.inlinePolicies.keySet());
        for (PolicyName policy : names) {
            PolicyDocument mine = inlinePolicies.get(policy);
            PolicyDocument theirs = other.inlinePolicies.get(policy);
            if (mine == null || theirs == null || !mine.semanticallyEquals(theirs)) {
                out.add("inline policy " + policy);
            }
        }
        if (!Set.copyOf(managedPolicyArns).equals(Set.copyOf(other.managedPolicyArns))) {
            out.add("managed policies");
        }
        differs(out, "tags", tags, other.tags);
        return out;
    }

    private static void differs(List<String> out, String what, @Nullable Object mine, @Nullable Object theirs) {
        if (!Objects.equals(mine, theirs)) {
            out.add(what + " (" + mine + " -> " + theirs + ")");
        }
    }
}
