package dev.rudderiam.aws;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.rudderiam.arn.AccountId;
import dev.rudderiam.aws.fleet.AccountEntry;
import dev.rudderiam.aws.fleet.AccountResult;
import dev.rudderiam.aws.fleet.FleetApply;
import dev.rudderiam.aws.fleet.FleetManifest;
import dev.rudderiam.aws.fleet.FleetResult;
import dev.rudderiam.json.PolicyJson;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * The fleet's state transition per account: for random accounts (role missing, matching, drifted, or with a
 * policy too many; a blueprint that refuses the account's values), random faults at random calls, roll-back on or
 * off and any bound on concurrency, each account's result and the IAM it leaves behind are exactly what running
 * that account alone gives, and an account that ends well matches the blueprint.
 */
class FleetApplyProperties {
    /** How an account's IAM starts. */
    enum Initial { MISSING, MATCHING, DRIFTED, EXTRA_POLICY, REFUSED_BY_BLUEPRINT }

    /** One account of the fleet: how its IAM starts and the fault it injects (none when {@code fault} is null). */
    record Setup(Initial initial, @Nullable Fault fault, int faultAt) {
    }

    @Property(tries = 60)
    void eachAccountEndsAsIfAppliedAlone(@ForAll @Size(min = 1, max = 5) List<@net.jqwik.api.From("setups") Setup>
            setups, @ForAll @IntRange(min = 1, max = 4) int concurrency, @ForAll boolean keepPartial) {
        List<AccountEntry> entries = new ArrayList<>();
        for (int i = 0; i < setups.size(); i++) {
            entries.add(entry(i, setups.get(i)));
        }
        Map<String, InProcessIam> together = new HashMap<>();
        FleetResult all = run(entries, setups, together, concurrency, keepPartial);

        for (int i = 0; i < setups.size(); i++) {
            Map<String, InProcessIam> alone = new HashMap<>();
            FleetResult one = run(List.of(entries.get(i)), List.of(setups.get(i)), alone, 1, keepPartial);
            String id = entries.get(i).accountId().value();
            AccountResult result = all.accounts().get(i);
            assertEquals(one.accounts().get(0), result, "account " + id + " " + setups.get(i));
            assertEquals(snapshot(alone.get(id)), snapshot(together.get(id)), "IAM of account " + id);
            if (result.succeeded()) {
                Roles.assertMatches(Fleets.spec(entries.get(i)), together.get(id).role(Fleets.ROLE).orElseThrow());
            }
            if (result.outcome() == AccountResult.Outcome.UNCHANGED) {
                assertEquals(0, together.get(id).writeCalls(), "an unchanged account has no write");
            }
        }
    }

    private static FleetResult run(List<AccountEntry> entries, List<Setup> setups, Map<String, InProcessIam> fakes,
            int concurrency, boolean keepPartial) {
        for (int i = 0; i < entries.size(); i++) {
            fakes.put(entries.get(i).accountId().value(), fake(entries.get(i), setups.get(i)));
        }
        FleetManifest manifest = new FleetManifest(Fleets.ROLE, "/", null, Map.of(), entries);
        return FleetApply.builder(entry -> fakes.get(entry.accountId().value()), Fleets::spec)
                .concurrency(concurrency)
                .manager(roles -> roles.retryBudget(RetryBudget.immediate(4)).keepPartial(keepPartial))
                .build().apply(manifest);
    }

    private static AccountEntry entry(int index, Setup setup) {
        String id = String.format("2000000000%02d", index);
        Map<String, Map<String, String>> destinations = new HashMap<>();
        destinations.put("S3", setup.initial() == Initial.REFUSED_BY_BLUEPRINT ? Map.of()
                : Map.of("bucketName", "events-" + id));
        destinations.put("LOGS", Map.of("bucketName", "logs-" + id));
        return new AccountEntry(AccountId.of(id), null, null, null, 0, Roles.WORKSPACE, destinations);
    }

    private static InProcessIam fake(AccountEntry entry, Setup setup) {
        InProcessIam iam = new InProcessIam(entry.accountId().value());
        if (setup.initial() == Initial.MATCHING || setup.initial() == Initial.DRIFTED
                || setup.initial() == Initial.EXTRA_POLICY) {
            InProcessIam.StoredRole role = iam.install(Fleets.spec(entry));
            if (setup.initial() == Initial.DRIFTED) {
                role.inline.put("rudderstack-s3", PolicyJson.write(Roles.s3Write("someone-elses-bucket")));
            } else if (setup.initial() == Initial.EXTRA_POLICY) {
                role.inline.put("extra", PolicyJson.write(Roles.s3Write("extra-bucket")));
            }
        }
        if (setup.fault() != null) {
            iam.inject(setup.faultAt(), setup.fault());
        }
        return iam;
    }

    /** {@return everything an account's IAM holds and was asked, as text} */
    private static String snapshot(InProcessIam iam) {
        String role = iam.role(Fleets.ROLE).map(stored -> stored.arn() + " trust=" + stored.trust + " inline="
                + stored.inline + " tags=" + stored.tags + " attached=" + stored.attached).orElse("no role");
        return role + " calls=" + iam.log() + " faults=" + iam.injected();
    }

    @Provide
    Arbitrary<Setup> setups() {
        Arbitrary<@Nullable Fault> faults = Arbitraries.of(Fault.ACCESS_DENIED, Fault.SERVER_ERROR, Fault.THROTTLING,
                Fault.TIMEOUT, Fault.CONCURRENT_MODIFICATION).injectNull(0.3);
        return Combinators.combine(Arbitraries.of(Initial.class), faults, Arbitraries.integers().between(0, 8))
                .as(Setup::new);
    }
}
