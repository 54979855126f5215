package dev.rudderiam.aws;

import dev.rudderiam.arn.Arn;
import dev.rudderiam.json.PolicyJson;
import dev.rudderiam.policy.PolicyDocument;
import dev.rudderiam.role.MaxSessionDuration;
import dev.rudderiam.role.PolicyName;
import dev.rudderiam.role.RoleDescription;
import dev.rudderiam.role.RoleSpec;
import dev.rudderiam.role.Tag;
import java.util.List;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.services.iam.model.AttachRolePolicyRequest;
import software.amazon.awssdk.services.iam.model.CreateRoleRequest;
import software.amazon.awssdk.services.iam.model.DeleteRolePermissionsBoundaryRequest;
import software.amazon.awssdk.services.iam.model.DeleteRolePolicyRequest;
import software.amazon.awssdk.services.iam.model.DeleteRoleRequest;
import software.amazon.awssdk.services.iam.model.DetachRolePolicyRequest;
import software.amazon.awssdk.services.iam.model.GetPolicyRequest;
import software.amazon.awssdk.services.iam.model.GetPolicyVersionRequest;
import software.amazon.awssdk.services.iam.model.GetRolePolicyRequest;
import software.amazon.awssdk.services.iam.model.ListInstanceProfilesForRoleRequest;
import software.amazon.awssdk.services.iam.model.RemoveRoleFromInstanceProfileRequest;
import software.amazon.awssdk.services.iam.model.GetRoleRequest;
import software.amazon.awssdk.services.iam.model.ListAttachedRolePoliciesRequest;
import software.amazon.awssdk.services.iam.model.ListRolePoliciesRequest;
import software.amazon.awssdk.services.iam.model.ListRoleTagsRequest;
import software.amazon.awssdk.services.iam.model.PutRolePermissionsBoundaryRequest;
import software.amazon.awssdk.services.iam.model.PutRolePolicyRequest;
import software.amazon.awssdk.services.iam.model.TagRoleRequest;
import software.amazon.awssdk.services.iam.model.UntagRoleRequest;
import software.amazon.awssdk.services.iam.model.UpdateAssumeRolePolicyRequest;
import software.amazon.awssdk.services.iam.model.UpdateRoleRequest;

/**
 * Builds the SDK request for each IAM operation the adapter uses, from the core model. Documents are sent in their
 * compact canonical JSON, the smallest form against IAM's size quotas.
 */
final class Requests {
    private Requests() {
    }

    /** {@return the CreateRole request carrying every attribute of {@code spec} but its policies} */
    static CreateRoleRequest createRole(RoleSpec spec) {
        CreateRoleRequest.Builder request = CreateRoleRequest.builder()
                .roleName(spec.name().value())
                .path(spec.path().value())
                .assumeRolePolicyDocument(PolicyJson.write(spec.trustPolicy()))
                .maxSessionDuration(spec.maxSessionDuration().seconds());
        RoleDescription description = spec.description();
        if (description != null && !description.value().isEmpty()) {
            request.description(description.value());
        }
        Arn boundary = spec.permissionsBoundary();
        if (boundary != null) {
            request.permissionsBoundary(boundary.toString());
        }
        if (!spec.tags().isEmpty()) {
            request.tags(tags(spec.tags()));
        }
        return request.build();
    }

    /** {@return the GetRole request} */
    static GetRoleRequest getRole(String role) {
        return GetRoleRequest.builder().roleName(role).build();
    }

    /** {@return a ListRolePolicies request, continuing at {@code marker} when not null} */
    static ListRolePoliciesRequest listRolePolicies(String role, @Nullable String marker) {
        return ListRolePoliciesRequest.builder().roleName(role).marker(marker).build();
    }

    /** {@return the GetRolePolicy request} */
    static GetRolePolicyRequest getRolePolicy(String role, String policy) {
        return GetRolePolicyRequest.builder().roleName(role).policyName(policy).build();
    }

    /** {@return a ListAttachedRolePolicies request, continuing at {@code marker} when not null} */
    static ListAttachedRolePoliciesRequest listAttachedRolePolicies(String role, @Nullable String marker) {
        return ListAttachedRolePoliciesRequest.builder().roleName(role).marker(marker).build();
    }

