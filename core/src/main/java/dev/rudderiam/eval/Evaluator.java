package dev.rudderiam.eval;

import dev.rudderiam.arn.AccountId;
import dev.rudderiam.policy.Action;
import dev.rudderiam.policy.AnyPrincipal;
import dev.rudderiam.policy.Effect;
import dev.rudderiam.policy.PolicyDocument;
import dev.rudderiam.policy.Resource;
import dev.rudderiam.policy.Statement;
import java.util.ArrayList;
import java.util.Arrays;
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
 * matchers, and an {@link ActionIndex} works out which statements can apply to which action), then call
 * {@link #evaluate} as often as needed; instances are immutable and thread-safe.
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
     * The services whose resources RCPs apply to, by action prefix, as of December 2026. AWS documents them on
     * <a href="https://docs.aws.amazon.com/organizations/latest/userguide/orgs_manage_policies_rcps.html">Resource
     * control policies</a> ("List of AWS services that support RCPs"); the copies of that page that could be read
     * (AWS documentation, December 2026) do not show the list itself, so it is taken from the AWS documentation that
     * does show it:
     * <ul>
     *   <li>Amazon S3 ({@code s3}), AWS STS ({@code sts}), AWS KMS ({@code kms}), Amazon SQS ({@code sqs}) and AWS
     *       Secrets Manager ({@code secretsmanager}): the services RCPs launched with, listed on
     *       <a href="https://docs.aws.amazon.com/controltower/latest/controlreference/rcp-controls.html">Controls
     *       implemented with RCPs</a> and used by the examples of
     *       <a href="https://docs.aws.amazon.com/organizations/latest/userguide/orgs_manage_policies_rcps_examples.html">Resource
     *       control policy examples</a> ({@code "s3:*", "sqs:*", "kms:*", "secretsmanager:*", "sts:*"});</li>
     *   <li>Amazon ECR ({@code ecr}) and Amazon OpenSearch Serverless ({@code aoss}), announced in June 2025, Amazon
     *       Cognito ({@code cognito-idp} for user pools, {@code cognito-identity} for identity pools) and Amazon
     *       CloudWatch Logs ({@code logs}), announced in January 2026, and Amazon DynamoDB ({@code dynamodb}),
     *       announced in February 2026: AWS's "What's New" announcements as reported by others; no AWS
     *       documentation page that could be read lists them.</li>
     * </ul>
     * The second group is kept on purpose, because it is the safe reading for a preflight: taking in a service that
     * RCPs do not govern can only report a deny AWS would not make (a false alarm the reader can check), while
     * leaving out a service they do govern would report as allowed a request AWS blocks. For the same reason both
     * Cognito prefixes are taken. {@link Builder#rcpServices} replaces the list.
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

    private final CompiledStatement[] identity;
    private final CompiledStatement[] boundary;
    private final CompiledStatement[] session;
    private final CompiledStatement[] resource;
    private final Level[] scps;
    private final Level[] rcps;
    /** The statements of each layer: {@link #IDENTITY} ... then SCP levels, then RCP levels. */
    private final CompiledStatement[][] layers;
    /** Every statement of every layer, action tested: the plan until {@link #index} is built. */
    private final ActionIndex.Plan everything;
    /** How many decisions to make before building {@link #index}; {@link Integer#MAX_VALUE}: never. */
    private final int indexAfter;
    /**
     * Which statements can apply to an action, per layer; null until this evaluator has made {@link #indexAfter}
     * decisions. Building it costs more than a few decisions, so an evaluator compiled for one decision never pays
     * for it. The index is immutable and published through this volatile field (its plans are complete before the
     * write; a thread that reads it sees them); threads that reach the count together may each build one, and
     * all are the same.
     */
    private volatile @Nullable ActionIndex index;
    /**
     * Decisions made before the index, counted without synchronization: a lost increment only builds the index a
     * little later.
     */
    private int decisions;
    /** The services RCPs govern (lower case); an action is governed when its service is one of them. */
    private final Set<String> rcpServices;
    /** Prefixes of the odd service names that hold a colon themselves, which no service lookup finds. */
    private final String[] rcpColonPrefixes;
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
        /** The layer and reason of an implicit deny when nothing at this level allows. */
        final Evaluation.Layer layer;
        final String reason;

        Level(StatementRef.Source source, String name, CompiledStatement[] statements, boolean[] anyPrincipal) {
            this.statements = statements;
            this.anyPrincipal = anyPrincipal;
            this.layer = new Evaluation.Layer(source, name);
            this.reason = "no " + source.name() + " at level " + name + " allows";
        }
    }

    /** The layers' positions in {@link #index}; the SCP levels follow, then the RCP levels. */
    private static final int IDENTITY = 0;
    private static final int BOUNDARY = 1;
    private static final int SESSION = 2;
    private static final int RESOURCE = 3;
    private static final int FIRST_SCP = 4;

    private Evaluator(Builder b) {
        this.identity = compile(StatementRef.Source.IDENTITY, b.identity);
        this.boundary = b.boundary == null ? NO_STATEMENTS
                : compile(StatementRef.Source.BOUNDARY, List.of(b.boundary));
        this.session = b.session == null ? NO_STATEMENTS : compile(StatementRef.Source.SESSION, List.of(b.session));
        this.resourceSource = b.keyPolicy ? StatementRef.Source.KEY_POLICY : StatementRef.Source.RESOURCE;
        this.resource = b.resource == null ? NO_STATEMENTS : compile(resourceSource, List.of(b.resource));
        this.hasBoundary = b.boundary != null;
        this.hasSession = b.session != null;
        this.hasResourcePolicy = b.resource != null;
        this.resourcePolicyRequired = b.resourcePolicyRequired;
        this.scps = levels(StatementRef.Source.SCP, b.scps, false);
        this.rcps = levels(StatementRef.Source.RCP, b.rcps, true);
        this.rcpServices = b.rcpServices;
        this.rcpColonPrefixes = b.rcpServices.stream().filter(service -> service.contains(":"))
                .map(service -> service + ":").toArray(String[]::new);
        this.organizationAccount = Request.intern(b.organizationAccount);
        this.managementAccount = b.managementAccount;
        CompiledStatement[][] layers = new CompiledStatement[FIRST_SCP + scps.length + rcps.length][];
        this.layers = layers;
        layers[IDENTITY] = identity;
        layers[BOUNDARY] = boundary;
        layers[SESSION] = session;
        layers[RESOURCE] = resource;
        for (int l = 0; l < scps.length; l++) {
            layers[FIRST_SCP + l] = scps[l].statements;
        }
        for (int l = 0; l < rcps.length; l++) {
            layers[FIRST_SCP + scps.length + l] = rcps[l].statements;
        }
        this.everything = ActionIndex.everything(layers);
        this.indexAfter = b.indexAfter;
        if (indexAfter == 0) {
            this.index = buildIndex();
        }
    }

    /**
     * How many decisions an evaluator makes by testing every statement before it builds its {@link ActionIndex}:
     * about what building it costs, so a caller that compiles policies for a single decision (preflight builds an
     * evaluator per request) never pays for it, and one that decides many requests gets it early.
     */
    static final int INDEX_AFTER = 16;

    private ActionIndex buildIndex() {
        // Whether RCPs govern an action depends on its service alone, unless a configured service holds a colon.
        return new ActionIndex(layers, everything, rcpColonPrefixes.length > 0 ? null
                : action -> {
                    String service = ActionIndex.service(action);
                    return service != null && rcpServices.contains(service);
                });
    }

    /** {@return the statements to look at for {@code request}}, building the index once enough decisions were made */
    private ActionIndex.Plan plan(Request request) {
        ActionIndex built = index;
        if (built == null) {
            if (decisions < indexAfter) {
                decisions++;
                return everything;
            }
            built = buildIndex();
            index = built;
        }
        return built.plan(request.actionLowerCase(), request.asciiAction(), request.serviceLowerCase());
    }

    private static final CompiledStatement[] NO_STATEMENTS = {};

    private static CompiledStatement[] compile(StatementRef.Source source, List<PolicyDocument> documents) {
        List<CompiledStatement> out = new ArrayList<>();
        for (int p = 0; p < documents.size(); p++) {
            compile(source, null, p, documents.get(p), out);
        }
        return out.toArray(CompiledStatement[]::new);
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
            for (int i = 0; i < anyPrincipal.length; i++) {
                Statement statement = originals.get(i);
                anyPrincipal[i] = statement.principal() == null && statement.notPrincipal() == null;
            }
            out[l] = new Level(source, level.name(), statements.toArray(CompiledStatement[]::new), anyPrincipal);
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
        ActionIndex.Plan plan = plan(request);
        // The layers in the order of StatementRef.Source, so that the statements are found in Found's order.
        Found found = new Found();
        collect(plan, IDENTITY, identity, request, found, Found.IDENTITY);
        collect(plan, BOUNDARY, boundary, request, found, Found.BOUNDARY);
        if (resourceSource == StatementRef.Source.KEY_POLICY) {
            collectSession(plan, request, found);
            collectResource(plan, request, found);
        } else {
            collectResource(plan, request, found);
            collectSession(plan, request, found);
        }
        Level scpUnmet = scpsApply(request) ? guard(scps, FIRST_SCP, plan, request, found) : null;
        if (rcpsApply(request, plan)) {
            // Every RCP level allows through the implied RCPFullAWSAccess: only its denies matter.
            guard(rcps, FIRST_SCP + scps.length, plan, request, found);
        }
        if (found.has(Found.DENY)) {
            return new Evaluation(Decision.EXPLICITLY_DENIED, found.refs(1 << Found.DENY),
                    "an applicable Deny statement");
        }
        if (scpUnmet != null) {
            return new Evaluation(Decision.IMPLICITLY_DENIED, found.refs(1 << Found.GUARDRAIL), scpUnmet.reason,
                    scpUnmet.layer);
        }
        return decide(request, found);
    }

    private void collectSession(ActionIndex.Plan plan, Request request, Found found) {
        if (hasSession && request.principalAccount() != null) {
            collect(plan, SESSION, session, request, found, Found.SESSION);
        }
    }

    /** Collects the resource policy's statements that apply and name the caller, by how they name it. */
    private void collectResource(ActionIndex.Plan plan, Request request, Found found) {
        for (int member : plan.members(RESOURCE)) {
            CompiledStatement statement = resource[member < 0 ? ~member : member];
            if (!matches(plan, member, statement, request)) {
                continue;
            }
            PrincipalMatcher.Match match = statement.principalMatch(request.caller(), hasBoundary);
            if (match == PrincipalMatcher.Match.NONE) {
                continue;
            }
            found.add(statement.ref, statement.effect == Effect.DENY ? Found.DENY
                    : match == PrincipalMatcher.Match.DIRECT ? Found.RESOURCE_DIRECT
                    : match == PrincipalMatcher.Match.ROLE ? Found.RESOURCE_ROLE : Found.RESOURCE_ACCOUNT);
        }
    }

    /**
     * The decision after explicit denies and organization policies, from the allows of each policy. The answer's
     * statements are gathered only on the path taken ({@link Found#refs}).
     */
    private Evaluation decide(Request request, Found found) {
        boolean identityAllows = found.has(Found.IDENTITY);
        boolean boundaryPermits = !hasBoundary || found.has(Found.BOUNDARY);
        boolean sessionPermits = !hasSession || found.has(Found.SESSION);
        boolean identitySide = identityAllows && boundaryPermits && sessionPermits;
        // A resource policy naming the caller directly grants on its own; naming a role's session is limited by
        // the boundary and the session policy; naming the account delegates to the identity side.
        boolean roleGrants = boundaryPermits && sessionPermits && found.has(Found.RESOURCE_ROLE);
        boolean resourceOnItsOwn = found.has(Found.RESOURCE_DIRECT) || roleGrants;
        boolean resourceAny = found.any(Found.RESOURCE_POLICY);
        int grant = 1 << Found.RESOURCE_DIRECT | (roleGrants ? 1 << Found.RESOURCE_ROLE : 0) | 1 << Found.GUARDRAIL;
        Evaluation.Layer identityGap = !identityAllows ? IDENTITY_LAYER
                : !boundaryPermits ? BOUNDARY_LAYER : SESSION_LAYER;
        String identityReason = !identityAllows ? null : !boundaryPermits
                ? "the permissions boundary does not allow" : "the session policy does not allow";
        Evaluation.Layer resourceGap = resourceSource == StatementRef.Source.KEY_POLICY ? KEY_POLICY_LAYER
                : RESOURCE_LAYER;

        if (request.principalAccount() == null) {
            return resourceOnItsOwn
                    ? new Evaluation(Decision.ALLOWED, found.refs(grant), "the resource policy allows the service")
                    : implicit(found.refs(Found.RESOURCE_POLICY),
                            "no resource policy statement allows this service principal", resourceGap);
        }
        if (request.sameAccount()) {
            if (resourceOnItsOwn) {
                return new Evaluation(Decision.ALLOWED, found.refs(grant), "the resource policy names the principal");
            }
            if (resourcePolicyRequired) {
                boolean key = resourceSource == StatementRef.Source.KEY_POLICY;
                boolean accountNamed = found.has(Found.RESOURCE_ACCOUNT);
                if (accountNamed && identitySide) {
                    return new Evaluation(Decision.ALLOWED, found.refs(Found.IDENTITY_SIDE
                            | 1 << Found.RESOURCE_ACCOUNT | 1 << Found.GUARDRAIL), key
                                    ? "the key policy names the account and the identity side allows"
                                    : "the trust policy names the account and the identity side allows");
                }
                List<StatementRef> partial = found.refs(Found.IDENTITY_SIDE | Found.RESOURCE_POLICY);
                return !accountNamed
                        ? implicit(partial, key ? "the key policy does not allow this principal"
                                : "the trust policy does not allow this principal", resourceGap)
                        : implicit(partial, identityReason != null ? identityReason : key
                                ? "the key policy names the account but no identity policy allows"
                                : "the trust policy names the account but no identity policy allows", identityGap);
            }
            if (identitySide) {
                return new Evaluation(Decision.ALLOWED, found.refs(Found.IDENTITY_SIDE | 1 << Found.GUARDRAIL),
                        "the identity side allows");
            }
            return implicit(found.refs(Found.IDENTITY_SIDE | Found.RESOURCE_POLICY), identityReason == null
                    ? "no identity or resource policy statement allows" : identityReason, identityGap);
        }
        if (!identitySide) {
            return implicit(found.refs(Found.IDENTITY_SIDE | Found.RESOURCE_POLICY), identityReason == null
                    ? "cross-account: no identity policy statement allows" : identityReason, identityGap);
        }
        if (!resourceAny) {
            return implicit(found.refs(Found.IDENTITY_SIDE), hasResourcePolicy
                    ? "cross-account: the resource policy does not allow this principal"
                    : "cross-account: no resource-based policy was given, and cross-account access needs one",
                    resourceGap);
        }
        return new Evaluation(Decision.ALLOWED, found.refs(Found.IDENTITY_SIDE | Found.RESOURCE_POLICY
                | 1 << Found.GUARDRAIL), "cross-account: the identity side and the resource policy both allow");
    }

    private static final Evaluation.Layer IDENTITY_LAYER = new Evaluation.Layer(StatementRef.Source.IDENTITY, null);
    private static final Evaluation.Layer BOUNDARY_LAYER = new Evaluation.Layer(StatementRef.Source.BOUNDARY, null);
    private static final Evaluation.Layer SESSION_LAYER = new Evaluation.Layer(StatementRef.Source.SESSION, null);
    private static final Evaluation.Layer RESOURCE_LAYER = new Evaluation.Layer(StatementRef.Source.RESOURCE, null);
    private static final Evaluation.Layer KEY_POLICY_LAYER = new Evaluation.Layer(StatementRef.Source.KEY_POLICY,
            null);

    /** SCPs limit principals of member accounts, except the management account and service-linked roles. */
    private boolean scpsApply(Request request) {
        String account = request.principalAccount();
        return account != null && !managementAccount && !request.serviceLinkedRole()
                && (organizationAccount == null || organizationAccount.equals(account));
    }

    /** RCPs limit resources of member accounts of the services that support them, except for service-linked roles. */
    private boolean rcpsApply(Request request, ActionIndex.Plan plan) {
        String account = request.resourceAccount();
        if (rcps.length == 0 || account == null || managementAccount || request.serviceLinkedRole()
                || organizationAccount != null && !organizationAccount.equals(account)) {
            return false;
        }
        byte governed = plan.rcpGoverned();
        if (governed != ActionIndex.UNKNOWN) {
            return governed == ActionIndex.GOVERNED;
        }
        String service = request.serviceLowerCase();
        if (service != null && rcpServices.contains(service)) {
            return true;
        }
        for (String prefix : rcpColonPrefixes) {
            if (request.actionLowerCase().startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Collects the denies and allows of every level (the levels' layers in {@link #index} start at {@code first});
     * {@return the first level without an applicable Allow}, or null when every level allows. A statement with a
     * {@code Principal} element (RCPs) applies only to the principals it names; one without (SCPs) to every
     * principal.
     */
    private @Nullable Level guard(Level[] levels, int first, ActionIndex.Plan plan, Request request, Found found) {
        Level unmet = null;
        for (int l = 0; l < levels.length; l++) {
            Level level = levels[l];
            boolean allowed = false;
            for (int member : plan.members(first + l)) {
                int i = member < 0 ? ~member : member;
                CompiledStatement statement = level.statements[i];
                if (!matches(plan, member, statement, request) || !level.anyPrincipal[i]
                        && statement.principalMatch(request.caller(), hasBoundary) == PrincipalMatcher.Match.NONE) {
                    continue;
                }
                if (statement.effect == Effect.DENY) {
                    found.add(statement.ref, Found.DENY);
                } else {
                    found.add(statement.ref, Found.GUARDRAIL);
                    allowed = true;
                }
            }
            if (!allowed && unmet == null) {
                unmet = level;
            }
        }
        return unmet;
    }

    /** Collects the denies and allows of the statements of one layer that match; allows as {@code kind}. */
    private static void collect(ActionIndex.Plan plan, int layer, CompiledStatement[] statements, Request request,
            Found found, int kind) {
        for (int member : plan.members(layer)) {
            CompiledStatement statement = statements[member < 0 ? ~member : member];
            if (matches(plan, member, statement, request)) {
                found.add(statement.ref, statement.effect == Effect.DENY ? Found.DENY : kind);
            }
        }
    }

    /** {@return whether a statement of {@code plan} matches, testing its action only when the plan says to} */
    private static boolean matches(ActionIndex.Plan plan, int member, CompiledStatement statement, Request request) {
        return (member >= 0 || plan.testAction(statement, request.actionLowerCase()))
                && statement.matchesBesidesAction(request);
    }

    private static Evaluation implicit(List<StatementRef> partial, String reason, Evaluation.Layer unmet) {
        return new Evaluation(Decision.IMPLICITLY_DENIED, partial, reason, unmet);
    }

    /**
     * The statements that applied to one request, each with the part it played: a deny, or an allow of one kind of
     * policy (how a resource policy named the caller counts as its kind). One small growing array per request, no
     * list per kind; {@link #refs} picks the kinds an answer names.
     */
    private static final class Found {
        static final int DENY = 0;
        static final int IDENTITY = 1;
        static final int BOUNDARY = 2;
        static final int SESSION = 3;
        static final int RESOURCE_DIRECT = 4;
        static final int RESOURCE_ROLE = 5;
        static final int RESOURCE_ACCOUNT = 6;
        static final int GUARDRAIL = 7;
        /** The allows of identity policies, boundary and session policy, as a mask of kinds. */
        static final int IDENTITY_SIDE = 1 << IDENTITY | 1 << BOUNDARY | 1 << SESSION;
        /** The allows of the resource policy, however it named the caller, as a mask of kinds. */
        static final int RESOURCE_POLICY = 1 << RESOURCE_DIRECT | 1 << RESOURCE_ROLE | 1 << RESOURCE_ACCOUNT;

        private StatementRef[] refs = new StatementRef[8];
        private byte[] kinds = new byte[8];
        private int size;
        /** The kinds found, as a mask. */
        private int present;

        void add(StatementRef ref, int kind) {
            if (size == refs.length) {
                refs = Arrays.copyOf(refs, size * 2);
                kinds = Arrays.copyOf(kinds, size * 2);
            }
            refs[size] = ref;
            kinds[size++] = (byte) kind;
            present |= 1 << kind;
        }

        boolean has(int kind) {
            return (present & 1 << kind) != 0;
        }

        boolean any(int mask) {
            return (present & mask) != 0;
        }

        /**
         * {@return the statements of the kinds in {@code mask} as one immutable list}, in the order they were found,
         * which is by kind of policy (in the order of {@link StatementRef.Source}: the principal's and the
         * resource's policies, then SCPs, then RCPs), then policy (SCPs and RCPs counted over the levels, root
         * first), then statement, because {@link #evaluate} visits the layers in that order and each layer's
         * statements in theirs. Call it once: it moves the statements it returns to the front of the found ones.
         */
        List<StatementRef> refs(int mask) {
            if ((present & mask) == 0) {
                return List.of();
            }
            StatementRef[] r = refs;
            int n = 0;
            for (int i = 0; i < size; i++) {
                if ((mask & 1 << kinds[i]) != 0) {
                    r[n++] = r[i];
                }
            }
            // Up to six statements (most answers; an allow under SCPs at three levels and an RCP has six):
            // List.of's fixed forms take them without a copy of the array.
            return switch (n) {
                case 1 -> List.of(r[0]);
                case 2 -> List.of(r[0], r[1]);
                case 3 -> List.of(r[0], r[1], r[2]);
                case 4 -> List.of(r[0], r[1], r[2], r[3]);
                case 5 -> List.of(r[0], r[1], r[2], r[3], r[4]);
                case 6 -> List.of(r[0], r[1], r[2], r[3], r[4], r[5]);
                default -> List.of(Arrays.copyOf(r, n));
            };
        }
    }


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
        private int indexAfter = INDEX_AFTER;

        private Builder() {
        }

        /**
         * After how many decisions to look only at the statements whose action element can match (default
         * {@link #INDEX_AFTER}; 0: from the first); {@link Integer#MAX_VALUE} tests every statement for every
         * request, the plain reading the tests compare the index against.
         */
        Builder indexAfter(int decisions) {
            this.indexAfter = decisions;
            return this;
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
