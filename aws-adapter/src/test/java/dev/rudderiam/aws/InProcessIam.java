package dev.rudderiam.aws;

import dev.rudderiam.arn.Arn;
import dev.rudderiam.json.JsonValues;
import dev.rudderiam.json.PolicyJson;
import dev.rudderiam.json.PolicyParseException;
import dev.rudderiam.policy.PolicyDocument;
import dev.rudderiam.policy.PolicySize;
import dev.rudderiam.policy.Quotas;
import dev.rudderiam.policy.Statement;
import dev.rudderiam.policy.StatementElement;
import java.net.SocketTimeoutException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.http.SdkHttpResponse;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.iam.model.AttachRolePolicyRequest;
import software.amazon.awssdk.services.iam.model.AttachRolePolicyResponse;
import software.amazon.awssdk.services.iam.model.AttachedPermissionsBoundary;
import software.amazon.awssdk.services.iam.model.AttachedPolicy;
import software.amazon.awssdk.services.iam.model.ConcurrentModificationException;
import software.amazon.awssdk.services.iam.model.CreatePolicyRequest;
import software.amazon.awssdk.services.iam.model.CreatePolicyResponse;
import software.amazon.awssdk.services.iam.model.CreatePolicyVersionRequest;
import software.amazon.awssdk.services.iam.model.CreatePolicyVersionResponse;
import software.amazon.awssdk.services.iam.model.CreateRoleRequest;
import software.amazon.awssdk.services.iam.model.CreateRoleResponse;
import software.amazon.awssdk.services.iam.model.DeleteConflictException;
import software.amazon.awssdk.services.iam.model.DeletePolicyVersionRequest;
import software.amazon.awssdk.services.iam.model.DeletePolicyVersionResponse;
import software.amazon.awssdk.services.iam.model.DeleteRolePermissionsBoundaryRequest;
import software.amazon.awssdk.services.iam.model.DeleteRolePermissionsBoundaryResponse;
import software.amazon.awssdk.services.iam.model.DeleteRolePolicyRequest;
import software.amazon.awssdk.services.iam.model.DeleteRolePolicyResponse;
import software.amazon.awssdk.services.iam.model.DeleteRoleRequest;
import software.amazon.awssdk.services.iam.model.DeleteRoleResponse;
import software.amazon.awssdk.services.iam.model.DetachRolePolicyRequest;
import software.amazon.awssdk.services.iam.model.DetachRolePolicyResponse;
import software.amazon.awssdk.services.iam.model.EntityAlreadyExistsException;
import software.amazon.awssdk.services.iam.model.GetPolicyRequest;
import software.amazon.awssdk.services.iam.model.GetPolicyResponse;
import software.amazon.awssdk.services.iam.model.GetPolicyVersionRequest;
import software.amazon.awssdk.services.iam.model.GetPolicyVersionResponse;
import software.amazon.awssdk.services.iam.model.GetRolePolicyRequest;
import software.amazon.awssdk.services.iam.model.GetRolePolicyResponse;
import software.amazon.awssdk.services.iam.model.GetRoleRequest;
import software.amazon.awssdk.services.iam.model.GetRoleResponse;
import software.amazon.awssdk.services.iam.model.IamException;
import software.amazon.awssdk.services.iam.model.InstanceProfile;
import software.amazon.awssdk.services.iam.model.InvalidInputException;
import software.amazon.awssdk.services.iam.model.ListInstanceProfilesForRoleRequest;
import software.amazon.awssdk.services.iam.model.ListInstanceProfilesForRoleResponse;
import software.amazon.awssdk.services.iam.model.RemoveRoleFromInstanceProfileRequest;
import software.amazon.awssdk.services.iam.model.RemoveRoleFromInstanceProfileResponse;
import software.amazon.awssdk.services.iam.model.LimitExceededException;
import software.amazon.awssdk.services.iam.model.ListAttachedRolePoliciesRequest;
import software.amazon.awssdk.services.iam.model.ListAttachedRolePoliciesResponse;
import software.amazon.awssdk.services.iam.model.ListPolicyVersionsRequest;
import software.amazon.awssdk.services.iam.model.ListPolicyVersionsResponse;
import software.amazon.awssdk.services.iam.model.ListRolePoliciesRequest;
import software.amazon.awssdk.services.iam.model.ListRolePoliciesResponse;
import software.amazon.awssdk.services.iam.model.ListRoleTagsRequest;
import software.amazon.awssdk.services.iam.model.ListRoleTagsResponse;
import software.amazon.awssdk.services.iam.model.MalformedPolicyDocumentException;
import software.amazon.awssdk.services.iam.model.NoSuchEntityException;
import software.amazon.awssdk.services.iam.model.PermissionsBoundaryAttachmentType;
import software.amazon.awssdk.services.iam.model.Policy;
import software.amazon.awssdk.services.iam.model.PolicyVersion;
import software.amazon.awssdk.services.iam.model.PutRolePermissionsBoundaryRequest;
import software.amazon.awssdk.services.iam.model.PutRolePermissionsBoundaryResponse;
import software.amazon.awssdk.services.iam.model.PutRolePolicyRequest;
import software.amazon.awssdk.services.iam.model.PutRolePolicyResponse;
import software.amazon.awssdk.services.iam.model.Role;
import software.amazon.awssdk.services.iam.model.ServiceFailureException;
import software.amazon.awssdk.services.iam.model.Tag;
import software.amazon.awssdk.services.iam.model.TagRoleRequest;
import software.amazon.awssdk.services.iam.model.TagRoleResponse;
import software.amazon.awssdk.services.iam.model.UntagRoleRequest;
import software.amazon.awssdk.services.iam.model.UntagRoleResponse;
import software.amazon.awssdk.services.iam.model.UpdateAssumeRolePolicyRequest;
import software.amazon.awssdk.services.iam.model.UpdateAssumeRolePolicyResponse;
import software.amazon.awssdk.services.iam.model.UpdateRoleRequest;
import software.amazon.awssdk.services.iam.model.UpdateRoleResponse;

