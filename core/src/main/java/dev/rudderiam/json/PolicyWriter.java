package dev.rudderiam.json;

import dev.rudderiam.policy.Action;
import dev.rudderiam.policy.AnyPrincipal;
import dev.rudderiam.policy.Condition;
import dev.rudderiam.policy.ConditionKey;
import dev.rudderiam.policy.ConditionOperator;
import dev.rudderiam.policy.ConditionValue;
import dev.rudderiam.policy.Effect;
import dev.rudderiam.policy.PolicyDocument;
import dev.rudderiam.policy.Principal;
import dev.rudderiam.policy.PrincipalSet;
import dev.rudderiam.policy.PrincipalType;
import dev.rudderiam.policy.Resource;
import dev.rudderiam.policy.Statement;
import dev.rudderiam.policy.StatementElement;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

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
 * <p>The walk over the document, which decides all of the above, is written once and sends its tokens to a
 * {@link Sink}: {@link Text} writes the canonical text into a Latin-1 byte buffer (every character it writes is at
 * most U+00FF), and {@link JsonValues} passes a sink that writes into the Jackson generator of a larger JSON value, so
 * a document nested in a plan or an export is written in place, never written out and read back.
 *
 * @see <a href="https://docs.aws.amazon.com/IAM/latest/APIReference/API_CreatePolicy.html">CreatePolicy: the
 *     PolicyDocument parameter's pattern</a>
 */
final class PolicyWriter {
    private PolicyWriter() {
    }

    /** The tokens of one JSON value, in order; a member's {@link #key} comes right before its value. */
    abstract static class Sink {
        abstract void startObject();

        abstract void key(String name);

        /** A key of the canonical form itself: by default written as any other key. */
        void key(PolicyKey key) {
            key(key.text);
        }

        abstract void endObject();

        abstract void startArray();

        abstract void endArray();

        abstract void string(String value);

        /** A statement's effect: by default written as any other string. */
        void effect(Effect effect) {
            string(effect.json());
        }

        /** A number or boolean of a condition, as the model holds its text: written unquoted. */
        abstract void literal(String text);
    }

    /** {@return the canonical JSON of {@code document}, compact or indented by two spaces} */
    static String write(PolicyDocument document, boolean pretty) {
        Text text = Text.start(pretty);
        try {
            write(document, text);
            return text.toString();
        } finally {
            text.finish();
        }
    }

    /** Sends the canonical form of {@code document} to {@code out}, as one value. */
    static void write(PolicyDocument document, Sink out) {
        out.startObject();
        if (document.version() != null) {
            out.key(PolicyKey.VERSION);
            out.string(document.version());
        }
        if (document.id() != null) {
            out.key(PolicyKey.ID);
            out.string(document.id());
        }
        out.key(PolicyKey.STATEMENT);
        out.startArray();
        List<Statement> statements = document.statements();
        for (int i = 0; i < statements.size(); i++) {
            statement(statements.get(i), out);
        }
        out.endArray();
        out.endObject();
    }

    private static void statement(Statement s, Sink out) {
        out.startObject();
        if (s.sid() != null) {
            out.key(PolicyKey.SID);
            out.string(s.sid());
        }
        out.key(PolicyKey.EFFECT);
        out.effect(s.effect());
        if (s.principal() != null) {
            out.key(PolicyKey.PRINCIPAL);
            principal(s.principal(), out);
        }
        if (s.notPrincipal() != null) {
            out.key(PolicyKey.NOT_PRINCIPAL);
            principal(s.notPrincipal(), out);
        }
        if (s.has(StatementElement.ACTION)) {
            out.key(PolicyKey.ACTION);
            actions(s.actions(), out);
        }
        if (s.has(StatementElement.NOT_ACTION)) {
            out.key(PolicyKey.NOT_ACTION);
            actions(s.notActions(), out);
        }
        if (s.has(StatementElement.RESOURCE)) {
            out.key(PolicyKey.RESOURCE);
            resources(s.resources(), out);
        }
        if (s.has(StatementElement.NOT_RESOURCE)) {
            out.key(PolicyKey.NOT_RESOURCE);
            resources(s.notResources(), out);
        }
        if (s.has(StatementElement.CONDITION)) {
            out.key(PolicyKey.CONDITION);
            condition(s.condition(), out);
        }
        out.endObject();
    }

    private static void actions(List<Action> actions, Sink out) {
        if (actions.size() == 1) {
            out.string(actions.get(0).value());
            return;
        }
        out.startArray();
        for (int i = 0; i < actions.size(); i++) {
            out.string(actions.get(i).value());
        }
        out.endArray();
    }

