package dev.rudderiam.aws;

import dev.rudderiam.arn.Arn;
import dev.rudderiam.policy.PolicyDocument;
import dev.rudderiam.role.MaxSessionDuration;
import dev.rudderiam.role.PolicyName;
import dev.rudderiam.role.RoleDescription;
import dev.rudderiam.role.RoleSpec;
import dev.rudderiam.role.Tag;
import dev.rudderiam.json.JsonValues;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import software.amazon.awssdk.services.iam.IamClient;
import org.jspecify.annotations.Nullable;

/**
 * One step of a {@link Plan}: exactly one IAM write call, named by {@link #operation()}. Each variant holds, in one
 * place, its request ({@link #send}), its JSON ({@link #toJsonValues()}) and whether it is a removal; whether it
 * narrows or widens access depends on the documents involved, which the planner compares when it orders the steps.
 *
 * <p>The variants are records nested here; {@link #kind()} lets callers branch over all of them.
 */
public sealed interface Change {
    /** The variants of {@link Change}, one per IAM write operation. */
    enum Kind {
        /** {@link CreateRole}. */
        CREATE_ROLE,
        /** {@link UpdateTrustPolicy}. */
        UPDATE_TRUST_POLICY,
        /** {@link UpdateRole}. */
        UPDATE_ROLE,
        /** {@link PutBoundary}. */
        PUT_BOUNDARY,
        /** {@link DeleteInlinePolicy}. */
        DELETE_INLINE_POLICY,
        /** {@link PutInlinePolicy}. */
        PUT_INLINE_POLICY,
        /** {@link DetachManagedPolicy}. */
        DETACH_MANAGED_POLICY,
        /** {@link AttachManagedPolicy}. */
        ATTACH_MANAGED_POLICY,
        /** {@link DeleteBoundary}. */
        DELETE_BOUNDARY,
        /** {@link UntagRole}. */
        UNTAG_ROLE,
        /** {@link TagRole}. */
        TAG_ROLE
    }

    /** {@return which variant this is} */
    Kind kind();

    /** {@return the IAM API operation that makes this change, such as {@code PutRolePolicy}} */
    String operation();

    /** {@return a one-line description for people} */
    String describe();

    /**
     * {@return whether this change removes something}: a removal that finds its target already gone
     * ({@code NoSuchEntity}) has done its work
     */
    default boolean isRemoval() {
        return false;
    }

