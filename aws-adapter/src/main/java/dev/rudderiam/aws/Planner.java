package dev.rudderiam.aws;

import dev.rudderiam.analysis.RoleAnalyzer;
import dev.rudderiam.arn.Arn;
import dev.rudderiam.policy.Effect;
import dev.rudderiam.policy.PolicyDocument;
import dev.rudderiam.policy.Statement;
import dev.rudderiam.role.PolicyName;
import dev.rudderiam.role.RoleDescription;
import dev.rudderiam.role.RoleSpec;
import dev.rudderiam.role.Tag;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Compares a spec with a role's state the way IAM treats them (documents semantically, since IAM reorders and
 * reshapes what it stores; tag keys ignoring case; inline policy names and managed policy ARNs exactly), and orders
 * the writes so that no state the role passes through, and no state a failure leaves, gives access that neither the
 * role before nor the role after gives.
 *
 * <h2>Order of writes</h2>
 * A role's access is: who may assume it (the trust policy) × what its permissions allow (inline and managed
 * policies, within the boundary, minus what any of them denies). Each permission "piece" (an inline policy by name,
 * a managed policy by ARN, the boundary) goes from its state before {@code p0} to its state after {@code p1}
 * through a middle state {@code m} that allows no more than both and denies at least what both deny:
 * <ol>
 *   <li><b>narrowing</b>: every piece goes from {@code p0} to {@code m}. Each such write only removes access, so
 *       every state is within the role before;</li>
 *   <li><b>trust</b>: {@code UpdateAssumeRolePolicy}. With the permissions at {@code m}, within both before and
 *       after, new parties come in only to what the new spec grants;</li>
 *   <li>attributes and tags ({@code UpdateRole}, {@code UntagRole}, {@code TagRole});</li>
 *   <li><b>widening</b>: every piece goes from {@code m} to {@code p1}. Each write only adds access, up to the role
 *       after.</li>
 * </ol>
 * A piece whose new form is provably narrower ({@link RoleAnalyzer#checkNoNewAccess(PolicyDocument,
 * PolicyDocument)}) has {@code m = p1} and is written in step 1; one provably wider has {@code m = p0} and is written
 * in step 4; an inline policy that is neither is written twice: first with only the {@code Deny} statements of both
 * forms (or deleted when there are none), at the end in its new form. A boundary added narrows, a boundary removed
 * widens. Within each step removals come before additions, so the role stays within its quotas (inline total,
 * attachment count).
 *
 * <p>A managed policy or a boundary that cannot be split (a managed policy that both allows and denies, boundaries
 * that are neither narrower nor wider, a document that could not be read) is written under a <b>fence</b>: first an
 * inline policy {@code rudder-iam-apply-fence} that denies everything, then every change, then the fence is
 * deleted. While it is there the role allows nothing (an explicit deny wins), so no order can open anything.
 *
 * <p>A plan with a single change to access needs no order (each state is the role before or after), nor does one
 * that keeps the trust policy and the boundary and changes only policies without {@code Deny} statements (what a
 * state allows, a policy of the role before or after allows, and no deny is taken away); neither reads a managed
 * policy document. Tags are not evaluated: a policy elsewhere that grants on role tags ({@code aws:PrincipalTag})
 * is outside what the adapter can see.
 *
 * @see <a href="https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic.html">Policy
 *     evaluation logic</a>
 * @see <a href="https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic_policy-eval-denyallow.html">An
 *     explicit deny overrides any allow</a>
 * @see <a href="https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies_boundaries.html">Permissions
 *     boundaries</a>
 */
final class Planner {
    /** The inline policy that fences a role while pieces that cannot be ordered change. */
    static final PolicyName FENCE_NAME = PolicyName.of("rudder-iam-apply-fence");
    /** Denies every action on every resource: an explicit deny wins over every allow. */
    static final PolicyDocument FENCE = PolicyDocument.builder()
            .addStatement(Statement.builder().sid("RudderIamApplyInProgress").effect(Effect.DENY).addAction("*")
                    .addResource("*").build())
            .build();
    private static final PolicyDocument NONE = PolicyDocument.builder().build();
    /** Tags AWS itself puts on roles (CloudFormation, for one); callers can neither set nor remove them. */
    private static final String RESERVED_TAG_PREFIX = "aws:";

    /** Where a write goes in the order. */
    private enum Step { NARROW, WIDEN }

    private final Function<Arn, Optional<PolicyDocument>> documents;
    private final Map<Arn, PolicyDocument> documentsUsed = new LinkedHashMap<>();
    private final List<Change> narrow = new ArrayList<>();
    private final List<Change> widen = new ArrayList<>();
    private final List<Change> changes = new ArrayList<>();
    private final List<String> errors = new ArrayList<>();
    private boolean fenced;