/**
 * IAM in memory, behind the real {@link IamClient} interface, with the documented semantics the adapter depends
 * on: role names unique ignoring case (and found ignoring case, or exactly: {@link #caseSensitiveLookup}),
 * {@code EntityAlreadyExists}, {@code NoSuchEntity},
 * {@code DeleteConflict}, {@code MalformedPolicyDocument}, {@code LimitExceeded} (inline total 10,240, trust 2,048,
 * 10 attached policies, 50 tags, 5 managed policy versions), documents returned URL-encoded and reshaped
 * (statements and value lists reordered, keys moved), tag keys compared ignoring case with the stored case kept.
 *
 * <p>Every operation call gets an index from 0; {@link #inject} schedules a {@link Fault} at an index. Thread-safe:
 * operations are serialized, as IAM serializes writes on one role.
 *
 * @see <a href="https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_iam-quotas.html">IAM quotas</a>
 */
final class InProcessIam implements IamClient {
    static final String ACCOUNT = "123456789012";
    /** Calls after a CreateRole during which the new role may still be invisible. */
    static final int VISIBILITY_WINDOW = 8;

    private static final int TRUST_QUOTA = Quotas.DEFAULT.trustPolicy();
    private static final int INLINE_QUOTA = 10240;
    private static final int ATTACHED_QUOTA = 10;
    private static final int TAG_QUOTA = 50;
    private static final int VERSION_QUOTA = 5;

    private final Map<String, StoredRole> roles = new HashMap<>();
    private final Map<String, List<String>> managedPolicies = new HashMap<>();
    /** The default version's document of each managed policy, canonical JSON, by ARN. */
    private final Map<String, String> policyDocuments = new HashMap<>();
    /** Instance profile name to the name of the role it holds. */
    private final Map<String, String> instanceProfiles = new HashMap<>();
    private final String account;
    private int pageSize = 100;
    private boolean caseSensitiveLookup;
    private final Map<Integer, Fault> faults = new ConcurrentHashMap<>();
    private final Map<String, Fault> operationFaults = new ConcurrentHashMap<>();
    private final Map<Integer, Runnable> hooks = new ConcurrentHashMap<>();
    private final List<String> log = Collections.synchronizedList(new ArrayList<>());
    private final List<String> injected = Collections.synchronizedList(new ArrayList<>());
    private final AtomicInteger calls = new AtomicInteger();
    private volatile Consumer<InProcessIam> afterWrite = iam -> { };
    private int roleIds;
    private boolean plainDocuments;
    private boolean tagsOnGetRole = true;

    /** A role as stored: documents as the canonical text IAM keeps. */
    static final class StoredRole {
        final String name;
        final String path;
        final String roleId;
        final int createdAtCall;
        String trust;
        @Nullable String description;
        int maxSession;
        @Nullable String boundary;
        final Map<String, String> tags = new LinkedHashMap<>();
        final Map<String, String> inline = new LinkedHashMap<>();
        final List<String> attached = new ArrayList<>();
        final String account;

        StoredRole(String account, String name, String path, String roleId, int createdAtCall, String trust) {
            this.account = account;
            this.name = name;
            this.path = path;
            this.roleId = roleId;
            this.createdAtCall = createdAtCall;
            this.trust = trust;
        }

        String arn() {
            return "arn:aws:iam::" + account + ":role" + path + name;
        }
    }

    /** The IAM of account {@value #ACCOUNT}. */
    InProcessIam() {
        this(ACCOUNT);
    }

    /** The IAM of {@code account}: the account in the ARNs of its roles (one fake per account in fleet tests). */
    InProcessIam(String account) {
        this.account = account;
    }

