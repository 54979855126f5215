package dev.rudderiam.validation.rules;

import dev.rudderiam.policy.StatementElement;
import dev.rudderiam.validation.Finding;
import dev.rudderiam.validation.Severity;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Condition keys that do not exist: {@code INVALID_GLOBAL_CONDITION_KEY} for an {@code aws:} key that is not a
 * global key, {@code INVALID_SERVICE_CONDITION_KEY} for a key whose prefix is a service of the reference that does
 * not define it. Keys of other prefixes (identity providers such as {@code accounts.google.com:aud}) are not checked.
 *
 * @see <a href="https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-keys.html">AWS global
 *     condition context keys</a>
 * @see <a href="https://docs.aws.amazon.com/service-authorization/latest/reference/reference_policies_actions-resources-contextkeys.html">Service
 *     condition keys</a>
 */
final class InvalidConditionKey extends StatementRule {
    private final ReferenceIndex reference;
    private final boolean global;

    private InvalidConditionKey(String code, String summary, ReferenceIndex reference, boolean global) {
        super(code, Severity.ERROR, summary, Types.ALL);
        this.reference = reference;
        this.global = global;
    }

    static InvalidConditionKey global(ReferenceIndex reference) {
        return new InvalidConditionKey("INVALID_GLOBAL_CONDITION_KEY", "aws: condition keys are global keys.",
                reference, true);
    }

    static InvalidConditionKey service(ReferenceIndex reference) {
        return new InvalidConditionKey("INVALID_SERVICE_CONDITION_KEY",
                "Service condition keys exist in their service.", reference, false);
    }

    @Override
    public Set<StatementElement> inspects() {
        return Elements.CONDITION;
    }

    @Override
    void check(StatementView view, List<Finding> findings) {
        int index = view.index;
        Set<String> reported = null;
        for (ClauseEntry clause : view.clauses()) {
            String key = clause.key.name();
            boolean isGlobal = key.regionMatches(true, 0, "aws:", 0, 4);
            if (isGlobal != global || key.indexOf(':') <= 0 || clause.keyType(reference).isPresent()) {
                continue;
            }
            reported = reported == null ? new HashSet<>() : reported;
            if (!reported.add(key.toLowerCase(Locale.ROOT))) {
                continue;
            }
            String service = clause.key.service();
            String path = clause.path();
            if (global) {
                findings.add(finding(path, "The global condition key " + key + " in statement " + index
                        + " does not exist: use a key listed among AWS global condition context keys."));
            } else if (reference.service(service).isPresent()) {
                findings.add(finding(path, "The condition key " + key + " in statement " + index
                        + " does not exist in the service " + service + ": use a valid condition key."));
            }
        }
    }
}
