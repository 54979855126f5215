package dev.rudderiam.aws.guardrails.fake;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An AWS account's guardrails as S3, KMS and Organizations hold them, for tests: buckets with their policy and
 * default encryption key, keys with their policies, and the organization (tree, roots with their enabled policy
 * types, attached policies). The in-process clients ({@code InProcessGuardrailClients}) and the loopback server
 * ({@link LoopbackGuardrails}) answer from it; both record every call and fail calls as scripted, with the error
 * codes the API references document.
 */
public final class GuardrailWorld {
    /** A call the service refuses: HTTP status, error code, message. */
    public static final class Refused extends RuntimeException {
        private static final long serialVersionUID = 1L;
        /** HTTP status. */
        public final int status;
        /** The service's error code. */
        public final String code;

        Refused(int status, String code, String message) {
            super(message);
            this.status = status;
            this.code = code;
        }
    }

    private record Bucket(String owner, String policy, String key) {
    }

    private record Attached(String id, String name, String type) {
    }

    private final Map<String, Bucket> buckets = new HashMap<>();
    private final Map<String, String> keyPolicies = new HashMap<>();
    private final Map<String, String> aliases = new HashMap<>();
    private String organizationId;
    private String managementAccount;
    private final Map<String, String[]> parents = new HashMap<>();
    private final Map<String, List<String>> rootTypes = new LinkedHashMap<>();
    private final Map<String, List<Attached>> attached = new HashMap<>();
    private final Map<String, String> contents = new HashMap<>();
    private final Map<String, Refused> failingOperations = new HashMap<>();
    private int failingCall;
    private Refused failingCallAnswer;
    private int emptyFirstPages;
    private final List<String> calls = Collections.synchronizedList(new ArrayList<>());

    /** Adds a bucket of {@code owner}; {@code policy} and {@code kmsKey} (its default SSE-KMS key) may be null. */
    public GuardrailWorld bucket(String name, String owner, String policy, String kmsKey) {
        buckets.put(name, new Bucket(owner, policy, kmsKey));
        return this;
    }

    /** Adds a KMS key with its key policy. */
    public GuardrailWorld key(String arn, String policy) {
        keyPolicies.put(arn, policy);
        return this;
    }

    /** Adds an alias name ({@code alias/...}) of a key. */
    public GuardrailWorld alias(String alias, String keyArn) {
        aliases.put(alias, keyArn);
        return this;
    }

    /** Puts the account in organization {@code id} managed from {@code management}. */
    public GuardrailWorld organization(String id, String management) {
        this.organizationId = id;
        this.managementAccount = management;
        return this;
    }

    /** Adds a root with the policy types enabled in it. */
    public GuardrailWorld root(String id, String... enabledTypes) {
        rootTypes.put(id, List.of(enabledTypes));
        return this;
    }

    /** Makes {@code parent} (a root {@code r-...} or an OU) the parent of {@code child}. */
    public GuardrailWorld parent(String child, String parent) {
        parents.put(child, new String[] {parent, parent.startsWith("r-") ? "ROOT" : "ORGANIZATIONAL_UNIT"});
        return this;
    }

    /** Attaches policy {@code id} of {@code type} with {@code content} to {@code target}. */
    public GuardrailWorld attach(String target, String type, String id, String name, String content) {
        attached.computeIfAbsent(target, t -> new ArrayList<>()).add(new Attached(id, name, type));
        contents.put(id, content);
        return this;
    }

    /** Makes every call of {@code operation} fail with {@code code}. */
    public GuardrailWorld fail(String operation, int status, String code) {
        failingOperations.put(operation, new Refused(status, code, operation + " refused (" + code + ")"));
        return this;
    }

    /** Makes the {@code n}-th call from now (1 = the next) fail with {@code code}. */
    public GuardrailWorld failCall(int n, int status, String code) {
        this.failingCall = calls.size() + n;
        this.failingCallAnswer = new Refused(status, code, "call " + n + " refused (" + code + ")");
        return this;
    }

    /** Makes the first page of every list call empty with a next token, as Organizations may answer. */
    public GuardrailWorld emptyFirstPages() {
        this.emptyFirstPages = 1;
        return this;
    }

    /** Makes every page of every list call empty with a next token: an answer that never ends. */
    public GuardrailWorld endlessPages() {
        this.emptyFirstPages = Integer.MAX_VALUE;
        return this;
    }

    /** {@return the calls made so far, as {@code Operation target}} */
    public List<String> calls() {
        synchronized (calls) {
            return List.copyOf(calls);
        }
    }

