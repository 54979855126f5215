package dev.rudderiam.aws;

import dev.rudderiam.arn.Arn;
import dev.rudderiam.json.PolicyParseException;
import dev.rudderiam.policy.PolicyDocument;
import dev.rudderiam.role.IamPath;
import dev.rudderiam.role.MaxSessionDuration;
import dev.rudderiam.role.PolicyName;
import dev.rudderiam.role.RoleDescription;
import dev.rudderiam.role.RoleName;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.iam.model.AttachedPolicy;
import software.amazon.awssdk.services.iam.model.InstanceProfile;
import software.amazon.awssdk.services.iam.model.Policy;
import software.amazon.awssdk.services.iam.model.PolicyVersion;
import software.amazon.awssdk.services.iam.model.Role;
import software.amazon.awssdk.services.iam.model.Tag;

/**
 * Reads a role with the fewest calls: {@code GetRole} (trust policy, path, description, maximum session, boundary
 * and, from IAM, the tags), {@code ListRolePolicies} and one {@code GetRolePolicy} per inline policy,
 * {@code ListAttachedRolePolicies}, and {@code ListRoleTags} only when {@code GetRole} returned no tag (some
 * emulators leave them out). That is at most 4 + (inline policies) calls for a role whose lists fit one page.
 */
final class RoleReader {
    /** What a delete needs to know: the parts that block {@code DeleteRole}. */
    record Parts(List<String> instanceProfiles, List<PolicyName> inlinePolicies, List<Arn> managedPolicyArns,
            @Nullable Arn boundary) {
    }

    private RoleReader() {
    }

    /**
     * {@return the role, or null when it does not exist}
     *
     * @param retryIf the failures to re-try, within the session's budget
     * @throws IamOperationException when a call fails for good or a document cannot be read
     */
    static @Nullable RoleState read(Session session, String name, Predicate<SdkException> retryIf) {
        Role role = getRole(session, name, retryIf);
        if (role == null) {
            return null;
        }
        try {
            String stored = role.roleName();
            Map<PolicyName, PolicyDocument> inline = new LinkedHashMap<>();
            for (String policy : inlineNames(session, stored, retryIf)) {
                String text = session.call("GetRolePolicy",
                        () -> session.iam().getRolePolicy(Requests.getRolePolicy(stored, policy)), retryIf)
                        .policyDocument();
                inline.put(typed("ListRolePolicies", name, policy, PolicyName::of),
                        document("GetRolePolicy", name, text));
            }
            List<Arn> managed = new ArrayList<>();
            for (String arn : managedArns(session, stored, retryIf)) {
                managed.add(typed("ListAttachedRolePolicies", name, arn, Arn::parse));
            }
            Map<String, String> tags = new LinkedHashMap<>();
            List<Tag> listed = role.hasTags() && !role.tags().isEmpty() ? role.tags() : tags(session, stored, retryIf);
            listed.forEach(tag -> tags.put(tag.key(), Objects.toString(tag.value(), "")));
            String description = role.description();
            String boundary = role.permissionsBoundary() == null ? null
                    : role.permissionsBoundary().permissionsBoundaryArn();
            return new RoleState(typed("GetRole", name, stored, RoleName::of),
                    typed("GetRole", name, Objects.toString(role.path(), "/"), IamPath::of),
                    typed("GetRole", name, role.arn(), Arn::parse), Objects.toString(role.roleId(), ""),
                    description == null || description.isEmpty() ? null
                            : typed("GetRole", name, description, RoleDescription::of),
                    document("GetRole", name, role.assumeRolePolicyDocument()), inline, managed,
                    boundary == null ? null : typed("GetRole", name, boundary, Arn::parse), tags,
                    typed("GetRole", name, role.maxSessionDuration() == null ? 3600 : role.maxSessionDuration(),
                            MaxSessionDuration::ofSeconds));
        } catch (SdkException e) {
            if (Failures.is(e, Failures.NO_SUCH_ENTITY)) {
                return null; // deleted while we were reading it
            }
            throw session.wrap("GetRole", e);
        }
    }

    /**
     * {@return the parts of the role that {@code DeleteRole} needs gone, or null when it does not exist}
     *
     * @throws IamOperationException when a call fails for good
     */
    static @Nullable Parts readParts(Session session, String name, Predicate<SdkException> retryIf) {
        Role role = getRole(session, name, retryIf);
        if (role == null) {
            return null;
        }
        try {
            String boundary = role.permissionsBoundary() == null ? null
                    : role.permissionsBoundary().permissionsBoundaryArn();
            return new Parts(instanceProfiles(session, role.roleName(), retryIf),
                    inlineNames(session, role.roleName(), retryIf).stream()
                            .map(policy -> typed("ListRolePolicies", name, policy, PolicyName::of))
                            .collect(Collectors.toList()),
                    managedArns(session, role.roleName(), retryIf).stream()
                            .map(arn -> typed("ListAttachedRolePolicies", name, arn, Arn::parse))
                            .collect(Collectors.toList()),
                    boundary == null ? null : typed("GetRole", name, boundary, Arn::parse));
        } catch (SdkException e) {
            if (Failures.is(e, Failures.NO_SUCH_ENTITY)) {
                return null;
            }
            throw session.wrap("ListRolePolicies", e);
        }
    }

