package dev.rudderiam.eval;

import dev.rudderiam.arn.AccountId;
import dev.rudderiam.policy.Action;
import dev.rudderiam.policy.AnyPrincipal;
import dev.rudderiam.policy.Effect;
import dev.rudderiam.policy.PolicyDocument;
import dev.rudderiam.policy.Resource;
import dev.rudderiam.policy.Statement;
import dev.rudderiam.policy.StatementElement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Decides requests offline against every policy type AWS evaluates for one principal and one resource: identity
 * policies, a permissions boundary, a session policy, a resource-based policy (a role trust policy, a bucket policy,
 * a KMS key policy), and the organization's service control policies (SCPs) and resource control policies (RCPs)
 * level by level, following AWS's documented evaluation logic. Build once (the policies are compiled into
 * matchers), then call {@link #evaluate} as often as needed; instances are immutable and thread-safe.
 *
 * <pre>{@code
 * Evaluator evaluator = Evaluator.builder()
 *     .identityPolicy(PolicyDocument ...)
 *     .trustPolicy(RudderStack.trustPolicy("workspace-1"))
 *     .serviceControlPolicies(List.of(OrganizationLevel.of("root", fullAwsAccess), OrganizationLevel.of("account", denyRegions)))
 *     .build();
 * Evaluation answer = evaluator.evaluate(request);
 * }</pre>
 *
 * <p>The rules, in the order AWS applies them
 * (<a href="https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic_policy-eval-denyallow.html">Policy
 * evaluation logic: how AWS enforcement code evaluates requests</a>):
 * <ol>
 *   <li><b>Explicit deny wins.</b> Any applicable {@code Deny} statement in any of the policies, of any kind and at
 *       any organization level, gives {@link Decision#EXPLICITLY_DENIED}
 *       (<a href="https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic_policy-eval-denyallow.html">Deny
 *       evaluation</a>).</li>
 *   <li><b>RCPs</b> limit the resources of member accounts, for the services that support them
 *       ({@link #RCP_SERVICES}): every level from the root to the account must allow. AWS attaches the managed
 *       {@code RCPFullAWSAccess} at every level and it cannot be detached, so here it is implied at every level and
 *       only the {@code Deny} statements of given RCPs change a decision. RCPs do not apply to resources of the
 *       management account nor to requests of service-linked roles
 *       (<a href="https://docs.aws.amazon.com/organizations/latest/userguide/orgs_manage_policies_rcps.html">Resource
 *       control policies</a>; <a href="https://docs.aws.amazon.com/organizations/latest/userguide/orgs_manage_policies_rcps_evaluation.html">RCP
 *       evaluation</a>).</li>
 *   <li><b>SCPs</b> limit the principals of member accounts: every level from the root to the account must have an
 *       SCP that allows (AWS requires at least one SCP at every level; {@code FullAWSAccess} is only the default), and
 *       a deny at any level wins. They do not apply to the management account, to service-linked roles, nor to
 *       service principals
 *       (<a href="https://docs.aws.amazon.com/organizations/latest/userguide/orgs_manage_policies_scps.html">Service
 *       control policies</a>; <a href="https://docs.aws.amazon.com/organizations/latest/userguide/orgs_manage_policies_scps_evaluation.html">SCP
 *       evaluation</a>).</li>
 *   <li><b>Identity, boundary and session policy intersect.</b> The identity side allows only when an identity
 *       policy, the boundary (if any) and the session policy (if any) all have an applicable {@code Allow}
 *       (<a href="https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies_boundaries.html">Permissions
 *       boundaries</a>; <a href="https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies.html#policies_session">Session
 *       policies</a>).</li>
 *   <li><b>Same account: union.</b> When principal and resource are in the same account, the identity side or the
 *       resource policy suffices (<a href="https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic_policy-eval-basics.html">policy
 *       evaluation basics</a>: "If either the
 *       identity-based policy or the resource-based policy within the same account allows the request and the
 *       other doesn't, the request is still allowed"). A resource policy that names the caller's account only
 *       delegates to the identity side. One that names a role (for its sessions) is still limited by the boundary
 *       and by the session policy; one that names the session ARN itself is limited by neither (Session policies:
 *       "The resource-based policy permissions are not limited by the session policy"; Permissions boundaries,
 *       "Evaluating effective permissions with boundaries").</li>
 *   <li><b>Role trust policies and KMS key policies</b> must allow even in the same account: an identity policy
 *       alone is not enough, it counts only when the resource policy names the account (for a key policy, the
 *       {@code arn:aws:iam::<account>:root} statement that delegates to IAM)
 *       (<a href="https://docs.aws.amazon.com/kms/latest/developerguide/key-policies.html">Key policies in AWS
 *       KMS</a>: "no principal ... has any permissions to a KMS key unless they are explicitly allowed ... in a key
 *       policy"); see {@link Builder#trustPolicy} and {@link Builder#keyPolicy}.</li>
 *   <li><b>Cross account: both.</b> The identity side and the resource policy must both allow
 *       (<a href="https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic-cross-account.html">cross-account
 *       policy evaluation</a>).</li>
 *   <li>A service principal (such as {@code s3.amazonaws.com}) has no identity policies, session policy or SCPs
 *       here: the resource policy (and the RCPs) decide.</li>
 * </ol>
 *
 * <p>SCPs and RCPs are the policies along the path of one account ({@link Builder#organizationAccount}); with no
 * account given every principal and resource account is taken to be under them, the reading that never drops a
 * guardrail. VPC endpoint policies are not evaluated.
 */
public final class Evaluator {
    /**
     * The services whose resources RCPs apply to, by action prefix: Amazon S3, AWS STS, AWS KMS, Amazon SQS and AWS
     * Secrets Manager as listed on
     * <a href="https://docs.aws.amazon.com/organizations/latest/userguide/orgs_manage_policies_rcps.html">Resource
     * control policies</a> ("List of AWS services that support RCPs"), and the services AWS added in 2025 (Amazon
     * ECR, Amazon OpenSearch Serverless, Amazon Cognito, Amazon CloudWatch Logs, Amazon DynamoDB). Taking a service
     * in that RCPs might not govern can only report a deny AWS would not make, never miss one;
     * {@link Builder#rcpServices} replaces the list when AWS adds more.
     */
    public static final Set<String> RCP_SERVICES = Set.of("s3", "sts", "kms", "sqs", "secretsmanager", "ecr",
            "aoss", "cognito-idp", "cognito-identity", "logs", "dynamodb");
    /** The most organization levels: the root, five nested OUs, the account (Organizations quotas, OU depth 5). */
    public static final int MAX_LEVELS = 7;
    /** AWS's managed RCP {@code RCPFullAWSAccess}, implied at every RCP level. */
    static final PolicyDocument RCP_FULL_AWS_ACCESS = PolicyDocument.builder()
            .version(PolicyDocument.VERSION_2012_10_17)
            .addStatement(Statement.builder().sid("RCPFullAWSAccess").effect(Effect.ALLOW)
                    .principal(new AnyPrincipal()).actions(List.of(Action.ALL)).resources(List.of(Resource.ALL))
                    .build())
            .build();

    private final List<CompiledStatement> identity;
    private final List<CompiledStatement> boundary;
    private final List<CompiledStatement> session;
    private final List<CompiledStatement> resource;
    private final Level[] scps;
    private final Level[] rcps;
    private final String[] rcpServicePrefixes;
    private final boolean hasBoundary;
    private final boolean hasSession;
    private final boolean hasResourcePolicy;
    private final boolean resourcePolicyRequired;
    private final StatementRef.Source resourceSource;
    private final @Nullable String organizationAccount;
    private final boolean managementAccount;

    /** One organization level, compiled: its name and statements, root first. */
    private static final class Level {
        final CompiledStatement[] statements;
        /** Per statement: whether it has no Principal element, and so applies to every principal (SCPs). */
        final boolean[] anyPrincipal;
        /**
         * Per statement: whether it allows every action on every resource for everyone without condition
         * ({@code FullAWSAccess}, {@code RCPFullAWSAccess}), and so applies to every request without matching.
         */
        final boolean[] unconditional;
        /** The layer and reason of an implicit deny when nothing at this level allows. */
        final Evaluation.Layer layer;
        final String reason;

        Level(StatementRef.Source source, String name, CompiledStatement[] statements, boolean[] anyPrincipal,
                boolean[] unconditional) {
            this.statements = statements;
            this.anyPrincipal = anyPrincipal;
            this.unconditional = unconditional;
            this.layer = new Evaluation.Layer(source, name);
            this.reason = "no " + source.name() + " at level " + name + " allows";
        }
    }

    private Evaluator(Builder b) {
        this.identity = compile(StatementRef.Source.IDENTITY, b.identity);
        this.boundary = b.boundary == null ? List.of() : compile(StatementRef.Source.BOUNDARY, List.of(b.boundary));
        this.session = b.session == null ? List.of() : compile(StatementRef.Source.SESSION, List.of(b.session));
        this.resourceSource = b.keyPolicy ? StatementRef.Source.KEY_POLICY : StatementRef.Source.RESOURCE;
        this.resource = b.resource == null ? List.of() : compile(resourceSource, List.of(b.resource));
        this.hasBoundary = b.boundary != null;
        this.hasSession = b.session != null;
        this.hasResourcePolicy = b.resource != null;
        this.resourcePolicyRequired = b.resourcePolicyRequired;
        this.scps = levels(StatementRef.Source.SCP, b.scps, false);
        this.rcps = levels(StatementRef.Source.RCP, b.rcps, true);
        this.rcpServicePrefixes = b.rcpServices.stream().map(service -> service + ":").toArray(String[]::new);
        this.organizationAccount = b.organizationAccount;
        this.managementAccount = b.managementAccount;
    }

    private static List<CompiledStatement> compile(StatementRef.Source source, List<PolicyDocument> documents) {
        List<CompiledStatement> out = new ArrayList<>();
        for (int p = 0; p < documents.size(); p++) {
            compile(source, null, p, documents.get(p), out);
        }
        return List.copyOf(out);
    }

    private static void compile(StatementRef.Source source, @Nullable String level, int policy,
            PolicyDocument document, List<CompiledStatement> out) {
        boolean variables = CompiledStatement.variablesSupported(document);
        List<Statement> statements = document.statements();
        for (int s = 0; s < statements.size(); s++) {
            Statement statement = statements.get(s);
            StatementRef ref = new StatementRef(source, policy, s, statement.sid(), statement.effect(), level);
            out.add(new CompiledStatement(ref, statement, variables));
        }
    }

    /**
     * Compiles organization levels; each RCP level gets the implied {@code RCPFullAWSAccess} after its own
     * policies. The policy index counts over all levels, root first.
     */
    private static Level[] levels(StatementRef.Source source, List<OrganizationLevel> given, boolean rcp) {
        Level[] out = new Level[given.size()];
        int policy = 0;
        for (int l = 0; l < given.size(); l++) {
            OrganizationLevel level = given.get(l);
            List<PolicyDocument> documents = new ArrayList<>(level.policies());
            if (rcp) {
                documents.add(RCP_FULL_AWS_ACCESS);
            }
            List<CompiledStatement> statements = new ArrayList<>();
            List<Statement> originals = new ArrayList<>();
            for (PolicyDocument document : documents) {
                compile(source, level.name(), policy++, document, statements);
                originals.addAll(document.statements());
            }
            boolean[] anyPrincipal = new boolean[originals.size()];
            boolean[] unconditional = new boolean[originals.size()];
            for (int i = 0; i < anyPrincipal.length; i++) {
                Statement statement = originals.get(i);
                anyPrincipal[i] = statement.principal() == null && statement.notPrincipal() == null;
                unconditional[i] = statement.effect() == Effect.ALLOW && statement.condition().isEmpty()
                        && statement.has(StatementElement.ACTION) && statement.actions().equals(List.of(Action.ALL))
                        && statement.has(StatementElement.RESOURCE)
                        && statement.resources().equals(List.of(Resource.ALL)) && statement.notPrincipal() == null
                        && (statement.principal() == null || statement.principal() instanceof AnyPrincipal);
            }
            out[l] = new Level(source, level.name(), statements.toArray(CompiledStatement[]::new), anyPrincipal,
                    unconditional);
        }
        return out;
    }

    /** {@return a builder with no policies} */
    public static Builder builder() {
        return new Builder();
    }

    /** {@return the decision for {@code request} with the statements that made it} */
    public Evaluation evaluate(Request request) {
        Objects.requireNonNull(request, "request");
        List<StatementRef> denies = new ArrayList<>(2);
        List<StatementRef> identityAllows = new ArrayList<>(2);
        List<StatementRef> boundaryAllows = new ArrayList<>(2);
        // ArrayLists only, even when empty: one list class keeps the list calls below monomorphic.
        List<StatementRef> sessionAllows = new ArrayList<>(hasSession ? 2 : 0);
        boolean servicePrincipal = request.principalAccount() == null;
        collect(identity, request, denies, identityAllows);
        collect(boundary, request, denies, boundaryAllows);
        if (hasSession && !servicePrincipal) {
            collect(session, request, denies, sessionAllows);
        }

        List<StatementRef> resourceDirect = new ArrayList<>(2);
        List<StatementRef> resourceRole = new ArrayList<>(0);
        List<StatementRef> resourceAccount = new ArrayList<>(0);
        if (!resource.isEmpty()) {
            PrincipalMatcher.Caller caller = request.caller();
            for (CompiledStatement statement : resource) {
                if (!statement.matches(request)) {
                    continue;
                }
                PrincipalMatcher.Match match = statement.principalMatch(caller, hasBoundary);
                if (match == PrincipalMatcher.Match.NONE) {
                    continue;
                }
                if (statement.effect == Effect.DENY) {
                    denies.add(statement.ref);
                } else if (match == PrincipalMatcher.Match.DIRECT) {
                    resourceDirect.add(statement.ref);
                } else if (match == PrincipalMatcher.Match.ROLE) {
                    resourceRole.add(statement.ref);
                } else {
                    resourceAccount.add(statement.ref);
                }
            }
        }
        List<StatementRef> guardrailAllows = new ArrayList<>(scps.length + rcps.length == 0 ? 0 : 8);
        Level scpUnmet = scpsApply(request) ? guard(scps, request, denies, guardrailAllows) : null;
        if (rcpsApply(request)) {
            // Every RCP level allows through the implied RCPFullAWSAccess: only its denies matter.
            guard(rcps, request, denies, guardrailAllows);
        }
        if (!denies.isEmpty()) {
            return new Evaluation(Decision.EXPLICITLY_DENIED, refs(denies), "an applicable Deny statement");
        }
        if (scpUnmet != null) {
            return new Evaluation(Decision.IMPLICITLY_DENIED, refs(guardrailAllows), scpUnmet.reason, scpUnmet.layer);
        }
        return decide(request, identityAllows, boundaryAllows, sessionAllows, resourceDirect, resourceRole,
                resourceAccount, guardrailAllows);
    }

    /**
     * The decision after explicit denies and organization policies, from the allows of each policy. The answer's
     * statements are gathered only on the path taken, into one array ({@link #refs}).
     */
    private Evaluation decide(Request request, List<StatementRef> identityAllows, List<StatementRef> boundaryAllows,
            List<StatementRef> sessionAllows, List<StatementRef> resourceDirect, List<StatementRef> resourceRole,
            List<StatementRef> resourceAccount, List<StatementRef> guardrailAllows) {
        boolean boundaryPermits = !hasBoundary || !boundaryAllows.isEmpty();
        boolean sessionPermits = !hasSession || !sessionAllows.isEmpty();
        boolean identitySide = !identityAllows.isEmpty() && boundaryPermits && sessionPermits;
        // A resource policy naming the caller directly grants on its own; naming a role's session is limited by
        // the boundary and the session policy; naming the account delegates to the identity side.
        List<StatementRef> roleGrant = boundaryPermits && sessionPermits ? resourceRole : NONE;
        boolean resourceOnItsOwn = !resourceDirect.isEmpty() || !roleGrant.isEmpty();
        boolean resourceAny = resourceOnItsOwn || !resourceRole.isEmpty() || !resourceAccount.isEmpty();
        Evaluation.Layer identityGap = identityAllows.isEmpty() ? IDENTITY_LAYER
                : !boundaryPermits ? BOUNDARY_LAYER : SESSION_LAYER;
        String identityReason = identityAllows.isEmpty() ? null : !boundaryPermits
                ? "the permissions boundary does not allow" : "the session policy does not allow";
        Evaluation.Layer resourceGap = resourceSource == StatementRef.Source.KEY_POLICY ? KEY_POLICY_LAYER
                : RESOURCE_LAYER;

        if (request.principalAccount() == null) {
            return resourceOnItsOwn
                    ? new Evaluation(Decision.ALLOWED, refs(resourceDirect, roleGrant, guardrailAllows),
                            "the resource policy allows the service")
                    : implicit(refs(resourceDirect, resourceRole, resourceAccount),
                            "no resource policy statement allows this service principal", resourceGap);
        }
        boolean sameAccount = request.principalAccount().equals(request.resourceAccount());
        if (sameAccount) {
            if (resourceOnItsOwn) {
                return new Evaluation(Decision.ALLOWED, refs(resourceDirect, roleGrant, guardrailAllows),
                        "the resource policy names the principal");
            }
            List<StatementRef> partial = refs(identityAllows, boundaryAllows, sessionAllows, resourceDirect,
                    resourceRole, resourceAccount);
            if (resourcePolicyRequired) {
                boolean key = resourceSource == StatementRef.Source.KEY_POLICY;
                if (!resourceAccount.isEmpty() && identitySide) {
                    return new Evaluation(Decision.ALLOWED, refs(identityAllows, boundaryAllows, sessionAllows,
                            resourceAccount, guardrailAllows), key
                                    ? "the key policy names the account and the identity side allows"
                                    : "the trust policy names the account and the identity side allows");
                }
                return resourceAccount.isEmpty()
                        ? implicit(partial, key ? "the key policy does not allow this principal"
                                : "the trust policy does not allow this principal", resourceGap)
                        : implicit(partial, identityReason != null ? identityReason : key
                                ? "the key policy names the account but no identity policy allows"
                                : "the trust policy names the account but no identity policy allows", identityGap);
            }
            if (identitySide) {
                return new Evaluation(Decision.ALLOWED, refs(identityAllows, boundaryAllows, sessionAllows,
                        guardrailAllows), "the identity side allows");
            }
            return implicit(partial, identityReason == null
                    ? "no identity or resource policy statement allows" : identityReason, identityGap);
        }
        if (!identitySide) {
            return implicit(refs(identityAllows, boundaryAllows, sessionAllows, resourceDirect, resourceRole,
                    resourceAccount), identityReason == null
                    ? "cross-account: no identity policy statement allows" : identityReason, identityGap);
        }
        if (!resourceAny) {
            return implicit(refs(identityAllows, boundaryAllows, sessionAllows), hasResourcePolicy
                    ? "cross-account: the resource policy does not allow this principal"
                    : "cross-account: no resource-based policy was given, and cross-account access needs one",
                    resourceGap);
        }
        return new Evaluation(Decision.ALLOWED, refs(identityAllows, boundaryAllows, sessionAllows, resourceDirect,
                resourceRole, resourceAccount, guardrailAllows),
                "cross-account: the identity side and the resource policy both allow");
    }

    /** An empty list of statements, never added to. */
    private static final List<StatementRef> NONE = List.of();

    private static final Evaluation.Layer IDENTITY_LAYER = new Evaluation.Layer(StatementRef.Source.IDENTITY, null);
    private static final Evaluation.Layer BOUNDARY_LAYER = new Evaluation.Layer(StatementRef.Source.BOUNDARY, null);
    private static final Evaluation.Layer SESSION_LAYER = new Evaluation.Layer(StatementRef.Source.SESSION, null);
    private static final Evaluation.Layer RESOURCE_LAYER = new Evaluation.Layer(StatementRef.Source.RESOURCE, null);
    private static final Evaluation.Layer KEY_POLICY_LAYER = new Evaluation.Layer(StatementRef.Source.KEY_POLICY,
            null);

    /** SCPs limit principals of member accounts, except the management account and service-linked roles. */
    private boolean scpsApply(Request request) {
        String account = request.principalAccount();
        return scps.length > 0 && account != null && !managementAccount && !request.serviceLinkedRole()
                && (organizationAccount == null || organizationAccount.equals(account));
    }

    /** RCPs limit resources of member accounts of the services that support them, except for service-linked roles. */
    private boolean rcpsApply(Request request) {
        String account = request.resourceAccount();
        if (rcps.length == 0 || account == null || managementAccount || request.serviceLinkedRole()
                || organizationAccount != null && !organizationAccount.equals(account)) {
            return false;
        }
        String action = request.actionLowerCase();
        for (String prefix : rcpServicePrefixes) {
            if (action.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Collects the denies and allows of every level; {@return the first level without an applicable Allow}, or
     * null when every level allows. A statement with a {@code Principal} element (RCPs) applies only to the
     * principals it names; one without (SCPs) to every principal.
     */
    private @Nullable Level guard(Level[] levels, Request request, List<StatementRef> denies,
            List<StatementRef> allows) {
        Level unmet = null;
        for (Level level : levels) {
            boolean allowed = false;
            for (int i = 0; i < level.statements.length; i++) {
                CompiledStatement statement = level.statements[i];
                if (level.unconditional[i]) {
                    allows.add(statement.ref);
                    allowed = true;
                    continue;
                }
                if (!statement.matches(request) || !level.anyPrincipal[i]
                        && statement.principalMatch(request.caller(), hasBoundary) == PrincipalMatcher.Match.NONE) {
                    continue;
                }
                if (statement.effect == Effect.DENY) {
                    denies.add(statement.ref);
                } else {
                    allows.add(statement.ref);
                    allowed = true;
                }
            }
            if (!allowed && unmet == null) {
                unmet = level;
            }
        }
        return unmet;
    }

    private static void collect(List<CompiledStatement> statements, Request request, List<StatementRef> denies,
            List<StatementRef> allows) {
        for (CompiledStatement statement : statements) {
            if (statement.matches(request)) {
                (statement.effect == Effect.DENY ? denies : allows).add(statement.ref);
            }
        }
    }

    private static Evaluation implicit(List<StatementRef> partial, String reason, Evaluation.Layer unmet) {
        return new Evaluation(Decision.IMPLICITLY_DENIED, partial, reason, unmet);
    }

    /**
     * {@return the statements of {@code parts} as one immutable list in {@link #ORDER}}: by kind of policy (the
     * principal's and the resource's policies, then SCPs, then RCPs), then policy (SCPs and RCPs counted over the
     * levels, root first), then statement. Built in one array, sorted only when the parts are out of order, and
     * wrapped once, so the {@link Evaluation} does not copy it again.
     */
    @SafeVarargs
    private static List<StatementRef> refs(List<StatementRef>... parts) {
        int size = 0;
        for (List<StatementRef> part : parts) {
            size += part.size();
        }
        StatementRef[] out = new StatementRef[size];
        int i = 0;
        for (List<StatementRef> part : parts) {
            for (int j = 0; j < part.size(); j++) {
                out[i++] = part.get(j);
            }
        }
        for (int k = 1; k < size; k++) {
            if (ORDER.compare(out[k - 1], out[k]) > 0) {
                Arrays.sort(out, ORDER);
                break;
            }
        }
        return List.of(out);
    }

    private static final Comparator<StatementRef> ORDER = Comparator.comparing(StatementRef::source)
            .thenComparingInt(StatementRef::policy).thenComparingInt(StatementRef::statement);

    /** Collects the policies of one principal and one resource. Not thread-safe; {@link #build()} can repeat. */
    public static final class Builder {
        private final List<PolicyDocument> identity = new ArrayList<>();
        private @Nullable PolicyDocument boundary;
        private @Nullable PolicyDocument session;
        private @Nullable PolicyDocument resource;
        private boolean resourcePolicyRequired;
        private boolean keyPolicy;
        private List<OrganizationLevel> scps = List.of();
        private List<OrganizationLevel> rcps = List.of();
        private Set<String> rcpServices = RCP_SERVICES;
        private @Nullable String organizationAccount;
        private boolean managementAccount;

        private Builder() {
        }

        /** Adds an identity-based policy (inline or managed) of the principal. */
        public Builder identityPolicy(PolicyDocument document) {
            identity.add(Objects.requireNonNull(document, "identity policy"));
            return this;
        }

        /** Adds identity-based policies. */
        public Builder identityPolicies(List<PolicyDocument> documents) {
            documents.forEach(this::identityPolicy);
            return this;
        }

        /** Sets the principal's permissions boundary; null removes it. */
        public Builder boundary(@Nullable PolicyDocument document) {
            this.boundary = document;
            return this;
        }

        /**
         * Sets the session policy the principal's role session was created with (the {@code Policy} and
         * {@code PolicyArns} of {@code AssumeRole}); null removes it. It limits the identity side and resource
         * policies that name the role, not resource policies that name the session ARN itself.
         *
         * @see <a href="https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies.html#policies_session">Session
         *     policies</a>
         */
        public Builder sessionPolicy(@Nullable PolicyDocument document) {
            this.session = document;
            return this;
        }

        /** Sets an ordinary resource-based policy (a bucket or queue policy); null removes it. */
        public Builder resourcePolicy(@Nullable PolicyDocument document) {
            this.resource = document;
            this.resourcePolicyRequired = false;
            this.keyPolicy = false;
            return this;
        }

        /**
         * Sets a role trust policy as the resource policy; null removes it. Unlike other resource policies, a
         * trust policy must allow {@code sts:AssumeRole} even for a principal of the role's own account.
         */
        public Builder trustPolicy(@Nullable PolicyDocument document) {
            this.resource = document;
            this.resourcePolicyRequired = document != null;
            this.keyPolicy = false;
            return this;
        }

        /**
         * Sets a KMS key policy as the resource policy; null removes it. Like a trust policy it must allow: an
         * identity policy counts only when the key policy names the account ({@code arn:aws:iam::<account>:root},
         * the default key policy's statement that delegates to IAM).
         *
         * @see <a href="https://docs.aws.amazon.com/kms/latest/developerguide/key-policy-default.html">Default key
         *     policy</a>
         */
        public Builder keyPolicy(@Nullable PolicyDocument document) {
            this.resource = document;
            this.resourcePolicyRequired = document != null;
            this.keyPolicy = document != null;
            return this;
        }

        /**
         * Sets the SCPs level by level, root first, then each OU on the path, then the account (replacing earlier
         * ones; an empty list removes them). Every level needs at least one policy, as AWS requires.
         *
         * @throws IllegalArgumentException for more than {@value Evaluator#MAX_LEVELS} levels, a level without
         *     policies, or a level name given twice
         */
        public Builder serviceControlPolicies(List<OrganizationLevel> levels) {
            this.scps = checkLevels("SCP", levels, true);
            return this;
        }

        /**
         * Sets the RCPs level by level, root first (replacing earlier ones). {@code RCPFullAWSAccess} is implied at
         * every level, so a level may be empty and an RCP only restricts.
         *
         * @throws IllegalArgumentException for more than {@value Evaluator#MAX_LEVELS} levels or a level name given
         *     twice
         */
        public Builder resourceControlPolicies(List<OrganizationLevel> levels) {
            this.rcps = checkLevels("RCP", levels, false);
            return this;
        }

        private static List<OrganizationLevel> checkLevels(String kind, List<OrganizationLevel> levels,
                boolean needsPolicy) {
            List<OrganizationLevel> copy = List.copyOf(levels);
            if (copy.size() > MAX_LEVELS) {
                throw new IllegalArgumentException(kind + " levels: " + copy.size() + " is too many: an account's"
                        + " path has at most " + MAX_LEVELS + " levels (the root, 5 nested OUs, the account;"
                        + " https://docs.aws.amazon.com/organizations/latest/userguide/orgs_reference_limits.html)");
            }
            Set<String> names = new HashSet<>();
            for (OrganizationLevel level : copy) {
                if (!names.add(level.name().toLowerCase(Locale.ROOT))) {
                    throw new IllegalArgumentException(kind + " level '" + level.name() + "' is given twice: give"
                            + " each level once, with all its policies");
                }
                if (needsPolicy && level.policies().isEmpty()) {
                    throw new IllegalArgumentException(kind + " level '" + level.name() + "' has no policy: every"
                            + " root, OU and account has at least one SCP attached (FullAWSAccess by default);"
                            + " https://docs.aws.amazon.com/organizations/latest/APIReference/API_DetachPolicy.html");
                }
            }
            return copy;
        }

        /**
         * Sets the services RCPs govern, by action prefix such as {@code s3} (default {@link #RCP_SERVICES}).
         */
        public Builder rcpServices(Set<String> services) {
            Set<String> copy = new HashSet<>();
            for (String service : services) {
                copy.add(Objects.requireNonNull(service, "RCP service").toLowerCase(Locale.ROOT));
            }
            this.rcpServices = Set.copyOf(copy);
            return this;
        }

        /**
         * Sets the member account the SCP and RCP levels lead to: SCPs then limit only its principals and RCPs only
         * its resources. Null (the default) takes every principal and resource account to be under them.
         */
        public Builder organizationAccount(@Nullable String account) {
            this.organizationAccount = account == null ? null : AccountId.of(account).value();
            return this;
        }

        /**
         * Marks the account as the organization's management account, whose principals SCPs and whose resources
         * RCPs do not restrict (Service control policies: "SCPs don't affect users or roles in the management
         * account"; Resource control policies: "RCPs don't affect resources in the management account").
         */
        public Builder managementAccount(boolean managementAccount) {
            this.managementAccount = managementAccount;
            return this;
        }

        /** {@return the compiled evaluator} */
        public Evaluator build() {
            return new Evaluator(this);
        }
    }
}