    /** Returns documents as plain JSON, as IAM-compatible emulators often do, instead of URL-encoded. */
    InProcessIam plainDocuments(boolean plain) {
        this.plainDocuments = plain;
        return this;
    }

    /**
     * Finds roles by their exact name in every call but CreateRole, whose uniqueness check stays case-insensitive
     * as IAM documents it. AWS does not document whether GetRole finds a name in another case; the adapter must be
     * right either way, so the tests run both.
     *
     * @see <a href="https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_iam-quotas.html#reference_iam-quotas-names">IAM
     *     names: role names are not distinguished by case</a>
     */
    InProcessIam caseSensitiveLookup(boolean exact) {
        this.caseSensitiveLookup = exact;
        return this;
    }

    /** Leaves tags out of GetRole, as some emulators do, so that only ListRoleTags shows them. */
    InProcessIam tagsOnGetRole(boolean include) {
        this.tagsOnGetRole = include;
        return this;
    }

    /** Schedules {@code fault} for the call with index {@code callIndex}. */
    InProcessIam inject(int callIndex, Fault fault) {
        faults.put(callIndex, fault);
        return this;
    }

    /** Schedules {@code fault} for the first call of {@code operation}, such as {@code DeleteRolePolicy}. */
    InProcessIam inject(String operation, Fault fault) {
        operationFaults.put(operation, fault);
        return this;
    }

    /** Cancels the faults not yet injected. */
    InProcessIam clearFaults() {
        faults.clear();
        operationFaults.clear();
        return this;
    }

    /** Runs {@code action} just before the call with index {@code callIndex}, as another client acting meanwhile. */
    InProcessIam onCall(int callIndex, Runnable action) {
        hooks.put(callIndex, action);
        return this;
    }

    /**
     * Runs {@code listener} after every write that took effect (also one whose answer is then lost), while no other
     * call can run: the listener sees each state the role passes through.
     */
    InProcessIam afterEachWrite(Consumer<InProcessIam> listener) {
        this.afterWrite = listener;
        return this;
    }

    /** Creates the customer managed policy {@code arn} with {@code document} directly (no call). */
    synchronized InProcessIam managedPolicy(String arn, PolicyDocument document) {
        managedPolicies.put(arn, new ArrayList<>(List.of("v1")));
        policyDocuments.put(arn, PolicyJson.write(document));
        return this;
    }

    /** {@return the document of managed policy {@code arn}, as GetPolicyVersion returns its default version} */
    synchronized PolicyDocument managedDocument(String arn) {
        return PolicyJson.read(policyDocument(existingPolicy(arn)));
    }

    /** {@return the operations called so far, in order} */
    List<String> log() {
        synchronized (log) {
            return List.copyOf(log);
        }
    }

    /** {@return the faults that were actually injected, as "index:fault:operation"} */
    List<String> injected() {
        synchronized (injected) {
            return List.copyOf(injected);
        }
    }

    /** {@return the write operations called so far} */
    long writeCalls() {
        return log().stream().filter(op -> !op.startsWith("Get") && !op.startsWith("List")).count();
    }

    /** {@return the role whose name equals {@code name} ignoring case, read directly without a call} */
    synchronized Optional<StoredRole> role(String name) {
        return Optional.ofNullable(roles.get(key(name)));
    }

    /** {@return the number of roles} */
    synchronized int roleCount() {
        return roles.size();
    }

    /** Puts a role in place directly (no call), for tests that start from an existing role. */
    synchronized StoredRole seed(String name, String path, PolicyDocument trust) {
        StoredRole role = new StoredRole(account, name, path, "AROA" + (1000 + roleIds++), -VISIBILITY_WINDOW - 1,
                PolicyJson.write(trust));
        role.maxSession = 3600;
        roles.put(key(name), role);
        return role;
    }

    /** Puts the role {@code spec} describes in place directly (no call), created long ago. */
    synchronized StoredRole install(dev.rudderiam.role.RoleSpec spec) {
        StoredRole role = seed(spec.name().value(), spec.path().value(), spec.trustPolicy());
        role.description = spec.description() == null ? null : emptyToNull(spec.description().value());
        role.maxSession = spec.maxSessionDuration().seconds();
        role.boundary = spec.permissionsBoundary() == null ? null : spec.permissionsBoundary().toString();
        spec.tags().forEach(tag -> role.tags.put(tag.key(), tag.value()));
        spec.inlinePolicies().forEach((name, document) -> role.inline.put(name.value(), PolicyJson.write(document)));
        spec.managedPolicyArns().forEach(arn -> role.attached.add(arn.toString()));
        return role;
    }

    @Override
    public String serviceName() {
        return "iam";
    }

    @Override
    public void close() {
    }

    // ---- roles ------------------------------------------------------------------------------------------------

