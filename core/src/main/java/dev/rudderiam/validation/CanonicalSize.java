package dev.rudderiam.validation;

import dev.rudderiam.policy.AnyPrincipal;
import dev.rudderiam.policy.Condition;
import dev.rudderiam.policy.ConditionKey;
import dev.rudderiam.policy.ConditionOperator;
import dev.rudderiam.policy.ConditionValue;
import dev.rudderiam.policy.Principal;
import dev.rudderiam.policy.PolicyDocument;
import dev.rudderiam.policy.PrincipalSet;
import dev.rudderiam.policy.PrincipalType;
import dev.rudderiam.policy.Statement;
import dev.rudderiam.policy.StatementElement;
import java.util.List;
import java.util.Map;

/**
 * A document's size as IAM counts it (characters of the compact canonical JSON, not counting white space), counted
 * on the model without writing the JSON: the same number as {@code PolicySize.of(document)}, which a property test
 * checks, at a fraction of the cost.
 *
 * @see <a href="https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_iam-quotas.html#reference_iam-quotas-entity-length">IAM
 *     quotas: white space is not counted</a>
 */
final class CanonicalSize {
    private static final CanonicalSize EXACT = new CanonicalSize(true);
    private static final CanonicalSize BOUND = new CanonicalSize(false);

    /** Whether strings are counted character by character, or bounded by their lengths. */
    private final boolean exact;

    private CanonicalSize(boolean exact) {
        this.exact = exact;
    }

    static int of(PolicyDocument document) {
        return saturated(EXACT.document(document));
    }

    /**
     * {@return at least {@link #of}, counted in time proportional to the number of strings rather than their
     * length}: every character of a string counts as its longest escape ({@code \u0000}, six characters)
     */
    static int atMost(PolicyDocument document) {
        return saturated(BOUND.document(document));
    }

    private static int saturated(long size) {
        return (int) Math.min(size, Integer.MAX_VALUE);
    }

    private long document(PolicyDocument document) {
        long size = 2 + key("Statement") + 2; // {"Statement":[]}
        if (document.version() != null) {
            size += key("Version") + string(document.version()) + 1;
        }
        if (document.id() != null) {
            size += key("Id") + string(document.id()) + 1;
        }
        List<Statement> statements = document.statements();
        for (int i = 0; i < statements.size(); i++) {
            size += (i == 0 ? 0 : 1) + statement(statements.get(i));
        }
        return size;
    }

    private long statement(Statement s) {
        long size = 2 + key("Effect") + string(s.effect().json());
        if (s.sid() != null) {
            size += key("Sid") + string(s.sid()) + 1;
        }
        if (s.principal() != null) {
            size += 1 + key("Principal") + principal(s.principal());
        }
        if (s.notPrincipal() != null) {
            size += 1 + key("NotPrincipal") + principal(s.notPrincipal());
        }
        size += list(s, StatementElement.ACTION, s.actions());
        size += list(s, StatementElement.NOT_ACTION, s.notActions());
        size += list(s, StatementElement.RESOURCE, s.resources());
        size += list(s, StatementElement.NOT_RESOURCE, s.notResources());
        if (s.has(StatementElement.CONDITION)) {
            size += 1 + key("Condition") + condition(s.condition());
        }
        return size;
    }

    private long list(Statement s, StatementElement element, List<?> values) {
        if (!s.has(element)) {
            return 0;
        }
        long size = 1 + key(element.json());
        if (values.size() == 1) {
            return size + string(values.get(0).toString());
        }
        size += 2 + Math.max(0, values.size() - 1);
        for (Object value : values) {
            size += string(value.toString());
        }
        return size;
    }

    private long principal(Principal principal) {
        if (principal instanceof AnyPrincipal) {
            return 3;
        }
        Map<PrincipalType, List<String>> byType = ((PrincipalSet) principal).byType();
        long size = 2 + Math.max(0, byType.size() - 1);
        for (Map.Entry<PrincipalType, List<String>> group : byType.entrySet()) {
            size += key(group.getKey().key()) + strings(group.getValue());
        }
        return size;
    }

    private long strings(List<String> values) {
        if (values.size() == 1) {
            return string(values.get(0));
        }
        long size = 2 + Math.max(0, values.size() - 1);
        for (String value : values) {
            size += string(value);
        }
        return size;
    }

    private long condition(Condition condition) {
        Map<ConditionOperator, Map<ConditionKey, List<ConditionValue>>> operators = condition.operators();
        long size = 2 + Math.max(0, operators.size() - 1);
        for (Map.Entry<ConditionOperator, Map<ConditionKey, List<ConditionValue>>> operator : operators.entrySet()) {
            Map<ConditionKey, List<ConditionValue>> keys = operator.getValue();
            size += key(operator.getKey().name()) + 2 + Math.max(0, keys.size() - 1);
            for (Map.Entry<ConditionKey, List<ConditionValue>> key : keys.entrySet()) {
                List<ConditionValue> values = key.getValue();
                size += key(key.getKey().name());
                if (values.size() == 1) {
                    size += value(values.get(0));
                } else {
                    size += 2 + Math.max(0, values.size() - 1);
                    for (ConditionValue value : values) {
                        size += value(value);
                    }
                }
            }
        }
        return size;
    }

    private long value(ConditionValue value) {
        return value.type() == ConditionValue.JsonType.STRING ? string(value.text()) : raw(value.text());
    }

    /** {@code "name":} */
    private long key(String name) {
        return string(name) + 1;
    }

    /** A JSON string as the canonical writer escapes it, without its white space. */
    private long string(String text) {
        if (!exact) {
            return 2 + 6L * text.length();
        }
        long size = 2;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c > 0x20 && c < 0x80 && c != '"' && c != '\\') {
                size++; // printable ASCII, the usual case: one character, never white space
            } else if (c < 0x20) {
                size += c == '\n' || c == '\r' || c == '\t' || c == '\b' || c == '\f' ? 2 : 6;
            } else if (c == '"' || c == '\\') {
                size += 2;
            } else if (c > 0xFF) {
                size += 6; // written as a six-character escape: IAM accepts only up to U+00FF in a document
            } else if (!Character.isWhitespace(c)) {
                size++;
            }
        }
        return size;
    }

    private long raw(String text) {
        if (!exact) {
            return text.length();
        }
        long size = 0;
        for (int i = 0; i < text.length(); i++) {
            if (!Character.isWhitespace(text.charAt(i))) {
                size++;
            }
        }
        return size;
    }
}
