package dev.rudderiam.validation.rules;

import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * IAM's wildcard matching: {@code *} matches any run of characters (including none), {@code ?} any one character.
 * Actions compare ignoring case, resources exactly. Every method runs in time bounded by the product of the two
 * lengths, so a hostile pattern costs no more than that.
 *
 * @see <a href="https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_resource.html#reference_policies_elements_resource_wildcards">Resource:
 *     including wildcard characters in resource ARNs</a>
 */
final class Wildcards {
    private Wildcards() {
    }

    /** {@return whether {@code text} holds {@code *} or {@code ?}}, in one pass over it */
    static boolean hasWildcard(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '*' || c == '?') {
                return true;
            }
        }
        return false;
    }

    /** {@return whether {@code pattern} matches the literal {@code text}} */
    static boolean matches(String pattern, String text, boolean ignoreCase) {
        return covers(pattern, text, ignoreCase, false);
    }

    /**
     * {@return whether every string {@code specific} matches is also matched by {@code general}}: {@code general}'s
     * {@code *} may stand for any part of {@code specific}, wildcards included, its {@code ?} for one character or
     * {@code ?} of {@code specific}; a literal character covers only itself.
     */
    static boolean subsumes(String general, String specific, boolean ignoreCase) {
        return covers(general, specific, ignoreCase, true);
    }

    /**
     * {@return {@code pattern} cut at its {@code *}s, for {@link #subsumes(String[], String)}}, or null when it holds
     * a {@code ?} (whose meaning needs {@link #subsumes(String, String, boolean)})
     */
    static String @Nullable [] segments(String pattern) {
        return pattern.indexOf('?') >= 0 ? null : pattern.split("\\*", -1);
    }

    /**
     * {@link #subsumes(String, String, boolean)}, case-sensitive, of a pattern given as its {@link #segments}: the
     * text starts with the first segment, ends with the last, and holds the others in order in between. Taking each
     * segment where it first occurs is enough: a segment holds no wildcard, so it can only stand for the same
     * characters of the text, and an earlier place leaves more room for the segments after it.
     */
    static boolean subsumes(String[] segments, String text) {
        int last = segments.length - 1;
        if (last == 0) {
            return segments[0].equals(text);
        }
        if (!text.startsWith(segments[0])) {
            return false;
        }
        int from = segments[0].length();
        for (int i = 1; i < last; i++) {
            int at = text.indexOf(segments[i], from);
            if (at < 0) {
                return false;
            }
            from = at + segments[i].length();
        }
        return text.length() - from >= segments[last].length() && text.endsWith(segments[last]);
    }

    /** Greedy matching with one backtrack point, linear in practice and never worse than the lengths' product. */
    private static boolean covers(String pattern, String text, boolean ignoreCase, boolean textHasWildcards) {
        int p = 0;
        int t = 0;
        int star = -1;
        int mark = 0;
        int pn = pattern.length();
        int tn = text.length();
        while (t < tn) {
            if (p < pn && pattern.charAt(p) == '*') {
                star = p++;
                mark = t;
            } else if (p < pn && single(pattern.charAt(p), text.charAt(t), ignoreCase, textHasWildcards)) {
                p++;
                t++;
            } else if (star >= 0) {
                p = star + 1;
                t = ++mark;
            } else {
                return false;
            }
        }
        while (p < pn && pattern.charAt(p) == '*') {
            p++;
        }
        return p == pn;
    }

    private static boolean single(char pattern, char text, boolean ignoreCase, boolean textHasWildcards) {
        if (pattern == '?') {
            return !textHasWildcards || text != '*';
        }
        if (textHasWildcards && (text == '*' || text == '?')) {
            return false;
        }
        return pattern == text || ignoreCase && Character.toLowerCase(pattern) == Character.toLowerCase(text);
    }

    /**
     * {@return whether some string is matched by both patterns}, {@code *} and {@code ?} being wildcards in both;
     * a dynamic programme over the two patterns.
     */
    static boolean overlap(String a, String b) {
        int n = a.length();
        int m = b.length();
        // reach[i][j]: the prefixes a[..i) and b[..j) can match a common string. Row i feeds only rows i and
        // i + 1, so two rows of b's length suffice: memory linear in b, time the product of the lengths.
        boolean[] row = new boolean[m + 1];
        boolean[] next = new boolean[m + 1];
        row[0] = true;
        for (int i = 0; i <= n; i++) {
            Arrays.fill(next, false);
            char ca = i < n ? a.charAt(i) : 0;
            for (int j = 0; j <= m; j++) {
                if (!row[j]) {
                    continue;
                }
                char cb = j < m ? b.charAt(j) : 0;
                if (i < n && ca == '*') {
                    next[j] = true;
                    if (j < m) {
                        row[j + 1] = true;
                    }
                }
                if (j < m && cb == '*') {
                    row[j + 1] = true;
                    if (i < n) {
                        next[j] = true;
                    }
                }
                if (i < n && j < m && ca != '*' && cb != '*' && (ca == '?' || cb == '?' || ca == cb)) {
                    next[j + 1] = true;
                }
            }
            if (i == n) {
                return row[m];
            }
            boolean[] swap = row;
            row = next;
            next = swap;
        }
        return row[m];
    }
}
