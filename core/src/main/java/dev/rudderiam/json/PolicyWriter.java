package dev.rudderiam.json;

import dev.rudderiam.policy.AnyPrincipal;
import dev.rudderiam.policy.Condition;
import dev.rudderiam.policy.ConditionKey;
import dev.rudderiam.policy.ConditionOperator;
import dev.rudderiam.policy.ConditionValue;
import dev.rudderiam.policy.PolicyDocument;
import dev.rudderiam.policy.Principal;
import dev.rudderiam.policy.PrincipalSet;
import dev.rudderiam.policy.PrincipalType;
import dev.rudderiam.policy.Statement;
import dev.rudderiam.policy.StatementElement;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Writes a policy document in canonical form: keys in the fixed order {@code Version, Id, Statement} and
 * {@code Sid, Effect, Principal, NotPrincipal, Action, NotAction, Resource, NotResource, Condition}; the statement
 * list always an array; single values as scalars, as the IAM console writes them; principals and condition keys in
 * the order written. Compact, or pretty with two-space indentation.
 *
 * <p>The text holds only the characters IAM's API accepts in a policy document (tab, line feed, carriage return,
 * U+0020 to U+00FF): a character of the model outside them is written as a six-character
 * <code>&#92;uXXXX</code> escape, which the reader refuses. So no encoding can change what is written (a lone
 * surrogate, written raw, becomes {@code ?} in UTF-8), and a document that holds such characters can be written
 * but never read back as something else.
 *
 * @see <a href="https://docs.aws.amazon.com/IAM/latest/APIReference/API_CreatePolicy.html">CreatePolicy: the
 *     PolicyDocument parameter's pattern</a>
 */
final class PolicyWriter {
    /** The characters JSON strings must escape (RFC 8259 section 7): quote, backslash and controls. */
    private static final boolean[] ESCAPED = new boolean[128];

    static {
        for (char c = 0; c < 0x20; c++) {
            ESCAPED[c] = true;
        }
        ESCAPED['"'] = true;
        ESCAPED['\\'] = true;
    }

    /** The last character written as itself: IAM accepts U+0020 to U+00FF in a policy document. */
    private static final char LAST_RAW = '\u00FF';

    private final StringBuilder out;
    private final boolean pretty;
    private int depth;

    private PolicyWriter(boolean pretty, int capacity) {
        this.out = new StringBuilder(capacity);
        this.pretty = pretty;
    }

    static String write(PolicyDocument document, boolean pretty) {
        PolicyWriter writer = new PolicyWriter(pretty, 256 + 512 * document.statements().size());
        writer.document(document);
        return writer.out.toString();
    }

    private void document(PolicyDocument document) {
        open('{');
        boolean first = true;
        if (document.version() != null) {
            first = key("Version", first);
            string(document.version());
        }
        if (document.id() != null) {
            first = key("Id", first);
            string(document.id());
        }
        key("Statement", first);
        open('[');
        List<Statement> statements = document.statements();
        for (int i = 0; i < statements.size(); i++) {
            separator(i == 0);
            statement(statements.get(i));
        }
        close(']', statements.isEmpty());
        close('}', false);
    }

    private void statement(Statement s) {
        open('{');
        boolean first = true;
        if (s.sid() != null) {
            first = key("Sid", first);
            string(s.sid());
        }
        first = key("Effect", first);
        string(s.effect().json());
        if (s.principal() != null) {
            key("Principal", false);
            principal(s.principal());
        }
        if (s.notPrincipal() != null) {
            key("NotPrincipal", false);
            principal(s.notPrincipal());
        }
        list(s, StatementElement.ACTION, s.actions(), a -> a.value());
        list(s, StatementElement.NOT_ACTION, s.notActions(), a -> a.value());
        list(s, StatementElement.RESOURCE, s.resources(), r -> r.value());
        list(s, StatementElement.NOT_RESOURCE, s.notResources(), r -> r.value());
        if (s.has(StatementElement.CONDITION)) {
            key("Condition", false);
            condition(s.condition());
        }
        close('}', false);
    }