    @Override
    public CreateRoleResponse createRole(CreateRoleRequest request) {
        return call("CreateRole", null, () -> {
            if (roles.containsKey(key(request.roleName()))) {
                throw error(EntityAlreadyExistsException.builder(), "EntityAlreadyExists", 409,
                        "Role with name " + request.roleName() + " already exists.");
            }
            String trust = trustPolicy(request.assumeRolePolicyDocument());
            if (request.hasTags() && request.tags().size() > TAG_QUOTA) {
                throw limit("Cannot exceed quota for TagsPerRole: " + TAG_QUOTA);
            }
            StoredRole role = new StoredRole(account, request.roleName(),
                    request.path() == null ? "/" : request.path(), "AROA" + (1000 + roleIds++), calls.get() - 1, trust);
            role.description = emptyToNull(request.description());
            role.maxSession = request.maxSessionDuration() == null ? 3600 : request.maxSessionDuration();
            if (request.permissionsBoundary() != null) {
                role.boundary = existingPolicy(request.permissionsBoundary());
            }
            if (request.hasTags()) {
                for (Tag tag : request.tags()) {
                    if (findKey(role.tags, tag.key()) != null) {
                        throw error(InvalidInputException.builder(), "InvalidInput", 400,
                                "Duplicate tag keys found. Please note that Tag keys are case insensitive.");
                    }
                    role.tags.put(tag.key(), tag.value());
                }
            }
            roles.put(key(role.name), role);
            return CreateRoleResponse.builder().role(toRole(role, true)).build();
        });
    }

    @Override
    public GetRoleResponse getRole(GetRoleRequest request) {
        // The HTTP status is what the SDK's RoleExists waiter looks at.
        return call("GetRole", request.roleName(), () -> (GetRoleResponse) GetRoleResponse.builder()
                .role(toRole(existing(request.roleName()), tagsOnGetRole))
                .sdkHttpResponse(SdkHttpResponse.builder().statusCode(200).build()).build());
    }

    @Override
    public DeleteRoleResponse deleteRole(DeleteRoleRequest request) {
        return call("DeleteRole", request.roleName(), () -> {
            StoredRole role = existing(request.roleName());
            if (instanceProfiles.containsValue(role.name)) {
                throw error(DeleteConflictException.builder(), "DeleteConflict", 409,
                        "Cannot delete entity, must remove roles from instance profile first.");
            }
            if (!role.inline.isEmpty() || !role.attached.isEmpty()) {
                throw error(DeleteConflictException.builder(), "DeleteConflict", 409,
                        "Cannot delete entity, must delete policies first.");
            }
            roles.remove(key(role.name));
            return DeleteRoleResponse.builder().build();
        });
    }

    @Override
    public UpdateRoleResponse updateRole(UpdateRoleRequest request) {
        return call("UpdateRole", request.roleName(), () -> {
            StoredRole role = existing(request.roleName());
            if (request.description() != null) {
                role.description = emptyToNull(request.description());
            }
            if (request.maxSessionDuration() != null) {
                role.maxSession = request.maxSessionDuration();
            }
            return UpdateRoleResponse.builder().build();
        });
    }

    @Override
    public UpdateAssumeRolePolicyResponse updateAssumeRolePolicy(UpdateAssumeRolePolicyRequest request) {
        return call("UpdateAssumeRolePolicy", request.roleName(), () -> {
            StoredRole role = existing(request.roleName());
            role.trust = trustPolicy(request.policyDocument());
            return UpdateAssumeRolePolicyResponse.builder().build();
        });
    }

    @Override
    public PutRolePermissionsBoundaryResponse putRolePermissionsBoundary(PutRolePermissionsBoundaryRequest request) {
        return call("PutRolePermissionsBoundary", request.roleName(), () -> {
            StoredRole role = existing(request.roleName());
            role.boundary = existingPolicy(request.permissionsBoundary());
            return PutRolePermissionsBoundaryResponse.builder().build();
        });
    }

    @Override
    public DeleteRolePermissionsBoundaryResponse deleteRolePermissionsBoundary(
            DeleteRolePermissionsBoundaryRequest request) {
        return call("DeleteRolePermissionsBoundary", request.roleName(), () -> {
            StoredRole role = existing(request.roleName());
            if (role.boundary == null) {
                throw noSuchEntity("The role " + role.name + " has no permissions boundary.");
            }
            role.boundary = null;
            return DeleteRolePermissionsBoundaryResponse.builder().build();
        });
    }

    // ---- inline policies --------------------------------------------------------------------------------------

    @Override
    public PutRolePolicyResponse putRolePolicy(PutRolePolicyRequest request) {
        return call("PutRolePolicy", request.roleName(), () -> {
            StoredRole role = existing(request.roleName());
            PolicyDocument document = parse(request.policyDocument());
            if (document.statements().stream().anyMatch(s -> s.has(StatementElement.PRINCIPAL)
                    || s.has(StatementElement.NOT_PRINCIPAL))) {
                throw malformed("Policy document should not specify a principal.");
            }
            int total = PolicySize.of(request.policyDocument());
            for (Map.Entry<String, String> other : role.inline.entrySet()) {
                if (!other.getKey().equals(request.policyName())) {
                    total += PolicySize.of(other.getValue());
                }
            }
            if (total > INLINE_QUOTA) {
                throw limit("Maximum policy size of " + INLINE_QUOTA + " bytes exceeded for role " + role.name);
            }
            role.inline.put(request.policyName(), PolicyJson.write(document));
            return PutRolePolicyResponse.builder().build();
        });
    }

