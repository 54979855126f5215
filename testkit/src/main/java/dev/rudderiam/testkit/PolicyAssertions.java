package dev.rudderiam.testkit;

import dev.rudderiam.analysis.TrustReading;
import dev.rudderiam.arn.AccountId;
import dev.rudderiam.eval.ContextValue;
import dev.rudderiam.eval.Evaluation;
import dev.rudderiam.pattern.Glob;
import dev.rudderiam.eval.Request;
import dev.rudderiam.json.PolicyJson;
import dev.rudderiam.policy.Action;
import dev.rudderiam.policy.Effect;
import dev.rudderiam.policy.PolicyDocument;
import dev.rudderiam.policy.PrincipalSet;
import dev.rudderiam.policy.PrincipalType;
import dev.rudderiam.policy.Statement;
import dev.rudderiam.policy.StatementElement;
import dev.rudderiam.reference.ActionInfo;
import dev.rudderiam.reference.ServiceInfo;
import dev.rudderiam.reference.ServiceReference;
import dev.rudderiam.role.PolicyName;
import dev.rudderiam.role.RoleSpec;
import dev.rudderiam.role.TrustChecks;
import dev.rudderiam.validation.Finding;
import dev.rudderiam.validation.PolicyType;
import dev.rudderiam.validation.Severity;
import dev.rudderiam.validation.ValidationResult;
import dev.rudderiam.validation.Validator;
import dev.rudderiam.validation.rules.RuleSets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Plain-Java assertions about IAM documents and roles, for any test framework. Each throws {@link AssertionError}
 * whose message names the offending statement by its JSON pointer and shows it as JSON, so a jqwik shrink report
 * reads on its own.
 *
 * <pre>{@code
 * PolicyAssertions.assertValid(policy, PolicyType.IDENTITY);
 * PolicyAssertions.assertTrustsOnly(role.trustPolicy(), "422074288268", workspaceId);
 * PolicyAssertions.assertGrantsNoMoreThan(role, "s3:PutObject", "s3:PutObjectAcl");
 * }</pre>
 */
public final class PolicyAssertions {
    private static final String ASSUME_ROLE = "sts:AssumeRole";
    private static final String ROLE_ACCOUNT = "210987654321";
    private static final String PROBE_ROLE = "arn:aws:iam::" + ROLE_ACCOUNT + ":role/probed";
    private static final List<String> OTHER_ACCOUNTS = List.of("000000000000", "111122223333", "999999999999");

    private PolicyAssertions() {
    }

    /**
     * Asserts that IAM would accept {@code document} as a policy of {@code type}: no {@code ERROR} finding from the
     * grammar rules and, when the policies catalog is on the class path, the service reference rules.
     */
    public static void assertValid(PolicyDocument document, PolicyType type) {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(type, "type");
        Validator.Builder validator = Validator.builder().add(RuleSets.grammar());
        ActionCatalog.bundledReference().ifPresent(reference -> validator.add(RuleSets.serviceReference(reference)));
        ValidationResult result = validator.build().validate(document, type);
        failOnFindings(result, Severity.ERROR, document, "not a valid " + type + " policy");
    }

    /** Asserts that {@code result} has no finding of {@code severity} or a more severe one. */
    public static void assertNoFindingsAtOrAbove(ValidationResult result, Severity severity) {
        Objects.requireNonNull(result, "result");
        Objects.requireNonNull(severity, "severity");
        failOnFindings(result, severity, null, "findings at or above " + severity);
    }