    private static void resources(List<Resource> resources, Sink out) {
        if (resources.size() == 1) {
            out.string(resources.get(0).value());
            return;
        }
        out.startArray();
        for (int i = 0; i < resources.size(); i++) {
            out.string(resources.get(i).value());
        }
        out.endArray();
    }

    private static void principal(Principal principal, Sink out) {
        if (principal instanceof AnyPrincipal) {
            out.string("*");
            return;
        }
        out.startObject();
        for (Map.Entry<PrincipalType, List<String>> group : ((PrincipalSet) principal).byType().entrySet()) {
            out.key(group.getKey().key());
            List<String> ids = group.getValue();
            if (ids.size() == 1) {
                out.string(ids.get(0));
            } else {
                out.startArray();
                for (int i = 0; i < ids.size(); i++) {
                    out.string(ids.get(i));
                }
                out.endArray();
            }
        }
        out.endObject();
    }

    private static void condition(Condition condition, Sink out) {
        out.startObject();
        for (Map.Entry<ConditionOperator, Map<ConditionKey, List<ConditionValue>>> operator
                : condition.operators().entrySet()) {
            out.key(operator.getKey().name());
            out.startObject();
            for (Map.Entry<ConditionKey, List<ConditionValue>> key : operator.getValue().entrySet()) {
                out.key(key.getKey().name());
                List<ConditionValue> values = key.getValue();
                if (values.size() == 1) {
                    value(values.get(0), out);
                } else {
                    out.startArray();
                    for (int i = 0; i < values.size(); i++) {
                        value(values.get(i), out);
                    }
                    out.endArray();
                }
            }
            out.endObject();
        }
        out.endObject();
    }

    private static void value(ConditionValue value, Sink out) {
        if (value.type() == ConditionValue.JsonType.STRING) {
            out.string(value.text());
        } else {
            out.literal(value.text());
        }
    }

    /**
     * The canonical text: compact, or pretty with two-space indentation. It collects Latin-1 bytes, one per
     * character, and makes the string from them once at the end.
     */
    static final class Text extends Sink {
        /**
         * 1 for the characters up to U+00FF that a string cannot hold as themselves: the quote, the backslash and
         * the control characters, which JSON escapes (RFC 8259 section 7). Characters beyond U+00FF are escaped too
         * (IAM accepts U+0020 to U+00FF in a policy document).
         */
        private static final byte[] ESCAPED = new byte[256];

        static {
            for (char c = 0; c < 0x20; c++) {
                ESCAPED[c] = 1;
            }
            ESCAPED['"'] = 1;
            ESCAPED['\\'] = 1;
        }

        private static final byte[] HEX = "0123456789abcdef".getBytes(StandardCharsets.ISO_8859_1);
        /** Each effect between quotes, by ordinal. */
        private static final byte[][] EFFECTS = new byte[Effect.values().length][];

        static {
            for (Effect effect : Effect.values()) {
                EFFECTS[effect.ordinal()] = PolicyKey.quoted(effect.json());
            }
        }

        /** Buffers kept for the next document of a thread up to this size, so a huge one is not held on to. */
        private static final int KEPT = 1 << 16;
        /**
         * Each thread's idle buffers: writing a document then allocates no buffer, only the Latin-1 copies of its
         * strings and the text it returns.
         */
        private static final ThreadLocal<Text> IDLE = new ThreadLocal<>();

        private boolean pretty;
        private byte[] buffer = new byte[1024];
        private int length;
        private int depth;
        /** Whether nothing was written yet in the innermost open object or array. */
        private boolean first = true;
        /** Whether a key was just written, so the next value follows it without a separator. */
        private boolean afterKey;

        private Text() {
        }

        /** {@return an empty text of this thread, its buffers reused} */
        static Text start(boolean pretty) {
            Text text = IDLE.get();
            if (text == null) {
                text = new Text();
            } else {
                IDLE.set(null); // in use: a nested write on this thread (there is none) would take fresh buffers
            }
            text.pretty = pretty;
            text.length = 0;
            text.depth = 0;
            text.first = true;
            text.afterKey = false;
            return text;
        }

        /** Gives the buffers back to this thread, unless they grew large. */
        void finish() {
            if (buffer.length <= KEPT) {
                IDLE.set(this);
            }
        }

        @Override
        void startObject() {
            open('{');
        }

        @Override
        void key(String name) {
            separate();
            quoted(name);
            colon();
        }

        @Override
        void key(PolicyKey key) {
            separate();
            raw(key.quoted);
            colon();
        }

        @Override
        void effect(Effect effect) {
            separate();
            raw(EFFECTS[effect.ordinal()]);
        }