    @Override
    public GetRolePolicyResponse getRolePolicy(GetRolePolicyRequest request) {
        return call("GetRolePolicy", request.roleName(), () -> {
            StoredRole role = existing(request.roleName());
            String text = role.inline.get(request.policyName());
            if (text == null) {
                throw noSuchEntity("The role policy with name " + request.policyName() + " cannot be found.");
            }
            return GetRolePolicyResponse.builder().roleName(role.name).policyName(request.policyName())
                    .policyDocument(asReturned(text)).build();
        });
    }

    @Override
    public DeleteRolePolicyResponse deleteRolePolicy(DeleteRolePolicyRequest request) {
        return call("DeleteRolePolicy", request.roleName(), () -> {
            StoredRole role = existing(request.roleName());
            if (role.inline.remove(request.policyName()) == null) {
                throw noSuchEntity("The role policy with name " + request.policyName() + " cannot be found.");
            }
            return DeleteRolePolicyResponse.builder().build();
        });
    }

    @Override
    public ListRolePoliciesResponse listRolePolicies(ListRolePoliciesRequest request) {
        return call("ListRolePolicies", request.roleName(), () -> {
            Page<String> page = page(new ArrayList<>(existing(request.roleName()).inline.keySet()),
                    request.marker(), request.maxItems());
            return ListRolePoliciesResponse.builder().policyNames(page.items).isTruncated(page.next != null)
                    .marker(page.next).build();
        });
    }

    // ---- managed policies -------------------------------------------------------------------------------------

    @Override
    public AttachRolePolicyResponse attachRolePolicy(AttachRolePolicyRequest request) {
        return call("AttachRolePolicy", request.roleName(), () -> {
            StoredRole role = existing(request.roleName());
            String arn = existingPolicy(request.policyArn());
            if (!role.attached.contains(arn)) {
                if (role.attached.size() >= ATTACHED_QUOTA) {
                    throw limit("Cannot exceed quota for PoliciesPerRole: " + ATTACHED_QUOTA);
                }
                role.attached.add(arn);
            }
            return AttachRolePolicyResponse.builder().build();
        });
    }

    @Override
    public DetachRolePolicyResponse detachRolePolicy(DetachRolePolicyRequest request) {
        return call("DetachRolePolicy", request.roleName(), () -> {
            StoredRole role = existing(request.roleName());
            if (!role.attached.remove(request.policyArn())) {
                throw noSuchEntity("Policy " + request.policyArn() + " was not found.");
            }
            return DetachRolePolicyResponse.builder().build();
        });
    }

    @Override
    public ListAttachedRolePoliciesResponse listAttachedRolePolicies(ListAttachedRolePoliciesRequest request) {
        return call("ListAttachedRolePolicies", request.roleName(), () -> {
            Page<String> page = page(existing(request.roleName()).attached, request.marker(), request.maxItems());
            return ListAttachedRolePoliciesResponse.builder()
                    .attachedPolicies(page.items.stream().map(arn -> AttachedPolicy.builder().policyArn(arn)
                            .policyName(arn.substring(arn.lastIndexOf('/') + 1)).build()).collect(Collectors.toList()))
                    .isTruncated(page.next != null).marker(page.next).build();
        });
    }

    @Override
    public CreatePolicyResponse createPolicy(CreatePolicyRequest request) {
        return call("CreatePolicy", null, () -> {
            String arn = "arn:aws:iam::" + account + ":policy" + (request.path() == null ? "/" : request.path())
                    + request.policyName();
            if (managedPolicies.keySet().stream().anyMatch(existing -> existing.equalsIgnoreCase(arn))) {
                throw error(EntityAlreadyExistsException.builder(), "EntityAlreadyExists", 409,
                        "A policy called " + request.policyName() + " already exists.");
            }
            PolicyDocument document = parse(request.policyDocument());
            managedPolicies.put(arn, new ArrayList<>(List.of("v1")));
            policyDocuments.put(arn, PolicyJson.write(document));
            return CreatePolicyResponse.builder().policy(Policy.builder().arn(arn).policyName(request.policyName())
                    .defaultVersionId("v1").build()).build();
        });
    }

    @Override
    public GetPolicyResponse getPolicy(GetPolicyRequest request) {
        return call("GetPolicy", null, () -> {
            String arn = existingPolicy(request.policyArn());
            return GetPolicyResponse.builder().policy(Policy.builder().arn(arn)
                    .policyName(arn.substring(arn.lastIndexOf('/') + 1)).defaultVersionId("v1").build()).build();
        });
    }

