package dev.rudderiam.eval;

import dev.rudderiam.pattern.Glob;
import dev.rudderiam.policy.Action;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.Predicate;
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
 *   <li>for every action some statement names without wildcard, a {@link Plan} of exactly the statements whose action
 *       element matches it: the request's action is not tested again;</li>
 *   <li>any other action ("unnamed") can be matched only by entries with a wildcard (or by a {@code NotAction} that
 *       does not list it): for every service some statement names, and for all others together, a plan of the
 *       statements whose wildcard entries reach that service's unnamed actions, each marked as matching all of them
 *       (no test) or some (tested against those entries only).</li>
 * </ul>
 * A plan keeps each layer's statements in their order, so the answer and its explanation are those of testing every
 * statement. Reasoning about case this way holds for ASCII: an evaluator whose action entries are not all ASCII, or a
 * request whose action is not, tests every statement as written, as does an evaluator whose plans would exceed
 * {@link #BUDGET} statement-action pairs (bounded work and memory when building). Immutable.
 */
final class ActionIndex {
    /** The most pairs of (statement, action) and of (statement, service) worked out ahead. */
    static final int BUDGET = 1 << 16;
    /** {@link Plan#rcpGoverned}: RCPs govern the plan's actions. */
    static final byte GOVERNED = 1;
    /** {@link Plan#rcpGoverned}: RCPs govern none of the plan's actions. */
    static final byte NOT_GOVERNED = 0;
    /** {@link Plan#rcpGoverned}: not worked out; the evaluator looks at the request's action. */
    static final byte UNKNOWN = -1;

    /**
     * For one action, one service's unnamed actions, or any action: per layer, the statements to look at in order,
     * each as its index when its action element is known to match, or as {@code ~index} when it must be tested.
     */
    static final class Plan {
        private final int[][] members;
        /** Whether the tested actions are unnamed ({@link CompiledStatement#matchesUnnamedAction}). */
        private final boolean unnamed;
        /** {@link #GOVERNED}, {@link #NOT_GOVERNED} or {@link #UNKNOWN}. */
        private final byte rcp;

        Plan(int[][] members, boolean unnamed, byte rcp) {
            this.members = members;
            this.unnamed = unnamed;
            this.rcp = rcp;
        }

        /**
         * {@return whether RCPs govern every action this plan is for ({@link #GOVERNED}), none of them
         * ({@link #NOT_GOVERNED}), or whether the evaluator must look ({@link #UNKNOWN})}
         */
        byte rcpGoverned() {
            return rcp;
        }

        /** {@return the statements of layer {@code layer} to look at: an index, or {@code ~index} to test} */
        int[] members(int layer) {
            return members[layer];
        }

        /** {@return whether {@code statement}'s action element matches, for a member given as {@code ~index}} */
        boolean testAction(CompiledStatement statement, String lowerCaseAction) {
            return unnamed ? statement.matchesUnnamedAction(lowerCaseAction)
                    : statement.matchesAction(lowerCaseAction);
        }
    }

    private final HashMap<String, Plan> byAction;
    private final HashMap<String, Plan> byService;
    private final Plan unnamed;
    private final Plan everything;
    private final boolean indexed;

    /**
     * @param layers the compiled statements of each layer, in evaluation order
     * @param everything {@link #everything(CompiledStatement[][])} of the same layers, the plan for a request the
     *     index cannot answer
     * @param governed whether RCPs govern a lower-case action ({@link Plan#rcpGoverned}), or null when that is
     *     not to be worked out ahead
     */
    ActionIndex(CompiledStatement[][] layers, Plan everything, @Nullable Predicate<String> governed) {
        int statements = 0;
        boolean ascii = true;
        Set<String> actions = new LinkedHashSet<>();
        Set<String> services = new LinkedHashSet<>();
        for (CompiledStatement[] layer : layers) {
            statements += layer.length;
            for (CompiledStatement statement : layer) {
                for (Action entry : statement.actionEntries) {
                    String text = entry.value();
                    ascii &= isAscii(text);
                    String lower = text.toLowerCase(Locale.ROOT).intern(); // see Request.intern
                    if (!Glob.hasWildcard(lower)) {
                        actions.add(lower);
                    }
                    String service = service(lower);
                    if (service != null && !Glob.hasWildcard(service)) {
                        services.add(service.intern());
                    }
                }
            }
        }
        this.everything = everything;
        this.indexed = ascii && (long) actions.size() * statements <= BUDGET;
        HashMap<String, Plan> exact = new HashMap<>();
        HashMap<String, Plan> service = new HashMap<>();
        if (indexed) {
            for (String action : actions) {
                exact.put(action, plan(layers, statement -> statement.matchesAction(action)
                        ? CompiledStatement.Reach.ALL : CompiledStatement.Reach.NONE, false,
                        governed == null ? UNKNOWN : governed.test(action) ? GOVERNED : NOT_GOVERNED));
            }
            if ((long) services.size() * statements <= BUDGET) {
                for (String name : services) {
                    // Every action of the service: governed exactly when the service's first action is.
                    service.put(name, plan(layers, statement -> statement.reachOfUnnamed(name), true,
                            governed == null ? UNKNOWN : governed.test(name + ":") ? GOVERNED : NOT_GOVERNED));
                }
            }
        }
        // HashMaps, never changed after this: their look-up masks the hash (Map.copyOf's divides) and compares the
        // stored hash before the key.
        this.byAction = exact;
        this.byService = service;
        this.unnamed = indexed ? plan(layers, statement -> statement.reachOfUnnamed(null), true, UNKNOWN)
                : everything;
    }

    /** {@return the plan that tests every statement of every layer}: the plan of an evaluator not (yet) indexed */
    static Plan everything(CompiledStatement[][] layers) {
        int[][] members = new int[layers.length][];
        for (int l = 0; l < layers.length; l++) {
            int[] all = new int[layers[l].length];
            for (int i = 0; i < all.length; i++) {
                all[i] = ~i;
            }
            members[l] = all;
        }
        return new Plan(members, false, UNKNOWN);
    }

    private static Plan plan(CompiledStatement[][] layers, Function<CompiledStatement, CompiledStatement.Reach> reach,
            boolean unnamed, byte rcp) {
        int[][] members = new int[layers.length][];
        for (int l = 0; l < layers.length; l++) {
            CompiledStatement[] layer = layers[l];
            int[] kept = new int[layer.length];
            int n = 0;
            for (int i = 0; i < layer.length; i++) {
                switch (reach.apply(layer[i])) {
                    case ALL -> kept[n++] = i;
                    case SOME -> kept[n++] = ~i;
                    default -> { }
                }
            }
            members[l] = n == kept.length ? kept : Arrays.copyOf(kept, n);
        }
        return new Plan(members, unnamed, rcp);
    }

    static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    /** {@return the service of a lower-case action ({@code s3} of {@code s3:putobject}), or null when it has none} */
    static @Nullable String service(String lowerCaseAction) {
        int colon = lowerCaseAction.indexOf(':');
        return colon < 0 ? null : lowerCaseAction.substring(0, colon);
    }

    /** {@return the plan for a request: its lower-case action, whether that is ASCII, and its service} */
    Plan plan(String lowerCaseAction, boolean ascii, @Nullable String lowerCaseService) {
        if (!ascii) {
            return everything;
        }
        Plan plan = byAction.get(lowerCaseAction);
        if (plan == null && lowerCaseService != null) {
            plan = byService.get(lowerCaseService);
        }
        return plan != null ? plan : unnamed;
    }
}
