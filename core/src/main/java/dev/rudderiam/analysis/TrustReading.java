package dev.rudderiam.analysis;

import dev.rudderiam.eval.Evaluation;
import dev.rudderiam.eval.Evaluator;
import dev.rudderiam.eval.Request;
import dev.rudderiam.eval.StatementRef;
import dev.rudderiam.policy.ConditionClause;
import dev.rudderiam.policy.Effect;
import dev.rudderiam.policy.PolicyDocument;
import dev.rudderiam.policy.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A trust policy read for {@code sts:AssumeRole}: its deciding statements in words, and the decision for one
 * caller. The one place that decides an assumption offline: the analyzer and the testkit's trust assertions ask
 * here.
 *
 * @see <a href="https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic-cross-account.html">Cross-account
 *     policy evaluation logic</a>
 */
public final class TrustReading {
    private static final String ASSUME_ROLE = "sts:AssumeRole";
    /**
     * The caller's own identity policy: it may assume any role. The caller's policies live in its own account and
     * are not known here, so the trust policy alone decides.
     */
    private static final PolicyDocument CALLER_MAY_ASSUME = PolicyDocument.builder()
            .addStatement(Statement.builder().effect(Effect.ALLOW).addAction(ASSUME_ROLE).addResource("*").build())
            .build();

    private TrustReading() {
    }

    /**
     * {@return the trust policy's decision on {@code request}} (an {@code sts:AssumeRole} request on the role),
     * assuming the caller's own identity policies allow {@code sts:AssumeRole}
     */
    public static Evaluation decide(PolicyDocument trust, Request request) {
        Objects.requireNonNull(trust, "trust");
        Objects.requireNonNull(request, "request");
        return Evaluator.builder().identityPolicy(CALLER_MAY_ASSUME).trustPolicy(trust).build().evaluate(request);
    }

    /** {@return the statements of {@code trust} that decide {@code sts:AssumeRole}, in words} */
    static List<TrustRule> rules(PolicyDocument trust) {
        List<TrustRule> out = new ArrayList<>();
        String assume = ASSUME_ROLE.toLowerCase(Locale.ROOT);
        for (LocatedStatement located : LocatedStatement.locate(StatementRef.Source.RESOURCE, List.of(trust))) {
            Statement s = located.statement();
            if (!located.pattern().appliesToAction(assume)) {
                continue;
            }
            List<String> principals = new ArrayList<>();
            if (s.principal() != null) {
                principals.addAll(Describe.principals(s.principal()));
            } else if (s.notPrincipal() != null) {
                principals.add("everyone except " + String.join(", ", Describe.principals(s.notPrincipal())));
            }
            List<String> conditions = new ArrayList<>();
            for (ConditionClause clause : s.condition().clauses()) {
                conditions.add(Describe.condition(clause));
            }
            out.add(new TrustRule(located.ref(), s.effect(), principals, conditions));
        }
        return out;
    }
}
