package dev.rudderiam.validation.rules;

import dev.rudderiam.pattern.Glob;
import dev.rudderiam.policy.Action;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * What the wildcard actions of one validation run expand to in the service reference, each text expanded once per
 * run and reference index: expanding {@code ec2:Describe*} reads every action of the service, and a large document
 * repeats the same patterns many times. Nothing outlives the run.
 */
final class Resolutions {
    private final Map<ReferenceIndex, Map<String, ReferenceIndex.Resolution>> byIndex = new IdentityHashMap<>(2);

    /** {@return {@link ReferenceIndex#resolve} of {@code action}, remembered for the run when it has a wildcard} */
    ReferenceIndex.Resolution resolve(ReferenceIndex reference, Action action) {
        if (!Glob.hasWildcard(action.value())) {
            return reference.resolve(action);
        }
        Map<String, ReferenceIndex.Resolution> resolved = byIndex.computeIfAbsent(reference, r -> new HashMap<>());
        ReferenceIndex.Resolution resolution = resolved.get(action.value());
        if (resolution == null) {
            resolution = reference.resolve(action);
            resolved.put(action.value(), resolution);
        }
        return resolution;
    }
}
