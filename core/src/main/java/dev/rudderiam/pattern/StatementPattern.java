package dev.rudderiam.pattern;

import dev.rudderiam.policy.Action;
import dev.rudderiam.policy.AnyPrincipal;
import dev.rudderiam.policy.ConditionClause;
import dev.rudderiam.policy.ConditionValue;
import dev.rudderiam.policy.Effect;
import dev.rudderiam.policy.PolicyDocument;
import dev.rudderiam.policy.Principal;
import dev.rudderiam.policy.Resource;
import dev.rudderiam.policy.Statement;
import dev.rudderiam.policy.StatementElement;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * A statement's patterns compiled once: its {@code Action} or {@code NotAction} list, its {@code Resource} or
 * {@code NotResource} list, its principals and its condition clauses. It answers the three questions every part of
 * the library asks of a statement: does it <em>apply</em> to an action and resource (the evaluator), may it
 * <em>overlap</em> a pattern of actions and resources (the access checks), and does it <em>cover</em> another
 * statement (the minimizer, the access checks, the catalog's merger).
 *
 * <p><b>What applies means</b>, from AWS's
 * <a href="https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic.html">policy
 * evaluation logic</a>: a statement applies to a request when its action element, its resource element, its
 * principal (resource policies) and every condition clause match (clauses are ANDed:
 * <a href="https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition_logic_multiple_context_keys_or_values.html">multiple
 * context keys</a>). {@code NotAction}/{@code NotResource} match what their list does not
 * (<a href="https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_notaction.html">NotAction</a>,
 * <a href="https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_notresource.html">NotResource</a>).
 * A statement with neither {@code Resource} nor {@code NotResource} (a trust policy's) applies to the resource the
 * policy is attached to; one with neither {@code Action} nor {@code NotAction} applies to nothing. Policy variables
 * are expanded only in version {@code 2012-10-17}
 * (<a href="https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_variables.html">policy variables</a>:
 * in {@code 2008-10-17} {@code ${...}} is literal text), so a pattern is compiled with its document's version.
 *
 * <p><b>What covers means</b>: statement A covers B when A applies to every request B applies to, so that B can be
 * dropped beside A (same effect) or B adds nothing A did not grant. It is decided soundly, list by list; a
 * {@code false} may miss a cover, a {@code true} is always right:
 * <ul>
 *   <li>actions: every entry of B's {@code Action} is covered by an entry of A's {@code Action}; or A has
 *       {@code NotAction} and no entry of B's {@code Action} overlaps an entry of it; or both have
 *       {@code NotAction} and every entry A excludes is covered by one B excludes (A excludes a subset of what B
 *       excludes: the subset relation the other way round);</li>
 *   <li>resources: the same, and a statement without either element is covered only by one without either;</li>
 *   <li>principals: the same {@code NotPrincipal} (or none) and the same {@code Principal}, or A's is
 *       {@code "*"};</li>
 *   <li>conditions: A has none, or each of A's clauses is one of B's (B must pass all of its clauses, so it passes
 *       A's). A clause compares equal only as written, and a clause with a policy variable only between documents
 *       of the same version. AWS does not describe implication between different clauses, so none is assumed:
 *       this is the safe reading.</li>
 * </ul>
 * The effect is not part of covering; callers compare it.
 *
 * <p>Immutable once built, except for the index of each list that {@code covers} builds on first use (an
 * idempotent cache). Cheap to build: the lists are compiled, not indexed, until a cover is asked.
 */
public final class StatementPattern {
    private static final Glob ANY = Glob.of("*", Glob.Syntax.PATTERN_NO_VARIABLES);
    private final Effect effect;
    private final @Nullable Principal principal;
    private final @Nullable Principal notPrincipal;
    private final List<ConditionClause> conditions;
    private final boolean variables;
    private final Glob[] actions;
    private final boolean notAction;
    private final boolean hasAction;
    private final Glob[] resources;
    private final boolean notResource;
    private final boolean anyResource;
    private @Nullable PatternList actionIndex;
    private @Nullable PatternList resourceIndex;

    private StatementPattern(Statement statement, boolean variables, Function<Action, Glob> action,
            Function<Resource, Glob> resource) {
        this.effect = statement.effect();
        this.principal = statement.principal();
        this.notPrincipal = statement.notPrincipal();
        this.conditions = statement.condition().clauses();
        this.variables = variables;
        this.notAction = statement.has(StatementElement.NOT_ACTION);
        this.hasAction = notAction || statement.has(StatementElement.ACTION);
        List<Action> actionList = notAction ? statement.notActions() : statement.actions();
        this.actions = new Glob[actionList.size()];
        for (int i = 0; i < actions.length; i++) {
            actions[i] = action.apply(actionList.get(i));
        }
        this.notResource = statement.has(StatementElement.NOT_RESOURCE);
        this.anyResource = !notResource && !statement.has(StatementElement.RESOURCE);
        List<Resource> resourceList = notResource ? statement.notResources() : statement.resources();
        this.resources = new Glob[resourceList.size()];
        for (int i = 0; i < resources.length; i++) {
            resources[i] = resource.apply(resourceList.get(i));
        }
    }

    /**
     * {@return {@code statement} compiled}
     *
     * @param variables whether policy variables are expanded: true exactly in documents of version
     *     {@code 2012-10-17} ({@link #variablesSupported})
     */
    public static StatementPattern of(Statement statement, boolean variables) {
        Glob.Syntax syntax = resourceSyntax(variables);
        return new StatementPattern(Objects.requireNonNull(statement, "statement"), variables,
                a -> Glob.of(a.value(), Glob.Syntax.ACTION), r -> Glob.of(r.value(), syntax));
    }

    /**
     * {@return {@code statement} compiled with patterns the caller has already compiled}, for a caller that
     * compiles the same entries for many statements (the minimizer)
     *
     * @param action compiles an action as {@link Glob.Syntax#ACTION}
     * @param resource compiles a resource as {@link #resourceSyntax(boolean)} of {@code variables}
     */
    public static StatementPattern of(Statement statement, boolean variables, Function<Action, Glob> action,
            Function<Resource, Glob> resource) {
        return new StatementPattern(Objects.requireNonNull(statement, "statement"), variables,
                Objects.requireNonNull(action, "action"), Objects.requireNonNull(resource, "resource"));
    }

    /** {@return whether {@code document}'s version expands policy variables: only {@code 2012-10-17} does} */
    public static boolean variablesSupported(PolicyDocument document) {
        return PolicyDocument.VERSION_2012_10_17.equals(document.version());
    }

    /** {@return how resources read in a document that does or does not expand policy variables} */
    public static Glob.Syntax resourceSyntax(boolean variables) {
        return variables ? Glob.Syntax.PATTERN : Glob.Syntax.PATTERN_NO_VARIABLES;
    }

    /** {@return the statement's effect} */
    public Effect effect() {
        return effect;
    }

    /** {@return whether the statement has condition clauses} */
    public boolean conditional() {
        return !conditions.isEmpty();
    }

    /** {@return whether the statement has {@code NotResource}} */
    public boolean notResource() {
        return notResource;
    }

    /** {@return whether the statement has neither {@code Resource} nor {@code NotResource}} */
    public boolean anyResource() {
        return anyResource;
    }

    /** {@return the patterns of its {@code Resource} or {@code NotResource} list} */
    public List<Glob> resources() {
        return List.of(resources);
    }

    /** {@return whether the action element matches {@code lowerCaseAction}} */
    public boolean appliesToAction(String lowerCaseAction) {
        if (!hasAction) {
            return false;
        }
        return listed(actions, lowerCaseAction, Glob.Variables.NONE) != notAction;
    }

    /** {@return whether the resource element matches {@code resource}, with policy variables from {@code vars}} */
    public boolean appliesToResource(String resource, Glob.Variables vars) {
        return anyResource || listed(resources, resource, vars) != notResource;
    }

    private static boolean listed(Glob[] globs, String text, Glob.Variables vars) {
        for (Glob glob : globs) {
            if (glob.matches(text, vars)) {
                return true;
            }
        }
        return false;
    }

    /** {@return whether some action {@code action} matches may be one the action element matches} */
    public boolean mayApplyToAction(Glob action) {
        return hasAction && element(actions, notAction, action, false);
    }

    /**
     * {@return whether some resource {@code resource} matches may be one the resource element matches}; a null
     * {@code resource} stands for any resource
     */
    public boolean mayApplyToResource(@Nullable Glob resource) {
        return resource == null || anyResource || element(resources, notResource, resource, false);
    }

    /**
     * {@return whether an element (a list, negated for {@code NotAction}/{@code NotResource}) matches some
     * ({@code all} false) or every ({@code all} true) text {@code pattern} matches}: a listed entry must overlap,
     * or cover, the pattern; an excluded entry must not cover it, or must not overlap it
     */
    private static boolean element(Glob[] list, boolean negated, Glob pattern, boolean all) {
        for (Glob entry : list) {
            if (all != negated ? entry.covers(pattern) : entry.overlaps(pattern)) {
                return !negated;
            }
        }
        return negated;
    }

    /** {@return whether the action element matches every action {@code action} matches} */
    public boolean appliesToAllActions(Glob action) {
        return hasAction && element(actions, notAction, action, true);
    }

    /**
     * {@return whether the resource element matches every resource {@code resource} matches}; a null
     * {@code resource} stands for any resource
     */
    public boolean appliesToAllResources(@Nullable Glob resource) {
        return anyResource || element(resources, notResource, resource == null ? ANY : resource, true);
    }


    /** {@return whether this statement applies to every request {@code narrow} applies to}, without limit */
    public boolean covers(StatementPattern narrow) {
        return covers(narrow, Budget.UNLIMITED);
    }

    /**
     * {@return whether this statement applies to every request {@code narrow} applies to}, as the class describes;
     * false when {@code effort} runs out before it is proven
     */
    public boolean covers(StatementPattern narrow, Budget effort) {
        return principalsCover(narrow) && conditionsCover(narrow) && actionsCover(narrow, effort)
                && resourcesCover(narrow, effort);
    }

    private boolean principalsCover(StatementPattern narrow) {
        return Objects.equals(notPrincipal, narrow.notPrincipal)
                && (Objects.equals(principal, narrow.principal) || principal instanceof AnyPrincipal);
    }

    private boolean conditionsCover(StatementPattern narrow) {
        for (ConditionClause clause : conditions) {
            if (!narrow.conditions.contains(clause) || variables != narrow.variables && mentionsVariable(clause)) {
                return false;
            }
        }
        return true;
    }

    private static boolean mentionsVariable(ConditionClause clause) {
        for (ConditionValue value : clause.values()) {
            if (value.text().contains("${")) {
                return true;
            }
        }
        return false;
    }

    private boolean actionsCover(StatementPattern narrow, Budget effort) {
        if (!narrow.hasAction) {
            return true;
        }
        if (!hasAction) {
            return false;
        }
        if (actionIndex == null) {
            actionIndex = new PatternList(actions);
        }
        return listCovers(actions, notAction, actionIndex, narrow.actions, narrow.notAction, effort, narrow);
    }

    private boolean resourcesCover(StatementPattern narrow, Budget effort) {
        if (anyResource || narrow.anyResource) {
            return anyResource;
        }
        if (resourceIndex == null) {
            resourceIndex = new PatternList(resources);
        }
        return listCovers(resources, notResource, resourceIndex, narrow.resources, narrow.notResource, effort,
                narrow);
    }

    /** One element: this statement's list (negated or not) against the narrow statement's. */
    private static boolean listCovers(Glob[] wide, boolean wideNegated, PatternList wideIndex, Glob[] narrow,
            boolean narrowNegated, Budget effort, StatementPattern narrowStatement) {
        if (!wideNegated) {
            return !narrowNegated && wideIndex.coversAll(narrow, effort);
        }
        if (narrowNegated) {
            // A excludes Ea, B excludes Eb: A covers B when Ea is within Eb.
            return narrowStatement.indexOf(narrow).coversAll(wide, effort);
        }
        // A excludes Ea, B lists Lb: A covers B when no entry of Lb may be excluded.
        for (Glob listed : narrow) {
            for (Glob excluded : wide) {
                if (!effort.compare(excluded, listed) || excluded.overlaps(listed)) {
                    return false;
                }
            }
        }
        return true;
    }

    private PatternList indexOf(Glob[] list) {
        if (list == actions) {
            if (actionIndex == null) {
                actionIndex = new PatternList(actions);
            }
            return actionIndex;
        }
        if (resourceIndex == null) {
            resourceIndex = new PatternList(resources);
        }
        return resourceIndex;
    }
}