        private void raw(byte[] bytes) {
            ensure(bytes.length);
            System.arraycopy(bytes, 0, buffer, length, bytes.length);
            length += bytes.length;
        }

        private void colon() {
            if (pretty) {
                ensure(2);
                buffer[length++] = ':';
                buffer[length++] = ' ';
            } else {
                ensure(1);
                buffer[length++] = ':';
            }
            afterKey = true;
        }

        @Override
        void endObject() {
            close('}');
        }

        @Override
        void startArray() {
            open('[');
        }

        @Override
        void endArray() {
            close(']');
        }

        @Override
        void string(String value) {
            separate();
            quoted(value);
        }

        @Override
        void literal(String text) {
            separate();
            int n = text.length();
            ensure(n);
            for (int i = 0; i < n; i++) {
                buffer[length++] = (byte) text.charAt(i); // a JSON number or boolean: ASCII
            }
        }

        @Override
        public String toString() {
            return new String(buffer, 0, length, StandardCharsets.ISO_8859_1);
        }

        private void open(char bracket) {
            separate();
            ensure(1);
            buffer[length++] = (byte) bracket;
            depth++;
            first = true;
        }

        private void close(char bracket) {
            depth--;
            if (!first) {
                newline();
            }
            ensure(1);
            buffer[length++] = (byte) bracket;
            first = false;
        }

        /** Before a key or a value: nothing after a key; else a comma unless first, and in pretty form a new line. */
        private void separate() {
            if (afterKey) {
                afterKey = false;
                return;
            }
            if (depth == 0) {
                return;
            }
            if (!first) {
                ensure(1);
                buffer[length++] = ',';
            }
            first = false;
            newline();
        }

        private void newline() {
            if (pretty) {
                ensure(1 + 2 * depth);
                buffer[length++] = '\n';
                for (int i = 0; i < depth; i++) {
                    buffer[length++] = ' ';
                    buffer[length++] = ' ';
                }
            }
        }

        /**
         * Writes {@code text} as a JSON string, escaping what JSON and IAM's character set require. The usual string
         * needs no escape: its Latin-1 bytes ({@code String.getBytes}, an array copy for a string of Latin-1
         * characters) are copied into the buffer and tested there eight at a time, and only when one may need an
         * escape is the string written again from that byte on, character by character.
         */
        private void quoted(String text) {
            byte[] latin1 = text.getBytes(StandardCharsets.ISO_8859_1);
            int n = latin1.length;
            ensure(n + 9); // the quotes, and the seven bytes Latin1Run.plain reads past the text
            byte[] b = buffer;
            int at = length;
            b[at++] = '"';
            System.arraycopy(latin1, 0, b, at, n);
            if (n == text.length() && Latin1Run.plain(b, at, at + n)) {
                at += n;
            } else {
                length = at + Latin1Run.end(latin1, 0, n);
                at = escaped(text, length - at);
                b = buffer;
            }
            b[at++] = '"';
            length = at;
        }

        /**
         * Writes {@code text} from index {@code from} on at {@link #length}, escaping; {@return the position after}.
         * Up to {@code from} the characters of {@code text} and its Latin-1 bytes are one to one, as {@code '?'},
         * which stands for an unmappable character, ends the plain run.
         */
        private int escaped(String text, int from) {
            int n = text.length();
            ensure(n - from + 1); // the rest unescaped, and the closing quote
            for (int i = from; i < n; i++) {
                char ch = text.charAt(i);
                if (ch <= 0xFF && ESCAPED[ch] == 0) {
                    buffer[length++] = (byte) ch;
                } else {
                    ensure(6 + n - i);
                    length = escape(buffer, length, ch);
                }
            }
            return length;
        }

        /** Writes the escape of {@code c} at {@code at}; {@return the position after it} */
        private static int escape(byte[] b, int at, char c) {
            b[at++] = '\\';
            switch (c) {
                case '"': b[at++] = '"'; return at;
                case '\\': b[at++] = '\\'; return at;
                case '\n': b[at++] = 'n'; return at;
                case '\r': b[at++] = 'r'; return at;
                case '\t': b[at++] = 't'; return at;
                case '\b': b[at++] = 'b'; return at;
                case '\f': b[at++] = 'f'; return at;
                default:
                    b[at++] = 'u';
                    b[at++] = HEX[c >> 12];
                    b[at++] = HEX[(c >> 8) & 0xF];
                    b[at++] = HEX[(c >> 4) & 0xF];
                    b[at++] = HEX[c & 0xF];
                    return at;
            }
        }

        private void ensure(int more) {
            if (length + more > buffer.length) {
                buffer = Arrays.copyOf(buffer, Math.max(buffer.length * 2, length + more));
            }
        }
    }
}
