package dev.rudderiam.validation.rules;

/**
 * JSON pointers (RFC 6901) into the canonical JSON of a document, where a list of one value is written as a
 * scalar, so its pointer has no index.
 */
final class Pointers {
    private Pointers() {
    }

    static String statement(int index) {
        return "/Statement/" + index;
    }

    /** {@return the pointer to value {@code position} of a list element written with {@code size} values} */
    static String element(int statement, String element, int position, int size) {
        String base = statement(statement) + "/" + element;
        return size == 1 ? base : base + "/" + position;
    }

    /** {@return the pointer to a key of a statement's {@code Condition}} */
    static String condition(int statement, String operator, String key) {
        return statement(statement) + "/Condition/" + escape(operator) + "/" + escape(key);
    }

    /** {@return {@code token} escaped for a JSON pointer: {@code ~} as {@code ~0}, {@code /} as {@code ~1}} */
    static String escape(String token) {
        if (token.indexOf('~') < 0 && token.indexOf('/') < 0) {
            return token;
        }
        return token.replace("~", "~0").replace("/", "~1");
    }
}
