package dev.rudderiam.aws;

import dev.rudderiam.arn.Arn;
import dev.rudderiam.policy.PolicyDocument;
import dev.rudderiam.role.PolicyName;
import dev.rudderiam.role.RoleDescription;
import dev.rudderiam.role.RoleSpec;
import dev.rudderiam.role.Tag;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Compares a spec with a role's state the way IAM treats them: documents semantically (IAM reorders and reshapes
 * what it stores), tag keys ignoring case, names of inline policies and managed policy ARNs exactly.
 *
 * <p>Order of the changes: what narrows access first (trust, boundary added), then removals before additions
 * within each quota (inline total, attachment count, tag count), and the removal of a boundary last.
 */
final class Planner {
    /** Tags AWS itself puts on roles (CloudFormation, for one); callers can neither set nor remove them. */
    private static final String RESERVED_TAG_PREFIX = "aws:";

    private final List<Change> changes = new ArrayList<>();
    private final List<String> errors = new ArrayList<>();

    private Planner() {
    }

    static Planner compare(RoleSpec spec, @Nullable RoleState current) {
        Planner planner = new Planner();
        if (current == null) {
            planner.create(spec);
        } else {
            planner.checkImmutable(spec, current);
            if (planner.errors.isEmpty()) {
                planner.update(spec, current);
            }
        }
        return planner;
    }

    List<Change> changes() {
        return List.copyOf(changes);
    }

    List<String> errors() {
        return List.copyOf(errors);
    }

    private void create(RoleSpec spec) {
        changes.add(new Change.CreateRole(spec));
        spec.inlinePolicies().forEach((name, document) -> changes.add(new Change.PutInlinePolicy(name, document)));
        spec.managedPolicyArns().forEach(arn -> changes.add(new Change.AttachManagedPolicy(arn)));
    }

    /**
     * Path and name can never change: planning around them would mean deleting the role, which this adapter never
     * does on its own.
     *
     * @see <a href="https://docs.aws.amazon.com/IAM/latest/APIReference/API_UpdateRole.html">UpdateRole: no name or
     *     path</a>
     */
    private void checkImmutable(RoleSpec spec, RoleState current) {
        if (!current.name().equals(spec.name().value())) {
            errors.add("role name '" + spec.name() + "' is taken by the existing role '" + current.name()
                    + "': IAM role names are unique ignoring case and cannot be renamed; choose another name or use '"
                    + current.name() + "'");
        }
        if (!current.path().equals(spec.path().value())) {
            errors.add("role '" + current.name() + "' has path '" + current.path() + "' and the spec asks for '"
                    + spec.path() + "': IAM cannot change a role's path; delete the role and apply again, or use path '"
                    + current.path() + "'");
        }
    }

    private void update(RoleSpec spec, RoleState current) {
        if (!spec.trustPolicy().semanticallyEquals(current.trustPolicy())) {
            changes.add(new Change.UpdateTrustPolicy(spec.trustPolicy()));
        }
        RoleDescription description = spec.description();
        String wantedDescription = description == null || description.value().isEmpty() ? null : description.value();
        if (!Objects.equals(wantedDescription, current.description())
                || spec.maxSessionDuration().seconds() != current.maxSessionDurationSeconds()) {
            changes.add(new Change.UpdateRole(description, spec.maxSessionDuration()));
        }
        Arn boundary = spec.permissionsBoundary();
        if (boundary != null && !boundary.toString().equals(current.permissionsBoundary())) {
            changes.add(new Change.PutBoundary(boundary));
        }
        inlinePolicies(spec.inlinePolicies(), current.inlinePolicies());
        managedPolicies(spec.managedPolicyArns(), current.managedPolicyArns());
        tags(spec.tags(), current);
        String currentBoundary = current.permissionsBoundary();
        if (boundary == null && currentBoundary != null) {
            changes.add(new Change.DeleteBoundary(currentBoundary));
        }
    }

    private void inlinePolicies(Map<PolicyName, PolicyDocument> wanted, Map<String, PolicyDocument> current) {
        Set<String> wantedNames = wanted.keySet().stream().map(PolicyName::value).collect(Collectors.toSet());
        current.keySet().stream().filter(name -> !wantedNames.contains(name))
                .forEach(name -> changes.add(new Change.DeleteInlinePolicy(name)));
        wanted.forEach((name, document) -> {
            PolicyDocument existing = current.get(name.value());
            if (existing == null || !existing.semanticallyEquals(document)) {
                changes.add(new Change.PutInlinePolicy(name, document));
            }
        });
    }

    private void managedPolicies(List<Arn> wanted, List<String> current) {
        Set<String> wantedArns = wanted.stream().map(Arn::toString).collect(Collectors.toSet());
        current.stream().filter(arn -> !wantedArns.contains(arn))
                .forEach(arn -> changes.add(new Change.DetachManagedPolicy(arn)));
        wanted.stream().filter(arn -> !current.contains(arn.toString()))
                .forEach(arn -> changes.add(new Change.AttachManagedPolicy(arn)));
    }

    /**
     * Role tag keys compare ignoring case and TagRole keeps the stored case of a key, so a key whose case alone
     * differs is no change.
     *
     * @see <a href="https://docs.aws.amazon.com/IAM/latest/UserGuide/id_tags.html">Tagging IAM resources: keys are
     *     case-insensitive</a>
     */
    private void tags(List<Tag> wanted, RoleState current) {
        Set<String> wantedKeys = wanted.stream().map(tag -> tag.key().toLowerCase(Locale.ROOT))
                .collect(Collectors.toSet());
        List<String> untag = current.tags().keySet().stream()
                .filter(key -> !key.toLowerCase(Locale.ROOT).startsWith(RESERVED_TAG_PREFIX))
                .filter(key -> !wantedKeys.contains(key.toLowerCase(Locale.ROOT)))
                .collect(Collectors.toList());
        if (!untag.isEmpty()) {
            changes.add(new Change.UntagRole(untag));
        }
        List<Tag> tag = wanted.stream()
                .filter(wantedTag -> !current.tag(wantedTag.key()).map(wantedTag.value()::equals).orElse(false))
                .collect(Collectors.toList());
        if (!tag.isEmpty()) {
            changes.add(new Change.TagRole(tag));
        }
    }
}
