package dev.rudderiam.aws;

import dev.rudderiam.policy.PolicyDocument;
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
 * <p>Values are kept as IAM returns them rather than as validated {@code dev.rudderiam.role} values, because a role
 * made elsewhere may carry what this library would not write, such as the {@code aws:cloudformation:*} tags AWS
 * itself adds.
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
 * @param maxSessionDurationSeconds the maximum session duration in seconds
 * @see <a href="https://docs.aws.amazon.com/IAM/latest/APIReference/API_Role.html">IAM API: Role</a>
 */
public record RoleState(String name, String path, String arn, String roleId, @Nullable String description,
        PolicyDocument trustPolicy, Map<String, PolicyDocument> inlinePolicies, List<String> managedPolicyArns,
        @Nullable String permissionsBoundary, Map<String, String> tags, int maxSessionDurationSeconds) {

    /** Checks nulls and copies the collections, keeping their order. */
    public RoleState {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(arn, "arn");
        Objects.requireNonNull(roleId, "roleId");
        Objects.requireNonNull(trustPolicy, "trustPolicy");
        inlinePolicies = Collections.unmodifiableMap(new LinkedHashMap<>(inlinePolicies));
        managedPolicyArns = List.copyOf(managedPolicyArns);
        tags = Collections.unmodifiableMap(new LinkedHashMap<>(tags));
        if (description != null && description.isEmpty()) {
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
        differs(out, "max session duration", maxSessionDurationSeconds, other.maxSessionDurationSeconds);
        differs(out, "permissions boundary", permissionsBoundary, other.permissionsBoundary);
        if (!trustPolicy.semanticallyEquals(other.trustPolicy)) {
            out.add("trust policy");
        }
        Set<String> names = new TreeSet<>(inlinePolicies.keySet());
        names.addAll(other.inlinePolicies.keySet());
        for (String policy : names) {
            PolicyDocument mine = inlinePolicies.get(policy);
            PolicyDocument theirs = other.inlinePolicies.get(policy);
            if (mine == null || theirs == null || !mine.semanticallyEquals(theirs)) {
                out.add("inline policy " + policy);
            }
        }
        if (!new TreeSet<>(managedPolicyArns).equals(new TreeSet<>(other.managedPolicyArns))) {
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