    /** Every policy's default version is called {@code v1} here; its document is the one stored. */
    @Override
    public GetPolicyVersionResponse getPolicyVersion(GetPolicyVersionRequest request) {
        return call("GetPolicyVersion", null, () -> {
            String arn = existingPolicy(request.policyArn());
            if (!"v1".equals(request.versionId())) {
                throw noSuchEntity("Policy version " + request.versionId() + " does not exist.");
            }
            return GetPolicyVersionResponse.builder().policyVersion(PolicyVersion.builder().versionId("v1")
                    .isDefaultVersion(true).document(asReturned(policyDocument(arn))).build()).build();
        });
    }

    private String policyDocument(String arn) {
        String stored = policyDocuments.get(arn);
        return stored != null ? stored : PolicyJson.write(AwsManaged.document(arn));
    }

    @Override
    public CreatePolicyVersionResponse createPolicyVersion(CreatePolicyVersionRequest request) {
        return call("CreatePolicyVersion", null, () -> {
            List<String> versions = managedPolicies.get(existingPolicy(request.policyArn()));
            if (versions.size() >= VERSION_QUOTA) {
                throw limit("A managed policy can have up to " + VERSION_QUOTA + " versions. Before you create a"
                        + " new version, you must delete an existing version.");
            }
            PolicyDocument document = parse(request.policyDocument());
            if (Boolean.TRUE.equals(request.setAsDefault())) {
                policyDocuments.put(request.policyArn(), PolicyJson.write(document));
            }
            int next = versions.stream().mapToInt(v -> Integer.parseInt(v.substring(1))).max().orElse(0) + 1;
            versions.add("v" + next);
            return CreatePolicyVersionResponse.builder()
                    .policyVersion(PolicyVersion.builder().versionId("v" + next).build()).build();
        });
    }

    @Override
    public DeletePolicyVersionResponse deletePolicyVersion(DeletePolicyVersionRequest request) {
        return call("DeletePolicyVersion", null, () -> {
            List<String> versions = managedPolicies.get(existingPolicy(request.policyArn()));
            if (!versions.remove(request.versionId())) {
                throw noSuchEntity("Policy version " + request.versionId() + " does not exist.");
            }
            return DeletePolicyVersionResponse.builder().build();
        });
    }

    @Override
    public ListPolicyVersionsResponse listPolicyVersions(ListPolicyVersionsRequest request) {
        return call("ListPolicyVersions", null, () -> ListPolicyVersionsResponse.builder()
                .versions(managedPolicies.get(existingPolicy(request.policyArn())).stream()
                        .map(v -> PolicyVersion.builder().versionId(v).build()).collect(Collectors.toList()))
                .build());
    }

    // ---- tags -------------------------------------------------------------------------------------------------

    @Override
    public TagRoleResponse tagRole(TagRoleRequest request) {
        return call("TagRole", request.roleName(), () -> {
            StoredRole role = existing(request.roleName());
            Map<String, String> updated = new LinkedHashMap<>(role.tags);
            for (Tag tag : request.tags()) {
                String stored = findKey(updated, tag.key());
                updated.put(stored == null ? tag.key() : stored, tag.value());
            }
            if (updated.size() > TAG_QUOTA) {
                throw limit("Cannot exceed quota for TagsPerRole: " + TAG_QUOTA);
            }
            role.tags.clear();
            role.tags.putAll(updated);
            return TagRoleResponse.builder().build();
        });
    }

    @Override
    public UntagRoleResponse untagRole(UntagRoleRequest request) {
        return call("UntagRole", request.roleName(), () -> {
            StoredRole role = existing(request.roleName());
            for (String key : request.tagKeys()) {
                String stored = findKey(role.tags, key);
                if (stored != null) {
                    role.tags.remove(stored);
                }
            }
            return UntagRoleResponse.builder().build();
        });
    }

    @Override
    public ListRoleTagsResponse listRoleTags(ListRoleTagsRequest request) {
        return call("ListRoleTags", request.roleName(), () -> {
            Page<Tag> page = page(tags(existing(request.roleName())), request.marker(), request.maxItems());
            return ListRoleTagsResponse.builder().tags(page.items).isTruncated(page.next != null).marker(page.next)
                    .build();
        });
    }

    // ---- instance profiles ------------------------------------------------------------------------------------

    /** Puts the role in a new instance profile directly (no call); an instance profile holds at most one role. */
    synchronized InProcessIam instanceProfile(String profile, String role) {
        instanceProfiles.put(profile, existing(role).name);
        return this;
    }

