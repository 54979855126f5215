package dev.rudderiam.catalog.access;

import dev.rudderiam.arn.AccountId;
import dev.rudderiam.arn.Arn;
import dev.rudderiam.arn.Partition;
import dev.rudderiam.catalog.DestinationTemplate;
import dev.rudderiam.catalog.PolicyCatalog;
import dev.rudderiam.catalog.RudderStackCall;
import dev.rudderiam.eval.ContextValue;
import dev.rudderiam.eval.Decision;
import dev.rudderiam.eval.Evaluation;
import dev.rudderiam.eval.Evaluator;
import dev.rudderiam.eval.Request;
import dev.rudderiam.eval.StatementRef;
import dev.rudderiam.guardrails.Guardrails;
import dev.rudderiam.policy.Effect;
import dev.rudderiam.policy.PolicyDocument;
import dev.rudderiam.policy.Resource;
import dev.rudderiam.role.RoleSpec;
import dev.rudderiam.role.RudderStack;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Preflight for a RudderStack role: decides every request RudderStack makes for the role's destinations in the
 * customer's account, with the role's policies and the account's {@link Guardrails}, and says for each denied one
 * which policy and statement blocks it and what to change.
 *
 * <pre>{@code
 * RudderStackAccess access = RudderStackAccess.builder()
 *     .role(roleSpec).account("111122223333").workspaceId("2Nk4t3WkHTGYzbTvG2zLXJXKNoF")
 *     .destination("S3", Map.of("bucketName", "acme-events"))
 *     .guardrails(Guardrails.builder().rcp("root", "perimeter.json", perimeter).build())
 *     .egress(RudderStackEgress.US_FREE_STARTER_GROWTH)
 *     .build();
 * access.results().forEach(result -> System.out.println(result.decision() + " " + result.fix()));
 * }</pre>
 *
 * <p>The requests: first {@code sts:AssumeRole} on the role from RudderStack's account {@code 422074288268} with
 * the workspace id as {@code sts:ExternalId}; then each {@link RudderStackCall} of each destination as the role's
 * session {@code arn:aws:sts::<account>:assumed-role/<role>/<session>}, one request per resource, with the context
 * the call carries:
 * <ul>
 *   <li>{@code aws:SecureTransport} {@code true} (RudderStack's SDK clients use HTTPS endpoints);</li>
 *   <li>{@code aws:SourceIp}: each of RudderStack's egress addresses for the region and plan in turn
 *       ({@link RudderStackEgress}); a result is allowed only when every address is;</li>
 *   <li>{@code aws:PrincipalAccount} (from the principal), {@code aws:ResourceAccount} (from the resource ARN; an
 *       S3 bucket is taken to be in the role's account), {@code aws:RequestedRegion} (from the resource ARN, else
 *       {@link Builder#region}), {@code aws:PrincipalIsAWSService} {@code false};</li>
 *   <li>the call's own condition keys ({@code s3:x-amz-acl} of an upload with a canned ACL, which
 *       {@code s3:PutObjectAcl} is authorized with too; {@code s3:prefix} of a listing);</li>
 *   <li>for a KMS call S3 or Kinesis makes with the caller's identity (a forward access session: SSE-KMS):
 *       {@code kms:ViaService}, {@code kms:CallerAccount}, {@code kms:EncryptionContext:aws:<service>:arn},
 *       {@code aws:ViaAWSService} {@code true}, {@code aws:CalledVia}; the egress address is kept, as AWS keeps the
 *       original requester's address in forward access sessions
 *       (<a href="https://docs.aws.amazon.com/IAM/latest/UserGuide/access_forward_access_sessions.html">Forward
 *       access sessions</a>;
 *       <a href="https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_examples_aws_deny-ip.html">Denies
 *       access to AWS based on the source IP</a>);
 *       <a href="https://docs.aws.amazon.com/AmazonS3/latest/userguide/UsingKMSEncryption.html">S3 encryption
 *       context</a>: the object ARN, as without S3 Bucket Keys.</li>
 * </ul>
 * Where RudderStack's behaviour is not documented, each result lists what it assumes ({@link PreflightResult#assumptions()}).
 * Calls a Snowflake storage integration makes with its own session are not RudderStack's requests and are left
 * out; calls a warehouse makes with RudderStack's credentials (COPY) come from the warehouse's addresses, modelled
 * by an address outside RudderStack's list ({@link #WAREHOUSE_ADDRESS}).
 */
public final class RudderStackAccess {
    /** The address a warehouse's COPY is modelled to come from: a documentation address (RFC 5737), not RudderStack's. */
    public static final String WAREHOUSE_ADDRESS = "192.0.2.10";
    /** The principal of RudderStack's {@code sts:AssumeRole}: its account (the role it uses there is not published). */
    public static final String RUDDERSTACK_PRINCIPAL = "arn:aws:iam::" + RudderStack.ACCOUNT + ":root";
    /** What RudderStack's own account grants its servers: assumed to allow {@code sts:AssumeRole} on any role. */
    static final PolicyDocument RUDDERSTACK_SIDE = PolicyDocument.builder()
            .addStatement(s -> s.effect(Effect.ALLOW).addAction("sts:AssumeRole").addResource(Resource.ALL))
            .build();
    private static final String ASSUME_ASSUMPTION = "RudderStack's servers are taken to call from the account root "
            + RUDDERSTACK_PRINCIPAL + ", allowed by their own account to assume the role; the STS region is the"
            + " resource region given";

    private final List<PreflightResult> results;

    private RudderStackAccess(List<PreflightResult> results) {
        this.results = List.copyOf(results);
    }

    /** {@return a builder} */
    public static Builder builder() {
        return new Builder();
    }

    /** {@return one result per request: the role assumption first, then each destination's calls} */
    public List<PreflightResult> results() {
        return results;
    }

    /**
     * {@return the names of the S3 buckets the requests touch, in request order}: the buckets whose policies (and
     * default encryption) decide them, for reading their guardrails
     */
    public Set<String> buckets() {
        Set<String> buckets = new LinkedHashSet<>();
        results.forEach(r -> {
            String bucket = Run.bucket(r.resource());
            if (bucket != null) {
                buckets.add(bucket);
            }
        });
        return Collections.unmodifiableSet(buckets);
    }

    /** {@return the ARNs of the KMS keys the requests use, in request order}: the keys whose key policies decide them */
    public Set<String> keys() {
        Set<String> keys = new LinkedHashSet<>();
        results.stream().filter(r -> r.action().startsWith("kms:")).forEach(r -> keys.add(r.resource()));
        return Collections.unmodifiableSet(keys);
    }

    /** {@return whether every request is allowed} */
    public boolean allAllowed() {
        return results.stream().allMatch(PreflightResult::allowed);
    }

    /** One destination: a template id and its parameters. */
    private record Destination(String id, Map<String, String> parameters) {
    }

    /** Collects the role, its destinations and the guardrails. Not thread-safe; {@link #build()} can repeat. */
    public static final class Builder {
        private @Nullable RoleSpec role;
        private @Nullable AccountId account;
        private @Nullable String workspaceId;
        private final List<Destination> destinations = new ArrayList<>();
        private final Map<Arn, PolicyDocument> documents = new LinkedHashMap<>();
        private Guardrails guardrails = Guardrails.none();
        private RudderStackEgress egress = RudderStackEgress.US_FREE_STARTER_GROWTH;
        private String region = "us-east-1";
        private PolicyCatalog catalog = PolicyCatalog.bundled();

        private Builder() {
        }

        /** Sets the role, as {@code RudderStackRole} builds it. Required. */
        public Builder role(RoleSpec role) {
            this.role = Objects.requireNonNull(role, "role");
            return this;
        }

        /** Sets the account the role is in. Required. */
        public Builder account(String account) {
            this.account = AccountId.of(account);
            return this;
        }

        /** Sets the RudderStack workspace id RudderStack sends as external id. Required. */
        public Builder workspaceId(String workspaceId) {
            this.workspaceId = Objects.requireNonNull(workspaceId, "workspace id");
            return this;
        }

        /** Adds a destination of the role: a catalog template id and its parameter values. */
        public Builder destination(String id, Map<String, String> parameters) {
            destinations.add(new Destination(Objects.requireNonNull(id, "destination id"),
                    DestinationTemplate.copyValues(id, parameters)));
            return this;
        }

        /** Gives the document of a managed policy or of the permissions boundary the role names by ARN. */
        public Builder policyDocument(Arn arn, PolicyDocument document) {
            documents.put(Objects.requireNonNull(arn, "policy ARN"), Objects.requireNonNull(document, "document"));
            return this;
        }

        /** Sets the guardrails (default none). */
        public Builder guardrails(Guardrails guardrails) {
            this.guardrails = Objects.requireNonNull(guardrails, "guardrails");
            return this;
        }

        /** Sets RudderStack's egress addresses (default US, Free/Starter/Growth). */
        public Builder egress(RudderStackEgress egress) {
            this.egress = Objects.requireNonNull(egress, "egress");
            return this;
        }

        /**
         * Sets the AWS region taken for {@code aws:RequestedRegion} where the resource ARN has none (S3 buckets,
         * the role); default {@code us-east-1}.
         */
        public Builder region(String region) {
            this.region = Objects.requireNonNull(region, "region");
            return this;
        }

        /** Sets the catalog the destination ids are read from (default the bundled one). */
        public Builder catalog(PolicyCatalog catalog) {
            this.catalog = Objects.requireNonNull(catalog, "catalog");
            return this;
        }

        /**
         * {@return the decided requests}
         *
         * @throws IllegalArgumentException when the role, account or workspace id is missing, a destination id is
         *     unknown, a managed policy or the boundary has no document, or a bucket or key policy was given for a
         *     bucket or key no request touches (a misspelt name would otherwise drop the policy silently)
         * @throws dev.rudderiam.catalog.DestinationParameterException when a destination's parameters are wrong
         */
        public RudderStackAccess build() {
            if (role == null || account == null || workspaceId == null) {
                throw new IllegalArgumentException("preflight needs the role, its account and the workspace id: "
                        + (role == null ? "role" : account == null ? "account" : "workspace id") + " is missing");
            }
            Run run = new Run(this);
            List<PreflightResult> results = run.results();
            run.checkEveryPolicyUsed();
            return new RudderStackAccess(results);
        }
    }

    /** One preflight run: the compiled evaluators and the requests. */
    private static final class Run {
        private final Builder b;
        private final RoleSpec role;
        private final String account;
        private final String roleArn;
        private final List<PolicyDocument> identity = new ArrayList<>();
        private final @Nullable PolicyDocument boundary;
        private final Map<String, Evaluator> evaluators = new HashMap<>();
        private final Set<String> usedBuckets = new HashSet<>();
        private final Set<String> usedKeys = new HashSet<>();

        Run(Builder b) {
            this.b = b;
            this.role = Objects.requireNonNull(b.role);
            this.account = Objects.requireNonNull(b.account).value();
            this.roleArn = role.arn(Partition.AWS, b.account).toString();
            identity.addAll(role.inlinePolicies().values());
            for (Arn arn : role.managedPolicyArns()) {
                identity.add(document(arn, "managed policy"));
            }
            this.boundary = role.permissionsBoundary() == null ? null
                    : document(role.permissionsBoundary(), "permissions boundary");
        }

        private PolicyDocument document(Arn arn, String what) {
            PolicyDocument document = b.documents.get(arn);
            if (document == null) {
                throw new IllegalArgumentException(what + " '" + arn + "' has no document: give the documents of"
                        + " every managed policy and of the boundary");
            }
            return document;
        }

        /** The organization policies and flags every evaluator shares. */
        private Evaluator.Builder guarded() {
            return Evaluator.builder()
                    .serviceControlPolicies(b.guardrails.scpLevels())
                    .resourceControlPolicies(b.guardrails.rcpLevels())
                    .organizationAccount(account)
                    .managementAccount(b.guardrails.managementAccount());
        }

        List<PreflightResult> results() {
            List<PreflightResult> out = new ArrayList<>();
            Evaluator assume = guarded().identityPolicy(RUDDERSTACK_SIDE).trustPolicy(role.trustPolicy()).build();
            Request.Builder assumeRequest = Request.builder().principal(RUDDERSTACK_PRINCIPAL).action("sts:AssumeRole")
                    .resource(roleArn).context("sts:ExternalId", Objects.requireNonNull(b.workspaceId));
            common(assumeRequest, account, b.region);
            out.add(decide("ROLE", "AssumeRole", assumeRequest, assume, b.egress.addresses(),
                    List.of(ASSUME_ASSUMPTION)));
            for (Destination destination : b.destinations) {
                DestinationTemplate template = b.catalog.template(destination.id());
                List<RudderStackCall> calls = template.calls(destination.parameters());
                for (RudderStackCall call : calls) {
                    if (call.caller() == RudderStackCall.Caller.SNOWFLAKE_STORAGE_INTEGRATION) {
                        continue;
                    }
                    out.addAll(decide(template.id(), call, calls));
                }
            }
            return out;
        }

        private List<PreflightResult> decide(String destination, RudderStackCall call, List<RudderStackCall> calls) {
            Map<String, String> runtime = new HashMap<>(RudderStackCall.EXAMPLE_RUNTIME_VALUES);
            runtime.put("account", account);
            runtime.put("region", b.region);
            RudderStackCall resolved = call.withRuntimeValues(runtime);
            String principal = "arn:aws:sts::" + account + ":assumed-role/" + role.name().value() + "/"
                    + resolved.session();
            boolean warehouse = call.caller() == RudderStackCall.Caller.WAREHOUSE_WITH_RUDDERSTACK_CREDENTIALS;
            List<String> assumptions = new ArrayList<>();
            if (warehouse) {
                assumptions.add("the warehouse's COPY runs with RudderStack's session credentials from the"
                        + " warehouse's own addresses, modelled as " + WAREHOUSE_ADDRESS + " (not RudderStack's)");
            }
            List<PreflightResult> out = new ArrayList<>();
            for (String resource : resolved.resources()) {
                Optional<Arn> arn = Arn.tryParse(resource);
                String resourceRegion = arn.map(Arn::region).filter(r -> !r.isEmpty()).orElse(b.region);
                String resourceAccount = arn.flatMap(Arn::accountId).map(AccountId::value).orElse(account);
                Request.Builder request = Request.builder().principal(principal).action(call.action())
                        .resource(resource).resourceAccount(resourceAccount);
                common(request, resourceAccount, resourceRegion);
                b.guardrails.organizationId().ifPresent(id -> request.context("aws:PrincipalOrgID", id));
                resolved.context().forEach(request::context);
                List<String> resourceAssumptions = new ArrayList<>(assumptions);
                if (b.guardrails.organizationId().isEmpty() && !b.guardrails.scps().isEmpty()
                        || b.guardrails.organizationId().isEmpty() && !b.guardrails.rcps().isEmpty()) {
                    resourceAssumptions.add("no organization id given: the role's session carries no"
                            + " aws:PrincipalOrgID");
                }
                if (arn.isPresent() && arn.get().service().equals("s3")) {
                    resourceAssumptions.add("the bucket is in the role's account " + account + " and region "
                            + resourceRegion);
                }
                if (call.action().startsWith("kms:")) {
                    viaService(request, calls, resourceRegion, resourceAssumptions);
                }
                Evaluator evaluator = evaluator(resource, call.action());
                if (call.action().startsWith("kms:") && !b.guardrails.keyPolicies().containsKey(resource)) {
                    resourceAssumptions.add("no key policy given for " + resource + ": taken to be the default key"
                            + " policy, which lets IAM policies of account " + resourceAccount + " grant use");
                }
                out.add(decide(destination, call.operation(), request, evaluator,
                        warehouse ? List.of(WAREHOUSE_ADDRESS) : b.egress.addresses(), resourceAssumptions));
            }
            return out;
        }

        /** The context keys every request carries. */
        private static void common(Request.Builder request, String resourceAccount, String region) {
            request.context("aws:SecureTransport", ContextValue.of(true))
                    .context("aws:ResourceAccount", resourceAccount)
                    .context("aws:RequestedRegion", region)
                    .context("aws:PrincipalIsAWSService", ContextValue.of(false))
                    .context("aws:ViaAWSService", ContextValue.of(false));
        }

        /**
         * The context of a KMS call another service makes with the caller's identity: the service is the one the
         * destination's other calls use (S3 for SSE-KMS buckets, Kinesis for encrypted streams).
         */
        private void viaService(Request.Builder request, List<RudderStackCall> calls, String region,
                List<String> assumptions) {
            for (RudderStackCall other : calls) {
                String service = other.action().substring(0, other.action().indexOf(':'));
                if (service.equals("kms")) {
                    continue;
                }
                Map<String, String> runtime = new HashMap<>(RudderStackCall.EXAMPLE_RUNTIME_VALUES);
                runtime.put("account", account);
                runtime.put("region", b.region);
                String target = other.withRuntimeValues(runtime).resources().get(0);
                request.context("kms:ViaService", service + "." + region + ".amazonaws.com")
                        .context("kms:CallerAccount", account)
                        .context("kms:EncryptionContext:aws:" + service + ":arn", target)
                        .context("aws:ViaAWSService", ContextValue.of(true))
                        .context("aws:CalledVia", ContextValue.of(List.of(service + ".amazonaws.com")));
                assumptions.add(service + " calls KMS for " + other.operation() + " with the session's identity;"
                        + " encryption context aws:" + service + ":arn " + target);
                return;
            }
        }

        /** {@return the evaluator for a resource: with its bucket or key policy, compiled once per policy} */
        private Evaluator evaluator(String resource, String action) {
            String bucket = bucket(resource);
            Guardrails.Named bucketPolicy = bucket == null ? null : b.guardrails.bucketPolicies().get(bucket);
            Guardrails.Named keyPolicy = action.startsWith("kms:") ? b.guardrails.keyPolicies().get(resource) : null;
            if (bucketPolicy != null) {
                usedBuckets.add(bucket);
            }
            if (keyPolicy != null) {
                usedKeys.add(resource);
            }
            String key = bucketPolicy != null ? "bucket:" + bucket : keyPolicy != null ? "key:" + resource : "";
            return evaluators.computeIfAbsent(key, k -> {
                Evaluator.Builder evaluator = guarded().identityPolicies(identity).boundary(boundary);
                b.guardrails.sessionPolicy().ifPresent(session -> evaluator.sessionPolicy(session.document()));
                if (bucketPolicy != null) {
                    evaluator.resourcePolicy(bucketPolicy.document());
                } else if (keyPolicy != null) {
                    evaluator.keyPolicy(keyPolicy.document());
                }
                return evaluator.build();
            });
        }

        /** Refuses a bucket or key policy that decided nothing: its name matches no request's resource. */
        void checkEveryPolicyUsed() {
            for (String bucket : b.guardrails.bucketPolicies().keySet()) {
                if (!usedBuckets.contains(bucket)) {
                    throw new IllegalArgumentException("bucket policy of bucket '" + bucket + "' applies to no"
                            + " request: no destination of the role uses that bucket (check the name)");
                }
            }
            for (String key : b.guardrails.keyPolicies().keySet()) {
                if (!usedKeys.contains(key)) {
                    throw new IllegalArgumentException("key policy of key '" + key + "' applies to no request: no"
                            + " destination of the role uses that key (check the ARN and the kmsKeyArn parameter)");
                }
            }
        }

        private static @Nullable String bucket(String resource) {
            if (!resource.startsWith("arn:aws:s3:::")) {
                return null;
            }
            String rest = resource.substring("arn:aws:s3:::".length());
            int slash = rest.indexOf('/');
            return slash < 0 ? rest : rest.substring(0, slash);
        }

        /** Decides the request from each address; the result is the least favourable decision. */
        private PreflightResult decide(String destination, String operation, Request.Builder request,
                Evaluator evaluator, List<String> addresses, List<String> assumptions) {
            Evaluation worst = null;
            List<String> deniedFrom = new ArrayList<>();
            for (String address : addresses) {
                request.context("aws:SourceIp", ContextValue.of(ContextValue.Type.IP_ADDRESS, address));
                Evaluation evaluation = evaluator.evaluate(request.build());
                if (!evaluation.allowed()) {
                    deniedFrom.add(address);
                }
                if (worst == null || rank(evaluation.decision()) > rank(worst.decision())) {
                    worst = evaluation;
                }
            }
            Evaluation answer = Objects.requireNonNull(worst);
            Request built = request.build();
            List<String> labels = new ArrayList<>();
            answer.statements().forEach(ref -> labels.add(ref + " in " + policyName(ref, built.resource())));
            String fix = answer.allowed() ? "" : Fixes.fix(answer, built, deniedFrom, addresses, this::policyName,
                    roleArn);
            return new PreflightResult(destination, operation, built.action(), built.principal(), built.resource(),
                    answer.decision(), labels, answer.reason(), deniedFrom, fix, assumptions);
        }

        private static int rank(Decision decision) {
            return decision == Decision.ALLOWED ? 0 : decision == Decision.IMPLICITLY_DENIED ? 1 : 2;
        }

        /** {@return the name of the policy a statement belongs to, for results and fixes} */
        String policyName(StatementRef ref, String resource) {
            switch (ref.source()) {
                case SCP:
                    return "SCP " + b.guardrails.scpName(ref.policy())
                            + " at " + ref.level();
                case RCP:
                    return "RCP " + b.guardrails.rcpName(ref.policy())
                            + " at " + ref.level();
                case SESSION:
                    return "session policy " + b.guardrails.sessionPolicy().map(Guardrails.Named::name).orElse("");
                case KEY_POLICY:
                    return "key policy " + Objects.requireNonNull(b.guardrails.keyPolicies().get(resource), "key policy").name() + " of " + resource;
                case BOUNDARY:
                    return "permissions boundary " + role.permissionsBoundary();
                case IDENTITY:
                    return "role policy " + identityName(ref.policy());
                default:
                    if (resource.equals(roleArn)) {
                        return "trust policy of " + roleArn;
                    }
                    String bucket = bucket(resource);
                    return "bucket policy " + Objects.requireNonNull(b.guardrails.bucketPolicies().get(bucket), "bucket policy").name() + " of " + bucket;
            }
        }

        private String identityName(int index) {
            List<String> names = new ArrayList<>();
            role.inlinePolicies().keySet().forEach(name -> names.add(name.value()));
            role.managedPolicyArns().forEach(arn -> names.add(arn.toString()));
            return index < names.size() ? names.get(index) : "#" + index;
        }
    }
}
