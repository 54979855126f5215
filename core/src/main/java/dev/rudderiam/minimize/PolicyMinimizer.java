package dev.rudderiam.minimize;

import dev.rudderiam.arn.AccountId;
import dev.rudderiam.arn.Arn;
import dev.rudderiam.pattern.Budget;
import dev.rudderiam.pattern.Glob;
import dev.rudderiam.pattern.PrefixIndex;
import dev.rudderiam.pattern.StatementPattern;
import dev.rudderiam.policy.Action;
import dev.rudderiam.policy.Condition;
import dev.rudderiam.policy.PolicyDocument;
import dev.rudderiam.policy.Principal;
import dev.rudderiam.policy.PrincipalSet;
import dev.rudderiam.policy.PrincipalType;
import dev.rudderiam.policy.Resource;
import dev.rudderiam.policy.Statement;
import dev.rudderiam.policy.StatementElement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Rewrites a policy document into fewer characters without changing the decision for any request.
 *
 * <p>The rewrites, applied until none applies, all keep every decision (a statement applies to the union of its
 * listed actions and resources; see <a href="https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_action.html">Action</a> and
 * <a href="https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_resource.html">Resource</a>):
 * <ol>
 *   <li>inside a statement, drop an action, resource, {@code NotAction} or {@code NotResource} entry that another
 *       entry of the same list covers ({@code s3:Get*} covers {@code s3:GetObject}; a list is a union, so the set
 *       is unchanged), duplicate condition values and duplicate principals;</li>
 *   <li>merge two statements without {@code Sid} that differ only in their {@code Action} lists (union the
 *       actions) or only in their {@code Resource} lists (union the resources). Statements with different
 *       effects, principals or conditions are never merged, nor {@code NotAction}/{@code NotResource} lists
 *       (their union is not the merged meaning);</li>
 *   <li>drop a statement without {@code Sid} whose every action and resource another statement with the same
 *       effect, principal and condition covers, and exact duplicates.</li>
 * </ol>
 * Statements with a {@code Sid} keep their identity (they are only tidied inside). Output is deterministic: the
 * first of equal entries and statements is kept, in the original order.
 *
 * <p><b>Bounded work.</b> No step compares all pairs. Entries are looked up by their literal prefix
 * ({@link PrefixIndex}): only a pattern whose text before its first wildcard is a prefix of another's can cover
 * it, and equal texts are found by hashing. The rewrites run for at most {@value #MAX_ROUNDS} rounds, and the
 * candidates visited and pattern comparisons of one call together may cost at most {@value #EFFORT} units (a
 * visit costs one, a comparison the product of the two patterns' lengths). Time is therefore O(n log n) in the
 * document's size n plus that fixed effort, whatever the input: the largest document the reader accepts
 * (1,048,576 characters) minimizes in well under a second. Once the effort is spent the minimizer keeps entries
 * and statements it has not proven redundant, so the result is still exact, only possibly less small; documents
 * IAM accepts (131,072 characters at most, the {@code PolicyDocument} limit of its API) are far from the limit in
 * practice.
 *
 * @see <a href="https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_iam-quotas.html">IAM and AWS STS quotas</a>
 */
public final class PolicyMinimizer {
    /** The most rounds of merging and dropping. */
    static final int MAX_ROUNDS = 8;
    /** The total cost of the candidates visited and pattern comparisons of one call, in products of lengths. */
    static final long EFFORT = 4_000_000L;

    private final boolean variables;
    private final Glob.Syntax resourceSyntax;
    private final Map<String, Glob> actionGlobs = new HashMap<>();
    private final Map<String, Glob> resourceGlobs = new HashMap<>();
    private long effort = EFFORT;
    /** The call's effort, as the kernel's cover tests spend it. */
    private final Budget budget = units -> (effort -= units) >= 0;

    private PolicyMinimizer(boolean variables) {
        this.variables = variables;
        this.resourceSyntax = StatementPattern.resourceSyntax(variables);
    }

    private Glob action(Action action) {
        return actionGlobs.computeIfAbsent(action.value(), v -> Glob.of(v, Glob.Syntax.ACTION));
    }

    private Glob resource(Resource resource) {
        return resourceGlobs.computeIfAbsent(resource.value(), v -> Glob.of(v, resourceSyntax));
    }

    /** {@return the smaller document, deciding every request as {@code document} does} */
    public static PolicyDocument minimize(PolicyDocument document) {
        Objects.requireNonNull(document, "document");
        PolicyMinimizer minimizer = new PolicyMinimizer(StatementPattern.variablesSupported(document));
        return document.toBuilder().statements(minimizer.run(document.statements())).build();
    }

    private List<Statement> run(List<Statement> original) {
        List<Statement> statements = new ArrayList<>();
        for (Statement statement : original) {
            statements.add(tidy(statement));
        }
        for (int round = 0; round < MAX_ROUNDS; round++) {
            int before = statements.size();
            statements = merge(statements, true);
            statements = merge(statements, false);
            statements = dropCovered(statements);
            if (statements.size() == before) {
                break;
            }
        }
        return statements;
    }

    private Statement tidy(Statement statement) {
        Statement.Builder b = statement.toBuilder();
        if (statement.has(StatementElement.ACTION)) {
            b.actions(reduce(statement.actions(), this::action));
        }
        if (statement.has(StatementElement.NOT_ACTION)) {
            b.notActions(reduce(statement.notActions(), this::action));
        }
        if (statement.has(StatementElement.RESOURCE)) {
            b.resources(reduce(statement.resources(), this::resource));
        }
        if (statement.has(StatementElement.NOT_RESOURCE)) {
            b.notResources(reduce(statement.notResources(), this::resource));
        }
        if (statement.has(StatementElement.CONDITION)) {
            b.condition(dedupe(statement.condition()));
        }
        if (statement.principal() != null) {
            b.principal(dedupe(statement.principal()));
        }
        if (statement.notPrincipal() != null) {
            b.notPrincipal(dedupe(statement.notPrincipal()));
        }
        return b.build();
    }

    /** {@return whether the call's effort allows visiting one more candidate}, paying for the visit */
    private boolean visit() {
        return budget.spend(1);
    }

    /** {@return whether {@code wide} covers {@code narrow}, false once the call's effort is spent} */
    private boolean covers(Glob wide, Glob narrow) {
        return budget.compare(wide, narrow) && wide.covers(narrow);
    }

    /**
     * Keeps the entries that no other entry covers; of entries that cover each other, the first. Equal literal
     * entries are found by hashing, covering patterns through a {@link PrefixIndex} of the entries with wildcards.
     */
    <T> List<T> reduce(List<T> entries, Function<T, Glob> pattern) {
        int n = entries.size();
        if (n < 2) {
            return entries;
        }
        Glob[] globs = new Glob[n];
        boolean[] dropped = new boolean[n];
        Map<String, Integer> literals = new HashMap<>();
        PrefixIndex patterns = PrefixIndex.create();
        for (int i = 0; i < n; i++) {
            globs[i] = pattern.apply(entries.get(i));
            if (globs[i].isLiteral()) {
                dropped[i] = literals.putIfAbsent(globs[i].literalPrefix(), i) != null;
            } else {
                patterns.add(globs[i].literalPrefix(), i);
            }
        }
        for (int i = 0; i < n; i++) {
            if (dropped[i]) {
                continue;
            }
            int self = i;
            Glob glob = globs[i];
            patterns.visitPrefixesOf(glob.literalPrefix(), j -> {
                if (!visit()) {
                    return false;
                }
                if (j != self && covers(globs[j], glob) && (j < self || !covers(glob, globs[j]))) {
                    dropped[self] = true;
                    return false;
                }
                return true;
            });
        }
        List<T> kept = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (!dropped[i]) {
                kept.add(entries.get(i));
            }
        }
        return kept;
    }

    private static Condition dedupe(Condition condition) {
        Condition.Builder b = Condition.builder();
        condition.operators().forEach((operator, keys) -> {
            b.operator(operator);
            keys.forEach((key, values) -> b.put(operator, key, new ArrayList<>(new LinkedHashSet<>(values))));
        });
        return b.build();
    }

    private static Principal dedupe(Principal principal) {
        if (!(principal instanceof PrincipalSet)) {
            return principal;
        }
        PrincipalSet.Builder b = PrincipalSet.builder();
        ((PrincipalSet) principal).byType().forEach((type, ids) -> {
            Map<String, String> byMeaning = new LinkedHashMap<>();
            for (String id : ids) {
                byMeaning.putIfAbsent(type.equals(PrincipalType.AWS) ? accountOf(id).orElse(id) : id, id);
            }
            b.group(type, new ArrayList<>(byMeaning.values()));
        });
        return b.build();
    }

    /**
     * A bare account id and its root ARN name the same principal
     * (<a href="https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_principal.html">Principal</a>).
     */
    private static Optional<String> accountOf(String id) {
        if (AccountId.isValid(id)) {
            return Optional.of(id);
        }
        return Arn.tryParse(id).filter(Arn::isAccountRoot).map(Arn::account);
    }

    /**
     * Merges Sid-less statements equal but for their Action list ({@code byActions}) or Resource list: statements
     * are grouped by everything else in one pass, and each group becomes one statement, at its first member's place.
     */
    private List<Statement> merge(List<Statement> statements, boolean byActions) {
        StatementElement varying = byActions ? StatementElement.ACTION : StatementElement.RESOURCE;
        Map<Object, List<Statement>> groups = new LinkedHashMap<>();
        List<Object> order = new ArrayList<>();
        for (Statement statement : statements) {
            if (statement.sid() != null || !statement.has(varying)) {
                order.add(statement);
                continue;
            }
            Object key = byActions ? List.of(shape(statement), setOf(statement.resources(), Resource::value))
                    : List.of(shape(statement), setOf(statement.actions(), a -> a.value().toLowerCase(Locale.ROOT)));
            List<Statement> group = groups.get(key);
            if (group == null) {
                group = new ArrayList<>(1);
                groups.put(key, group);
                order.add(group);
            }
            group.add(statement);
        }
        List<Statement> out = new ArrayList<>(order.size());
        for (Object item : order) {
            if (item instanceof Statement) {
                out.add((Statement) item);
                continue;
            }
            @SuppressWarnings("unchecked")
            List<Statement> group = (List<Statement>) item;
            Statement first = group.get(0);
            if (group.size() == 1) {
                out.add(first);
            } else if (byActions) {
                List<Action> actions = new ArrayList<>();
                group.forEach(s -> actions.addAll(s.actions()));
                out.add(first.toBuilder().actions(reduce(actions, this::action)).build());
            } else {
                List<Resource> resources = new ArrayList<>();
                group.forEach(s -> resources.addAll(s.resources()));
                out.add(first.toBuilder().resources(reduce(resources, this::resource)).build());
            }
        }
        return out;
    }

    /** What must be equal for two statements to merge, apart from the varying list. */
    private static List<Object> shape(Statement s) {
        Set<StatementElement> present = new LinkedHashSet<>();
        for (StatementElement element : StatementElement.values()) {
            if (s.has(element) && element != StatementElement.CONDITION) {
                present.add(element);
            }
        }
        return List.of(s.effect(), Optional.ofNullable(s.principal()), Optional.ofNullable(s.notPrincipal()),
                s.condition(), present, setOf(s.notActions(), a -> a.value().toLowerCase(Locale.ROOT)),
                setOf(s.notResources(), Resource::value));
    }

    private static <T> Set<String> setOf(List<T> entries, Function<T, String> text) {
        Set<String> out = new TreeSet<>();
        entries.forEach(e -> out.add(text.apply(e)));
        return out;
    }

    /**
     * Drops Sid-less statements that another statement covers entirely (same effect, principals and condition; its
     * actions and resources cover the other's): of two that cover each other, the later one goes, unless it has a
     * {@code Sid}. Candidates are found through the actions: a statement that covers another has an action that
     * covers the other's first action.
     */
    private List<Statement> dropCovered(List<Statement> statements) {
        int n = statements.size();
        StatementPattern[] patterns = new StatementPattern[n];
        Map<List<Object>, PrefixIndex> byHead = new HashMap<>();
        List<Object> heads = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            Statement s = statements.get(i);
            patterns[i] = StatementPattern.of(s, variables, this::action, this::resource);
            List<Object> head = List.of(s.effect(), Optional.ofNullable(s.principal()),
                    Optional.ofNullable(s.notPrincipal()), s.condition(), s.has(StatementElement.ACTION));
            heads.add(head);
            PrefixIndex index = byHead.computeIfAbsent(head, h -> PrefixIndex.create());
            if (s.has(StatementElement.ACTION)) {
                for (Action action : s.actions()) {
                    index.add(action(action).literalPrefix(), i);
                }
            } else {
                index.add("", i);
            }
        }
        boolean[] dropped = new boolean[n];
        for (int i = 0; i < n; i++) {
            Statement narrow = statements.get(i);
            if (narrow.sid() != null) {
                continue;
            }
            String probe = narrow.has(StatementElement.ACTION) && !narrow.actions().isEmpty()
                    ? action(narrow.actions().get(0)).literalPrefix() : "";
            int self = i;
            int[] last = {-1};
            Objects.requireNonNull(byHead.get(heads.get(i))).visitPrefixesOf(probe, j -> {
                if (!visit()) {
                    return false;
                }
                if (j == self || j == last[0]) {
                    return true;
                }
                last[0] = j;
                Statement wide = statements.get(j);
                if (patterns[j].covers(patterns[self], budget) && (j < self || wide.sid() != null
                        || !patterns[self].covers(patterns[j], budget))) {
                    dropped[self] = true;
                    return false;
                }
                return true;
            });
        }
        List<Statement> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            if (!dropped[i]) {
                out.add(statements.get(i));
            }
        }
        return out;
    }
}
