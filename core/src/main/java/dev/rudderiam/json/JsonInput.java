package dev.rudderiam.json;

import org.jspecify.annotations.Nullable;

/**
 * What {@link PolicyReader} reads a document from, one token at a time: text ({@link JsonCursor}) or JSON values
 * already parsed ({@link ValueCursor}), so that both follow the one grammar with the same messages. It keeps the
 * path to the current place, so a failure carries its JSON pointer, and the character set IAM accepts.
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc6901">RFC 6901: JSON Pointer</a>
 * @see <a href="https://docs.aws.amazon.com/IAM/latest/APIReference/API_CreatePolicy.html">CreatePolicy:
 *     the PolicyDocument parameter's pattern admits tab, line feed, carriage return and U+0020 to U+00FF</a>
 */
abstract class JsonInput {
    /** The kinds of value that can start at the cursor. */
    enum Kind {
        OBJECT, ARRAY, STRING, NUMBER, TRUE, FALSE, NULL
    }

    /** The last character IAM accepts in a policy document, U+00FF (Latin small letter y with diaeresis). */
    static final char LAST_ACCEPTED = '\u00FF';
    private static final int MAX_PATH = 16;

    /** Path segments: a key, or an array index when the key is null. */
    private final @Nullable String[] keys = new String[MAX_PATH];
    private final int[] indexes = new int[MAX_PATH];
    private int depth;

    /** {@return the kind of the next value} */
    abstract Kind peek();

    /** Consumes the start of an object. */
    abstract void beginObject();

    /**
     * {@return the next key of the current object, or null at its end}
     *
     * @param first whether no key of this object was read yet
     */
    abstract @Nullable String nextKey(boolean first);

    /** Consumes the start of an array. */
    abstract void beginArray();

    /** {@return whether the current array has another element}, consuming its separator or its end */
    abstract boolean nextElement(boolean first);

    /** {@return the string value at the cursor} */
    abstract String string();

    /** {@return the number at the cursor, as JSON text}; called after {@link #peek} saw {@link Kind#NUMBER} */
    abstract String number();

    /** Consumes the literal {@code true}, {@code false} or {@code null} at the cursor, after {@link #peek}. */
    abstract void literal(String word);

    /** {@return an exception for malformed JSON at the current place} */
    abstract PolicyParseException malformed(String reason);

    /** Enters the value of {@code key}, so a failure inside points below it. */
    final void enter(String key) {
        push(key, -1);
    }

    /** Enters element {@code index} of the current array. */
    final void enter(int index) {
        push(null, index);
    }

    /** Leaves the segment entered last. */
    final void leave() {
        depth--;
    }

    /** {@return the JSON pointer of the current place} */
    final String pointer() {
        if (depth == 0) {
            return "";
        }
        StringBuilder pointer = new StringBuilder();
        for (int i = 0; i < depth; i++) {
            pointer.append('/');
            String key = keys[i];
            if (key == null) {
                pointer.append(indexes[i]);
            } else if (key.indexOf('~') < 0 && key.indexOf('/') < 0) {
                pointer.append(key);
            } else {
                pointer.append(key.replace("~", "~0").replace("/", "~1"));
            }
        }
        return pointer.toString();
    }

    private void push(@Nullable String key, int index) {
        if (depth == MAX_PATH) {
            throw new PolicyParseException(pointer(), "document nests deeper than " + MAX_PATH + " levels", null);
        }
        keys[depth] = key;
        indexes[depth] = index;
        depth++;
    }

    /** {@return whether IAM accepts {@code c} in a policy document: tab, line feed, carriage return, U+0020-U+00FF} */
    static boolean accepted(char c) {
        return c >= 0x20 ? c <= LAST_ACCEPTED : c == '\t' || c == '\n' || c == '\r';
    }

    /** {@return the failure for a character IAM does not accept, at the current place} */
    final PolicyParseException unaccepted(char c, String where) {
        return new PolicyParseException(pointer(), "character " + describe(c) + " in a string is not one IAM accepts"
                + " in a policy document (tab, line feed, carriage return and U+0020 to U+00FF, also when escaped)"
                + where, null);
    }

    static String describe(char c) {
        return c >= 0x20 && c < 0x7f ? "'" + c + "'" : String.format("U+%04X", (int) c);
    }
}
