package dev.rudderiam.validation;

import dev.rudderiam.policy.PolicyDocument;
import dev.rudderiam.policy.Quotas;
import dev.rudderiam.policy.Statement;
import dev.rudderiam.policy.StatementElement;
import dev.rudderiam.role.PolicyName;
import dev.rudderiam.role.RoleSpec;
import dev.rudderiam.validation.internal.DocumentCheck;
import dev.rudderiam.validation.internal.SharedPass;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Runs rule sets over a policy document or a whole role and collects the findings. Immutable and thread-safe.
 *
 * <p>Work is bounded on any document the model holds. Every rule runs in time near-linear in the document's size
 * except those that declare otherwise ({@link PolicyRule#linear()}: comparing each action with each resource), and
 * those run only on documents IAM could accept: a document over {@value #MAX_DOCUMENT_CHARS} characters, the most
 * IAM's API takes in one {@code PolicyDocument}, is reported over its size quota and checked by the linear rules
 * alone.
 *
 * <pre>{@code
 * Validator validator = Validator.builder()
 *     .add(RuleSets.grammar())
 *     .add(RuleSets.serviceReference(BundledServiceReference.bundled()))
 *     .add(RuleSets.security(BundledServiceReference.bundled()))
 *     .add(RuleSets.rudderStack(ExternalId.of("2AbCdEf"), Set.of()))
 *     .build();
 * ValidationResult result = validator.validate(role);
 * }</pre>
 */
public final class Validator {
    /** Where a role's trust policy findings point. */
    public static final String TRUST_POLICY_PATH = "/trustPolicy";
    /** Where a role's permission policies findings point, followed by {@code /<policy name>}. */
    public static final String PERMISSION_POLICIES_PATH = "/permissionPolicies";

    /**
     * The longest policy document IAM's API takes ({@code PolicyDocument}, 131,072 characters, white space
     * included): larger documents are checked only by {@linkplain PolicyRule#linear() linear} rules.
     *
     * @see <a href="https://docs.aws.amazon.com/IAM/latest/APIReference/API_CreatePolicy.html">CreatePolicy:
     *     PolicyDocument, maximum length of 131072</a>
     */
    public static final int MAX_DOCUMENT_CHARS = Quotas.MAX_DOCUMENT_CHARS;

    private static final StatementElement[] ELEMENTS = StatementElement.values();

    private final List<RuleSet> ruleSets;
    private final Quotas quotas;
    /**
     * The document rules of every set, in order, that apply to each policy type, runs sharing a pass joined: chosen
     * once, not per run.
     */
    private final Map<PolicyType, Plan> plans = new EnumMap<>(PolicyType.class);
    /** The same, of the {@linkplain PolicyRule#linear() linear} rules only: for documents IAM could not accept. */
    private final Map<PolicyType, Plan> linearPlans = new EnumMap<>(PolicyType.class);
    private final RoleRule[] roleRules;

    private Validator(Builder builder) {
        this.ruleSets = List.copyOf(builder.ruleSets);
        this.quotas = builder.quotas;
        for (PolicyType type : PolicyType.values()) {
            List<PolicyRule> rules = ruleSets.stream().flatMap(set -> set.policyRules().stream())
                    .filter(rule -> rule.appliesTo(type)).toList();
            plans.put(type, Plan.of(rules));
            linearPlans.put(type, Plan.of(rules.stream().filter(PolicyRule::linear).toList()));
        }
        this.roleRules = ruleSets.stream().flatMap(set -> set.roleRules().stream()).toArray(RoleRule[]::new);
    }

    /** {@return the elements some of {@code rules} inspect, as bits by ordinal, or -1 for all} */
    private static int mask(List<PolicyRule> rules) {
        EnumSet<StatementElement> elements = EnumSet.noneOf(StatementElement.class);
        rules.forEach(rule -> elements.addAll(rule.inspects()));
        return elements.size() == ELEMENTS.length ? -1 : mask(elements);
    }

    /** {@return the elements as bits, by ordinal} */
    private static int mask(Collection<StatementElement> elements) {
        int mask = 0;
        for (StatementElement element : elements) {
            mask |= 1 << element.ordinal();
        }
        return mask;
    }

    /** {@return a validator running {@code ruleSets} with the default quotas} */
    public static Validator of(RuleSet... ruleSets) {
        Builder builder = builder();
        for (RuleSet set : ruleSets) {
            builder.add(set);
        }
        return builder.build();
    }

    /** {@return a builder with no rule sets and the default quotas} */
    public static Builder builder() {
        return new Builder();
    }

    /** {@return the rule sets, in the order they run} */
    public List<RuleSet> ruleSets() {
        return ruleSets;
    }

    /**
     * {@return the findings in {@code document} read as a policy of {@code type}}; an identity policy is held to
     * the managed-policy quota, which also makes it fit as an inline policy.
     */
    public ValidationResult validate(PolicyDocument document, PolicyType type) {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(type, "policy type");
        List<Finding> findings = new ArrayList<>();
        check(new PolicyContext(document, type, type.quota(quotas)), findings);
        return new ValidationResult(findings);
    }

    /**
     * {@return the findings in the whole role}: its trust policy (paths under {@value #TRUST_POLICY_PATH}), each
     * inline permission policy (under {@value #PERMISSION_POLICIES_PATH}{@code /<name>}, each held to the role's
     * inline quota, which all of them share), then the role's own rules.
     */
    public ValidationResult validate(RoleSpec role) {
        Objects.requireNonNull(role, "role");
        List<Finding> findings = new ArrayList<>();
        check(new PolicyContext(role.trustPolicy(), PolicyType.TRUST, quotas.trustPolicy()), findings);
        prefix(findings, 0, TRUST_POLICY_PATH);
        @SuppressWarnings("unchecked")
        Map.Entry<PolicyName, PolicyContext>[] permissionPolicies =
                (Map.Entry<PolicyName, PolicyContext>[]) new Map.Entry<?, ?>[role.inlinePolicies().size()];
        int i = 0;
        for (Map.Entry<PolicyName, PolicyDocument> policy : role.inlinePolicies().entrySet()) {
            PolicyContext context = new PolicyContext(policy.getValue(), PolicyType.IDENTITY,
                    quotas.roleInlinePolicies());
            permissionPolicies[i++] = Map.entry(policy.getKey(), context);
            int from = findings.size();
            check(context, findings);
            if (findings.size() > from) {
                prefix(findings, from, PERMISSION_POLICIES_PATH + "/" + policy.getKey().value());
            }
        }
        RoleContext context = new RoleContext(role, quotas, Map.ofEntries(permissionPolicies));
        for (RoleRule rule : roleRules) {
            rule.check(context, findings);
        }
        return new ValidationResult(findings);
    }

    /** Puts {@code prefix} before the paths of the findings from index {@code from} on. */
    private static void prefix(List<Finding> findings, int from, String prefix) {
        for (int i = from; i < findings.size(); i++) {
            findings.set(i, findings.get(i).under(prefix));
        }
    }

    private void check(PolicyContext context, List<Finding> findings) {
        int present = 0;
        for (Statement statement : context.document().statements()) {
            for (StatementElement element : ELEMENTS) {
                if (statement.has(element)) {
                    present |= 1 << element.ordinal();
                }
            }
        }
        boolean acceptable = context.sizeAtMost() <= MAX_DOCUMENT_CHARS || context.size() <= MAX_DOCUMENT_CHARS;
        Plan plan = Objects.requireNonNull((acceptable ? plans : linearPlans).get(context.type()));
        for (int i = 0; i < plan.checks.length; i++) {
            if (plan.masks[i] == -1 || (plan.masks[i] & present) != 0) {
                plan.checks[i].check(context, findings);
            }
        }
    }

    /**
     * The document rules of every set, in order, that apply to one policy type, runs sharing a pass joined: chosen
     * once, not per run; for each check, the elements its rules inspect as a {@link #mask}, or -1 for all.
     */
    private record Plan(DocumentCheck[] checks, int[] masks) {
        static Plan of(List<PolicyRule> rules) {
            List<DocumentCheck> checks = new ArrayList<>();
            List<Integer> masks = new ArrayList<>();
            int from = 0;
            while (from < rules.size()) {
                SharedPass pass = pass(rules.get(from));
                int to = from + 1;
                while (pass != null && to < rules.size() && pass(rules.get(to)) == pass) {
                    to++;
                }
                List<PolicyRule> run = rules.subList(from, to);
                PolicyRule first = run.get(0);
                checks.add(pass == null ? first::check : pass.join(run));
                masks.add(mask(run));
                from = to;
            }
            return new Plan(checks.toArray(DocumentCheck[]::new),
                    masks.stream().mapToInt(Integer::intValue).toArray());
        }

        /** {@return the pass {@code rule} shares with others, or null when it runs on its own} */
        private static @Nullable SharedPass pass(PolicyRule rule) {
            return rule instanceof SharedPass.Member ? ((SharedPass.Member) rule).sharedPass() : null;
        }
    }

    /** Collects rule sets and quotas. Not thread-safe; {@link #build()} can be called again. */
    public static final class Builder {
        private final List<RuleSet> ruleSets = new ArrayList<>();
        private Quotas quotas = Quotas.DEFAULT;

        private Builder() {
        }

        /** Appends a rule set. */
        public Builder add(RuleSet ruleSet) {
            ruleSets.add(Objects.requireNonNull(ruleSet, "rule set"));
            return this;
        }

        /** Appends rule sets. */
        public Builder addAll(Collection<RuleSet> sets) {
            sets.forEach(this::add);
            return this;
        }

        /** Sets the quotas, for an account whose trust policy quota was raised. */
        public Builder quotas(Quotas quotas) {
            this.quotas = Objects.requireNonNull(quotas, "quotas");
            return this;
        }

        /** {@return the validator} */
        public Validator build() {
            return new Validator(this);
        }
    }
}
