package dev.rudderiam.policy;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A policy's size as IAM counts it against its {@link Quotas}: the characters of the document, not counting white
 * space. This is the one size function: for a document of the model it is the size of its canonical JSON (what
 * {@code PolicyJson.write} produces, the form this library sends to IAM), counted on the model without writing
 * anything, so the validator and the minimizer can ask for it cheaply and without depending on the JSON package.
 * The JSON package's tests prove the count equal to the written text's, compact and pretty, for generated documents
 * and for every character a string can hold.
 *
 * <pre>{@code
 * int size = PolicySize.of(document);
 * boolean fits = size <= Quotas.DEFAULT.managedPolicy();
 * }</pre>
 *
 * @see <a href="https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_iam-quotas.html#reference_iam-quotas-entity-length">IAM
 *     quotas: "IAM doesn't count white space when calculating the size of a policy"</a>
 */
public final class PolicySize {
    private static final PolicySize EXACT = new PolicySize(true);
    private static final PolicySize BOUND = new PolicySize(false);

    /** Whether strings are counted character by character, or bounded by their lengths. */
    private final boolean exact;

    private PolicySize(boolean exact) {
        this.exact = exact;
    }

    /**
     * {@return the number of non-white-space characters of the canonical JSON of {@code document}}, saturated at
     * {@link Integer#MAX_VALUE}
     */
    public static int of(PolicyDocument document) {
        Objects.requireNonNull(document, "document");
        return saturated(EXACT.document(document));
    }

    /**
     * {@return the number of non-white-space characters in {@code json}, as IAM counts a submitted document}: for
     * text that was not written from the model, such as a document read from a file or returned by IAM
     */
    public static int of(String json) {
        Objects.requireNonNull(json, "json");
        int size = 0;
        for (int i = 0; i < json.length(); i++) {
            if (!Character.isWhitespace(json.charAt(i))) {
                size++;
            }
        }
        return size;
    }

    /**
     * {@return at least {@link #of}, counted in time proportional to the number of strings rather than their
     * length}: every character of a string counts as its longest escape ({@code \u0000}, six characters)
     */
    public static int atMost(PolicyDocument document) {
        Objects.requireNonNull(document, "document");
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
        return exact ? of(text) : text.length();
    }
}
