package dev.rudderiam.minimize;

import dev.rudderiam.arn.AccountId;
import dev.rudderiam.arn.Arn;
import dev.rudderiam.eval.Glob;
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
 * listed actions and resources; see reference_policies_elements_action.html and ..._resource.html):
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
 */
public final class PolicyMinimizer {
    private final Glob.Syntax resourceSyntax;
    private final Map<String, Glob> actionGlobs = new HashMap<>();
    private final Map<String, Glob> resourceGlobs = new HashMap<>();

    private PolicyMinimizer(Glob.Syntax resourceSyntax) {
        this.resourceSyntax = resourceSyntax;
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
        boolean variables = PolicyDocument.VERSION_2012_10_17.equals(document.version());
        PolicyMinimizer minimizer =
                new PolicyMinimizer(variables ? Glob.Syntax.PATTERN : Glob.Syntax.PATTERN_NO_VARIABLES);
        return document.toBuilder().statements(minimizer.run(document.statements())).build();
    }

    private List<Statement> run(List<Statement> original) {
        List<Statement> statements = new ArrayList<>();
        for (Statement statement : original) {
            statements.add(tidy(statement));
        }
        boolean changed = true;
        while (changed) {
            int before = statements.size();
            statements = merge(statements, true);
            statements = merge(statements, false);
            statements = dropCovered(statements);
            changed = statements.size() != before;
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

    /** Keeps the entries no earlier kept entry covers, then drops those a later entry covers. */
    static <T> List<T> reduce(List<T> entries, Function<T, Glob> pattern) {
        List<T> kept = new ArrayList<>();
        List<Glob> globs = new ArrayList<>();
        for (T entry : entries) {
            Glob glob = pattern.apply(entry);
            boolean covered = false;
            for (Glob other : globs) {
                covered |= other.covers(glob);
            }
            if (!covered) {
                for (int i = globs.size() - 1; i >= 0; i--) {
                    if (glob.covers(globs.get(i))) {
                        globs.remove(i);
                        kept.remove(i);
                    }
                }
                kept.add(entry);
                globs.add(glob);
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

    /** A bare account id and its root ARN name the same principal (reference_policies_elements_principal.html). */
    private static Optional<String> accountOf(String id) {
        if (AccountId.isValid(id)) {
            return Optional.of(id);
        }
        return Arn.tryParse(id).filter(Arn::isAccountRoot).map(Arn::account);
    }

    /** Merges Sid-less statements equal but for their Action list ({@code byActions}) or Resource list. */
    private List<Statement> merge(List<Statement> statements, boolean byActions) {
        StatementElement varying = byActions ? StatementElement.ACTION : StatementElement.RESOURCE;
        Map<Object, Integer> slot = new LinkedHashMap<>();
        List<Statement> out = new ArrayList<>();
        for (Statement statement : statements) {
            if (statement.sid() != null || !statement.has(varying)) {
                out.add(statement);
                continue;
            }
            Object key = byActions ? List.of(shape(statement), setOf(statement.resources(), Resource::value))
                    : List.of(shape(statement), setOf(statement.actions(), a -> a.value().toLowerCase(Locale.ROOT)));
            Integer at = slot.get(key);
            if (at == null) {
                slot.put(key, out.size());
                out.add(statement);
                continue;
            }
            Statement first = out.get(at);
            Statement.Builder merged = first.toBuilder();
            if (byActions) {
                List<Action> actions = new ArrayList<>(first.actions());
                actions.addAll(statement.actions());
                merged.actions(reduce(actions, this::action));
            } else {
                List<Resource> resources = new ArrayList<>(first.resources());
                resources.addAll(statement.resources());
                merged.resources(reduce(resources, this::resource));
            }
            out.set(at, merged.build());
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

    /** Drops Sid-less statements that another statement of the same shape covers entirely. */
    private List<Statement> dropCovered(List<Statement> statements) {
        List<Statement> out = new ArrayList<>(statements);
        for (int i = out.size() - 1; i >= 0; i--) {
            Statement candidate = out.get(i);
            if (candidate.sid() != null) {
                continue;
            }
            for (int j = 0; j < out.size(); j++) {
                if (j != i && covers(out.get(j), candidate)) {
                    out.remove(i);
                    break;
                }
            }
        }
        return out;
    }

    private boolean covers(Statement wide, Statement narrow) {
        if (wide.effect() != narrow.effect() || !Objects.equals(wide.principal(), narrow.principal())
                || !Objects.equals(wide.notPrincipal(), narrow.notPrincipal())
                || !wide.condition().equals(narrow.condition())) {
            return false;
        }
        boolean actions = wide.has(StatementElement.ACTION) && narrow.has(StatementElement.ACTION)
                && allCovered(wide.actions(), narrow.actions(), this::action)
                || wide.has(StatementElement.NOT_ACTION) && narrow.has(StatementElement.NOT_ACTION)
                && setOf(wide.notActions(), Action::value).equals(setOf(narrow.notActions(), Action::value));
        if (!actions) {
            return false;
        }
        boolean noResources = !wide.has(StatementElement.RESOURCE) && !wide.has(StatementElement.NOT_RESOURCE);
        if (noResources) {
            return !narrow.has(StatementElement.RESOURCE) && !narrow.has(StatementElement.NOT_RESOURCE);
        }
        return wide.has(StatementElement.RESOURCE) && narrow.has(StatementElement.RESOURCE)
                && allCovered(wide.resources(), narrow.resources(), this::resource)
                || wide.has(StatementElement.NOT_RESOURCE) && narrow.has(StatementElement.NOT_RESOURCE)
                && setOf(wide.notResources(), Resource::value).equals(setOf(narrow.notResources(), Resource::value));
    }

    private static <T> boolean allCovered(List<T> wide, List<T> narrow, Function<T, Glob> pattern) {
        for (T entry : narrow) {
            Glob glob = pattern.apply(entry);
            boolean covered = false;
            for (T w : wide) {
                if (pattern.apply(w).covers(glob)) {
                    covered = true;
                    break;
                }
            }
            if (!covered) {
                return false;
            }
        }
        return true;
    }

}
