package dev.rudderiam.cli;

/**
 * Makes a message safe to print on a terminal, at the one edge where the command line prints errors and findings.
 * Messages from every layer (picocli, core, the catalog, the adapter) embed values the user gave, and a value can
 * hold anything: escape sequences that recolour or retitle the terminal, a bell, a carriage return that hides
 * what came before, a bidirectional override that shows text in another order, or 5,000 characters.
 *
 * <p>{@link #printable} escapes every control, format and separator character (Unicode categories Cc, Cf, Zl, Zp,
 * and unpaired surrogates) as {@code \n}, {@code \t}, {@code \r} or {@code \}{@code uXXXX}, so a message is one line
 * of visible characters. It then shortens a run of more than {@value #MAX_RUN} characters without a space to its
 * first {@value #RUN_HEAD} and last {@value #RUN_TAIL} characters, and a message of more than {@value #MAX_MESSAGE}
 * characters to its first and last part, saying how much was left out. {@link #escape} only escapes, for the
 * human-readable output lines of {@code simulate} and {@code analyze}, which show Sids and resources from documents.
 */
final class Messages {
    /** The longest run of characters without a space kept whole: longer than any ARN or link of ours. */
    static final int MAX_RUN = 200;
    static final int RUN_HEAD = 100;
    static final int RUN_TAIL = 40;
    /** The longest message kept whole: longer than any rule's own text. */
    static final int MAX_MESSAGE = 2000;

    private Messages() {
    }

    /** {@return {@code message} with control characters escaped and long values shortened, on one line} */
    static String printable(String message) {
        return shorten(shortenRuns(escape(message)), MAX_MESSAGE, MAX_MESSAGE - 400, 300);
    }

    /**
     * {@return {@code text} with control, format and separator characters escaped, nothing shortened}: for the
     * human-readable output lines that show what documents hold (Sids, resources), which must stay whole
     */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                int codePoint = Character.toCodePoint(c, text.charAt(i + 1));
                if (unsafe(codePoint)) {
                    out.append(String.format("\\u%04X\\u%04X", (int) c, (int) text.charAt(i + 1)));
                } else {
                    out.append(c).append(text.charAt(i + 1));
                }
                i++;
            } else if (c == '\n') {
                out.append("\\n");
            } else if (c == '\r') {
                out.append("\\r");
            } else if (c == '\t') {
                out.append("\\t");
            } else if (unsafe(c) || Character.isSurrogate(c)) {
                out.append(String.format("\\u%04X", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static boolean unsafe(int codePoint) {
        int type = Character.getType(codePoint);
        return type == Character.CONTROL || type == Character.FORMAT || type == Character.LINE_SEPARATOR
                || type == Character.PARAGRAPH_SEPARATOR;
    }

    private static String shortenRuns(String text) {
        StringBuilder out = new StringBuilder(Math.min(text.length(), 4 * MAX_MESSAGE));
        int start = 0;
        while (start < text.length()) {
            int space = text.indexOf(' ', start);
            int end = space < 0 ? text.length() : space;
            out.append(shorten(text.substring(start, end), MAX_RUN, RUN_HEAD, RUN_TAIL));
            if (space >= 0) {
                out.append(' ');
            }
            start = end + 1;
        }
        return out.toString();
    }

    private static String shorten(String text, int max, int head, int tail) {
        if (text.length() <= max) {
            return text;
        }
        int from = head;
        int to = text.length() - tail;
        if (Character.isLowSurrogate(text.charAt(from))) {
            from--;
        }
        if (Character.isLowSurrogate(text.charAt(to))) {
            to++;
        }
        return text.substring(0, from) + "...(" + (to - from) + " more characters)..." + text.substring(to);
    }
}
