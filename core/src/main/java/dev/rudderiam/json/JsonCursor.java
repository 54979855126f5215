package dev.rudderiam.json;

import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;

/**
 * A strict RFC 8259 JSON scanner over a string, the {@link JsonInput} of {@link PolicyReader} for text: it reads one token at a time and keeps
 * the path to the current place, so a failure carries its JSON pointer. It has no recursion of its own; nesting is
 * as deep as the caller's grammar descends, which for IAM policies is a few levels.
 *
 * <p>Strings and keys hold only the characters IAM accepts in a policy document: tab, line feed, carriage return
 * and U+0020 to U+00FF, whether written as such or as a JSON escape. IAM's API refuses any other character in the
 * document text; what it makes of an escape that decodes to one is not documented, so such an escape is refused
 * too. This keeps out everything an encoding could change (a lone surrogate becomes {@code ?}, an IAM wildcard, in
 * UTF-8) and what a reader could see differently (NUL and other control characters, U+FFFD, a byte order mark,
 * characters beyond the Basic Multilingual Plane): the text the reader accepts is the text IAM evaluates.
 *
 * @see <a href="https://docs.aws.amazon.com/IAM/latest/APIReference/API_CreatePolicy.html">CreatePolicy:
 *     the PolicyDocument parameter's pattern admits tab, line feed, carriage return and U+0020 to U+00FF</a>
 * @see <a href="https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_iam-quotas.html#reference_iam-quotas-names">IAM
 *     quotas: policy documents can contain only tab, line feed, carriage return and U+0020 to U+00FF</a>
 * @see <a href="https://www.rfc-editor.org/rfc/rfc8259">RFC 8259: The JSON Data Interchange Format</a>
 * @see <a href="https://www.rfc-editor.org/rfc/rfc6901">RFC 6901: JSON Pointer</a>
 */
final class JsonCursor extends JsonInput {

    /**
     * Keys that recur in policies, returned as these constants instead of a fresh string each time: IAM's element
     * names ({@link PolicyKey}), principal types and the most common condition operators and keys.
     */
    private static final String[] KNOWN_KEYS = knownKeys("AWS", "Service", "Federated", "CanonicalUser",
        "StringEquals", "StringLike", "StringNotEquals", "ArnLike", "ArnEquals", "Bool", "Null", "IpAddress",
        "NumericLessThan", "ForAnyValue:StringEquals", "ForAllValues:StringEquals", "sts:ExternalId",
        "aws:SourceAccount", "aws:SourceArn", "aws:SecureTransport", "aws:PrincipalOrgID", "aws:RequestedRegion",
        "aws:ResourceTag/${aws:PrincipalTag/Project}", "iam:PassedToService", "aws:CalledVia");
    private static final long EIGHT_SPACES = 0x2020202020202020L;

    /** {@link #KNOWN_KEYS} by length, so that a key is compared with the few known keys as long as it. */
    private static final String[][] KNOWN_KEYS_BY_LENGTH = byLength(KNOWN_KEYS);
    /**
     * Values that the grammar itself makes recur, returned as these constants in the same way: the effects, the
     * versions, the wildcard alone and the booleans of conditions (in the AWS managed policies, one string value in
     * six is one of them).
     */
    private static final String[][] KNOWN_VALUES_BY_LENGTH = byLength(new String[] {"Allow", "Deny", "2012-10-17",
        "2008-10-17", "*", "true", "false"});

    private final String text;
    /**
     * The text's characters as Latin-1 bytes, each character at its own index, a character beyond U+00FF as
     * {@code '?'}: scanning an array is cheaper than {@code String.charAt}, a Latin-1 copy is half the size of a
     * {@code char[]}, and strings are made from it by copying bytes rather than compressing characters. {@link #at}
     * reads the text itself where the byte is {@code '?'}, so every check sees the real character.
     */
    private final byte[] chars;
    private final int length;
    private int pos;

    JsonCursor(String text) {
        this.text = text;
        this.chars = latin1(text);
        this.length = chars.length;
    }

    /** {@return the text as one byte per character, {@code '?'} standing for any character beyond U+00FF} */
    private static byte[] latin1(String text) {
        byte[] bytes = text.getBytes(StandardCharsets.ISO_8859_1);
        if (bytes.length == text.length()) {
            return bytes; // one byte per character: a surrogate pair, encoded as one '?', would shorten it
        }
        bytes = new byte[text.length()];
        for (int i = 0; i < bytes.length; i++) {
            char c = text.charAt(i);
            bytes[i] = (byte) (c <= LAST_ACCEPTED ? c : '?');
        }
        return bytes;
    }

    /** {@return the character at {@code index}} */
    private char at(int index) {
        int c = chars[index] & 0xFF;
        return c == '?' ? text.charAt(index) : (char) c;
    }

