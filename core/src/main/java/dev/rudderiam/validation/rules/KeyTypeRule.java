package dev.rudderiam.validation.rules;

import dev.rudderiam.policy.StatementElement;
import dev.rudderiam.validation.Finding;
import dev.rudderiam.validation.Severity;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** A rule comparing each condition clause with the type of its key in the service reference. */
abstract class KeyTypeRule extends StatementRule {
    private final ReferenceIndex reference;

    KeyTypeRule(String code, Severity severity, String summary, ReferenceIndex reference) {
        super(code, severity, summary, Types.ALL);
        this.reference = reference;
    }

    @Override
    public final Set<StatementElement> inspects() {
        return Elements.CONDITION;
    }

    @Override
    final void check(StatementView view, List<Finding> findings) {
        int index = view.index;
        for (ClauseEntry clause : view.clauses()) {
            Optional<String> type = clause.keyType(reference);
            if (type.isPresent()) {
                String message = problem(clause, type.get());
                if (message != null) {
                    findings.add(finding(clause.path(),
                            message + " (statement " + index + ")."));
                }
            }
        }
    }

    /** {@return what is wrong with {@code clause} given its key's {@code type}, or null when nothing is} */
    abstract @Nullable String problem(ClauseEntry clause, String type);

    /** {@return the type of one value of a key of {@code type}: {@code String} for {@code ArrayOfString}} */
    static String elementType(String type) {
        return type.startsWith("ArrayOf") ? type.substring("ArrayOf".length()) : type;
    }
}
