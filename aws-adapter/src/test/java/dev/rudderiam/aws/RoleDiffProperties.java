package dev.rudderiam.aws;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.rudderiam.role.RoleSpec;
import java.util.Optional;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The differences shown and the changes planned agree: a role read back from IAM (which reorders and reshapes what
 * it stores) shows no difference from the spec it was made from, and between any role and any spec there is a
 * difference to show exactly when there is a change to make.
 */
class RoleDiffProperties {
    @Property(tries = 200)
    void differencesExistExactlyWhenChangesDo(@ForAll("roles") RoleSpec before, @ForAll("roles") RoleSpec after) {
        InProcessIam iam = WriteOrderProperties.fake();
        iam.install(before);
        RoleState state = RoleManager.builder(iam).build().read(before.name()).orElseThrow();

        assertEquals(true, RoleDiff.between(state, before).isEmpty(), "as made: " + RoleDiff.between(state, before)
                .lines());
        Plan plan = Plan.between(after, Optional.of(state));
        assertEquals(plan.changes().isEmpty(), RoleDiff.between(state, after).isEmpty(),
                RoleDiff.between(state, after).lines() + " vs " + plan.changes());
    }

    @Provide
    Arbitrary<RoleSpec> roles() {
        return new WriteOrderProperties().roles();
    }
}