    /** {@return the kind of the next value, after white space} */
    @Override
    Kind peek() {
        skipWhiteSpace();
        if (pos >= length) {
            throw malformed("unexpected end of input, expected a value");
        }
        byte c = chars[pos];
        switch (c) {
            case '{': return Kind.OBJECT;
            case '[': return Kind.ARRAY;
            case '"': return Kind.STRING;
            case 't': return Kind.TRUE;
            case 'f': return Kind.FALSE;
            case 'n': return Kind.NULL;
            default:
                if (c == '-' || (c >= '0' && c <= '9')) {
                    return Kind.NUMBER;
                }
                throw malformed("unexpected character " + describe(at(pos)) + ", expected a value");
        }
    }

    /** {@return whether only white space is left} */
    boolean atEnd() {
        skipWhiteSpace();
        return pos >= length;
    }

    /** Consumes the {@code {} that starts an object. */
    @Override
    void beginObject() {
        expect('{');
    }

    /**
     * {@return the next key of the current object, or null at its closing brace}; the key becomes the last path
     * segment until the next call
     *
     * @param first whether no key of this object was read yet
     */
    @Override
    @Nullable String nextKey(boolean first) {
        skipWhiteSpace();
        if (pos < length && chars[pos] == '}') {
            pos++;
            return null;
        }
        if (!first) {
            expect(',');
            skipWhiteSpace();
        }
        if (pos >= length || chars[pos] != '"') {
            throw malformed(pos >= length ? "unexpected end of input, expected a key or '}'"
                    : "unexpected character " + describe(at(pos)) + ", expected a key in double quotes");
        }
        String key = plainKey();
        if (key == null) {
            key = string();
        }
        expect(':');
        return key;
    }

    /** Consumes the {@code [} that starts an array. */
    @Override
    void beginArray() {
        expect('[');
    }

    /** {@return whether the current array has another element; consumes the separator or the closing bracket} */
    @Override
    boolean nextElement(boolean first) {
        skipWhiteSpace();
        if (pos >= length) {
            throw malformed("unexpected end of input, expected a value or ']'");
        }
        if (chars[pos] == ']') {
            pos++;
            return false;
        }
        if (!first) {
            expect(',');
        }
        return true;
    }

    /**
     * {@return the key starting at the cursor's quote, consumed: a known key's constant, or the key as a new string},
     * or null (nothing consumed) when the key has an escape or a character outside printable Latin-1, which
     * {@link #string()} reads or refuses
     */
    private @Nullable String plainKey() {
        int start = pos + 1;
        int end = Latin1Run.end(chars, start, length);
        if (end == length || chars[end] != '"') {
            return null;
        }
        pos = end + 1;
        return known(KNOWN_KEYS_BY_LENGTH, start, end);
    }

    /**
     * {@return the text from {@code start} up to {@code end}, which holds no escape: the constant of {@code byLength}
     * that it equals, or a new string}
     */
    private String known(String[][] byLength, int start, int end) {
        int n = end - start;
        if (n < byLength.length) {
            for (String known : byLength[n]) {
                if (text.startsWith(known, start)) {
                    return known;
                }
            }
        }
        return new String(chars, start, n, StandardCharsets.ISO_8859_1);
    }

    /** {@return the texts of {@link PolicyKey}, then {@code more}} */
    private static String[] knownKeys(String... more) {
        PolicyKey[] keys = PolicyKey.values();
        String[] known = new String[keys.length + more.length];
        for (int i = 0; i < keys.length; i++) {
            known[i] = keys[i].text;
        }
        System.arraycopy(more, 0, known, keys.length, more.length);
        return known;
    }

    private static String[][] byLength(String[] keys) {
        int longest = 0;
        for (String key : keys) {
            longest = Math.max(longest, key.length());
        }
        String[][] byLength = new String[longest + 1][];
        for (int length = 0; length <= longest; length++) {
            int count = 0;
            for (String key : keys) {
                count += key.length() == length ? 1 : 0;
            }
            byLength[length] = new String[count];
            count = 0;
            for (String key : keys) {
                if (key.length() == length) {
                    byLength[length][count++] = key;
                }
            }
        }
        return byLength;
    }

    /** {@return the string value at the cursor, with escapes decoded; a known value as its constant} */
    @Override
    String string() {
        expect('"');
        int start = pos;
        byte[] bytes = chars;
        int end = length;
        for (int at = Latin1Run.end(bytes, start, end); at < end; at++) {
            int c = bytes[at] & 0xFF;
            if (!Latin1Run.SPECIAL[c]) {
                continue;
            }
            pos = at;
            if (c == '"') {
                pos++;
                return known(KNOWN_VALUES_BY_LENGTH, start, at);
            }
            if (c == '\\') {
                return escapedString(start);
            }
            if (c != '?') {
                throw malformed("control character " + describe((char) c) + " in a string must be escaped");
            }
            char real = text.charAt(at); // '?' itself, or a character beyond U+00FF
            if (real != '?') {
                throw unaccepted(real);
            }
        }
        pos = end;
        throw malformed("unexpected end of input in a string");
    }