    private Planner(Function<Arn, Optional<PolicyDocument>> documents) {
        this.documents = documents;
    }

    /**
     * Plans the way from {@code current} (null: no role) to {@code spec}.
     *
     * @param documents the default-version document of a managed policy by ARN, empty when it cannot be read; asked
     *     only when the order depends on it
     */
    static Planner compare(RoleSpec spec, @Nullable RoleState current,
            Function<Arn, Optional<PolicyDocument>> documents) {
        Planner planner = new Planner(documents);
        if (spec.inlinePolicies().containsKey(FENCE_NAME)) {
            planner.errors.add("inline policy name '" + FENCE_NAME + "' is reserved: the adapter puts it on a role"
                    + " while it changes what cannot otherwise be ordered safely; choose another name");
        } else if (current == null) {
            planner.create(spec);
        } else {
            planner.checkImmutable(spec, current);
            if (planner.errors.isEmpty()) {
                planner.update(spec, current);
            }
        }
        return planner;
    }

    List<Change> changes() {
        return List.copyOf(changes);
    }

    List<String> errors() {
        return List.copyOf(errors);
    }

    /** {@return the managed policy documents the order was decided on, by ARN} */
    Map<Arn, PolicyDocument> documentsUsed() {
        return Map.copyOf(documentsUsed);
    }

    /** CreateRole gives a role with no permission policy, so it allows nothing; the pieces are all additions. */
    private void create(RoleSpec spec) {
        changes.add(new Change.CreateRole(spec));
        order(Pieces.of(spec, Map.of(), List.of(), spec.permissionsBoundary()), null, List.of());
    }

    /**
     * Path and name can never change: planning around them would mean deleting the role, which this adapter never
     * does on its own.
     *
     * @see <a href="https://docs.aws.amazon.com/IAM/latest/APIReference/API_UpdateRole.html">UpdateRole: no name or
     *     path</a>
     */
    private void checkImmutable(RoleSpec spec, RoleState current) {
        if (!current.name().value().equals(spec.name().value())) {
            errors.add("role name '" + spec.name() + "' is taken by the existing role '" + current.name()
                    + "': IAM role names are unique ignoring case and cannot be renamed; choose another name or use '"
                    + current.name() + "'");
        }
        if (!current.path().equals(spec.path())) {
            errors.add("role '" + current.name() + "' has path '" + current.path() + "' and the spec asks for '"
                    + spec.path() + "': IAM cannot change a role's path; delete the role and apply again, or use path '"
                    + current.path() + "'");
        }
    }

    private void update(RoleSpec spec, RoleState current) {
        Change trust = spec.trustPolicy().semanticallyEquals(current.trustPolicy()) ? null
                : new Change.UpdateTrustPolicy(spec.trustPolicy());
        order(Pieces.of(spec, current.inlinePolicies(), current.managedPolicyArns(), current.permissionsBoundary()),
                trust, attributes(spec, current));
    }

    /** Orders the writes of {@code pieces}, the trust policy (null: unchanged) and the attributes. */
    private void order(Pieces pieces, @Nullable Change trust, List<Change> attributes) {
        boolean ordered = pieces.count() + (trust == null ? 0 : 1) > 1
                && (trust != null || pieces.boundaryChanges() || !pieces.allowOnly(this::document));
        if (!ordered) {
            // One change to access: every state is the role before or the role after. Or the trust and the
            // boundary stay and no policy that changes denies anything: what a state allows, some policy of the
            // role before or after allows, and nothing that changes takes a deny away.
            changes.addAll(quotaOrder(pieces.direct(true)));
            addIfPresent(trust);
            changes.addAll(attributes);
            return;
        }
        pieces.names().forEach(name -> inlinePiece(name, pieces.before().get(name), pieces.after().get(name)));
        pieces.detach().forEach(arn -> managedPiece(arn, true));
        pieces.attach().forEach(arn -> managedPiece(arn, false));
        if (pieces.boundaryChanges()) {
            boundaryPiece(pieces.boundaryBefore(), pieces.boundaryAfter());
        }
        if (fenced) {
            if (!pieces.before().containsKey(FENCE_NAME)) {
                changes.add(new Change.PutInlinePolicy(FENCE_NAME, FENCE));
            }
            changes.addAll(quotaOrder(pieces.direct(false)));
            addIfPresent(trust);
            changes.addAll(attributes);
            changes.add(new Change.DeleteInlinePolicy(FENCE_NAME));
        } else {
            changes.addAll(quotaOrder(narrow));
            addIfPresent(trust);
            changes.addAll(attributes);
            changes.addAll(quotaOrder(widen));
        }
    }