    /**
     * Asserts that {@code trust} lets principals of {@code account} assume the role exactly when they pass
     * {@code externalId}: every Allow statement names only that account's principals and requires
     * {@code StringEquals sts:ExternalId} with that value alone, and the evaluator allows {@code sts:AssumeRole}
     * with the external id but denies it without, with another one (also one differing only in case), and to
     * other accounts.
     */
    public static void assertTrustsOnly(PolicyDocument trust, String account, String externalId) {
        Objects.requireNonNull(trust, "trust");
        AccountId trusted = AccountId.of(account);
        Objects.requireNonNull(externalId, "externalId");
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < trust.statements().size(); i++) {
            Statement s = trust.statements().get(i);
            int index = i;
            if (s.effect() == Effect.ALLOW) {
                structuralTrustProblems(s, trusted, externalId).forEach(p ->
                        problems.add(p + "\n  at /Statement/" + index + ": " + json(s)));
            }
        }
        String rootArn = "arn:aws:iam::" + trusted.value() + ":root";
        expectAssume(trust, rootArn, trusted.value(), externalId, true, problems);
        expectAssume(trust, rootArn, trusted.value(), null, false, problems);
        expectAssume(trust, rootArn, trusted.value(), externalId + "x", false, problems);
        if (!externalId.toUpperCase(Locale.ROOT).equals(externalId)) {
            expectAssume(trust, rootArn, trusted.value(), externalId.toUpperCase(Locale.ROOT), false,
                    problems);
        }
        for (String other : OTHER_ACCOUNTS) {
            if (!other.equals(trusted.value())) {
                expectAssume(trust, "arn:aws:iam::" + other + ":root", other, externalId, false, problems);
            }
        }
        if (!problems.isEmpty()) {
            throw new AssertionError("trust policy does not trust only account " + account + " with external id '"
                    + externalId + "':\n- " + String.join("\n- ", problems) + "\npolicy: " + PolicyJson.write(trust));
        }
    }

    /**
     * Asserts that the role's permission policies allow no action beyond {@code allowed} (patterns with
     * {@code *} and {@code ?} allowed, compared ignoring case). An action pattern in an Allow statement is
     * checked action by action against the bundled service reference when the policies catalog is on the class
     * path, else as a pattern. {@code NotAction} in an Allow statement, and attached managed policies (whose
     * documents a role spec does not hold), fail the assertion.
     */
    public static void assertGrantsNoMoreThan(RoleSpec role, String... allowed) {
        Objects.requireNonNull(role, "role");
        List<Glob> permitted = new ArrayList<>();
        for (String action : allowed) {
            permitted.add(Glob.of(Objects.requireNonNull(action, "action"), Glob.Syntax.ACTION));
        }
        Optional<ServiceReference> reference = ActionCatalog.bundledReference();
        List<String> problems = new ArrayList<>();
        if (!role.managedPolicyArns().isEmpty()) {
            problems.add("the role attaches managed policies " + role.managedPolicyArns()
                    + ", whose documents a role spec does not hold");
        }
        for (Map.Entry<PolicyName, PolicyDocument> policy : role.inlinePolicies().entrySet()) {
            List<Statement> statements = policy.getValue().statements();
            for (int i = 0; i < statements.size(); i++) {
                Statement s = statements.get(i);
                if (s.effect() != Effect.ALLOW) {
                    continue;
                }
                String at = "/permissionPolicies/" + policy.getKey() + "/Statement/" + i;
                if (s.has(StatementElement.NOT_ACTION)) {
                    problems.add("NotAction in an Allow statement grants every other action\n  at " + at + ": "
                            + json(s));
                }
                for (int a = 0; a < s.actions().size(); a++) {
                    Action action = s.actions().get(a);
                    Optional<String> beyond = beyond(action, permitted, reference);
                    int index = a;
                    beyond.ifPresent(b -> problems.add(b + "\n  at " + at + "/Action/" + index + ": " + json(s)));
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new AssertionError("role " + role.name() + " grants more than " + List.of(allowed) + ":\n- "
                    + String.join("\n- ", problems));
        }
    }

    /**
     * Asserts that the two documents are equal the way IAM evaluates them
     * ({@link PolicyDocument#semanticallyEquals}); the message lists each statement of one without an equal in
     * the other.
     */
    public static void assertSemanticallyEqual(PolicyDocument expected, PolicyDocument actual) {
        Objects.requireNonNull(expected, "expected");
        Objects.requireNonNull(actual, "actual");
        if (expected.semanticallyEquals(actual)) {
            return;
        }
        List<String> problems = new ArrayList<>();
        if (!Objects.equals(expected.version(), actual.version())) {
            problems.add("Version: expected " + expected.version() + " but was " + actual.version());
        }
        if (!Objects.equals(expected.id(), actual.id())) {
            problems.add("Id: expected " + expected.id() + " but was " + actual.id());
        }
        unmatched(actual, expected).forEach(i -> problems.add("unexpected statement at /Statement/" + i + ": "
                + json(actual.statements().get(i))));
        unmatched(expected, actual).forEach(i -> problems.add("missing statement (expected /Statement/" + i + "): "
                + json(expected.statements().get(i))));
        throw new AssertionError("policies are not semantically equal:\n- " + String.join("\n- ", problems)
                + "\nexpected: " + PolicyJson.write(expected) + "\nactual:   " + PolicyJson.write(actual));
    }

    private static List<String> structuralTrustProblems(Statement s, AccountId account, String externalId) {
        List<String> problems = new ArrayList<>();
        if (s.has(StatementElement.NOT_PRINCIPAL) || s.principal() == null) {
            problems.add("an Allow statement without Principal (or with NotPrincipal) trusts principals it does"
                    + " not name");
        } else if (!(s.principal() instanceof PrincipalSet)) {
            problems.add("Principal \"*\" trusts everyone");
        } else {
            ((PrincipalSet) s.principal()).ids().forEach(id -> {
                if (!id.type().equals(PrincipalType.AWS) || !TrustChecks.inAccount(id.value(), account.value())) {
                    problems.add("principal " + id + " is not in account " + account);
                }
            });
        }
        boolean exact = s.condition().clauses().stream()
                .anyMatch(c -> TrustChecks.requiresExternalId(c.operator(), c.key(), c.values(), externalId));
        if (!exact) {
            problems.add("no StringEquals sts:ExternalId condition requiring exactly '" + externalId + "'");
        }
        return problems;
    }

    private static void expectAssume(PolicyDocument trust, String principal, String account,
            @Nullable String externalId, boolean allowed, List<String> problems) {
        Request.Builder request = Request.builder().principal(principal).principalAccount(account)
                .action(ASSUME_ROLE).resource(PROBE_ROLE).resourceAccount(ROLE_ACCOUNT);
        if (externalId != null) {
            request.context("sts:ExternalId", ContextValue.of(externalId));
        }
        Evaluation evaluation = TrustReading.decide(trust, request.build());
        if (evaluation.allowed() != allowed) {
            problems.add("sts:AssumeRole by " + principal + (externalId == null ? " without external id"
                    : " with external id '" + externalId + "'") + " is " + evaluation.decision().label()
                    + ", expected " + (allowed ? "Allowed" : "denied") + " (" + evaluation.reason() + ")");
        }
    }

    /** {@return why {@code action} reaches beyond {@code permitted}, or empty when it does not} */
    private static Optional<String> beyond(Action action, List<Glob> permitted, Optional<ServiceReference> reference) {
        Glob pattern = Glob.of(action.value(), Glob.Syntax.ACTION);
        if (permitted.stream().anyMatch(p -> p.covers(pattern))) {
            return Optional.empty();
        }
        if (reference.isEmpty()) {
            return Optional.of("action " + action + " is not covered by the allowed actions");
        }
        List<String> extra = new ArrayList<>();
        for (ServiceInfo service : reference.get().services()) {
            for (ActionInfo info : service.actions().values()) {
                String concrete = service.prefix() + ":" + info.name();
                if (pattern.matches(concrete) && permitted.stream().noneMatch(p -> p.matches(concrete))) {
                    extra.add(concrete);
                }
            }
        }
        if (extra.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of("action " + action + " allows " + (extra.size() <= 5 ? extra
                : extra.subList(0, 5) + " and " + (extra.size() - 5) + " more"));
    }

    private static void failOnFindings(ValidationResult result, Severity threshold,
            @Nullable PolicyDocument document, String what) {
        List<Finding> offending = result.findings().stream()
                .filter(f -> f.severity().compareTo(threshold) <= 0).toList();
        if (offending.isEmpty()) {
            return;
        }
        StringBuilder message = new StringBuilder(what).append(':');
        for (Finding finding : offending) {
            message.append("\n- ").append(finding.severity()).append(' ').append(finding.code()).append(" at ")
                    .append(finding.path()).append(": ").append(finding.message());
            statementAt(document, finding.path()).ifPresent(s -> message.append("\n  statement: ").append(json(s)));
        }
        if (document != null) {
            message.append("\npolicy: ").append(PolicyJson.write(document));
        }
        throw new AssertionError(message.toString());
    }

    private static Optional<Statement> statementAt(@Nullable PolicyDocument document,
            String path) {
        if (document == null || !path.startsWith("/Statement/")) {
            return Optional.empty();
        }
        String rest = path.substring("/Statement/".length());
        int end = rest.indexOf('/');
        try {
            int index = Integer.parseInt(end < 0 ? rest : rest.substring(0, end));
            return index < document.statements().size() ? Optional.of(document.statements().get(index))
                    : Optional.empty();
        } catch (NumberFormatException notAnIndex) {
            return Optional.empty();
        }
    }

    private static List<Integer> unmatched(PolicyDocument of, PolicyDocument in) {
        List<Integer> unmatched = new ArrayList<>();
        for (int i = 0; i < of.statements().size(); i++) {
            PolicyDocument single = single(of.statements().get(i));
            boolean found = in.statements().stream().anyMatch(s -> single(s).semanticallyEquals(single));
            if (!found) {
                unmatched.add(i);
            }
        }
        return unmatched;
    }

    private static PolicyDocument single(Statement statement) {
        return PolicyDocument.builder().version(null).addStatement(statement).build();
    }

    private static String json(Statement statement) {
        String document = PolicyJson.write(single(statement));
        return document.substring("{\"Statement\":[".length(), document.length() - 2);
    }
}
