package dev.rudderiam.validation.rules;

import dev.rudderiam.eval.ContextValue;
import dev.rudderiam.policy.ConditionOperator.Family;
import dev.rudderiam.policy.ConditionValue;
import dev.rudderiam.policy.StatementElement;
import dev.rudderiam.validation.Finding;
import dev.rudderiam.validation.Severity;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * {@code CONDITION_VALUE_TYPE_MISMATCH}: a condition value has the form its operator compares: {@code true} or
 * {@code false} for {@code Bool} and {@code Null}, a number for numeric operators, an ISO 8601 date or epoch
 * seconds for date operators, within the ranges the evaluator converts ({@link ContextValue.Type#accepts}). Values
 * holding a policy variable are not checked. (Access Analyzer reports these as type mismatches of the value.) IP
 * address values are {@link IpAddressValue}'s, an error.
 *
 * @see <a href="https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition_operators.html">IAM
 *     JSON policy elements: Condition operators</a>
 */
final class ConditionValueType extends StatementRule {
    private static final Pattern NUMBER = Pattern.compile("-?[0-9]+(\\.[0-9]+)?([eE][+-]?[0-9]+)?");
    private static final Pattern EPOCH_SECONDS = Pattern.compile("[0-9]+");
    private static final Pattern DATE = Pattern.compile(
            "[0-9]+|[0-9]{4}-[0-9]{2}-[0-9]{2}(T[0-9]{2}:[0-9]{2}(:[0-9]{2}(\\.[0-9]+)?)?(Z|[+-][0-9]{2}:?[0-9]{2})?)?");

    ConditionValueType() {
        super("CONDITION_VALUE_TYPE_MISMATCH", Severity.WARNING,
                "https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition_operators.html",
                "Condition values have the type their operator compares.", Types.ALL);
    }

    @Override
    public Set<StatementElement> inspects() {
        return Elements.CONDITION;
    }

    @Override
    void check(StatementView view, List<Finding> findings) {
        int index = view.index;
        for (ClauseEntry clause : view.clauses()) {
            Family family = clause.isNullIfExists() ? Family.NULL : clause.family;
            String expected = expected(family);
            if (expected == null) {
                continue;
            }
            for (ConditionValue value : clause.values) {
                if (!value.text().contains("${") && !fits(family, value.text())) {
                    findings.add(finding(clause.path(),
                            "Value " + value + " of " + clause.key + " under " + clause.operator
                                    + " in statement " + index + " is not " + expected + "."));
                    break;
                }
            }
        }
    }

    private static @Nullable String expected(Family family) {
        switch (family) {
            case BOOL: case NULL: return "true or false";
            case NUMERIC: return "a number";
            case DATE: return "an ISO 8601 date or epoch seconds";
            default: return null;
        }
    }

    private static boolean fits(Family family, String text) {
        switch (family) {
            case BOOL: case NULL: return text.equalsIgnoreCase("true") || text.equalsIgnoreCase("false");
            // The evaluator's own conversion bounds the forms: a number with a huge exponent or epoch seconds past
            // Instant's range match the patterns and still compare with nothing.
            case NUMERIC: return NUMBER.matcher(text).matches() && ContextValue.Type.NUMERIC.accepts(text);
            default: return DATE.matcher(text).matches()
                    && (!EPOCH_SECONDS.matcher(text).matches() || ContextValue.Type.DATE.accepts(text));
        }
    }
}
