package dev.rudderiam.analysis;

import dev.rudderiam.pattern.Glob;
import dev.rudderiam.pattern.StatementPattern;
import dev.rudderiam.policy.Action;
import dev.rudderiam.policy.Effect;
import dev.rudderiam.policy.Statement;
import dev.rudderiam.policy.StatementElement;
import dev.rudderiam.reference.ActionInfo;
import dev.rudderiam.reference.ResourceTypeInfo;
import dev.rudderiam.reference.ServiceInfo;
import dev.rudderiam.reference.ServiceReference;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * Grant arithmetic: for each action of a service reference, the resource patterns the identity policies allow,
 * intersected with the boundary's allows, less unconditional denies
 * (<a href="https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies_boundaries.html">permissions
 * boundaries</a>). Conditions are not evaluated: a conditional allow is kept and marked, a conditional deny is
 * ignored, so the answer errs on the side of more access.
 */
final class Grants {
    private static final Glob ANY = Glob.of("*", Glob.Syntax.PATTERN);

    /** A resource pattern with exceptions, as granted by one side. */
    private record Granted(String text, Glob glob, List<String> except, boolean conditional) {
    }

    private final List<LocatedStatement> identity;
    private final List<LocatedStatement> boundary;
    private final boolean hasBoundary;

    Grants(List<LocatedStatement> identity, List<LocatedStatement> boundary, boolean hasBoundary) {
        this.identity = identity;
        this.boundary = boundary;
        this.hasBoundary = hasBoundary;
    }

    /** {@return the grants for each service the identity policies mention}; see {@link RoleAnalyzer#grants} */
    List<ActionGrant> of(ServiceReference reference) {
        Map<String, ServiceInfo> services = new TreeMap<>();
        for (LocatedStatement located : identity) {
            Statement s = located.statement();
            if (s.effect() != Effect.ALLOW) {
                continue;
            }
            if (s.has(StatementElement.NOT_ACTION)) {
                reference.services().forEach(service -> services.put(service.prefix(), service));
            }
            for (Action action : s.actions()) {
                Glob prefix = Glob.of(action.value().contains(":") ? action.service() : action.value(),
                        Glob.Syntax.ACTION);
                for (ServiceInfo service : reference.services()) {
                    if (prefix.matches(service.prefix())) {
                        services.put(service.prefix(), service);
                    }
                }
            }
        }
        List<ActionGrant> out = new ArrayList<>();
        for (ServiceInfo service : services.values()) {
            for (ActionInfo info : service.actions().values()) {
                String action = service.prefix() + ":" + info.name();
                List<ActionGrant.ResourceGrant> resources = new ArrayList<>();
                for (Granted granted : effective(action.toLowerCase(Locale.ROOT))) {
                    if (fitsResourceTypes(granted, info, service)) {
                        resources.add(new ActionGrant.ResourceGrant(granted.text(), granted.except(),
                                granted.conditional()));
                    }
                }
                if (!resources.isEmpty()) {
                    out.add(new ActionGrant(action, info.accessLevel(), resources));
                }
            }
        }
        return out;
    }

    /** Identity allows intersected with boundary allows, less unconditional denies, for one action. */
    private List<Granted> effective(String action) {
        List<Granted> granted = allows(identity, action);
        if (hasBoundary) {
            List<Granted> limits = allows(boundary, action);
            List<Granted> both = new ArrayList<>();
            for (Granted p : granted) {
                for (Granted q : limits) {
                    Granted meet = intersect(p, q);
                    if (meet != null) {
                        both.add(meet);
                    }
                }
            }
            granted = both;
        }
        List<LocatedStatement> denies = new ArrayList<>(identity);
        denies.addAll(boundary);
        List<Granted> out = new ArrayList<>();
        for (Granted pattern : granted) {
            Granted kept = pattern;
            for (LocatedStatement deny : denies) {
                StatementPattern s = deny.pattern();
                if (kept == null || s.effect() != Effect.DENY || s.conditional() || !s.appliesToAction(action)) {
                    continue;
                }
                kept = subtract(kept, s);
            }
            if (kept != null) {
                out.add(kept);
            }
        }
        return out;
    }

    private static List<Granted> allows(List<LocatedStatement> statements, String action) {
        List<Granted> out = new ArrayList<>();
        for (LocatedStatement located : statements) {
            StatementPattern s = located.pattern();
            if (s.effect() != Effect.ALLOW || !s.appliesToAction(action)) {
                continue;
            }
            if (s.notResource()) {
                out.add(new Granted("*", ANY, texts(s.resources()), s.conditional()));
            } else if (s.anyResource()) {
                out.add(new Granted("*", ANY, List.of(), s.conditional()));
            } else {
                for (Glob resource : s.resources()) {
                    out.add(new Granted(resource.text(), resource, List.of(), s.conditional()));
                }
            }
        }
        return out;
    }

    private static List<String> texts(List<Glob> globs) {
        List<String> out = new ArrayList<>(globs.size());
        globs.forEach(g -> out.add(g.text()));
        return out;
    }

    private static @Nullable Granted intersect(Granted p, Granted q) {
        LinkedHashSet<String> union = new LinkedHashSet<>(p.except());
        union.addAll(q.except());
        List<String> except = new ArrayList<>(union);
        boolean conditional = p.conditional() || q.conditional();
        if (q.glob().covers(p.glob())) {
            return new Granted(p.text(), p.glob(), except, conditional);
        }
        if (p.glob().covers(q.glob())) {
            return new Granted(q.text(), q.glob(), except, conditional);
        }
        if (p.glob().overlaps(q.glob())) {
            return new Granted(p.text() + " ∩ " + q.text(), p.glob(), except, conditional);
        }
        return null;
    }

    private static @Nullable Granted subtract(Granted pattern, StatementPattern deny) {
        if (deny.notResource()) {
            boolean spared = false;
            for (Glob r : deny.resources()) {
                spared |= r.overlaps(pattern.glob());
            }
            return spared ? new Granted(pattern.text(), pattern.glob(), pattern.except(), true) : null;
        }
        if (deny.anyResource()) {
            return null;
        }
        List<String> except = new ArrayList<>(pattern.except());
        for (Glob denied : deny.resources()) {
            if (denied.covers(pattern.glob())) {
                return null;
            }
            if (denied.overlaps(pattern.glob()) && !except.contains(denied.text())) {
                except.add(denied.text());
            }
        }
        return new Granted(pattern.text(), pattern.glob(), except, pattern.conditional());
    }

    private static boolean fitsResourceTypes(Granted pattern, ActionInfo info, ServiceInfo service) {
        if (info.resourceTypes().isEmpty()) {
            return pattern.glob().matchesAll();
        }
        for (ActionInfo.ResourceTypeUse use : info.resourceTypes()) {
            ResourceTypeInfo type = service.resourceTypes().get(use.resourceType());
            if (type == null || type.arnPattern().overlaps(pattern.glob())) {
                return true;
            }
        }
        return false;
    }
}
