package dev.rudderiam.eval;

import dev.rudderiam.pattern.Glob;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.BiPredicate;
import org.jspecify.annotations.Nullable;

/**
 * Which statements of an evaluator's layers can apply to a request's action, worked out once when the evaluator is
 * built, so that deciding a request tests only those. A statement applies only when its {@code Action} or
 * {@code NotAction} element matches the action
 * (<a href="https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic.html">policy
 * evaluation logic</a>), and that depends on the action alone (actions are compared ignoring case and hold no policy
 * variables: <a href="https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_action.html">Action</a>),
 * so it can be answered ahead of the request:
 * <ul>
 *   <li>for every action some statement names without wildcard (lower case), a {@link Plan} of exactly the statements
 *       whose action element matches it: the request's action is then not tested again;</li>
 *   <li>for every service some statement names, a plan of the statements whose action element may match some
 *       action of that service (a {@code NotAction} that does not exclude the whole service, a wildcard that reaches
 *       it): the request's action is tested against each;</li>
 *   <li>for any other action, every statement, each tested.</li>
 * </ul>
 * A plan keeps each layer's statements in their order, so the answer and its explanation are those of testing every
 * statement. The work (and memory) of building the plans is bounded ({@link #BUDGET} statement-action pairs per
 * kind of plan): beyond it that kind of plan is left out and requests fall through to the next kind. Immutable.
 */
final class ActionIndex {
    /** The most pairs of (statement, action) and of (statement, service) worked out ahead. */
    static final int BUDGET = 1 << 16;

    /** For one action (or service, or any action): per layer, the indexes of the statements to test, ascending. */
    static final class Plan {
        private final int[][] members;
        /** Whether each member's action element is known to match, so the action needs no test. */
        final boolean actionMatched;

        Plan(int[][] members, boolean actionMatched) {
            this.members = members;
            this.actionMatched = actionMatched;
        }

        /** {@return the indexes of the statements of layer {@code layer} to test} */
        int[] members(int layer) {
            return members[layer];
        }
    }

    private final Map<String, Plan> byAction;
    private final Map<String, Plan> byService;
    private final Plan everything;

    /**
     * @param layers the compiled statements of each layer, in evaluation order
     * @param indexed false to test every statement for every request (the reference the tests compare against)
     */
    ActionIndex(CompiledStatement[][] layers, boolean indexed) {
        int statements = 0;
        Set<String> actions = new LinkedHashSet<>();
        Set<String> services = new LinkedHashSet<>();
        for (CompiledStatement[] layer : layers) {
            statements += layer.length;
            for (CompiledStatement statement : layer) {
                for (String entry : statement.actionEntries) {
                    if (!Glob.hasWildcard(entry)) {
                        actions.add(entry);
                    }
                    String service = service(entry);
                    if (service != null && !Glob.hasWildcard(service)) {
                        services.add(service);
                    }
                }
            }
        }
        this.everything = plan(layers, null, (statement, none) -> true, false);
        Map<String, Plan> exact = new HashMap<>();
        if (indexed && (long) actions.size() * statements <= BUDGET) {
            for (String action : actions) {
                exact.put(action, plan(layers, action, CompiledStatement::matchesAction, true));
            }
        }
        Map<String, Plan> service = new HashMap<>();
        if (indexed && (long) services.size() * statements <= BUDGET) {
            for (String name : services) {
                service.put(name, plan(layers, name, CompiledStatement::mayMatchService, false));
            }
        }
        this.byAction = Map.copyOf(exact);
        this.byService = Map.copyOf(service);
    }

    private static Plan plan(CompiledStatement[][] layers, @Nullable String key,
            BiPredicate<CompiledStatement, String> keep, boolean actionMatched) {
        int[][] members = new int[layers.length][];
        for (int l = 0; l < layers.length; l++) {
            CompiledStatement[] layer = layers[l];
            int[] kept = new int[layer.length];
            int n = 0;
            for (int i = 0; i < layer.length; i++) {
                if (key == null || keep.test(layer[i], key)) {
                    kept[n++] = i;
                }
            }
            members[l] = n == kept.length ? kept : Arrays.copyOf(kept, n);
        }
        return new Plan(members, actionMatched);
    }

    /** {@return the service of a lower-case action ({@code s3} of {@code s3:putobject}), or null when it has none} */
    static @Nullable String service(String lowerCaseAction) {
        int colon = lowerCaseAction.indexOf(':');
        return colon < 0 ? null : lowerCaseAction.substring(0, colon);
    }

    /** {@return the plan for a request's lower-case action and its service} */
    Plan plan(String lowerCaseAction, @Nullable String lowerCaseService) {
        Plan plan = byAction.get(lowerCaseAction);
        if (plan == null && lowerCaseService != null) {
            plan = byService.get(lowerCaseService);
        }
        return plan != null ? plan : everything;
    }
}