    @Override
    public ListInstanceProfilesForRoleResponse listInstanceProfilesForRole(ListInstanceProfilesForRoleRequest request) {
        return call("ListInstanceProfilesForRole", request.roleName(), () -> {
            String role = existing(request.roleName()).name;
            List<String> names = instanceProfiles.entrySet().stream().filter(e -> e.getValue().equals(role))
                    .map(Map.Entry::getKey).sorted().collect(Collectors.toList());
            Page<String> page = page(names, request.marker(), request.maxItems());
            return ListInstanceProfilesForRoleResponse.builder()
                    .instanceProfiles(page.items.stream().map(name -> InstanceProfile.builder()
                            .instanceProfileName(name).build()).collect(Collectors.toList()))
                    .isTruncated(page.next != null).marker(page.next).build();
        });
    }

    @Override
    public RemoveRoleFromInstanceProfileResponse removeRoleFromInstanceProfile(
            RemoveRoleFromInstanceProfileRequest request) {
        return call("RemoveRoleFromInstanceProfile", request.roleName(), () -> {
            String role = existing(request.roleName()).name;
            if (!role.equals(instanceProfiles.get(request.instanceProfileName()))) {
                throw noSuchEntity("Instance profile " + request.instanceProfileName() + " does not hold role "
                        + role + ".");
            }
            instanceProfiles.remove(request.instanceProfileName());
            return RemoveRoleFromInstanceProfileResponse.builder().build();
        });
    }

    // ---- paging -----------------------------------------------------------------------------------------------

    /** Makes every list call return at most {@code size} items per page (IAM's default is 100). */
    InProcessIam pageSize(int size) {
        this.pageSize = size;
        return this;
    }

    private record Page<T>(List<T> items, @Nullable String next) {
    }

    /** One page from {@code marker} (an opaque position), of at most the page size and the request's MaxItems. */
    private <T> Page<T> page(List<T> all, @Nullable String marker, @Nullable Integer maxItems) {
        int from = marker == null ? 0 : Integer.parseInt(marker.substring("page-".length()));
        int size = maxItems == null ? pageSize : Math.min(pageSize, maxItems);
        int to = Math.min(all.size(), from + size);
        return new Page<>(List.copyOf(all.subList(from, to)), to < all.size() ? "page-" + to : null);
    }

    // ---- machinery --------------------------------------------------------------------------------------------

    private <T> T call(String operation, @Nullable String role, Supplier<T> body) {
        int index = calls.getAndIncrement();
        log.add(operation);
        Runnable hook = hooks.get(index);
        if (hook != null) {
            hook.run();
        }
        Fault fault = faults.get(index);
        if (fault == null) {
            fault = operationFaults.remove(operation);
        }
        if (fault != null && applies(fault, role, index)) {
            injected.add(index + ":" + fault + ":" + operation);
            switch (fault) {
                case THROTTLING:
                    throw error(IamException.builder(), "Throttling", 400, "Rate exceeded");
                case SERVER_ERROR:
                    throw error(ServiceFailureException.builder(), "ServiceFailure", 500,
                            "The request processing has failed because of an unknown error.");
                case CONCURRENT_MODIFICATION:
                    throw error(ConcurrentModificationException.builder(), "ConcurrentModification", 409,
                            "Rate exceeded for the entity; wait a few minutes and submit your request again.");
                case NOT_YET_VISIBLE:
                    throw noSuchEntity("The role with name " + role + " cannot be found.");
                case INVALID_PRINCIPAL:
                    throw malformed("Invalid principal in policy: \"AWS\":\"arn:aws:iam::" + account
                            + ":role/just-created\"");
                case ACCESS_DENIED:
                    throw error(IamException.builder(), "AccessDenied", 403, "User: arn:aws:sts::" + account
                            + ":assumed-role/deployer/s is not authorized to perform: iam:" + operation);
                case TIMEOUT:
                    run(operation, body);
                    throw SdkClientException.builder().message("Unable to execute HTTP request: Read timed out")
                            .cause(new SocketTimeoutException("Read timed out")).build();
                default:
                    throw new AssertionError(fault);
            }
        }
        return run(operation, body);
    }

    private synchronized <T> T run(String operation, Supplier<T> body) {
        T result = body.get();
        if (!operation.startsWith("Get") && !operation.startsWith("List")) {
            afterWrite.accept(this);
        }
        return result;
    }

    private synchronized boolean applies(Fault fault, @Nullable String role, int index) {
        if (fault != Fault.NOT_YET_VISIBLE) {
            return true;
        }
        StoredRole stored = role == null ? null : roles.get(key(role));
        return stored != null && index - stored.createdAtCall <= VISIBILITY_WINDOW;
    }

    private StoredRole existing(String name) {
        StoredRole role = roles.get(key(name));
        if (role == null || (caseSensitiveLookup && !role.name.equals(name))) {
            throw noSuchEntity("The role with name " + name + " cannot be found.");
        }
        return role;
    }