    private static @Nullable Role getRole(Session session, String name, Predicate<SdkException> retryIf) {
        try {
            return session.call("GetRole", () -> session.iam().getRole(Requests.getRole(name)), retryIf).role();
        } catch (SdkException e) {
            if (Failures.is(e, Failures.NO_SUCH_ENTITY)) {
                return null;
            }
            throw session.wrap("GetRole", e);
        }
    }

    private static List<String> inlineNames(Session session, String role, Predicate<SdkException> retryIf) {
        return pages(session, "ListRolePolicies", retryIf,
                marker -> session.iam().listRolePolicies(Requests.listRolePolicies(role, marker)),
                page -> new Page<>(page.policyNames(), page.isTruncated(), page.marker()));
    }

    private static List<String> managedArns(Session session, String role, Predicate<SdkException> retryIf) {
        return pages(session, "ListAttachedRolePolicies", retryIf,
                marker -> session.iam().listAttachedRolePolicies(Requests.listAttachedRolePolicies(role, marker)),
                page -> new Page<>(page.attachedPolicies().stream().map(AttachedPolicy::policyArn)
                        .collect(Collectors.toList()), page.isTruncated(), page.marker()));
    }

    private static List<Tag> tags(Session session, String role, Predicate<SdkException> retryIf) {
        return pages(session, "ListRoleTags", retryIf,
                marker -> session.iam().listRoleTags(Requests.listRoleTags(role, marker)),
                page -> new Page<>(page.tags(), page.isTruncated(), page.marker()));
    }

    /**
     * {@return the names of the instance profiles that hold the role}; {@code DeleteRole} fails while one does
     *
     * @see <a href="https://docs.aws.amazon.com/IAM/latest/APIReference/API_ListInstanceProfilesForRole.html">ListInstanceProfilesForRole</a>
     */
    static List<String> instanceProfiles(Session session, String role, Predicate<SdkException> retryIf) {
        return pages(session, "ListInstanceProfilesForRole", retryIf,
                marker -> session.iam().listInstanceProfilesForRole(Requests.listInstanceProfilesForRole(role, marker)),
                page -> new Page<>(page.instanceProfiles().stream().map(InstanceProfile::instanceProfileName)
                        .collect(Collectors.toList()), page.isTruncated(), page.marker()));
    }

    /**
     * {@return the document of the managed policy's default version, or empty when it cannot be read}: 2 read
     * calls, {@code GetPolicy} for the default version id and {@code GetPolicyVersion}. A failure (the caller may
     * not be allowed {@code iam:GetPolicy}) is not an error: the plan then orders as if the document could hold
     * anything.
     *
     * @see <a href="https://docs.aws.amazon.com/IAM/latest/APIReference/API_GetPolicyVersion.html">GetPolicyVersion:
     *     the document is URL-encoded</a>
     */
    static Optional<PolicyDocument> managedDocument(Session session, Arn arn) {
        String policyArn = arn.toString();
        try {
            Policy policy = session.call("GetPolicy",
                    () -> session.iam().getPolicy(Requests.getPolicy(policyArn)), Failures::isPassing).policy();
            if (policy == null || policy.defaultVersionId() == null) {
                return Optional.empty();
            }
            PolicyVersion version = session.call("GetPolicyVersion", () -> session.iam().getPolicyVersion(
                    Requests.getPolicyVersion(policyArn, policy.defaultVersionId())), Failures::isPassing)
                    .policyVersion();
            return version == null || version.document() == null ? Optional.empty()
                    : Optional.of(Documents.read(version.document()));
        } catch (SdkException | IamOperationException | PolicyParseException e) {
            return Optional.empty();
        }
    }

    /** One page of a list call: its items and where the next page starts. */
    private record Page<T>(List<T> items, @Nullable Boolean truncated, @Nullable String marker) {
    }

    /**
     * Follows a list call's {@code Marker} until {@code IsTruncated} is false: IAM may return fewer items than
     * {@code MaxItems} and still have more.
     *
     * @see <a href="https://docs.aws.amazon.com/IAM/latest/APIReference/API_ListRolePolicies.html">ListRolePolicies:
     *     IsTruncated and Marker</a>
     */
    private static <R, T> List<T> pages(Session session, String operation, Predicate<SdkException> retryIf,
            Function<@Nullable String, R> call, Function<R, Page<T>> page) {
        List<T> items = new ArrayList<>();
        String marker = null;
        do {
            String from = marker;
            Page<T> next = page.apply(session.call(operation, () -> call.apply(from), retryIf));
            items.addAll(next.items());
            marker = Boolean.TRUE.equals(next.truncated()) ? next.marker() : null;
        } while (marker != null);
        return items;
    }

    /** {@return {@code value} as its typed form}; IAM keeps to the same rules, so a failure means a broken answer */
    private static <V, T> T typed(String operation, String role, @Nullable V value, Function<V, T> type) {
        try {
            return type.apply(Objects.requireNonNull(value, "value"));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new IamOperationException(operation, role, null, operation + " for role " + role
                    + " returned a value IAM itself would refuse: " + e.getMessage(), e);
        }
    }

    private static PolicyDocument document(String operation, String role, @Nullable String text) {
        if (text == null) {
            throw new IamOperationException(operation, role, null, operation + " for role " + role
                    + " returned no policy document", null);
        }
        try {
            return Documents.read(text);
        } catch (PolicyParseException e) {
            throw new IamOperationException(operation, role, null, operation + " for role " + role
                    + " returned a policy document that cannot be read, at '" + e.pointer() + "': " + e.reason(), e);
        }
    }
}