    private void addIfPresent(@Nullable Change change) {
        if (change != null) {
            changes.add(change);
        }
    }

    /**
     * The permission pieces that change: inline policies by name (null document: not there), managed policies
     * detached and attached, the boundary before and after.
     */
    private record Pieces(Set<PolicyName> names, Map<PolicyName, PolicyDocument> before,
            Map<PolicyName, PolicyDocument> after, List<Arn> detach, List<Arn> attach, @Nullable Arn boundaryBefore,
            @Nullable Arn boundaryAfter) {

        static Pieces of(RoleSpec spec, Map<PolicyName, PolicyDocument> before, List<Arn> attached,
                @Nullable Arn boundaryBefore) {
            Map<PolicyName, PolicyDocument> after = spec.inlinePolicies();
            Set<PolicyName> names = new LinkedHashSet<>(before.keySet());
            names.addAll(after.keySet());
            names.removeIf(name -> before.containsKey(name) && after.containsKey(name)
                    && before.get(name).semanticallyEquals(after.get(name)));
            return new Pieces(names, before, after,
                    attached.stream().filter(arn -> !spec.managedPolicyArns().contains(arn))
                            .collect(Collectors.toList()),
                    spec.managedPolicyArns().stream().filter(arn -> !attached.contains(arn))
                            .collect(Collectors.toList()),
                    boundaryBefore, spec.permissionsBoundary());
        }

        boolean boundaryChanges() {
            return !Objects.equals(boundaryBefore, boundaryAfter);
        }

        int count() {
            return names.size() + detach.size() + attach.size() + (boundaryChanges() ? 1 : 0);
        }

        /** {@return whether no piece that changes, before or after, has a Deny statement (unknown: it may)} */
        boolean allowOnly(Function<Arn, Optional<PolicyDocument>> documents) {
            return names.stream().allMatch(name -> allowsOnly(before.get(name)) && allowsOnly(after.get(name)))
                    && detach.stream().allMatch(arn -> documents.apply(arn).map(Planner::allowsOnly).orElse(false))
                    && attach.stream().allMatch(arn -> documents.apply(arn).map(Planner::allowsOnly).orElse(false));
        }

        /** {@return each piece written straight to its new form; the fence's removal only when asked} */
        List<Change> direct(boolean withFence) {
            List<Change> out = new ArrayList<>();
            names.stream().filter(name -> withFence || !name.equals(FENCE_NAME))
                    .forEach(name -> out.add(write(name, after.get(name))));
            detach.forEach(arn -> out.add(new Change.DetachManagedPolicy(arn)));
            attach.forEach(arn -> out.add(new Change.AttachManagedPolicy(arn)));
            if (boundaryChanges()) {
                out.add(boundaryAfter == null ? new Change.DeleteBoundary(Objects.requireNonNull(boundaryBefore))
                        : new Change.PutBoundary(boundaryAfter));
            }
            return out;
        }
    }

    /** An inline policy from {@code was} to {@code will} (null: not there). */
    private void inlinePiece(PolicyName name, @Nullable PolicyDocument was, @Nullable PolicyDocument will) {
        PolicyDocument before = was == null ? NONE : was;
        PolicyDocument after = will == null ? NONE : will;
        if (narrows(before, after)) {
            narrow.add(write(name, will));
        } else if (narrows(after, before)) {
            widen.add(write(name, will));
        } else {
            PolicyDocument middle = denies(before, after);
            if (!middle.semanticallyEquals(before)) {
                narrow.add(write(name, middle.statements().isEmpty() ? null : middle));
            }
            if (!middle.semanticallyEquals(after)) {
                widen.add(write(name, will));
            }
        }
    }

    /** A managed policy attached ({@code detach} false) or detached; fenced when it both allows and denies. */
    private void managedPiece(Arn arn, boolean detach) {
        Optional<PolicyDocument> document = document(arn);
        if (document.isEmpty()) {
            fenced = true;
            return;
        }
        Change change = detach ? new Change.DetachManagedPolicy(arn) : new Change.AttachManagedPolicy(arn);
        PolicyDocument before = detach ? document.get() : NONE;
        PolicyDocument after = detach ? NONE : document.get();
        Optional<Step> step = step(before, after);
        if (step.isEmpty()) {
            fenced = true;
        } else {
            (step.get() == Step.NARROW ? narrow : widen).add(change);
        }
    }

