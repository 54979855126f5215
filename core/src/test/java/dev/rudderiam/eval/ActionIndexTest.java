package dev.rudderiam.eval;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rudderiam.policy.Action;
import dev.rudderiam.policy.Effect;
import dev.rudderiam.policy.Resource;
import dev.rudderiam.policy.Statement;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The plans {@link ActionIndex} works out, as its Javadoc describes them: exact plans for named actions, per-service
 * plans of the statements whose wildcard entries reach a service's other actions (index: known to match;
 * {@code ~index}: to test), every statement when an entry or the request is not ASCII or the work would exceed
 * {@link ActionIndex#BUDGET}, and whether RCPs govern a plan's actions.
 */
class ActionIndexTest {
    private static CompiledStatement statement(int index, boolean notAction, String... actions) {
        Statement.Builder b = Statement.builder().effect(Effect.ALLOW).resources(List.of(Resource.ALL));
        List<Action> entries = Arrays.stream(actions).map(Action::of).toList();
        b = notAction ? b.notActions(entries) : b.actions(entries);
        return new CompiledStatement(new StatementRef(StatementRef.Source.IDENTITY, 0, index, null, Effect.ALLOW, null),
                b.build(), true);
    }

    private static final CompiledStatement[][] LAYERS = {{
        statement(0, false, "s3:PutObject"), statement(1, false, "s3:*"), statement(2, false, "kinesis:PutRecord"),
        statement(3, true, "s3:Get*")}};

    private static ActionIndex index(CompiledStatement[][] layers) {
        return new ActionIndex(layers, ActionIndex.everything(layers), action -> action.startsWith("s3:"));
    }

    @Test
    void aNamedActionsPlanHoldsExactlyTheStatementsThatMatchIt() {
        ActionIndex.Plan plan = index(LAYERS).plan("s3:putobject", true, "s3");
        assertArrayEquals(new int[] {0, 1, 3}, plan.members(0));
        assertEquals(ActionIndex.GOVERNED, plan.rcpGoverned());
        ActionIndex.Plan kinesis = index(LAYERS).plan("kinesis:putrecord", true, "kinesis");
        assertArrayEquals(new int[] {2, 3}, kinesis.members(0));
        assertEquals(ActionIndex.NOT_GOVERNED, kinesis.rcpGoverned());
    }

    @Test
    void anUnnamedActionOfANamedServiceMeetsTheWildcardsThatReachIt() {
        ActionIndex.Plan plan = index(LAYERS).plan("s3:deleteobject", true, "s3");
        assertArrayEquals(new int[] {1, ~3}, plan.members(0));
        assertEquals(ActionIndex.GOVERNED, plan.rcpGoverned());
        assertTrue(plan.testAction(LAYERS[0][3], "s3:deleteobject"));
        assertFalse(plan.testAction(LAYERS[0][3], "s3:getthing"));
    }

    @Test
    void anActionOfAnUnnamedServiceMeetsEveryWildcardAndIsLookedUp() {
        ActionIndex.Plan plan = index(LAYERS).plan("ec2:runinstances", true, "ec2");
        assertArrayEquals(new int[] {~1, ~3}, plan.members(0));
        assertEquals(ActionIndex.UNKNOWN, plan.rcpGoverned());
        assertFalse(plan.testAction(LAYERS[0][1], "ec2:runinstances"));
        assertTrue(plan.testAction(LAYERS[0][3], "ec2:runinstances"));
    }

    @Test
    void notAsciiEntriesOrRequestsTestEveryStatement() {
        int[] all = {~0, ~1, ~2, ~3};
        assertArrayEquals(all, index(LAYERS).plan("s3:putobject", false, "s3").members(0));
        CompiledStatement[][] odd = {{LAYERS[0][0], LAYERS[0][1], LAYERS[0][2], statement(3, false, "\u017f3:Get*")}};
        assertArrayEquals(all, index(odd).plan("s3:putobject", true, "s3").members(0));
        assertEquals(ActionIndex.UNKNOWN, index(odd).plan("s3:putobject", true, "s3").rcpGoverned());
        ActionIndex unknownRcp = new ActionIndex(LAYERS, ActionIndex.everything(LAYERS), null);
        assertEquals(ActionIndex.UNKNOWN, unknownRcp.plan("s3:putobject", true, "s3").rcpGoverned());
    }

    /** {@code n} statements each naming its own action of its own service: n * n pairs for either kind of plan. */
    private static CompiledStatement[][] distinct(int n) {
        CompiledStatement[] layer = new CompiledStatement[n];
        for (int i = 0; i < n; i++) {
            layer[i] = statement(i, false, "svc" + i + ":Act");
        }
        return new CompiledStatement[][] {layer};
    }

    @Test
    void plansAreWorkedOutUpToTheBudgetOfPairs() {
        assertEquals(ActionIndex.BUDGET, 256 * 256);
        ActionIndex within = index(distinct(256));
        assertArrayEquals(new int[] {5}, within.plan("svc5:act", true, "svc5").members(0));
        assertArrayEquals(new int[0], within.plan("svc5:other", true, "svc5").members(0));
        assertArrayEquals(new int[0], within.plan("ec2:x", true, "ec2").members(0));
        ActionIndex beyond = index(distinct(257));
        assertEquals(257, beyond.plan("svc5:act", true, "svc5").members(0).length);
        assertEquals(257, beyond.plan("svc5:other", true, "svc5").members(0).length);
    }

    /** An empty {@code NotAction} list excludes nothing: it reaches every action; an empty {@code Action} none. */
    @Test
    void anEmptyActionListReachesNothingAndAnEmptyNotActionListEverything() {
        assertEquals(CompiledStatement.Reach.ALL, statement(0, true).reachOfUnnamed("s3"));
        assertEquals(CompiledStatement.Reach.ALL, statement(0, true).reachOfUnnamed(null));
        assertEquals(CompiledStatement.Reach.NONE, statement(0, false).reachOfUnnamed("s3"));
        assertEquals(CompiledStatement.Reach.NONE, statement(0, false, "s3:GetObject").reachOfUnnamed("s3"));
    }

    @Test
    void aServiceIsWhatComesBeforeTheFirstColon() {
        assertEquals("s3", ActionIndex.service("s3:get:object"));
        assertEquals("", ActionIndex.service(":putobject"));
        assertNull(ActionIndex.service("s3"));
        assertTrue(ActionIndex.isAscii("s3:get\u007f"));
        assertFalse(ActionIndex.isAscii("s3:get\u0080"));
        assertFalse(ActionIndex.isAscii("\u0131"));
    }
}