    /**
     * {@return the change as plain JSON values ({@link dev.rudderiam.json.JsonValues#write}): {@code operation}
     * and the call's parameters, documents as JSON}
     */
    default Map<String, Object> toJsonValues() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("operation", operation());
        parameters(json);
        return json;
    }

    /** Adds the call's parameters to {@code json}; only {@link #toJsonValues()} calls it. */
    void parameters(Map<String, Object> json);

    /**
     * Makes this change's one IAM call on role {@code role}; {@link RoleManager} decides the order, re-tries and
     * failure handling, so call it directly only to replay a plan step by step.
     *
     * @return the SDK's response
     * @throws software.amazon.awssdk.core.exception.SdkException as the client throws it
     */
    Object send(IamClient iam, String role);

    /**
     * Creates the role with its trust policy, path, description, maximum session, boundary and tags, all in the
     * one {@code CreateRole} call, so the role never exists without its boundary.
     *
     * @param spec the spec the role is created from
     * @see <a href="https://docs.aws.amazon.com/IAM/latest/APIReference/API_CreateRole.html">CreateRole</a>
     */
    record CreateRole(RoleSpec spec) implements Change {
        /** Checks nulls. */
        public CreateRole {
            Objects.requireNonNull(spec, "spec");
        }

        @Override
        public Kind kind() {
            return Kind.CREATE_ROLE;
        }

        @Override
        public String operation() {
            return "CreateRole";
        }

        @Override
        public String describe() {
            StringBuilder text = new StringBuilder("create role ").append(spec.name()).append(" (path ")
                    .append(spec.path()).append(", max session ").append(spec.maxSessionDuration().seconds())
                    .append(" s");
            if (spec.description() != null) {
                text.append(", description");
            }
            if (spec.permissionsBoundary() != null) {
                text.append(", boundary ").append(spec.permissionsBoundary());
            }
            if (!spec.tags().isEmpty()) {
                text.append(", ").append(spec.tags().size()).append(spec.tags().size() == 1 ? " tag" : " tags");
            }
            return text.append(')').toString();
        }

        @Override
        public Object send(IamClient iam, String role) {
            return iam.createRole(Requests.createRole(spec));
        }

        @Override
        public void parameters(Map<String, Object> json) {
            json.put("roleName", spec.name().value());
            json.put("path", spec.path().value());
            json.put("description", spec.description() == null ? JsonValues.NULL : spec.description().value());
            json.put("maxSessionDuration", spec.maxSessionDuration().seconds());
            json.put("permissionsBoundary", spec.permissionsBoundary() == null ? JsonValues.NULL
                    : spec.permissionsBoundary().toString());
            json.put("tags", TagRole.json(spec.tags()));
            json.put("trustPolicy", spec.trustPolicy());
        }
    }

    /**
     * Replaces the trust policy.
     *
     * @param document the new trust policy
     * @see <a href="https://docs.aws.amazon.com/IAM/latest/APIReference/API_UpdateAssumeRolePolicy.html">UpdateAssumeRolePolicy</a>
     */
    record UpdateTrustPolicy(PolicyDocument document) implements Change {
        /** Checks nulls. */
        public UpdateTrustPolicy {
            Objects.requireNonNull(document, "document");
        }

        @Override
        public Kind kind() {
            return Kind.UPDATE_TRUST_POLICY;
        }

        @Override
        public String operation() {
            return "UpdateAssumeRolePolicy";
        }

        @Override
        public String describe() {
            return "update trust policy";
        }

        @Override
        public Object send(IamClient iam, String role) {
            return iam.updateAssumeRolePolicy(Requests.updateTrustPolicy(role, document));
        }

        @Override
        public void parameters(Map<String, Object> json) {
            json.put("trustPolicy", document);
        }
    }

    /**
     * Sets the description and maximum session duration in one {@code UpdateRole} call. A null description
     * removes it (IAM is sent an empty description).
     *
     * @param description the new description, or null for none
     * @param maxSessionDuration the new maximum session duration
     * @see <a href="https://docs.aws.amazon.com/IAM/latest/APIReference/API_UpdateRole.html">UpdateRole</a>
     */
    record UpdateRole(@Nullable RoleDescription description, MaxSessionDuration maxSessionDuration)
            implements Change {
        /** Checks nulls. */
        public UpdateRole {
            Objects.requireNonNull(maxSessionDuration, "maxSessionDuration");
        }

        @Override
        public Kind kind() {
            return Kind.UPDATE_ROLE;
        }

        @Override
        public String operation() {
            return "UpdateRole";
        }

        @Override
        public String describe() {
            return "update description " + (description == null ? "(none)" : "'" + description + "'")
                    + " and max session " + maxSessionDuration.seconds() + " s";
        }

        @Override
        public Object send(IamClient iam, String role) {
            return iam.updateRole(Requests.updateRole(role, description, maxSessionDuration));
        }

        @Override
        public void parameters(Map<String, Object> json) {
            json.put("description", description == null ? JsonValues.NULL : description.value());
            json.put("maxSessionDuration", maxSessionDuration.seconds());
        }
    }

    /**
     * Sets or replaces the permissions boundary.
     *
     * @param boundary the boundary's managed policy ARN
     * @see <a href="https://docs.aws.amazon.com/IAM/latest/APIReference/API_PutRolePermissionsBoundary.html">PutRolePermissionsBoundary</a>
     */
    record PutBoundary(Arn boundary) implements Change {
        /** Checks nulls. */
        public PutBoundary {
            Objects.requireNonNull(boundary, "boundary");
        }

        @Override
        public Kind kind() {
            return Kind.PUT_BOUNDARY;
        }

        @Override
        public String operation() {
            return "PutRolePermissionsBoundary";
        }

        @Override
        public String describe() {
            return "put permissions boundary " + boundary;
        }

        @Override
        public Object send(IamClient iam, String role) {
            return iam.putRolePermissionsBoundary(Requests.putBoundary(role, boundary));
        }

        @Override
        public void parameters(Map<String, Object> json) {
            json.put("permissionsBoundary", boundary.toString());
        }
    }

    /**
     * Removes the permissions boundary. It widens access, so it is planned in the widening step, after the trust
     * policy and every narrowing change.
     *
     * @param boundary the boundary being removed, for the record
     * @see <a href="https://docs.aws.amazon.com/IAM/latest/APIReference/API_DeleteRolePermissionsBoundary.html">DeleteRolePermissionsBoundary</a>
     */
    record DeleteBoundary(Arn boundary) implements Change {
        /** Checks nulls. */
        public DeleteBoundary {
            Objects.requireNonNull(boundary, "boundary");
        }

        @Override
        public Kind kind() {
            return Kind.DELETE_BOUNDARY;
        }

        @Override
        public String operation() {
            return "DeleteRolePermissionsBoundary";
        }

        @Override
        public String describe() {
            return "delete permissions boundary " + boundary;
        }

        @Override
        public Object send(IamClient iam, String role) {
            return iam.deleteRolePermissionsBoundary(Requests.deleteBoundary(role));
        }

        @Override
        public void parameters(Map<String, Object> json) {
            json.put("permissionsBoundary", boundary.toString());
        }

        @Override
        public boolean isRemoval() {
            return true;
        }
    }

    /**
     * Adds or replaces an inline policy ({@code PutRolePolicy} is an upsert).
     *
     * @param name the policy name
     * @param document the policy document
     * @see <a href="https://docs.aws.amazon.com/IAM/latest/APIReference/API_PutRolePolicy.html">PutRolePolicy</a>
     */
    record PutInlinePolicy(PolicyName name, PolicyDocument document) implements Change {
        /** Checks nulls. */
        public PutInlinePolicy {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(document, "document");
        }

        @Override
        public Kind kind() {
            return Kind.PUT_INLINE_POLICY;
        }

        @Override
        public String operation() {
            return "PutRolePolicy";
        }

        @Override
        public String describe() {
            return "put inline policy " + name;
        }

        @Override
        public Object send(IamClient iam, String role) {
            return iam.putRolePolicy(Requests.putRolePolicy(role, name, document));
        }

        @Override
        public void parameters(Map<String, Object> json) {
            json.put("policyName", name.value());
            json.put("policyDocument", document);
        }
    }

    /**
     * Deletes an inline policy; within a step, planned before the puts, so the role's inline total stays under its
     * quota. It narrows access unless the policy denies something.
     *
     * @param name the policy name, as IAM lists it
     * @see <a href="https://docs.aws.amazon.com/IAM/latest/APIReference/API_DeleteRolePolicy.html">DeleteRolePolicy</a>
     */
    record DeleteInlinePolicy(PolicyName name) implements Change {
        /** Checks nulls. */
        public DeleteInlinePolicy {
            Objects.requireNonNull(name, "name");
        }

        @Override
        public Kind kind() {
            return Kind.DELETE_INLINE_POLICY;
        }

        @Override
        public String operation() {
            return "DeleteRolePolicy";
        }

        @Override
        public String describe() {
            return "delete inline policy " + name;
        }

        @Override
        public Object send(IamClient iam, String role) {
            return iam.deleteRolePolicy(Requests.deleteRolePolicy(role, name.value()));
        }

        @Override
        public void parameters(Map<String, Object> json) {
            json.put("policyName", name.value());
        }

        @Override
        public boolean isRemoval() {
            return true;
        }
    }

    /**
     * Attaches a managed policy.
     *
     * @param policyArn the managed policy ARN
     * @see <a href="https://docs.aws.amazon.com/IAM/latest/APIReference/API_AttachRolePolicy.html">AttachRolePolicy</a>
     */
    record AttachManagedPolicy(Arn policyArn) implements Change {
        /** Checks nulls. */
        public AttachManagedPolicy {
            Objects.requireNonNull(policyArn, "policyArn");
        }

        @Override
        public Kind kind() {
            return Kind.ATTACH_MANAGED_POLICY;
        }

        @Override
        public String operation() {
            return "AttachRolePolicy";
        }

        @Override
        public String describe() {
            return "attach managed policy " + policyArn;
        }

        @Override
        public Object send(IamClient iam, String role) {
            return iam.attachRolePolicy(Requests.attachRolePolicy(role, policyArn.toString()));
        }

        @Override
        public void parameters(Map<String, Object> json) {
            json.put("policyArn", policyArn.toString());
        }
    }

    /**
     * Detaches a managed policy; within a step, planned before the attachments, so the role stays under its
     * attachment quota. It narrows access unless the policy denies something.
     *
     * @param policyArn the managed policy ARN, as IAM lists it
     * @see <a href="https://docs.aws.amazon.com/IAM/latest/APIReference/API_DetachRolePolicy.html">DetachRolePolicy</a>
     */
    record DetachManagedPolicy(Arn policyArn) implements Change {
        /** Checks nulls. */
        public DetachManagedPolicy {
            Objects.requireNonNull(policyArn, "policyArn");
        }

        @Override
        public Kind kind() {
            return Kind.DETACH_MANAGED_POLICY;
        }

        @Override
        public String operation() {
            return "DetachRolePolicy";
        }

        @Override
        public String describe() {
            return "detach managed policy " + policyArn;
        }

        @Override
        public Object send(IamClient iam, String role) {
            return iam.detachRolePolicy(Requests.detachRolePolicy(role, policyArn.toString()));
        }

        @Override
        public void parameters(Map<String, Object> json) {
            json.put("policyArn", policyArn.toString());
        }

        @Override
        public boolean isRemoval() {
            return true;
        }
    }

    /**
     * Adds tags or changes their values ({@code TagRole} overwrites the value of a key that exists, ignoring case).
     *
     * @param tags the tags to set
     * @see <a href="https://docs.aws.amazon.com/IAM/latest/APIReference/API_TagRole.html">TagRole</a>
     */
    record TagRole(List<Tag> tags) implements Change {
        /** Checks nulls and copies the list. */
        public TagRole {
            tags = List.copyOf(tags);
        }

        @Override
        public Kind kind() {
            return Kind.TAG_ROLE;
        }

        @Override
        public String operation() {
            return "TagRole";
        }

        @Override
        public String describe() {
            return "tag " + tags.stream().map(tag -> tag.key() + "=" + tag.value())
                    .collect(Collectors.joining(", "));
        }

        @Override
        public Object send(IamClient iam, String role) {
            return iam.tagRole(Requests.tagRole(role, tags));
        }

        @Override
        public void parameters(Map<String, Object> json) {
            json.put("tags", json(tags));
        }

        static Map<String, Object> json(List<Tag> tags) {
            Map<String, Object> json = new LinkedHashMap<>();
            tags.forEach(tag -> json.put(tag.key(), tag.value()));
            return json;
        }
    }

    /**
     * Removes tags.
     *
     * @param keys the keys to remove, as IAM lists them
     * @see <a href="https://docs.aws.amazon.com/IAM/latest/APIReference/API_UntagRole.html">UntagRole</a>
     */
    record UntagRole(List<String> keys) implements Change {
        /** Checks nulls and copies the list. */
        public UntagRole {
            keys = List.copyOf(keys);
        }

        @Override
        public Kind kind() {
            return Kind.UNTAG_ROLE;
        }

        @Override
        public String operation() {
            return "UntagRole";
        }

        @Override
        public String describe() {
            return "untag " + String.join(", ", keys);
        }

        @Override
        public Object send(IamClient iam, String role) {
            return iam.untagRole(Requests.untagRole(role, keys));
        }

        @Override
        public void parameters(Map<String, Object> json) {
            json.put("tagKeys", keys);
        }

        @Override
        public boolean isRemoval() {
            return true;
        }
    }
}