    /** No boundary allows everything: adding one narrows, removing one widens, replacing one depends on both. */
    private void boundaryPiece(@Nullable Arn was, @Nullable Arn will) {
        if (will == null) {
            widen.add(new Change.DeleteBoundary(Objects.requireNonNull(was)));
            return;
        }
        Change change = new Change.PutBoundary(will);
        if (was == null) {
            narrow.add(change);
            return;
        }
        Optional<PolicyDocument> before = document(was);
        Optional<PolicyDocument> after = document(will);
        Optional<Step> step = before.isPresent() && after.isPresent() ? step(before.get(), after.get())
                : Optional.empty();
        if (step.isEmpty()) {
            fenced = true;
        } else {
            (step.get() == Step.NARROW ? narrow : widen).add(change);
        }
    }

    private static Optional<Step> step(PolicyDocument before, PolicyDocument after) {
        if (narrows(before, after)) {
            return Optional.of(Step.NARROW);
        }
        return narrows(after, before) ? Optional.of(Step.WIDEN) : Optional.empty();
    }

    private Optional<PolicyDocument> document(Arn arn) {
        PolicyDocument known = documentsUsed.get(arn);
        if (known != null) {
            return Optional.of(known);
        }
        Optional<PolicyDocument> found = documents.apply(arn);
        found.ifPresent(document -> documentsUsed.put(arn, document));
        return found;
    }

    private static boolean allowsOnly(@Nullable PolicyDocument document) {
        return document == null || document.statements().stream().allMatch(s -> s.effect() == Effect.ALLOW);
    }

    /** {@return whether {@code after} provably grants nothing {@code before} does not} */
    private static boolean narrows(PolicyDocument before, PolicyDocument after) {
        return RoleAnalyzer.checkNoNewAccess(before, after).passed();
    }

    /** {@return the Deny statements of both documents, once each: allows nothing, denies what either denies} */
    private static PolicyDocument denies(PolicyDocument one, PolicyDocument other) {
        List<Statement> statements = new ArrayList<>();
        for (PolicyDocument document : List.of(one, other)) {
            for (Statement statement : document.statements()) {
                if (statement.effect() == Effect.DENY && !statements.contains(statement)) {
                    statements.add(statement);
                }
            }
        }
        return PolicyDocument.builder().statements(statements).build();
    }

    private List<Change> attributes(RoleSpec spec, RoleState current) {
        List<Change> out = new ArrayList<>();
        RoleDescription description = spec.description();
        String wantedDescription = description == null || description.value().isEmpty() ? null : description.value();
        String currentDescription = current.description() == null ? null : current.description().value();
        if (!Objects.equals(wantedDescription, currentDescription)
                || spec.maxSessionDuration().seconds() != current.maxSessionDuration().seconds()) {
            out.add(new Change.UpdateRole(description, spec.maxSessionDuration()));
        }
        tags(spec.tags(), current, out);
        return out;
    }

    /**
     * Role tag keys compare ignoring case and TagRole keeps the stored case of a key, so a key whose case alone
     * differs is no change.
     *
     * @see <a href="https://docs.aws.amazon.com/IAM/latest/UserGuide/id_tags.html">Tagging IAM resources: keys are
     *     case-insensitive</a>
     */
    private static void tags(List<Tag> wanted, RoleState current, List<Change> out) {
        Set<String> wantedKeys = wanted.stream().map(tag -> tag.key().toLowerCase(Locale.ROOT))
                .collect(Collectors.toSet());
        List<String> untag = current.tags().keySet().stream()
                .filter(key -> !key.toLowerCase(Locale.ROOT).startsWith(RESERVED_TAG_PREFIX))
                .filter(key -> !wantedKeys.contains(key.toLowerCase(Locale.ROOT)))
                .collect(Collectors.toList());
        if (!untag.isEmpty()) {
            out.add(new Change.UntagRole(untag));
        }
        List<Tag> tag = wanted.stream()
                .filter(wantedTag -> !current.tag(wantedTag.key()).map(wantedTag.value()::equals).orElse(false))
                .collect(Collectors.toList());
        if (!tag.isEmpty()) {
            out.add(new Change.TagRole(tag));
        }
    }

    /** Within one step: deletes before puts, detaches before attaches, so the role stays within its quotas. */
    private static List<Change> quotaOrder(List<Change> step) {
        List<Change> ordered = new ArrayList<>(step);
        ordered.sort(Planner::quotaRank);
        return ordered;
    }

    private static int quotaRank(Change one, Change other) {
        return Integer.compare(rank(one), rank(other));
    }

    private static int rank(Change change) {
        switch (change.kind()) {
            case DELETE_INLINE_POLICY:
                return 0;
            case PUT_INLINE_POLICY:
                return 1;
            case DETACH_MANAGED_POLICY:
                return 2;
            case ATTACH_MANAGED_POLICY:
                return 3;
            default:
                return 4;
        }
    }

    private static Change write(PolicyName name, @Nullable PolicyDocument document) {
        return document == null ? new Change.DeleteInlinePolicy(name) : new Change.PutInlinePolicy(name, document);
    }
}
