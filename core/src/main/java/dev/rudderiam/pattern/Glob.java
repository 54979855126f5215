package dev.rudderiam.pattern;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A compiled IAM text pattern: an action, a resource or a condition value, with the {@code *} (any run of
 * characters, possibly empty) and {@code ?} (exactly one character) wildcards and, in policies of version
 * {@code 2012-10-17}, policy variables such as {@code ${aws:username}}, {@code ${aws:PrincipalTag/team, 'none'}}
 * and the escapes {@code ${*}}, {@code ${?}}, {@code ${$}} for a literal {@code *}, {@code ?} and {@code $}.
 *
 * <p>Compile once with {@link #of}, then {@link #matches} many times; instances are immutable and thread-safe.
 * {@link #covers} and {@link #overlaps} compare two patterns for the minimizer and the access checks.
 *
 * @see <a href="https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_action.html">Action:
 *     wildcards, case-insensitive</a>
 * @see <a href="https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_resource.html#reference_policies_elements_resource_wildcards">Resource:
 *     wildcards, case-sensitive</a>
 * @see <a href="https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_variables.html">Policy
 *     variables: special characters, default values, variables with no value</a>
 */
public final class Glob {
    private static final int STAR = -1;
    private static final int ONE = -2;
    private static final int VAR = -3;
    /** {@code ${key}} or {@code ${key, 'default'}}; in a default, {@code ''} stands for one quote. */
    private static final Pattern VARIABLE = Pattern.compile("\\s*([^,\\s']+)\\s*(?:,\\s*'((?:[^']|'')*)'\\s*)?");

    /** How a text is read: whether {@code *}/{@code ?} are wildcards, variables are expanded, case is ignored. */
    public enum Syntax {
        /** Wildcards, no variables, case-insensitive: actions. */
        ACTION(true, false, true),
        /** Wildcards and variables, case-sensitive: resources and {@code StringLike}/{@code ArnLike} values. */
        PATTERN(true, true, false),
        /** Wildcards, no variables, case-sensitive: resources of a {@code 2008-10-17} policy. */
        PATTERN_NO_VARIABLES(true, false, false),
        /** No wildcards, variables, case-sensitive: {@code StringEquals} values. */
        LITERAL(false, true, false),
        /** No wildcards, variables, case-insensitive: {@code StringEqualsIgnoreCase} values. */
        LITERAL_IGNORE_CASE(false, true, true),
        /** Plain text, case-sensitive. */
        PLAIN(false, false, false),
        /** Plain text, case-insensitive. */
        PLAIN_IGNORE_CASE(false, false, true);

        private final boolean wildcards;
        private final boolean variables;
        private final boolean ignoreCase;

        Syntax(boolean wildcards, boolean variables, boolean ignoreCase) {
            this.wildcards = wildcards;
            this.variables = variables;
            this.ignoreCase = ignoreCase;
        }

        /** {@return this syntax without policy variables, for documents of version {@code 2008-10-17}} */
        public Syntax withoutVariables() {
            if (!variables) {
                return this;
            }
            if (this == PATTERN) {
                return PATTERN_NO_VARIABLES;
            }
            return ignoreCase ? PLAIN_IGNORE_CASE : PLAIN;
        }
    }

    /** Supplies the value of a policy variable's key, or null when the request has no single value for it. */
    @FunctionalInterface
    public interface Variables {
        /** No variable has a value. */
        Variables NONE = key -> null;

        /** {@return the value of {@code key} (lower case), or null} */
        @Nullable String value(String lowerCaseKey);
    }

    private record Variable(String key, @Nullable String fallback) {
    }

    private final String text;
    private final Syntax syntax;
    private final int[] tokens;
    private final List<Variable> variables;
    /** The text when it has neither wildcards nor variables. */
    private final @Nullable String literal;
    /** The literal prefix when the pattern is that prefix followed by a single trailing {@code *}. */
    private final @Nullable String prefix;
    private final boolean matchesAll;
    /** Whether the only wildcards are {@code *}s (at least one) and there is no variable. */
    private final boolean starsOnly;

    private Glob(String text, Syntax syntax) {
        this.text = text;
        this.syntax = syntax;
        List<Variable> vars = syntax.variables ? new ArrayList<>() : List.of();
        this.tokens = tokenize(text, syntax, vars);
        this.variables = List.copyOf(vars);
        boolean plain = true;
        for (int token : tokens) {
            plain &= token >= 0;
        }
        this.literal = plain ? decode(0, tokens.length) : null;
        int last = tokens.length - 1;
        boolean prefixOnly = last >= 0 && tokens[last] == STAR;
        for (int i = 0; i < last && prefixOnly; i++) {
            prefixOnly = tokens[i] >= 0;
        }
        this.prefix = prefixOnly ? decode(0, last) : null;
        this.matchesAll = tokens.length == 1 && tokens[0] == STAR;
        boolean stars = false;
        boolean others = false;
        for (int token : tokens) {
            stars |= token == STAR;
            others |= token == ONE || token == VAR;
        }
        this.starsOnly = stars && !others;
    }

    /** {@return {@code text} compiled under {@code syntax}} */
    public static Glob of(String text, Syntax syntax) {
        return new Glob(Objects.requireNonNull(text, "pattern"), Objects.requireNonNull(syntax, "syntax"));
    }

    /**
     * {@return whether {@code text} holds {@code *} or {@code ?}}, in one pass: whether, read as an action or a
     * resource, it is a pattern rather than one name (a policy variable is not a wildcard)
     */
    public static boolean hasWildcard(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '*' || c == '?') {
                return true;
            }
        }
        return false;
    }

    /** {@return the text as written} */
    public String text() {
        return text;
    }

    /**
     * {@return the text before the first wildcard or variable, as compared (lower case when case is ignored)}: every
     * text the pattern matches starts with it, and a pattern covers another only if its literal prefix is a prefix
     * of the other's, which is what {@link PrefixIndex} looks up
     */
    public String literalPrefix() {
        if (literal != null) {
            return literal;
        }
        int end = 0;
        while (end < tokens.length && tokens[end] >= 0) {
            end++;
        }
        return decode(0, end);
    }

    /** {@return whether the pattern has neither wildcards nor variables, so it covers only the same text} */
    public boolean isLiteral() {
        return literal != null;
    }

    /** {@return the number of tokens (characters, wildcards, variables): the measure of {@link #covers}' work} */
    public int length() {
        return tokens.length;
    }

    /** {@return whether the pattern is {@code *} alone} */
    public boolean matchesAll() {
        return matchesAll;
    }

    /** {@return whether {@code value} matches, expanding no variables (a variable without default fails)} */
    public boolean matches(String value) {
        return matches(value, Variables.NONE);
    }

    /**
     * {@return whether {@code value} matches, with policy variables taken from {@code vars}}. A variable that has no
     * value and no default makes the pattern match nothing, as AWS documents for "policy variables with no value".
     */
    public boolean matches(String value, Variables vars) {
        if (matchesAll) {
            return true;
        }
        if (literal != null) {
            return syntax.ignoreCase ? literal.equalsIgnoreCase(value) : literal.equals(value);
        }
        if (prefix != null) {
            return value.regionMatches(syntax.ignoreCase, 0, prefix, 0, prefix.length());
        }
        int[] resolved = variables.isEmpty() ? tokens : resolve(vars);
        return resolved != null && match(resolved, value, syntax.ignoreCase);
    }

    /**
     * {@return whether every text this pattern's {@code other} matches is matched by this one}, decided soundly: a
     * {@code true} is always right, a {@code false} may miss a cover that needs reasoning about character sets.
     * A variable in {@code other} may expand to anything, so only a {@code *} here covers it; a pattern with
     * variables covers only an identical pattern.
     */
    public boolean covers(Glob other) {
        if (syntax.ignoreCase != other.syntax.ignoreCase) {
            return false;
        }
        if (!variables.isEmpty() || tokens.length == 0 && other.tokens.length != 0) {
            return Arrays.equals(tokens, other.tokens) && variables.equals(other.variables);
        }
        if (matchesAll) {
            return true;
        }
        if (literal != null) {
            return other.literal != null
                    && (syntax.ignoreCase ? literal.equalsIgnoreCase(other.literal) : literal.equals(other.literal));
        }
        if (other.literal != null) {
            return matches(other.literal);
        }
        if (prefix != null && other.prefix != null) {
            return other.prefix.regionMatches(syntax.ignoreCase, 0, prefix, 0, prefix.length());
        }
        return starsOnly ? coversBySegments(other.tokens) : coversByTable(other);
    }

    /**
     * {@link #covers} of a pattern whose only wildcards are {@code *}s: its literal runs stand in {@code b} in
     * order, the first at the start and the last at the end. Taking each run where it first occurs is enough (a
     * run can only stand for the same characters, and an earlier place leaves more room for the runs after it),
     * so the usual case (an ARN format against a resource) costs one pass; a wildcard or variable in {@code b}
     * is a token no character equals, so only a {@code *} here takes it.
     */
    private boolean coversBySegments(int[] b) {
        int[] a = tokens;
        int first = 0;
        while (a[first] != STAR) {
            first++;
        }
        int last = a.length - 1;
        while (a[last] != STAR) {
            last--;
        }
        int end = b.length - (a.length - 1 - last);
        if (end < first || !Arrays.equals(a, 0, first, b, 0, first)
                || !Arrays.equals(a, last + 1, a.length, b, end, b.length)) {
            return false;
        }
        int from = first;
        int i = first + 1;
        while (i < last) {
            if (a[i] == STAR) {
                i++;
                continue;
            }
            int j = i;
            while (a[j] != STAR) {
                j++;
            }
            int at = indexOf(b, from, end, a, i, j);
            if (at < 0) {
                return false;
            }
            from = at + j - i;
            i = j;
        }
        return true;
    }

    /** {@return where {@code run[from..to)} first stands in {@code text[start..end)}, or -1} */
    private static int indexOf(int[] text, int start, int end, int[] run, int from, int to) {
        for (int at = start; at + to - from <= end; at++) {
            if (Arrays.equals(text, at, at + to - from, run, from, to)) {
                return at;
            }
        }
        return -1;
    }

    /**
     * {@link #covers} by a table over both patterns, for any pattern: time the product of the lengths, memory
     * linear in {@code other}'s.
     */
    boolean coversByTable(Glob other) {
        int[] a = tokens;
        int[] b = asStars(other.tokens);
        // dp[i][j]: a[i..] covers b[j..]; row i needs only row i + 1, so two rows of b's length suffice.
        boolean[] next = new boolean[b.length + 1];
        boolean[] row = new boolean[b.length + 1];
        next[b.length] = true;
        for (int i = a.length - 1; i >= 0; i--) {
            for (int j = b.length; j >= 0; j--) {
                if (a[i] == STAR) {
                    row[j] = next[j] || j < b.length && row[j + 1];
                } else if (j == b.length) {
                    row[j] = false;
                } else if (a[i] == ONE) {
                    row[j] = b[j] != STAR && next[j + 1];
                } else {
                    row[j] = b[j] >= 0 && same(a[i], b[j], syntax.ignoreCase) && next[j + 1];
                }
            }
            boolean[] swap = next;
            next = row;
            row = swap;
        }
        return next[0];
    }

    /**
     * {@return whether some text matches both patterns}; variables count as {@code *}, so the answer errs on the
     * side of "they overlap".
     */
    public boolean overlaps(Glob other) {
        boolean ignoreCase = syntax.ignoreCase || other.syntax.ignoreCase;
        int[] a = asStars(tokens);
        int[] b = asStars(other.tokens);
        int n = a.length;
        int m = b.length;
        // reach[i][j]: a[..i) and b[..j) can match a common text. Filled forwards from the cells already reached,
        // so the usual case (few reachable cells) costs little; row i feeds only rows i and i + 1, so two rows of
        // b's length suffice: memory linear in b, time at most the product of the lengths.
        boolean[] row = new boolean[m + 1];
        boolean[] next = new boolean[m + 1];
        row[0] = true;
        for (int i = 0; i < n; i++) {
            Arrays.fill(next, false);
            int ca = a[i];
            for (int j = 0; j <= m; j++) {
                if (!row[j]) {
                    continue;
                }
                int cb = j < m ? b[j] : 0;
                if (ca == STAR) {
                    next[j] = true;
                    if (j < m) {
                        row[j + 1] = true;
                    }
                } else if (j < m && cb != STAR && (ca == ONE || cb == ONE || same(ca, cb, ignoreCase))) {
                    next[j + 1] = true;
                }
                if (j < m && cb == STAR) {
                    row[j + 1] = true;
                    next[j] = true;
                }
            }
            boolean[] swap = row;
            row = next;
            next = swap;
        }
        // a is spent: what is left of b must be able to match nothing, that is, be stars.
        for (int j = 0; j < m; j++) {
            if (row[j] && b[j] == STAR) {
                row[j + 1] = true;
            }
        }
        return row[m];
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Glob && ((Glob) other).text.equals(text) && ((Glob) other).syntax == syntax;
    }

    @Override
    public int hashCode() {
        return text.hashCode() * 31 + syntax.hashCode();
    }

    @Override
    public String toString() {
        return text;
    }

    private int @Nullable [] resolve(Variables vars) {
        int length = 0;
        String[] values = new String[variables.size()];
        for (int v = 0; v < values.length; v++) {
            Variable variable = variables.get(v);
            String value = vars.value(variable.key());
            if (value == null) {
                value = variable.fallback();
            }
            if (value == null) {
                return null;
            }
            values[v] = value;
            length += value.length();
        }
        int[] out = new int[tokens.length + length];
        int n = 0;
        int v = 0;
        for (int token : tokens) {
            if (token == VAR) {
                String value = values[v++];
                for (int k = 0; k < value.length(); k++) {
                    out[n++] = syntax.ignoreCase ? Character.toLowerCase(value.charAt(k)) : value.charAt(k);
                }
            } else {
                out[n++] = token;
            }
        }
        return Arrays.copyOf(out, n);
    }

    private static boolean match(int[] pattern, String value, boolean ignoreCase) {
        int p = 0;
        int s = 0;
        int starP = -1;
        int starS = 0;
        int n = value.length();
        while (s < n) {
            if (p < pattern.length && (pattern[p] == ONE
                    || pattern[p] >= 0 && same(pattern[p], value.charAt(s), ignoreCase))) {
                p++;
                s++;
            } else if (p < pattern.length && pattern[p] == STAR) {
                starP = p++;
                starS = s;
            } else if (starP >= 0) {
                p = starP + 1;
                s = ++starS;
            } else {
                return false;
            }
        }
        while (p < pattern.length && pattern[p] == STAR) {
            p++;
        }
        return p == pattern.length;
    }

    private static boolean same(int a, int b, boolean ignoreCase) {
        return a == b || ignoreCase && Character.toLowerCase(a) == Character.toLowerCase(b);
    }

    /** {@return the tokens with each variable as {@code *}: the tokens themselves when there is none} */
    private static int[] asStars(int[] tokens) {
        boolean any = false;
        for (int token : tokens) {
            any |= token == VAR;
        }
        if (!any) {
            return tokens;
        }
        int[] out = tokens.clone();
        for (int i = 0; i < out.length; i++) {
            if (out[i] == VAR) {
                out[i] = STAR;
            }
        }
        return out;
    }

    /**
     * {@return the characters of {@code tokens[from..to)}, which holds no wildcard or variable}: a part of the text
     * itself when each token is its character as written (case kept, nothing expanded), so compiling a resource
     * pattern copies no characters it does not have to
     */
    private String decode(int from, int to) {
        if (!syntax.ignoreCase && tokens.length == text.length()) {
            return from == 0 && to == text.length() ? text : text.substring(from, to);
        }
        StringBuilder out = new StringBuilder(to - from);
        for (int i = from; i < to; i++) {
            out.appendCodePoint(tokens[i]);
        }
        return out.toString();
    }

    /**
     * {@return the index of the closing brace of a variable whose body starts at {@code from}, or -1}: a body holds
     * no variable start (dollar sign and opening brace), so the search stops at the next one, and tokenizing reads
     * each character a bounded number of times (a text of half a million variable starts costs linear time, not
     * the square)
     */
    private static int variableEnd(String text, int from) {
        for (int k = from; k < text.length(); k++) {
            char d = text.charAt(k);
            if (d == '}') {
                return k;
            }
            if (d == '$' && k + 1 < text.length() && text.charAt(k + 1) == '{') {
                return -1;
            }
        }
        return -1;
    }

    private static int[] tokenize(String text, Syntax syntax, List<Variable> vars) {
        int[] out = new int[text.length()];
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (syntax.variables && c == '$' && i + 1 < text.length() && text.charAt(i + 1) == '{') {
                int close = variableEnd(text, i + 2);
                if (close > 0) {
                    String inner = text.substring(i + 2, close);
                    if (inner.equals("*") || inner.equals("?") || inner.equals("$")) {
                        out[n++] = inner.charAt(0);
                        i = close;
                        continue;
                    }
                    Matcher m = VARIABLE.matcher(inner);
                    if (m.matches()) {
                        String fallback = m.group(2) == null ? null : m.group(2).replace("''", "'");
                        vars.add(new Variable(m.group(1).toLowerCase(Locale.ROOT), fallback));
                        out[n++] = VAR;
                        i = close;
                        continue;
                    }
                }
            }
            if (syntax.wildcards && c == '*') {
                out[n++] = STAR;
            } else if (syntax.wildcards && c == '?') {
                out[n++] = ONE;
            } else {
                out[n++] = syntax.ignoreCase ? Character.toLowerCase(c) : c;
            }
        }
        return n == out.length ? out : Arrays.copyOf(out, n);
    }
}
