package dev.rudderiam.analysis;

import dev.rudderiam.arn.AccountId;
import dev.rudderiam.arn.Arn;
import dev.rudderiam.arn.Partition;
import dev.rudderiam.eval.ContextValue;
import dev.rudderiam.eval.Evaluation;
import dev.rudderiam.eval.Evaluator;
import dev.rudderiam.eval.Glob;
import dev.rudderiam.eval.Request;
import dev.rudderiam.eval.StatementRef;
import dev.rudderiam.policy.Action;
import dev.rudderiam.policy.AnyPrincipal;
import dev.rudderiam.policy.ConditionClause;
import dev.rudderiam.policy.Effect;
import dev.rudderiam.policy.PolicyDocument;
import dev.rudderiam.policy.Resource;
import dev.rudderiam.policy.Statement;
import dev.rudderiam.policy.StatementElement;
import dev.rudderiam.reference.ActionInfo;
import dev.rudderiam.reference.ResourceTypeInfo;
import dev.rudderiam.reference.ServiceInfo;
import dev.rudderiam.reference.ServiceReference;
import dev.rudderiam.role.RoleSpec;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
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
    private static final String ASSUME_ROLE = "sts:assumerole";
    private static final PolicyDocument CALLER_MAY_ASSUME = PolicyDocument.builder()
            .addStatement(Statement.builder().effect(Effect.ALLOW).addAction("sts:AssumeRole").addResource("*").build())
            .build();

    /** A statement with where it is and how its resources read. */
    private record Located(StatementRef ref, Statement statement, Glob.Syntax resourceSyntax) {
    }

    /** A resource pattern with exceptions, as granted by one side. */
    private record Pattern(String text, Glob glob, List<String> except, boolean conditional) {
    }

    private final Arn roleArn;
    private final PolicyDocument trust;
    private final List<PolicyDocument> identity;
    private final @Nullable PolicyDocument boundary;
    private final List<Located> identityStatements;
    private final List<Located> boundaryStatements;

    private RoleAnalyzer(Arn roleArn, PolicyDocument trust, List<PolicyDocument> identity,
            @Nullable PolicyDocument boundary) {
        this.roleArn = roleArn;
        this.trust = trust;
        this.identity = List.copyOf(identity);
        this.boundary = boundary;
        this.identityStatements = locate(StatementRef.Source.IDENTITY, this.identity);
        this.boundaryStatements = boundary == null ? List.of() : locate(StatementRef.Source.BOUNDARY, List.of(boundary));
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

    private static List<Located> locate(StatementRef.Source source, List<PolicyDocument> documents) {
        List<Located> out = new ArrayList<>();
        for (int p = 0; p < documents.size(); p++) {
            PolicyDocument document = documents.get(p);
            Glob.Syntax syntax = PolicyDocument.VERSION_2012_10_17.equals(document.version())
                    ? Glob.Syntax.PATTERN : Glob.Syntax.PATTERN_NO_VARIABLES;
            for (int s = 0; s < document.statements().size(); s++) {
                Statement statement = document.statements().get(s);
                out.add(new Located(new StatementRef(source, p, s, statement.sid(), statement.effect()), statement,
                        syntax));
            }
        }
        return out;
    }

    /** {@return the role's ARN} */
    public Arn roleArn() {
        return roleArn;
    }

    /** {@return the trust policy statements that decide {@code sts:AssumeRole}, in words} */
    public List<TrustRule> whoCanAssume() {
        List<TrustRule> out = new ArrayList<>();
        for (Located located : locate(StatementRef.Source.RESOURCE, List.of(trust))) {
            Statement s = located.statement();
            if (!actionApplies(s, ASSUME_ROLE)) {
                continue;
            }
            List<String> principals = new ArrayList<>();
            if (s.principal() != null) {
                principals.addAll(Describe.principals(s.principal()));
            } else if (s.notPrincipal() != null) {
                principals.add("everyone except " + String.join(", ", Describe.principals(s.notPrincipal())));
            }
            List<String> conditions = new ArrayList<>();
            for (ConditionClause clause : s.condition().clauses()) {
                conditions.add(Describe.condition(clause));
            }
            out.add(new TrustRule(located.ref(), s.effect(), principals, conditions));
        }
        return out;
    }

    /**
     * {@return whether {@code principal} may assume the role with {@code context}}: the trust policy's decision,
     * assuming the caller's own identity policies allow {@code sts:AssumeRole} (they live in the caller's account).
     */
    public Evaluation canAssume(String principal, Map<String, ContextValue> context) {
        Request.Builder request = Request.builder().principal(principal).action("sts:AssumeRole")
                .resource(roleArn.toString());
        context.forEach(request::context);
        return Evaluator.builder().identityPolicy(CALLER_MAY_ASSUME).trustPolicy(trust).build()
                .evaluate(request.build());
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
        Map<String, ServiceInfo> services = new TreeMap<>();
        for (Located located : identityStatements) {
            Statement s = located.statement();
            if (s.effect() != Effect.ALLOW) {
                continue;
            }
            if (s.has(StatementElement.NOT_ACTION)) {
                reference.services().forEach(service -> services.put(service.prefix(), service));
            }
            for (Action action : s.actions()) {
                Glob prefix = Glob.of(action.value().contains(":") ? action.service() : action.value(),
                        Glob.Syntax.ACTION);
                for (ServiceInfo service : reference.services()) {
                    if (prefix.matches(service.prefix())) {
                        services.put(service.prefix(), service);
                    }
                }
            }
        }
        List<ActionGrant> out = new ArrayList<>();
        for (ServiceInfo service : services.values()) {
            for (ActionInfo info : service.actions().values()) {
                String action = service.prefix() + ":" + info.name();
                List<Pattern> allowed = effective(action.toLowerCase(Locale.ROOT));
                List<ActionGrant.ResourceGrant> resources = new ArrayList<>();
                for (Pattern pattern : allowed) {
                    if (fitsResourceTypes(pattern, info, service)) {
                        resources.add(new ActionGrant.ResourceGrant(pattern.text(), pattern.except(),
                                pattern.conditional()));
                    }
                }
                if (!resources.isEmpty()) {
                    out.add(new ActionGrant(action, info.accessLevel(), resources));
                }
            }
        }
        return out;
    }

    /** Identity allows intersected with boundary allows, less unconditional denies, for one action. */
    private List<Pattern> effective(String action) {
        List<Pattern> granted = allows(identityStatements, action);
        if (boundary != null) {
            List<Pattern> limits = allows(boundaryStatements, action);
            List<Pattern> both = new ArrayList<>();
            for (Pattern p : granted) {
                for (Pattern q : limits) {
                    Pattern meet = intersect(p, q);
                    if (meet != null) {
                        both.add(meet);
                    }
                }
            }
            granted = both;
        }
        List<Located> denies = new ArrayList<>(identityStatements);
        denies.addAll(boundaryStatements);
        List<Pattern> out = new ArrayList<>();
        for (Pattern pattern : granted) {
            Pattern kept = pattern;
            for (Located deny : denies) {
                Statement s = deny.statement();
                if (kept == null || s.effect() != Effect.DENY || !s.condition().isEmpty() || !actionApplies(s, action)) {
                    continue;
                }
                kept = subtract(kept, s, deny.resourceSyntax());
            }
            if (kept != null) {
                out.add(kept);
            }
        }
        return out;
    }

    private static List<Pattern> allows(List<Located> statements, String action) {
        List<Pattern> out = new ArrayList<>();
        for (Located located : statements) {
            Statement s = located.statement();
            if (s.effect() != Effect.ALLOW || !actionApplies(s, action)) {
                continue;
            }
            boolean conditional = !s.condition().isEmpty();
            if (s.has(StatementElement.NOT_RESOURCE)) {
                List<String> except = new ArrayList<>();
                s.notResources().forEach(r -> except.add(r.value()));
                out.add(new Pattern("*", Glob.of("*", Glob.Syntax.PATTERN), except, conditional));
            } else if (!s.has(StatementElement.RESOURCE)) {
                out.add(new Pattern("*", Glob.of("*", Glob.Syntax.PATTERN), List.of(), conditional));
            } else {
                for (Resource resource : s.resources()) {
                    out.add(new Pattern(resource.value(), Glob.of(resource.value(), located.resourceSyntax()),
                            List.of(), conditional));
                }
            }
        }
        return out;
    }

    private static @Nullable Pattern intersect(Pattern p, Pattern q) {
        List<String> except = new ArrayList<>(new LinkedHashSet<>(concat(p.except(), q.except())));
        boolean conditional = p.conditional() || q.conditional();
        if (q.glob().covers(p.glob())) {
            return new Pattern(p.text(), p.glob(), except, conditional);
        }
        if (p.glob().covers(q.glob())) {
            return new Pattern(q.text(), q.glob(), except, conditional);
        }
        if (p.glob().overlaps(q.glob())) {
            return new Pattern(p.text() + " ∩ " + q.text(), p.glob(), except, conditional);
        }
        return null;
    }

    private static @Nullable Pattern subtract(Pattern pattern, Statement deny, Glob.Syntax syntax) {
        if (deny.has(StatementElement.NOT_RESOURCE)) {
            boolean spared = false;
            for (Resource r : deny.notResources()) {
                spared |= Glob.of(r.value(), syntax).overlaps(pattern.glob());
            }
            return spared ? new Pattern(pattern.text(), pattern.glob(), pattern.except(), true) : null;
        }
        if (!deny.has(StatementElement.RESOURCE)) {
            return null;
        }
        List<String> except = new ArrayList<>(pattern.except());
        for (Resource r : deny.resources()) {
            Glob denied = Glob.of(r.value(), syntax);
            if (denied.covers(pattern.glob())) {
                return null;
            }
            if (denied.overlaps(pattern.glob()) && !except.contains(r.value())) {
                except.add(r.value());
            }
        }
        return new Pattern(pattern.text(), pattern.glob(), except, pattern.conditional());
    }

    private static boolean fitsResourceTypes(Pattern pattern, ActionInfo info, ServiceInfo service) {
        if (info.resourceTypes().isEmpty()) {
            return pattern.glob().matchesAll();
        }
        for (ActionInfo.ResourceTypeUse use : info.resourceTypes()) {
            ResourceTypeInfo type = service.resourceTypes().get(use.resourceType());
            if (type == null) {
                return true;
            }
            String format = type.arnFormat().replaceAll("\\$\\{[^}]*}", "*");
            if (Glob.of(format, Glob.Syntax.PATTERN_NO_VARIABLES).overlaps(pattern.glob())) {
                return true;
            }
        }
        return false;
    }

    private static boolean actionApplies(Statement s, String lowerCaseAction) {
        boolean listed = false;
        List<Action> list = s.has(StatementElement.NOT_ACTION) ? s.notActions() : s.actions();
        for (Action action : list) {
            listed |= Glob.of(action.value(), Glob.Syntax.ACTION).matches(lowerCaseAction);
        }
        return s.has(StatementElement.NOT_ACTION) ? !listed : listed;
    }

    private static boolean actionOverlaps(Statement s, Glob action) {
        if (s.has(StatementElement.NOT_ACTION)) {
            for (Action excluded : s.notActions()) {
                if (Glob.of(excluded.value(), Glob.Syntax.ACTION).covers(action)) {
                    return false;
                }
            }
            return true;
        }
        for (Action listed : s.actions()) {
            if (Glob.of(listed.value(), Glob.Syntax.ACTION).overlaps(action)) {
                return true;
            }
        }
        return false;
    }

    private static boolean resourceOverlaps(Statement s, @Nullable Glob resource, Glob.Syntax syntax) {
        if (resource == null || !s.has(StatementElement.RESOURCE) && !s.has(StatementElement.NOT_RESOURCE)) {
            return true;
        }
        if (s.has(StatementElement.NOT_RESOURCE)) {
            for (Resource excluded : s.notResources()) {
                if (Glob.of(excluded.value(), syntax).covers(resource)) {
                    return false;
                }
            }
            return true;
        }
        for (Resource listed : s.resources()) {
            if (Glob.of(listed.value(), syntax).overlaps(resource)) {
                return true;
            }
        }
        return false;
    }

    /** An unconditional deny that covers the action and resource entirely. */
    private static boolean deniedOutright(List<Located> statements, Glob action, @Nullable Glob resource) {
        for (Located located : statements) {
            Statement s = located.statement();
            if (s.effect() != Effect.DENY || !s.condition().isEmpty()) {
                continue;
            }
            boolean actions = s.has(StatementElement.ACTION) && s.actions().stream()
                    .anyMatch(a -> Glob.of(a.value(), Glob.Syntax.ACTION).covers(action));
            boolean resources = !s.has(StatementElement.RESOURCE) && !s.has(StatementElement.NOT_RESOURCE)
                    || s.has(StatementElement.RESOURCE) && s.resources().stream().anyMatch(r -> r.value().equals("*")
                    || resource != null && Glob.of(r.value(), located.resourceSyntax()).covers(resource));
            if (actions && resources) {
                return true;
            }
        }
        return false;
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
        List<String> reasons = new ArrayList<>();
        List<@Nullable String> targets = resources.isEmpty() ? Collections.singletonList(null) : new ArrayList<>(resources);
        for (String actionText : actions) {
            Glob action = Glob.of(actionText, Glob.Syntax.ACTION);
            for (String resourceText : targets) {
                Glob resource = resourceText == null ? null : Glob.of(resourceText, Glob.Syntax.PATTERN);
                StatementRef grant = grantingStatement(identityStatements, action, resource);
                boolean boundaryAllows = boundary == null || grantingStatement(boundaryStatements, action, resource) != null;
                List<Located> all = new ArrayList<>(identityStatements);
                all.addAll(boundaryStatements);
                if (grant != null && boundaryAllows && !deniedOutright(all, action, resource)) {
                    reasons.add(grant + " allows " + actionText
                            + (resourceText == null ? "" : " on " + resourceText));
                }
            }
        }
        return AccessCheck.of(reasons);
    }

    private static @Nullable StatementRef grantingStatement(List<Located> statements, Glob action,
            @Nullable Glob resource) {
        for (Located located : statements) {
            Statement s = located.statement();
            if (s.effect() == Effect.ALLOW && actionOverlaps(s, action)
                    && resourceOverlaps(s, resource, located.resourceSyntax())) {
                return located.ref();
            }
        }
        return null;
    }

    /**
     * {@return PASS when {@code updated} grants no access that {@code old} does not}, proven statement by
     * statement: every allow of the new identity policies, boundary and trust policy is covered by an allow of
     * the old ones with the same principal and the same or no condition, and every deny of the old ones is kept
     * by a deny of the new ones that covers it with the same or no condition. What cannot be proven fails, as in
     * Access Analyzer.
     */
    public static AccessCheck checkNoNewAccess(RoleAnalyzer old, RoleAnalyzer updated) {
        List<String> reasons = new ArrayList<>();
        reasons.addAll(noNewAccess("identity", old.identityStatements, updated.identityStatements));
        if (updated.boundary != null || old.boundary != null) {
            if (updated.boundary == null) {
                reasons.add("the permissions boundary was removed");
            } else if (old.boundary != null) {
                reasons.addAll(noNewAccess("boundary", old.boundaryStatements, updated.boundaryStatements));
            }
        }
        reasons.addAll(noNewAccess("trust", locate(StatementRef.Source.RESOURCE, List.of(old.trust)),
                locate(StatementRef.Source.RESOURCE, List.of(updated.trust))));
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
        return AccessCheck.of(noNewAccess("policy", locate(StatementRef.Source.IDENTITY, List.of(old)),
                locate(StatementRef.Source.IDENTITY, List.of(updated))));
    }

    private static List<String> noNewAccess(String what, List<Located> old, List<Located> updated) {
        List<String> reasons = new ArrayList<>();
        for (Located located : updated) {
            if (located.statement().effect() == Effect.ALLOW && !coveredBy(located, old, Effect.ALLOW)) {
                reasons.add(what + ": " + located.ref() + " allows access no old statement covers");
            }
        }
        for (Located located : old) {
            if (located.statement().effect() == Effect.DENY && !coveredBy(located, updated, Effect.DENY)) {
                reasons.add(what + ": the old deny " + located.ref() + " is no longer fully in force");
            }
        }
        return reasons;
    }

    /** Whether {@code narrow} is covered by one statement of {@code candidates}, entry by entry. */
    private static boolean coveredBy(Located narrow, List<Located> candidates, Effect effect) {
        Statement n = narrow.statement();
        for (Located candidate : candidates) {
            Statement w = candidate.statement();
            // An allow (or deny) with no condition, or the same one, applies whenever the narrow one does.
            boolean conditionOk = w.condition().isEmpty() || w.condition().equals(n.condition());
            if (w.effect() != effect || !conditionOk || !Objects.equals(w.notPrincipal(), n.notPrincipal())
                    || !(Objects.equals(w.principal(), n.principal())
                    || w.principal() instanceof AnyPrincipal)) {
                continue;
            }
            if (covers(w, n, StatementElement.ACTION, StatementElement.NOT_ACTION, Glob.Syntax.ACTION)
                    && covers(w, n, StatementElement.RESOURCE, StatementElement.NOT_RESOURCE, candidate.resourceSyntax())) {
                return true;
            }
        }
        return false;
    }

    private static boolean covers(Statement wide, Statement narrow, StatementElement positive,
            StatementElement negative, Glob.Syntax syntax) {
        List<String> wideList = texts(wide, positive, negative);
        List<String> narrowList = texts(narrow, positive, negative);
        if (!wide.has(positive) && !wide.has(negative)) {
            return !narrow.has(positive) && !narrow.has(negative);
        }
        if (wide.has(negative)) {
            // Wide applies to all but its list: it covers a positive list avoiding it, or a NotX list that
            // excludes at least what it excludes.
            if (narrow.has(negative)) {
                Set<String> narrowExcluded = new LinkedHashSet<>(narrowList);
                return narrowExcluded.containsAll(wideList);
            }
            return false;
        }
        if (!narrow.has(positive)) {
            return false;
        }
        for (String entry : narrowList) {
            Glob glob = Glob.of(entry, syntax);
            boolean covered = false;
            for (String w : wideList) {
                covered |= Glob.of(w, syntax).covers(glob);
            }
            if (!covered) {
                return false;
            }
        }
        return true;
    }

    private static List<String> texts(Statement s, StatementElement positive, StatementElement negative) {
        List<String> out = new ArrayList<>();
        if (positive == StatementElement.ACTION) {
            (s.has(negative) ? s.notActions() : s.actions()).forEach(a -> out.add(a.value()));
        } else {
            (s.has(negative) ? s.notResources() : s.resources()).forEach(r -> out.add(r.value()));
        }
        return out;
    }

    private static <T> List<T> concat(List<T> a, List<T> b) {
        List<T> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }
}
