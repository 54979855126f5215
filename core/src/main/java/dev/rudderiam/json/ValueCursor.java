package dev.rudderiam.json;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The {@link JsonInput} of JSON values already parsed, as {@link JsonValues#read} returns them (insertion-ordered
 * maps with string keys, lists, strings, numbers, booleans and {@link JsonValues#NULL}): so a policy document that
 * arrives inside a larger JSON value (a request line, a saved plan, a catalog template) is read into the model
 * directly, by the same grammar as text, instead of being written out and read back. Strings and keys hold only
 * the characters IAM accepts, as in text; numbers are written as {@link BigDecimal#toString()} writes them, which
 * is how {@link JsonValues#write} would have written them.
 */
final class ValueCursor extends JsonInput {
    /** As for text: a longer number is refused. */
    private static final int MAX_NUMBER_CHARS = 64;

    private final Deque<Iterator<?>> open = new ArrayDeque<>();
    private @Nullable Object current;
    private boolean hasCurrent;

    ValueCursor(Object root) {
        this.current = root;
        this.hasCurrent = true;
    }

    @Override
    Kind peek() {
        if (!hasCurrent) {
            throw malformed("expected a value");
        }
        Object value = current;
        if (value instanceof Map) {
            return Kind.OBJECT;
        }
        if (value instanceof List) {
            return Kind.ARRAY;
        }
        if (value instanceof String) {
            return Kind.STRING;
        }
        if (value instanceof BigDecimal || value instanceof BigInteger || value instanceof Integer
                || value instanceof Long) {
            return Kind.NUMBER;
        }
        if (value instanceof Boolean) {
            return (Boolean) value ? Kind.TRUE : Kind.FALSE;
        }
        if (value == null || value == JsonValues.NULL) {
            return Kind.NULL;
        }
        throw malformed("a value of type " + value.getClass().getName() + " is not JSON");
    }

    @Override
    void beginObject() {
        open.push(((Map<?, ?>) take(Kind.OBJECT)).entrySet().iterator());
    }

    @Override
    @Nullable String nextKey(boolean first) {
        Iterator<?> members = open.peek();
        if (members == null || !members.hasNext()) {
            open.pop();
            return null;
        }
        Map.Entry<?, ?> member = (Map.Entry<?, ?>) members.next();
        if (!(member.getKey() instanceof String)) {
            throw malformed("a key is a string, not " + member.getKey());
        }
        String key = checked((String) member.getKey());
        current = member.getValue();
        hasCurrent = true;
        return key;
    }

    @Override
    void beginArray() {
        open.push(((List<?>) take(Kind.ARRAY)).iterator());
    }

    @Override
    boolean nextElement(boolean first) {
        Iterator<?> elements = open.peek();
        if (elements == null || !elements.hasNext()) {
            open.pop();
            return false;
        }
        current = elements.next();
        hasCurrent = true;
        return true;
    }

    @Override
    String string() {
        return checked((String) take(Kind.STRING));
    }

    @Override
    String number() {
        Object number = take(Kind.NUMBER);
        String text = number instanceof BigDecimal ? ((BigDecimal) number).toString() : number.toString();
        if (text.length() > MAX_NUMBER_CHARS) {
            throw malformed("number of " + text.length() + " characters exceeds the limit of " + MAX_NUMBER_CHARS);
        }
        return text;
    }

    @Override
    void literal(String word) {
        Kind kind = word.equals("true") ? Kind.TRUE : word.equals("false") ? Kind.FALSE : Kind.NULL;
        take(kind);
    }

    @Override
    PolicyParseException malformed(String reason) {
        return new PolicyParseException(pointer(), "malformed JSON: " + reason, null);
    }

    private Object take(Kind kind) {
        if (peek() != kind) {
            throw malformed("expected " + kind.name().toLowerCase(Locale.ROOT));
        }
        hasCurrent = false;
        Object value = current;
        current = null;
        return value == null ? JsonValues.NULL : value;
    }

    private String checked(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!accepted(c)) {
                throw unaccepted(c, " (character " + i + " of the string)");
            }
        }
        return text;
    }
}
