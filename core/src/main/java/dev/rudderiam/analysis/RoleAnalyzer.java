package dev.rudderiam.analysis;

import dev.rudderiam.arn.AccountId;
import dev.rudderiam.arn.Arn;
import dev.rudderiam.arn.Partition;
import dev.rudderiam.eval.ContextValue;
import dev.rudderiam.eval.Evaluation;
import dev.rudderiam.eval.Request;
import dev.rudderiam.eval.StatementRef;
import dev.rudderiam.pattern.StatementPattern;
import dev.rudderiam.policy.PolicyDocument;
import dev.rudderiam.reference.ServiceReference;
import dev.rudderiam.role.RoleSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Answers what a role spec means: who can assume it ({@link #whoCanAssume()}, {@link #canAssume}), what it grants
 * ({@link #grants}), and, like IAM Access Analyzer's custom checks, whether a change grants new access
 * ({@link #checkNoNewAccess}) and whether given actions are granted ({@link #checkAccessNotGranted}).
 *
 * <p>The role's identity policies are its inline policies and its managed policies; managed policies and the
 * permissions boundary are named by ARN in the spec, so their documents are passed in. Effective permissions are
 * the identity policies intersected with the boundary
 * (<a href="https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies_boundaries.html">permissions
 * boundaries</a>).
 *
 * <pre>{@code
 * RoleAnalyzer analyzer = RoleAnalyzer.of(spec, AccountId.of("111122223333"), Map.of());
 * analyzer.whoCanAssume().forEach(rule -> System.out.println(rule.describe()));
 * }</pre>
 */
public final class RoleAnalyzer {
    private final Arn roleArn;
    private final PolicyDocument trust;
    private final @Nullable PolicyDocument boundary;
    private final List<LocatedStatement> identityStatements;
    private final List<LocatedStatement> boundaryStatements;

    private RoleAnalyzer(Arn roleArn, PolicyDocument trust, List<PolicyDocument> identity,
            @Nullable PolicyDocument boundary) {
        this.roleArn = roleArn;
        this.trust = trust;
        this.boundary = boundary;
        this.identityStatements = LocatedStatement.locate(StatementRef.Source.IDENTITY, List.copyOf(identity));
        this.boundaryStatements = boundary == null ? List.of()
                : LocatedStatement.locate(StatementRef.Source.BOUNDARY, List.of(boundary));
    }

    /**
     * {@return an analyzer for {@code role} in {@code account} of the commercial partition, where RudderStack
     * runs}
     *
     * @param managedPolicies the documents of the role's managed policies and boundary, by ARN
     * @throws IllegalArgumentException naming the ARN when a managed policy or the boundary has no document
     */
    public static RoleAnalyzer of(RoleSpec role, AccountId account,
            Map<Arn, PolicyDocument> managedPolicies) {
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(managedPolicies, "managed policies");
        List<PolicyDocument> identity = new ArrayList<>(role.inlinePolicies().values());
        for (Arn arn : role.managedPolicyArns()) {
            identity.add(document(managedPolicies, arn, "managed policy"));
        }
        PolicyDocument boundary = role.permissionsBoundary() == null ? null
                : document(managedPolicies, role.permissionsBoundary(), "permissions boundary");
        return new RoleAnalyzer(role.arn(Partition.AWS, account), role.trustPolicy(), identity, boundary);
    }

    private static PolicyDocument document(Map<Arn, PolicyDocument> documents, Arn arn, String what) {
        PolicyDocument document = documents.get(arn);
        if (document == null) {
            throw new IllegalArgumentException(what + " '" + arn + "' has no document: pass the documents of every"
                    + " managed policy and of the boundary");
        }
        return document;
    }

    /** {@return the role's ARN} */
    public Arn roleArn() {
        return roleArn;
    }

    /** {@return the trust policy statements that decide {@code sts:AssumeRole}, in words} */
    public List<TrustRule> whoCanAssume() {
        return TrustReading.rules(trust);
    }

    /**
     * {@return whether {@code principal} may assume the role with {@code context}}: the trust policy's decision,
     * assuming the caller's own identity policies allow {@code sts:AssumeRole} (they live in the caller's account).
     */
    public Evaluation canAssume(String principal, Map<String, ContextValue> context) {
        Request.Builder request = Request.builder().principal(principal).action("sts:AssumeRole")
                .resource(roleArn.toString());
        context.forEach(request::context);
        return TrustReading.decide(trust, request.build());
    }

    /**
     * {@return for each service the role's permission policies mention, each of the reference's actions the
     * identity policies and boundary both allow, with the resource patterns}. Only resource patterns that can
     * match one of the action's resource types count ({@code *} for actions without resource types). Conditions
     * are not evaluated: a conditional allow is listed and marked conditional, a conditional deny is ignored, so
     * the list errs on the side of more access.
     */
    public List<ActionGrant> grants(ServiceReference reference) {
        Objects.requireNonNull(reference, "reference");
        return new Grants(identityStatements, boundaryStatements, boundary != null).of(reference);
    }

    /**
     * {@return PASS when the role's identity policies and boundary allow none of {@code actions} on any of
     * {@code resources}} (an empty resource list means any resource). Actions and resources may hold wildcards;
     * a conditional allow counts as a grant, as in Access Analyzer.
     */
    public AccessCheck checkAccessNotGranted(List<String> actions, List<String> resources) {
        Objects.requireNonNull(actions, "actions");
        Objects.requireNonNull(resources, "resources");
        if (actions.isEmpty()) {
            throw new IllegalArgumentException("actions are empty: name at least one action to check");
        }
        return AccessChecks.notGranted(identityStatements, boundaryStatements, boundary != null, actions,
                resources);
    }

    /**
     * {@return PASS when {@code updated} grants no access that {@code old} does not}, proven statement by
     * statement: every allow of the new identity policies, boundary and trust policy is covered by an allow of
     * the old ones, and every deny of the old ones is kept by a deny of the new ones that covers it. A statement
     * covers another as {@link StatementPattern} defines: its principal is the same or {@code *}, and it has no
     * condition or only clauses the other also has. What cannot be proven fails, as in Access Analyzer.
     */
    public static AccessCheck checkNoNewAccess(RoleAnalyzer old, RoleAnalyzer updated) {
        List<String> reasons = new ArrayList<>();
        reasons.addAll(AccessChecks.noNewAccess("identity", old.identityStatements, updated.identityStatements));
        if (updated.boundary != null || old.boundary != null) {
            if (updated.boundary == null) {
                reasons.add("the permissions boundary was removed");
            } else if (old.boundary != null) {
                reasons.addAll(AccessChecks.noNewAccess("boundary", old.boundaryStatements,
                        updated.boundaryStatements));
            }
        }
        reasons.addAll(AccessChecks.noNewAccess("trust",
                LocatedStatement.locate(StatementRef.Source.RESOURCE, List.of(old.trust)),
                LocatedStatement.locate(StatementRef.Source.RESOURCE, List.of(updated.trust))));
        return AccessCheck.of(reasons);
    }

    /**
     * {@return PASS when the identity policy {@code updated} grants no access that {@code old} does not}: the same
     * proof as {@link #checkNoNewAccess(RoleAnalyzer, RoleAnalyzer)}, for one document (a document with no
     * statement stands for a policy that is not there). Passing both ways round does not mean the documents are
     * equal, only that neither is provably wider.
     */
    public static AccessCheck checkNoNewAccess(PolicyDocument old, PolicyDocument updated) {
        Objects.requireNonNull(old, "old");
        Objects.requireNonNull(updated, "updated");
        return AccessCheck.of(AccessChecks.noNewAccess("policy",
                LocatedStatement.locate(StatementRef.Source.IDENTITY, List.of(old)),
                LocatedStatement.locate(StatementRef.Source.IDENTITY, List.of(updated))));
    }
}