    private String escapedString(int start) {
        StringBuilder value = new StringBuilder(pos - start + 16).append(text, start, pos);
        while (pos < length) {
            char c = at(pos++);
            if (c == '"') {
                return value.toString();
            }
            if (c < 0x20) {
                pos--;
                throw malformed("control character " + describe(c) + " in a string must be escaped");
            }
            if (c != '\\') {
                if (c > LAST_ACCEPTED) {
                    pos--;
                    throw unaccepted(c);
                }
                value.append(c);
                continue;
            }
            if (pos >= length) {
                break;
            }
            char escape = at(pos++);
            switch (escape) {
                case '"': value.append('"'); break;
                case '\\': value.append('\\'); break;
                case '/': value.append('/'); break;
                case 'b': pos -= 2; throw unaccepted('\b');
                case 'f': pos -= 2; throw unaccepted('\f');
                case 'n': value.append('\n'); break;
                case 'r': value.append('\r'); break;
                case 't': value.append('\t'); break;
                case 'u': value.append(unicodeEscape()); break;
                default:
                    pos--;
                    throw malformed("invalid escape \\" + describe(escape) + " in a string");
            }
        }
        throw malformed("unexpected end of input in a string");
    }

    private char unicodeEscape() {
        if (pos + 4 > length) {
            throw malformed("unexpected end of input in a \\u escape");
        }
        int code = 0;
        for (int i = 0; i < 4; i++) {
            char c = at(pos + i);
            int digit = c < 0x80 ? Character.digit(c, 16) : -1;
            if (digit < 0) {
                throw malformed("invalid \\u escape: expected four hexadecimal digits");
            }
            code = code * 16 + digit;
        }
        if (!accepted((char) code)) {
            pos -= 2;
            throw unaccepted((char) code);
        }
        pos += 4;
        return (char) code;
    }

    /** {@return the number at the cursor, as written, checked against JSON's number grammar} */
    @Override
    String number() {
        int start = pos; // peek saw the number's first character here
        if (chars[pos] == '-') {
            pos++;
        }
        if (pos < length && at(pos) == '0') {
            pos++;
        } else if (!digits()) {
            throw malformed("invalid number: expected a digit");
        }
        if (pos < length && at(pos) == '.') {
            pos++;
            if (!digits()) {
                throw malformed("invalid number: expected a digit after '.'");
            }
        }
        if (pos < length && (at(pos) == 'e' || at(pos) == 'E')) {
            pos++;
            if (pos < length && (at(pos) == '+' || at(pos) == '-')) {
                pos++;
            }
            if (!digits()) {
                throw malformed("invalid number: expected a digit in the exponent");
            }
        }
        if (pos < length && isNumberCharacter(at(pos))) {
            throw malformed("invalid number: unexpected " + describe(at(pos))
                    + " (no leading zeros, one '.', one exponent)");
        }
        if (pos - start > 64) {
            throw malformed("number of " + (pos - start) + " characters exceeds the limit of 64");
        }
        return new String(chars, start, pos - start, StandardCharsets.ISO_8859_1);
    }

    private static boolean isNumberCharacter(char c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '.' || c == '+'
                || c == '-';
    }

    private boolean digits() {
        int start = pos;
        while (pos < length && chars[pos] >= '0' && chars[pos] <= '9') {
            pos++;
        }
        return pos > start;
    }

    /** Consumes the literal {@code true}, {@code false} or {@code null} at the cursor. */
    @Override
    void literal(String word) {
        if (!text.startsWith(word, pos)) {
            throw malformed("invalid literal, expected " + word);
        }
        pos += word.length();
    }

    /** {@return an exception for malformed JSON at the current place} */
    @Override
    PolicyParseException malformed(String reason) {
        return new PolicyParseException(pointer(), "malformed JSON: " + reason + " (character " + pos + ")", null);
    }

    private void expect(char c) {
        skipWhiteSpace();
        if (pos >= length) {
            throw malformed("unexpected end of input, expected '" + c + "'");
        }
        if (chars[pos] != c) {
            throw malformed("unexpected character " + describe(at(pos)) + ", expected '" + c + "'");
        }
        pos++;
    }

    /**
     * Moves the cursor past white space. Pretty-printed policies put a line feed and a run of spaces before nearly
     * every token, so a run of spaces is skipped eight bytes at a time: the first byte of the eight that is not a
     * space is the lowest non-zero byte of the word XOR eight spaces.
     */
    private void skipWhiteSpace() {
        byte[] bytes = chars;
        int at = pos;
        int end = length;
        while (at < end) {
            byte c = bytes[at];
            if (c > ' ') {
                break; // the usual case: a token starts here
            }
            if (c == ' ' && at <= end - 8) {
                long notSpaces = (long) Latin1Run.LONGS.get(bytes, at) ^ EIGHT_SPACES;
                at += notSpaces == 0 ? 8 : Long.numberOfTrailingZeros(notSpaces) >>> 3;
            } else if (c == ' ' || c == '\n' || c == '\r' || c == '\t') {
                at++;
            } else {
                break; // a byte beyond 0x7F is negative: never JSON white space, as no character beyond U+007F is
            }
        }
        pos = at;
    }

    private PolicyParseException unaccepted(char c) {
        return unaccepted(c, " (character " + pos + ")");
    }
}
