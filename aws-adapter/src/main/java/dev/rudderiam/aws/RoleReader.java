package dev.rudderiam.aws;

import dev.rudderiam.aws.internal.Documents;
import dev.rudderiam.aws.internal.Failures;
import dev.rudderiam.aws.internal.Requests;
import dev.rudderiam.json.PolicyParseException;
import dev.rudderiam.policy.PolicyDocument;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.iam.model.AttachedPolicy;
import software.amazon.awssdk.services.iam.model.ListAttachedRolePoliciesResponse;
import software.amazon.awssdk.services.iam.model.ListRolePoliciesResponse;
import software.amazon.awssdk.services.iam.model.ListRoleTagsResponse;
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
    record Parts(List<String> inlinePolicies, List<String> managedPolicyArns, @Nullable String boundary) {
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
            Map<String, PolicyDocument> inline = new LinkedHashMap<>();
            for (String policy : inlineNames(session, stored, retryIf)) {
                String text = session.call("GetRolePolicy",
                        () -> session.iam().getRolePolicy(Requests.getRolePolicy(stored, policy)), retryIf)
                        .policyDocument();
                inline.put(policy, document("GetRolePolicy", name, text));
            }
            List<String> managed = managedArns(session, stored, retryIf);
            Map<String, String> tags = new LinkedHashMap<>();
            List<Tag> listed = role.hasTags() && !role.tags().isEmpty() ? role.tags() : tags(session, stored, retryIf);
            listed.forEach(tag -> tags.put(tag.key(), Objects.toString(tag.value(), "")));
            return new RoleState(stored, Objects.toString(role.path(), "/"), role.arn(),
                    Objects.toString(role.roleId(), ""), role.description(),
                    document("GetRole", name, role.assumeRolePolicyDocument()), inline, managed,
                    role.permissionsBoundary() == null ? null : role.permissionsBoundary().permissionsBoundaryArn(),
                    tags, role.maxSessionDuration() == null ? 3600 : role.maxSessionDuration());
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
            return new Parts(inlineNames(session, role.roleName(), retryIf),
                    managedArns(session, role.roleName(), retryIf),
                    role.permissionsBoundary() == null ? null : role.permissionsBoundary().permissionsBoundaryArn());
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
        List<String> names = new ArrayList<>();
        String marker = null;
        do {
            String from = marker;
            ListRolePoliciesResponse page = session.call("ListRolePolicies",
                    () -> session.iam().listRolePolicies(Requests.listRolePolicies(role, from)), retryIf);
            names.addAll(page.policyNames());
            marker = Boolean.TRUE.equals(page.isTruncated()) ? page.marker() : null;
        } while (marker != null);
        return names;
    }

    private static List<String> managedArns(Session session, String role, Predicate<SdkException> retryIf) {
        List<String> arns = new ArrayList<>();
        String marker = null;
        do {
            String from = marker;
            ListAttachedRolePoliciesResponse page = session.call("ListAttachedRolePolicies",
                    () -> session.iam().listAttachedRolePolicies(Requests.listAttachedRolePolicies(role, from)),
                    retryIf);
            page.attachedPolicies().stream().map(AttachedPolicy::policyArn).forEach(arns::add);
            marker = Boolean.TRUE.equals(page.isTruncated()) ? page.marker() : null;
        } while (marker != null);
        return arns;
    }

    private static List<Tag> tags(Session session, String role, Predicate<SdkException> retryIf) {
        List<Tag> tags = new ArrayList<>();
        String marker = null;
        do {
            String from = marker;
            ListRoleTagsResponse page = session.call("ListRoleTags",
                    () -> session.iam().listRoleTags(Requests.listRoleTags(role, from)), retryIf);
            tags.addAll(page.tags());
            marker = Boolean.TRUE.equals(page.isTruncated()) ? page.marker() : null;
        } while (marker != null);
        return tags;
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
