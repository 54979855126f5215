package dev.rudderiam.minimize;

import dev.rudderiam.policy.Action;
import dev.rudderiam.policy.PolicyDocument;
import dev.rudderiam.policy.PolicySize;
import dev.rudderiam.policy.Quotas;
import dev.rudderiam.policy.Resource;
import dev.rudderiam.policy.Statement;
import dev.rudderiam.policy.StatementElement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Fits a role's permission policies into IAM's size quotas: minimizes them together (a role's identity policies
 * are a union, so their statements may be pooled) and, for managed policies, packs the statements into as few
 * documents of at most 6,144 characters as it can, splitting a statement's {@code Action} or {@code Resource} list
 * when the statement alone is too large. Sizes count characters without white space, as IAM does. Documents of
 * different {@code Version}s are never pooled (policy variables mean something only in {@code 2012-10-17}).
 * Deterministic.
 *
 * @see <a href="https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_iam-quotas.html">IAM quotas: managed
 *     policy 6,144; inline policies per role 10,240 in total; managed policies attached per role</a>
 */
public final class QuotaFitter {
    /** Managed policies a role can attach by default (the quota can be raised to 20). */
    public static final int DEFAULT_ATTACHED_POLICIES = 10;

    private QuotaFitter() {
    }

    /**
     * {@return inline policies holding the same permissions, at most 10,240 characters in total}
     *
     * @throws QuotaException when even the minimized statements exceed the quota
     */
    public static List<PolicyDocument> inline(List<PolicyDocument> policies) {
        List<PolicyDocument> pooled = pooled(policies);
        int total = 0;
        for (PolicyDocument document : pooled) {
            total += PolicySize.of(document);
        }
        if (total > Quotas.DEFAULT.roleInlinePolicies()) {
            throw new QuotaException("inline policies need " + total + " characters after minimizing; a role's inline"
                    + " policies may hold at most " + Quotas.DEFAULT.roleInlinePolicies()
                    + " characters in total: use managed policies");
        }
        return pooled;
    }

    /**
     * {@return managed policies holding the same permissions, each at most 6,144 characters, at most
     * {@code maxPolicies} of them}
     *
     * @throws QuotaException when a single entry cannot fit one policy or more than {@code maxPolicies} are needed
     */
    public static List<PolicyDocument> managed(List<PolicyDocument> policies, int maxPolicies) {
        if (maxPolicies < 1) {
            throw new IllegalArgumentException("maxPolicies " + maxPolicies + " is invalid: at least 1");
        }
        List<PolicyDocument> out = new ArrayList<>();
        for (PolicyDocument document : pooled(policies)) {
            out.addAll(pack(document));
        }
        if (out.size() > maxPolicies) {
            throw new QuotaException("the permissions need " + out.size() + " managed policies of at most "
                    + Quotas.DEFAULT.managedPolicy() + " characters; a role may attach at most " + maxPolicies);
        }
        return out;
    }

    /** One minimized document per {@code Version}, in order of first appearance. */
    private static List<PolicyDocument> pooled(List<PolicyDocument> policies) {
        Objects.requireNonNull(policies, "policies");
        Map<String, PolicyDocument.Builder> byVersion = new LinkedHashMap<>();
        for (PolicyDocument policy : policies) {
            PolicyDocument.Builder b = byVersion.computeIfAbsent(String.valueOf(policy.version()),
                    v -> PolicyDocument.builder().version(policy.version()));
            policy.statements().forEach(b::addStatement);
        }
        List<PolicyDocument> out = new ArrayList<>();
        byVersion.values().forEach(b -> out.add(PolicyMinimizer.minimize(b.build())));
        return out;
    }

    /** First-fit decreasing over the statements; each bin keeps the statements' original order. */
    private static List<PolicyDocument> pack(PolicyDocument document) {
        List<Statement> items = new ArrayList<>();
        for (Statement statement : document.statements()) {
            items.addAll(splitToFit(document, statement));
        }
        // The canonical form writes statements as one array, so a document's size is additive: the empty
        // document, plus each statement, plus a comma between two.
        int empty = size(document, List.of());
        List<Integer> order = new ArrayList<>();
        int[] sizes = new int[items.size()];
        for (int i = 0; i < items.size(); i++) {
            order.add(i);
            sizes[i] = size(document, List.of(items.get(i))) - empty;
        }
        order.sort(Comparator.comparingInt((Integer i) -> -sizes[i]).thenComparingInt(i -> i));
        List<List<Integer>> bins = new ArrayList<>();
        List<Integer> binSizes = new ArrayList<>();
        for (int item : order) {
            boolean placed = false;
            for (int b = 0; b < bins.size() && !placed; b++) {
                int grown = binSizes.get(b) + 1 + sizes[item];
                if (grown <= Quotas.DEFAULT.managedPolicy()) {
                    bins.get(b).add(item);
                    binSizes.set(b, grown);
                    placed = true;
                }
            }
            if (!placed) {
                bins.add(new ArrayList<>(List.of(item)));
                binSizes.add(empty + sizes[item]);
            }
        }
        List<PolicyDocument> out = new ArrayList<>();
        for (List<Integer> bin : bins) {
            out.add(shell(document).statements(statements(items, bin)).build());
        }
        return out;
    }

    /** A builder with the document's Version and Id and no statements. */
    private static PolicyDocument.Builder shell(PolicyDocument document) {
        return PolicyDocument.builder().version(document.version()).id(document.id());
    }

    /** {@return the statements at {@code indexes}, in their original order} */
    private static List<Statement> statements(List<Statement> items, List<Integer> indexes) {
        List<Statement> out = new ArrayList<>();
        indexes.stream().sorted().forEach(i -> out.add(items.get(i)));
        return out;
    }

    private static int size(PolicyDocument document, List<Statement> statements) {
        return PolicySize.of(shell(document).statements(statements).build());
    }

    /** Halves the Action (else Resource) list of a statement too large for one managed policy. */
    private static List<Statement> splitToFit(PolicyDocument document, Statement statement) {
        int size = size(document, List.of(statement));
        if (size <= Quotas.DEFAULT.managedPolicy()) {
            return List.of(statement);
        }
        List<Statement> out = new ArrayList<>();
        if (statement.has(StatementElement.ACTION) && statement.actions().size() > 1) {
            List<Action> actions = statement.actions();
            int half = actions.size() / 2;
            out.addAll(splitToFit(document, statement.toBuilder().actions(actions.subList(0, half)).build()));
            out.addAll(splitToFit(document, statement.toBuilder().actions(actions.subList(half, actions.size())).build()));
            return out;
        }
        if (statement.has(StatementElement.RESOURCE) && statement.resources().size() > 1) {
            List<Resource> resources = statement.resources();
            int half = resources.size() / 2;
            out.addAll(splitToFit(document, statement.toBuilder().resources(resources.subList(0, half)).build()));
            out.addAll(splitToFit(document,
                    statement.toBuilder().resources(resources.subList(half, resources.size())).build()));
            return out;
        }
        throw new QuotaException("a statement" + (statement.sid() == null ? "" : " (Sid " + statement.sid() + ")")
                + " needs " + size + " characters on its own; a managed policy may hold at most "
                + Quotas.DEFAULT.managedPolicy() + " and the statement has no list left to split");
    }
}