    private <T> void list(Statement s, StatementElement element, List<T> values, Function<T, String> text) {
        if (!s.has(element)) {
            return;
        }
        key(element.json(), false);
        if (values.size() == 1) {
            string(text.apply(values.get(0)));
            return;
        }
        open('[');
        for (int i = 0; i < values.size(); i++) {
            separator(i == 0);
            string(text.apply(values.get(i)));
        }
        close(']', values.isEmpty());
    }

    private void principal(Principal principal) {
        if (principal instanceof AnyPrincipal) {
            string("*");
            return;
        }
        Map<PrincipalType, List<String>> byType = ((PrincipalSet) principal).byType();
        open('{');
        boolean first = true;
        for (Map.Entry<PrincipalType, List<String>> group : byType.entrySet()) {
            first = key(group.getKey().key(), first);
            List<String> ids = group.getValue();
            if (ids.size() == 1) {
                string(ids.get(0));
            } else {
                open('[');
                for (int i = 0; i < ids.size(); i++) {
                    separator(i == 0);
                    string(ids.get(i));
                }
                close(']', ids.isEmpty());
            }
        }
        close('}', byType.isEmpty());
    }

    private void condition(Condition condition) {
        open('{');
        boolean firstOperator = true;
        for (Map.Entry<ConditionOperator, Map<ConditionKey, List<ConditionValue>>> operator
                : condition.operators().entrySet()) {
            firstOperator = key(operator.getKey().name(), firstOperator);
            open('{');
            boolean firstKey = true;
            for (Map.Entry<ConditionKey, List<ConditionValue>> key : operator.getValue().entrySet()) {
                firstKey = key(key.getKey().name(), firstKey);
                List<ConditionValue> values = key.getValue();
                if (values.size() == 1) {
                    value(values.get(0));
                } else {
                    open('[');
                    for (int i = 0; i < values.size(); i++) {
                        separator(i == 0);
                        value(values.get(i));
                    }
                    close(']', values.isEmpty());
                }
            }
            close('}', operator.getValue().isEmpty());
        }
        close('}', condition.isEmpty());
    }

    private void value(ConditionValue value) {
        if (value.type() == ConditionValue.JsonType.STRING) {
            string(value.text());
        } else {
            out.append(value.text());
        }
    }

    /** Writes a key, preceded by a separator unless it is the first of its object; returns false. */
    private boolean key(String name, boolean first) {
        separator(first);
        string(name);
        out.append(pretty ? ": " : ":");
        return false;
    }

    private void separator(boolean first) {
        if (!first) {
            out.append(',');
        }
        newline();
    }

    private void open(char bracket) {
        out.append(bracket);
        depth++;
    }

    private void close(char bracket, boolean empty) {
        depth--;
        if (!empty) {
            newline();
        }
        out.append(bracket);
    }

    private void newline() {
        if (pretty) {
            out.append('\n');
            for (int i = 0; i < depth; i++) {
                out.append("  ");
            }
        }
    }

    private void string(String text) {
        out.append('"');
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < ESCAPED.length ? ESCAPED[c] : c > LAST_RAW) {
                out.append(text, start, i);
                escape(c);
                start = i + 1;
            }
        }
        out.append(text, start, text.length());
        out.append('"');
    }

    private void escape(char c) {
        switch (c) {
            case '"': out.append("\\\""); break;
            case '\\': out.append("\\\\"); break;
            case '\n': out.append("\\n"); break;
            case '\r': out.append("\\r"); break;
            case '\t': out.append("\\t"); break;
            case '\b': out.append("\\b"); break;
            case '\f': out.append("\\f"); break;
            default:
                out.append("\\u");
                String hex = Integer.toHexString(c);
                out.append("0000", hex.length(), 4).append(hex);
        }
    }
}