    /** AWS managed policies (account {@code aws}) always exist; customer ones after CreatePolicy. */
    private String existingPolicy(String arn) {
        Optional<Arn> parsed = Arn.tryParse(arn);
        if (parsed.isPresent() && parsed.get().account().equals("aws")
                && parsed.get().resource().startsWith("policy/")) {
            return arn;
        }
        if (!managedPolicies.containsKey(arn)) {
            throw noSuchEntity("Policy " + arn + " does not exist or is not attachable.");
        }
        return arn;
    }

    private String trustPolicy(String text) {
        PolicyDocument document = parse(text);
        for (Statement statement : document.statements()) {
            if (!statement.has(StatementElement.PRINCIPAL)) {
                throw malformed("Missing required field Principal");
            }
            if (statement.has(StatementElement.RESOURCE) || statement.has(StatementElement.NOT_RESOURCE)) {
                throw malformed("Has prohibited field Resource");
            }
        }
        if (PolicySize.of(text) > TRUST_QUOTA) {
            throw limit("Cannot exceed quota for ACLSizePerRole: " + TRUST_QUOTA);
        }
        return PolicyJson.write(document);
    }

    private static PolicyDocument parse(String text) {
        try {
            return PolicyJson.read(text);
        } catch (PolicyParseException e) {
            throw malformed("Syntax errors in policy.");
        }
    }

    private Role toRole(StoredRole role, boolean withTags) {
        Role.Builder builder = Role.builder().roleName(role.name).path(role.path).roleId(role.roleId)
                .arn(role.arn()).createDate(Instant.EPOCH).assumeRolePolicyDocument(asReturned(role.trust))
                .description(role.description).maxSessionDuration(role.maxSession);
        if (role.boundary != null) {
            builder.permissionsBoundary(AttachedPermissionsBoundary.builder().permissionsBoundaryArn(role.boundary)
                    .permissionsBoundaryType(PermissionsBoundaryAttachmentType.PERMISSIONS_BOUNDARY_POLICY).build());
        }
        if (withTags && !role.tags.isEmpty()) {
            builder.tags(tags(role));
        }
        return builder.build();
    }

    private static List<Tag> tags(StoredRole role) {
        return role.tags.entrySet().stream().map(e -> Tag.builder().key(e.getKey()).value(e.getValue()).build())
                .collect(Collectors.toList());
    }

    /** IAM reshapes what it stores: here statements and value lists come back reversed, Version last. */
    private String asReturned(String canonical) {
        @SuppressWarnings("unchecked")
        Map<String, Object> document = (Map<String, Object>) JsonValues.read(canonical, Integer.MAX_VALUE);
        Map<String, Object> reshaped = new LinkedHashMap<>();
        Object statements = document.get("Statement");
        reshaped.put("Statement", statements instanceof List ? reversed((List<?>) statements).stream()
                .map(InProcessIam::reshapeStatement).collect(Collectors.toList()) : statements);
        document.forEach((key, value) -> reshaped.putIfAbsent(key, value));
        String text = JsonValues.write(reshaped);
        return plainDocuments ? text : URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20")
                .replace("*", "%2A").replace("%7E", "~");
    }

    private static Object reshapeStatement(Object statement) {
        if (!(statement instanceof Map)) {
            return statement;
        }
        Map<String, Object> reshaped = new LinkedHashMap<>();
        List<Object> keys = new ArrayList<>(((Map<?, ?>) statement).keySet());
        Collections.reverse(keys);
        for (Object key : keys) {
            Object value = ((Map<?, ?>) statement).get(key);
            reshaped.put(String.valueOf(key), value instanceof List ? reversed((List<?>) value) : value);
        }
        return reshaped;
    }

    private static List<Object> reversed(List<?> list) {
        List<Object> copy = new ArrayList<>(list);
        Collections.reverse(copy);
        return copy;
    }

    private static @Nullable String findKey(Map<String, String> tags, String key) {
        return tags.keySet().stream().filter(stored -> stored.equalsIgnoreCase(key)).findFirst().orElse(null);
    }

    private static String key(String name) {
        return name.toLowerCase(Locale.ROOT);
    }

    private static @Nullable String emptyToNull(@Nullable String value) {
        return value == null || value.isEmpty() ? null : value;
    }

    private static NoSuchEntityException noSuchEntity(String message) {
        return error(NoSuchEntityException.builder(), "NoSuchEntity", 404, message);
    }

    private static MalformedPolicyDocumentException malformed(String message) {
        return error(MalformedPolicyDocumentException.builder(), "MalformedPolicyDocument", 400, message);
    }

    private static LimitExceededException limit(String message) {
        return error(LimitExceededException.builder(), "LimitExceeded", 409, message);
    }

    @SuppressWarnings("unchecked")
    private static <E extends AwsServiceException> E error(AwsServiceException.Builder builder, String code,
            int status, String message) {
        return (E) builder.message(message).statusCode(status)
                .awsErrorDetails(AwsErrorDetails.builder().errorCode(code).errorMessage(message).serviceName("Iam")
                        .build())
                .build();
    }
}