    /** {@return a ListRoleTags request, continuing at {@code marker} when not null} */
    static ListRoleTagsRequest listRoleTags(String role, @Nullable String marker) {
        return ListRoleTagsRequest.builder().roleName(role).marker(marker).build();
    }

    /** {@return the UpdateAssumeRolePolicy request} */
    static UpdateAssumeRolePolicyRequest updateTrustPolicy(String role, PolicyDocument document) {
        return UpdateAssumeRolePolicyRequest.builder().roleName(role).policyDocument(PolicyJson.write(document))
                .build();
    }

    /** {@return the UpdateRole request; a null description is sent empty, which removes it} */
    static UpdateRoleRequest updateRole(String role, @Nullable RoleDescription description,
            MaxSessionDuration maxSession) {
        return UpdateRoleRequest.builder().roleName(role)
                .description(description == null ? "" : description.value())
                .maxSessionDuration(maxSession.seconds())
                .build();
    }

    /** {@return the PutRolePermissionsBoundary request} */
    static PutRolePermissionsBoundaryRequest putBoundary(String role, Arn boundary) {
        return PutRolePermissionsBoundaryRequest.builder().roleName(role).permissionsBoundary(boundary.toString())
                .build();
    }

    /** {@return the DeleteRolePermissionsBoundary request} */
    static DeleteRolePermissionsBoundaryRequest deleteBoundary(String role) {
        return DeleteRolePermissionsBoundaryRequest.builder().roleName(role).build();
    }

    /** {@return the PutRolePolicy request} */
    static PutRolePolicyRequest putRolePolicy(String role, PolicyName name, PolicyDocument document) {
        return PutRolePolicyRequest.builder().roleName(role).policyName(name.value())
                .policyDocument(PolicyJson.write(document)).build();
    }

    /** {@return the DeleteRolePolicy request} */
    static DeleteRolePolicyRequest deleteRolePolicy(String role, String name) {
        return DeleteRolePolicyRequest.builder().roleName(role).policyName(name).build();
    }

    /** {@return the AttachRolePolicy request} */
    static AttachRolePolicyRequest attachRolePolicy(String role, String policyArn) {
        return AttachRolePolicyRequest.builder().roleName(role).policyArn(policyArn).build();
    }

    /** {@return the DetachRolePolicy request} */
    static DetachRolePolicyRequest detachRolePolicy(String role, String policyArn) {
        return DetachRolePolicyRequest.builder().roleName(role).policyArn(policyArn).build();
    }

    /** {@return the TagRole request} */
    static TagRoleRequest tagRole(String role, List<Tag> tags) {
        return TagRoleRequest.builder().roleName(role).tags(tags(tags)).build();
    }

    /** {@return the UntagRole request} */
    static UntagRoleRequest untagRole(String role, List<String> keys) {
        return UntagRoleRequest.builder().roleName(role).tagKeys(keys).build();
    }

    /** {@return the GetPolicy request, for the managed policy's default version id} */
    static GetPolicyRequest getPolicy(String policyArn) {
        return GetPolicyRequest.builder().policyArn(policyArn).build();
    }

    /** {@return the GetPolicyVersion request} */
    static GetPolicyVersionRequest getPolicyVersion(String policyArn, String versionId) {
        return GetPolicyVersionRequest.builder().policyArn(policyArn).versionId(versionId).build();
    }

    /** {@return a ListInstanceProfilesForRole request, continuing at {@code marker} when not null} */
    static ListInstanceProfilesForRoleRequest listInstanceProfilesForRole(String role,
            @Nullable String marker) {
        return ListInstanceProfilesForRoleRequest.builder().roleName(role).marker(marker).build();
    }

    /** {@return the RemoveRoleFromInstanceProfile request} */
    static RemoveRoleFromInstanceProfileRequest removeRoleFromInstanceProfile(String role, String profile) {
        return RemoveRoleFromInstanceProfileRequest.builder().roleName(role).instanceProfileName(profile).build();
    }

    /** {@return the DeleteRole request} */
    static DeleteRoleRequest deleteRole(String role) {
        return DeleteRoleRequest.builder().roleName(role).build();
    }

    private static List<software.amazon.awssdk.services.iam.model.Tag> tags(List<Tag> tags) {
        return tags.stream()
                .map(tag -> software.amazon.awssdk.services.iam.model.Tag.builder().key(tag.key()).value(tag.value())
                        .build())
                .collect(Collectors.toList());
    }
}
