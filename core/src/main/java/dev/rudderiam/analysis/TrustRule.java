package dev.rudderiam.analysis;

import dev.rudderiam.eval.StatementRef;
import dev.rudderiam.policy.Effect;
import java.util.List;
import java.util.Objects;

/**
 * One trust policy statement that decides {@code sts:AssumeRole}, in words: who it names and under which
 * conditions.
 *
 * @param statement where the statement is
 * @param effect {@code Allow} (may assume) or {@code Deny} (may not)
 * @param principals the principals named, described; for {@code NotPrincipal}, prefixed "everyone except"
 * @param conditions the condition clauses, described, all of which must hold
 */
public record TrustRule(StatementRef statement, Effect effect, List<String> principals, List<String> conditions) {
    /** Copies the lists and checks for nulls. */
    public TrustRule {
        Objects.requireNonNull(statement, "statement");
        Objects.requireNonNull(effect, "effect");
        principals = List.copyOf(principals);
        conditions = List.copyOf(conditions);
    }

    /** {@return one sentence, such as "AWS account 422074288268 ... may assume the role when ..."} */
    public String describe() {
        String who = String.join("; ", principals);
        String verb = effect == Effect.ALLOW ? " may assume the role" : " may NOT assume the role";
        return who + verb + (conditions.isEmpty() ? " unconditionally" : " when " + String.join(" and ", conditions));
    }
}
