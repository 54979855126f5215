package dev.rudderiam.analysis;

import dev.rudderiam.eval.StatementRef;
import dev.rudderiam.pattern.Glob;
import dev.rudderiam.pattern.StatementPattern;
import dev.rudderiam.policy.Effect;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Access Analyzer-style custom checks over compiled statements: whether given actions are granted, and whether a
 * change grants new access, proven statement by statement with the kernel's {@link StatementPattern#covers}. What
 * cannot be proven fails, as in Access Analyzer.
 *
 * @see <a href="https://docs.aws.amazon.com/IAM/latest/UserGuide/access-analyzer-custom-policy-checks.html">IAM
 *     Access Analyzer custom policy checks</a>
 */
final class AccessChecks {
    private AccessChecks() {
    }

    /** See {@link RoleAnalyzer#checkAccessNotGranted}. */
    static AccessCheck notGranted(List<LocatedStatement> identity, List<LocatedStatement> boundary,
            boolean hasBoundary, List<String> actions, List<String> resources) {
        List<String> reasons = new ArrayList<>();
        List<@Nullable String> targets = resources.isEmpty() ? Collections.singletonList(null)
                : new ArrayList<>(resources);
        List<LocatedStatement> all = new ArrayList<>(identity);
        all.addAll(boundary);
        for (String actionText : actions) {
            Glob action = Glob.of(actionText, Glob.Syntax.ACTION);
            for (String resourceText : targets) {
                Glob resource = resourceText == null ? null : Glob.of(resourceText, Glob.Syntax.PATTERN);
                StatementRef grant = granting(identity, action, resource);
                boolean boundaryAllows = !hasBoundary || granting(boundary, action, resource) != null;
                if (grant != null && boundaryAllows && !deniedOutright(all, action, resource)) {
                    reasons.add(grant + " allows " + actionText
                            + (resourceText == null ? "" : " on " + resourceText));
                }
            }
        }
        return AccessCheck.of(reasons);
    }

    private static @Nullable StatementRef granting(List<LocatedStatement> statements, Glob action,
            @Nullable Glob resource) {
        for (LocatedStatement located : statements) {
            StatementPattern s = located.pattern();
            if (s.effect() == Effect.ALLOW && s.mayApplyToAction(action) && s.mayApplyToResource(resource)) {
                return located.ref();
            }
        }
        return null;
    }

    /** An unconditional deny that applies to every action and resource the patterns match. */
    private static boolean deniedOutright(List<LocatedStatement> statements, Glob action, @Nullable Glob resource) {
        for (LocatedStatement located : statements) {
            StatementPattern s = located.pattern();
            if (s.effect() == Effect.DENY && !s.conditional() && s.appliesToAllActions(action)
                    && s.appliesToAllResources(resource)) {
                return true;
            }
        }
        return false;
    }

    /**
     * {@return why {@code updated} may grant access {@code old} does not}: every allow of {@code updated} must be
     * covered by an allow of {@code old}, and every deny of {@code old} by a deny of {@code updated}
     */
    static List<String> noNewAccess(String what, List<LocatedStatement> old, List<LocatedStatement> updated) {
        List<String> reasons = new ArrayList<>();
        for (LocatedStatement located : updated) {
            if (located.pattern().effect() == Effect.ALLOW && !coveredBy(located, old)) {
                reasons.add(what + ": " + located.ref() + " allows access no old statement covers");
            }
        }
        for (LocatedStatement located : old) {
            if (located.pattern().effect() == Effect.DENY && !coveredBy(located, updated)) {
                reasons.add(what + ": the old deny " + located.ref() + " is no longer fully in force");
            }
        }
        return reasons;
    }

    /** Whether one statement of {@code candidates}, of the same effect, covers {@code narrow}. */
    private static boolean coveredBy(LocatedStatement narrow, List<LocatedStatement> candidates) {
        for (LocatedStatement candidate : candidates) {
            if (candidate.pattern().effect() == narrow.pattern().effect()
                    && candidate.pattern().covers(narrow.pattern())) {
                return true;
            }
        }
        return false;
    }
}