    private void call(String operation, String target) {
        calls.add(operation + " " + target);
        if (calls.size() == failingCall) {
            throw failingCallAnswer;
        }
        Refused refused = failingOperations.get(operation);
        if (refused != null) {
            throw refused;
        }
    }

    private Bucket bucket(String operation, String name, String owner) {
        call(operation, name);
        Bucket bucket = buckets.get(name);
        if (bucket == null) {
            throw new Refused(404, "NoSuchBucket", "The specified bucket does not exist");
        }
        if (owner != null && !owner.equals(bucket.owner())) {
            throw new Refused(403, "AccessDenied", "Access Denied");
        }
        return bucket;
    }

    /** {@return the bucket's policy} (GetBucketPolicy). */
    public String bucketPolicy(String name, String owner) {
        Bucket bucket = bucket("GetBucketPolicy", name, owner);
        if (bucket.policy() == null) {
            throw new Refused(404, "NoSuchBucketPolicy", "The bucket policy does not exist");
        }
        return bucket.policy();
    }

    /** {@return the bucket's default SSE-KMS key, null for SSE-S3} (GetBucketEncryption). */
    public String bucketKey(String name, String owner) {
        return bucket("GetBucketEncryption", name, owner).key();
    }

    private String resolve(String keyId) {
        String arn = aliases.getOrDefault(keyId, keyId);
        if (!keyPolicies.containsKey(arn)) {
            throw new Refused(400, "NotFoundException", "Key '" + keyId + "' does not exist");
        }
        return arn;
    }

    /** {@return the key's policy} (GetKeyPolicy). */
    public String keyPolicy(String keyId) {
        call("GetKeyPolicy", keyId);
        return keyPolicies.get(resolve(keyId));
    }

    /** {@return the key's ARN} (DescribeKey). */
    public String keyArn(String keyId) {
        call("DescribeKey", keyId);
        return resolve(keyId);
    }

    /** {@return the organization id and management account} (DescribeOrganization). */
    public String[] organization() {
        call("DescribeOrganization", "");
        if (organizationId == null) {
            throw new Refused(400, "AWSOrganizationsNotInUseException",
                    "Your account is not a member of an organization.");
        }
        return new String[] {organizationId, managementAccount};
    }

    /** {@return the page of the child's parents: id and type of each, and the next token} (ListParents). */
    public Page<String[]> parents(String child, String token) {
        call("ListParents", child);
        String[] parent = parents.get(child);
        if (parent == null) {
            throw new Refused(400, "ChildNotFoundException", "We can't find an organizational unit (OU) or AWS"
                    + " account with the ChildId that you specified.");
        }
        return page(List.<String[]>of(parent), token);
    }

    /** {@return the roots: id then each enabled policy type} (ListRoots). */
    public Page<String[]> roots(String token) {
        call("ListRoots", "");
        List<String[]> roots = new ArrayList<>();
        rootTypes.forEach((id, types) -> {
            List<String> row = new ArrayList<>(List.of(id));
            row.addAll(types);
            roots.add(row.toArray(String[]::new));
        });
        return page(roots, token);
    }

    /** {@return the policies of {@code type} attached to the target: id, name} (ListPoliciesForTarget). */
    public Page<String[]> policies(String target, String type, String token) {
        call("ListPoliciesForTarget", target + " " + type);
        List<String[]> out = new ArrayList<>();
        for (Attached a : attached.getOrDefault(target, List.of())) {
            if (a.type().equals(type)) {
                out.add(new String[] {a.id(), a.name(), a.type()});
            }
        }
        return page(out, token);
    }

    /** {@return the content of a policy} (DescribePolicy). */
    public String content(String policyId) {
        call("DescribePolicy", policyId);
        String content = contents.get(policyId);
        if (content == null) {
            throw new Refused(400, "PolicyNotFoundException", "We can't find a policy with the PolicyId that you"
                    + " specified.");
        }
        return content;
    }

    /** One page of a list answer. */
    public record Page<T>(List<T> items, String nextToken) {
    }

    private <T> Page<T> page(List<T> items, String token) {
        if (emptyFirstPages == Integer.MAX_VALUE) {
            return new Page<>(List.of(), "page-" + (token == null ? 2 : Integer.parseInt(token.substring(5)) + 1));
        }
        if (emptyFirstPages > 0 && token == null) {
            return new Page<>(List.of(), "page-2");
        }
        return new Page<>(items, null);
    }
}
