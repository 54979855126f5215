package dev.rudderiam.validation.rules;

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

    static boolean hasWildcard(String text) {
        return text.indexOf('*') >= 0 || text.indexOf('?') >= 0;
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
        // reach[i][j]: the prefixes a[..i) and b[..j) can match a common string.
        boolean[][] reach = new boolean[n + 1][m + 1];
        reach[0][0] = true;
        for (int i = 0; i <= n; i++) {
            for (int j = 0; j <= m; j++) {
                if (!reach[i][j]) {
                    continue;
                }
                char ca = i < n ? a.charAt(i) : 0;
                char cb = j < m ? b.charAt(j) : 0;
                if (i < n && ca == '*') {
                    reach[i + 1][j] = true;
                    if (j < m) {
                        reach[i][j + 1] = true;
                    }
                }
                if (j < m && cb == '*') {
                    reach[i][j + 1] = true;
                    if (i < n) {
                        reach[i + 1][j] = true;
                    }
                }
                if (i < n && j < m && ca != '*' && cb != '*' && (ca == '?' || cb == '?' || ca == cb)) {
                    reach[i + 1][j + 1] = true;
                }
            }
        }
        return reach[n][m];
    }
}
