package dev.rudderiam.aws;

import dev.rudderiam.policy.PolicyDocument;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
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
}
