package dev.rudderiam.aws;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rudderiam.json.PolicyJson;
import dev.rudderiam.role.RoleSpec;
import java.util.Optional;
import java.util.function.Consumer;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The approved plan is the plan that runs: whatever a plan saw and whatever changes the role from outside before
 * the apply, {@link RoleManager#apply(Plan)} makes no write; with no change from outside, it makes exactly the
 * plan's writes and the role ends as specified.
 */
class StalePlanProperties {
    /** A change someone else makes to the role between plan and apply. */
    enum OutsideChange {
        NONE(role -> { }),
        TRUST(role -> role.trust = PolicyJson.write(dev.rudderiam.role.RudderStack.trustPolicy("ws-outside"))),
        INLINE_ADDED(role -> role.inline.put("by-hand", PolicyJson.write(Roles.s3Write("by-hand")))),
        INLINE_EDITED(role -> role.inline.replaceAll((name, text) -> PolicyJson.write(Roles.s3Write("edited")))),
        ATTACHED(role -> {
            if (!role.attached.contains(WriteOrderProperties.ADMIN)) {
                role.attached.add(WriteOrderProperties.ADMIN);
            }
        }),
        BOUNDARY_REMOVED(role -> role.boundary = null),
        TAGGED(role -> role.tags.put("changed", "by-hand")),
        DESCRIBED(role -> role.description = "by hand");

        final Consumer<InProcessIam.StoredRole> apply;

        OutsideChange(Consumer<InProcessIam.StoredRole> apply) {
            this.apply = apply;
        }
    }

    @Property(tries = 100)
    void aPlanAppliesOnlyToTheRoleItSaw(@ForAll("roles") Optional<RoleSpec> before, @ForAll("specs") RoleSpec after,
            @ForAll OutsideChange change, @ForAll boolean saved) {
        InProcessIam iam = WriteOrderProperties.fake();
        before.ifPresent(iam::install);
        RoleManager roles = RoleManager.builder(iam).retryBudget(RetryBudget.immediate(2)).build();
        Plan made = roles.plan(after);
        Plan plan = saved ? Plan.parse(made.toSavedJson()) : made;
        boolean changed = false;
        if (change == OutsideChange.NONE || before.isEmpty()) {
            changed = false;
        } else {
            InProcessIam.StoredRole role = iam.role(WriteOrderProperties.NAME).orElseThrow();
            String was = snapshot(iam);
            change.apply.accept(role);
            changed = !was.equals(snapshot(iam));
        }
        long writes = iam.writeCalls();

        if (changed) {
            ApplyFailedException e = assertThrows(ApplyFailedException.class, () -> roles.apply(plan));
            assertEquals(writes, iam.writeCalls(), "no write after " + change);
            assertTrue(e.getMessage().startsWith("the role changed since the plan was made"), e.getMessage());
        } else {
            ApplyResult result = roles.apply(plan);
            assertTrue(result.succeeded(), result.toString());
            assertEquals(plan.changes().size(), iam.writeCalls() - writes, "exactly the plan's writes");
            Roles.assertMatches(after, iam.role(WriteOrderProperties.NAME).orElseThrow());
        }
    }

    private static String snapshot(InProcessIam iam) {
        return iam.role(WriteOrderProperties.NAME).map(role -> role.trust + role.inline + role.attached
                + role.boundary + role.tags + role.description).orElse("none");
    }

    @Provide
    Arbitrary<Optional<RoleSpec>> roles() {
        return new WriteOrderProperties().roles().optional();
    }

    /** Any role the write-order property generates. */
    @Provide
    Arbitrary<RoleSpec> specs() {
        return new WriteOrderProperties().roles();
    }

}
