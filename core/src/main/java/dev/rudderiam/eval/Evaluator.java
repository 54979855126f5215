package dev.rudderiam.eval;

import dev.rudderiam.policy.Effect;
import dev.rudderiam.policy.PolicyDocument;
import dev.rudderiam.policy.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Decides requests offline against a principal's identity policies, its permissions boundary and a resource-based
 * policy (a role trust policy, a bucket policy), following AWS's documented evaluation logic. Build once (the
 * policies are compiled into matchers), then call {@link #evaluate} as often as needed; instances are immutable
 * and thread-safe.
 *
 * <pre>{@code
 * Evaluator evaluator = Evaluator.builder()
 *     .identityPolicy(PolicyDocument ...)
 *     .trustPolicy(RudderStack.trustPolicy("workspace-1"))
 *     .build();
 * Evaluation answer = evaluator.evaluate(request);
 * }</pre>
 *
 * <p>The rules, in the order applied (organizations' SCPs/RCPs and session policies are out of scope):
 * <ol>
 *   <li><b>Explicit deny wins.</b> Any applicable {@code Deny} statement in any of the policies gives
 *       {@link Decision#EXPLICITLY_DENIED}
 *       (<a href="https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic_policy-eval-denyallow.html">Deny evaluation</a>).</li>
 *   <li><b>Identity and boundary intersect.</b> The identity side allows only when an identity policy and, if
 *       there is one, the boundary both have an applicable {@code Allow}
 *       (<a href="https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic.html">Evaluating identity-based
 *       policies with permissions boundaries</a>; <a href="https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies_boundaries.html">Permissions
 *       boundaries</a>).</li>
 *   <li><b>Same account: union.</b> When principal and resource are in the same account, the identity side or the
 *       resource policy suffices (<a href="https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic_policy-eval-basics.html">policy
 *       evaluation basics</a>: "If either the
 *       identity-based policy or the resource-based policy within the same account allows the request and the
 *       other doesn't, the request is still allowed"). A resource policy that names the caller's account only
 *       delegates to the identity side; one that names a role (for its sessions) is still limited by the boundary
 *       (<a href="https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies_boundaries.html">Evaluating effective permissions with
 *       boundaries</a>).</li>
 *   <li><b>Role trust policies</b> (and KMS key policies) must allow even in the same account: an identity policy
 *       alone is not enough
 *       (<a href="https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic_policy-eval-denyallow.html">Resource-based policies</a>);
 *       see {@link Builder#trustPolicy}.</li>
 *   <li><b>Cross account: both.</b> The identity side and the resource policy must both allow
 *       (<a href="https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic-cross-account.html">cross-account policy
 *       evaluation</a>).</li>
 *   <li>A service principal (such as {@code s3.amazonaws.com}) has no identity policies here: the resource policy
 *       decides.</li>
 * </ol>
 */
public final class Evaluator {
    private final List<CompiledStatement> identity;
    private final List<CompiledStatement> boundary;
    private final List<CompiledStatement> resource;
    private final boolean hasBoundary;
    private final boolean hasResourcePolicy;
    private final boolean resourcePolicyRequired;

    private Evaluator(Builder b) {
        this.identity = compile(StatementRef.Source.IDENTITY, b.identity);
        this.boundary = b.boundary == null ? List.of() : compile(StatementRef.Source.BOUNDARY, List.of(b.boundary));
        this.resource = b.resource == null ? List.of() : compile(StatementRef.Source.RESOURCE, List.of(b.resource));
        this.hasBoundary = b.boundary != null;
        this.hasResourcePolicy = b.resource != null;
        this.resourcePolicyRequired = b.resourcePolicyRequired;
    }

    private static List<CompiledStatement> compile(StatementRef.Source source, List<PolicyDocument> documents) {
        List<CompiledStatement> out = new ArrayList<>();
        for (int p = 0; p < documents.size(); p++) {
            PolicyDocument document = documents.get(p);
            boolean variables = CompiledStatement.variablesSupported(document);
            List<Statement> statements = document.statements();
            for (int s = 0; s < statements.size(); s++) {
                Statement statement = statements.get(s);
                StatementRef ref = new StatementRef(source, p, s, statement.sid(), statement.effect());
                out.add(new CompiledStatement(ref, statement, variables));
            }
        }
        return List.copyOf(out);
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
        collect(identity, request, denies, identityAllows);
        collect(boundary, request, denies, boundaryAllows);

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
        if (!denies.isEmpty()) {
            return new Evaluation(Decision.EXPLICITLY_DENIED, sorted(denies), "an applicable Deny statement");
        }

        boolean boundaryPermits = !hasBoundary || !boundaryAllows.isEmpty();
        boolean identitySide = !identityAllows.isEmpty() && boundaryPermits;
        List<StatementRef> identityGrant = concat(identityAllows, boundaryAllows);
        // A resource policy naming the caller directly grants on its own; naming a role's session is limited by
        // the boundary; naming the account delegates to the identity side.
        List<StatementRef> resourceOnItsOwn = boundaryPermits ? concat(resourceDirect, resourceRole) : resourceDirect;
        List<StatementRef> resourceAll = concat(concat(resourceDirect, resourceRole), resourceAccount);

        if (request.principalAccount() == null) {
            return resourceOnItsOwn.isEmpty()
                    ? implicit(resourceAll, "no resource policy statement allows this service principal")
                    : new Evaluation(Decision.ALLOWED, sorted(resourceOnItsOwn), "the resource policy allows the service");
        }
        boolean sameAccount = request.principalAccount().equals(request.resourceAccount());
        if (sameAccount) {
            if (!resourceOnItsOwn.isEmpty()) {
                return new Evaluation(Decision.ALLOWED, sorted(resourceOnItsOwn),
                        "the resource policy names the principal");
            }
            if (resourcePolicyRequired) {
                if (!resourceAccount.isEmpty() && identitySide) {
                    return new Evaluation(Decision.ALLOWED, sorted(concat(identityGrant, resourceAccount)),
                            "the trust policy names the account and the identity side allows");
                }
                return implicit(concat(identityGrant, resourceAll), resourceAccount.isEmpty()
                        ? "the trust policy does not allow this principal"
                        : identityAllows.isEmpty() ? "the trust policy names the account but no identity policy allows"
                        : "the permissions boundary does not allow");
            }
            if (identitySide) {
                return new Evaluation(Decision.ALLOWED, sorted(identityGrant), "the identity side allows");
            }
            return implicit(concat(identityGrant, resourceAll), identityAllows.isEmpty()
                    ? "no identity or resource policy statement allows" : "the permissions boundary does not allow");
        }
        if (!identitySide) {
            return implicit(concat(identityGrant, resourceAll), identityAllows.isEmpty()
                    ? "cross-account: no identity policy statement allows" : "the permissions boundary does not allow");
        }
        if (resourceAll.isEmpty()) {
            return implicit(identityGrant, hasResourcePolicy
                    ? "cross-account: the resource policy does not allow this principal"
                    : "cross-account: no resource-based policy was given, and cross-account access needs one");
        }
        return new Evaluation(Decision.ALLOWED, sorted(concat(identityGrant, resourceAll)),
                "cross-account: the identity side and the resource policy both allow");
    }

    private static void collect(List<CompiledStatement> statements, Request request, List<StatementRef> denies,
            List<StatementRef> allows) {
        for (CompiledStatement statement : statements) {
            if (statement.matches(request)) {
                (statement.effect == Effect.DENY ? denies : allows).add(statement.ref);
            }
        }
    }

    private static Evaluation implicit(List<StatementRef> partial, String reason) {
        return new Evaluation(Decision.IMPLICITLY_DENIED, sorted(partial), reason);
    }

    private static List<StatementRef> concat(List<StatementRef> a, List<StatementRef> b) {
        if (b.isEmpty()) {
            return a;
        }
        if (a.isEmpty()) {
            return b;
        }
        List<StatementRef> out = new ArrayList<>(a.size() + b.size());
        out.addAll(a);
        out.addAll(b);
        return out;
    }

    private static List<StatementRef> sorted(List<StatementRef> refs) {
        if (refs.size() < 2) {
            return refs;
        }
        List<StatementRef> out = new ArrayList<>(refs);
        out.sort(Comparator.comparing(StatementRef::source).thenComparingInt(StatementRef::policy)
                .thenComparingInt(StatementRef::statement));
        return out;
    }

    /** Collects the policies of one principal and one resource. Not thread-safe; {@link #build()} can repeat. */
    public static final class Builder {
        private final List<PolicyDocument> identity = new ArrayList<>();
        private @Nullable PolicyDocument boundary;
        private @Nullable PolicyDocument resource;
        private boolean resourcePolicyRequired;

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

        /** Sets an ordinary resource-based policy (a bucket or queue policy); null removes it. */
        public Builder resourcePolicy(@Nullable PolicyDocument document) {
            this.resource = document;
            this.resourcePolicyRequired = false;
            return this;
        }

        /**
         * Sets a role trust policy as the resource policy; null removes it. Unlike other resource policies, a
         * trust policy must allow {@code sts:AssumeRole} even for a principal of the role's own account.
         */
        public Builder trustPolicy(@Nullable PolicyDocument document) {
            this.resource = document;
            this.resourcePolicyRequired = document != null;
            return this;
        }

        /** {@return the compiled evaluator} */
        public Evaluator build() {
            return new Evaluator(this);
        }
    }
}
