package dev.rudderiam.catalog;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The name RudderStack gives an S3 Data Lake namespace, which is the Glue database it creates and uses: the
 * destination's {@code namespace} setting (or, when that is empty, the source name) passed through
 * rudder-server's {@code warehouseutils.ToSafeNamespace("S3_DATALAKE", name)}. A policy narrowed to a database
 * must name it as RudderStack does, or every Glue call is denied; {@link ParameterType#GLUE_DATABASE} therefore
 * accepts only names this function leaves unchanged and suggests the rewritten one otherwise.
 *
 * <p>The steps, as read in {@code rudderlabs/rudder-server:warehouse/utils/utils.go} (function
 * {@code ToSafeNamespace}, stored commit {@code 08a43cea}) and checked against its test table
 * ({@code warehouse/utils/utils_test.go}, {@code TestToSafeNamespace}):
 * <ol>
 *   <li>every maximal run of ASCII letters and digits is kept, everything else (including {@code _}) separates
 *       runs, and the runs are joined with single underscores;</li>
 *   <li>the result is snake-cased by {@code github.com/iancoleman/strcase.ToSnake}: lower case, with an
 *       underscore where letters meet digits and where the case changes ({@code 9mega} becomes {@code 9_mega},
 *       {@code omegaV2} becomes {@code omega_v_2});</li>
 *   <li>a leading digit gets an underscore in front ({@code _9_mega});</li>
 *   <li>an empty result becomes {@code stringempty};</li>
 *   <li>a word reserved for {@code S3_DATALAKE} ({@code warehouse/utils/reservedkeywords.go}, compared in upper
 *       case) gets an underscore in front ({@code table} becomes {@code _table});</li>
 *   <li>the result is cut to 127 characters ({@code misc.TruncateStr}; the result is ASCII, so characters and
 *       bytes agree).</li>
 * </ol>
 * RudderStack can skip step 2 with its server setting {@code Warehouse.s3_datalake.skipNamespaceSnakeCasing}
 * (default false); this class assumes the default, which RudderStack Cloud does not document otherwise.
 *
 * <p>The names it leaves unchanged (its fixed points, the names {@link ParameterType#GLUE_DATABASE} accepts) are
 * therefore: words of lowercase letters or of digits joined by single underscores, starting with a letter and not a
 * {@linkplain #reservedWords() reserved word}; such words starting with a digit, with an underscore in front; or a
 * reserved word with an underscore in front; at most 127 characters (a longer result is cut, and
 * a cut one is never a fixed point, since it would lose letters or digits of the name).
 */
public final class SafeNamespace {
    /** The longest name {@code ToSafeNamespace} returns. */
    static final int MAX_LENGTH = 127;

    /**
     * Reserved words of {@code ReservedKeywords["S3_DATALAKE"]} in
     * {@code rudderlabs/rudder-server:warehouse/utils/reservedkeywords.go} (stored commit {@code 0279534c}),
     * in upper case as the Go map holds them (including its spelling {@code CASHE}).
     */
    private static final Set<String> RESERVED = Set.of(("ALL ALTER AND ARRAY AS AUTHORIZATION BETWEEN BIGINT BINARY"
            + " BOOLEAN BOTH BY CASE CASHE CAST CHAR COLUMN CONF CONSTRAINT COMMIT CREATE CROSS CUBE CURRENT"
            + " CURRENT_DATE CURRENT_TIMESTAMP CURSOR DATABASE DATE DAYOFWEEK DECIMAL DELETE DESCRIBE DISTINCT DOUBLE"
            + " DROP ELSE END EXCHANGE EXISTS EXTENDED EXTERNAL EXTRACT FALSE FETCH FLOAT FLOOR FOLLOWING FOR FOREIGN"
            + " FROM FULL FUNCTION GRANT GROUP GROUPING HAVING IF IMPORT IN INNER INSERT INT INTEGER INTERSECT INTERVAL"
            + " INTO IS JOIN LATERAL LEFT LESS LIKE LOCAL MACRO MAP MORE NONE NOT NULL NUMERIC OF ON ONLY OR ORDER OUT"
            + " OUTER OVER PARTIALSCAN PARTITION PERCENT PRECEDING PRECISION PRESERVE PRIMARY PROCEDURE RANGE READS"
            + " REDUCE REGEXP REFERENCES REVOKE RIGHT RLIKE ROLLBACK ROLLUP ROW ROWS SELECT SET SMALLINT START TABLE"
            + " TABLESAMPLE THEN TIME TIMESTAMP TO TRANSFORM TRIGGER TRUE TRUNCATE UNBOUNDED UNION UNIQUEJOIN UPDATE"
            + " USER USING UTC_TIMESTAMP VALUES VARCHAR VIEWS WHEN WHERE WINDOW WITH").split(" "));

    private SafeNamespace() {
    }

    /**
     * {@return the words reserved for {@code S3_DATALAKE}, in lower case and sorted}: a namespace that is one of
     * them gets an underscore in front
     */
    public static List<String> reservedWords() {
        return RESERVED.stream().map(word -> word.toLowerCase(Locale.ROOT)).sorted().collect(Collectors.toList());
    }

    /** {@return the Glue database RudderStack uses for the S3 Data Lake namespace (or source name) {@code name}} */
    static String of(String name) {
        Objects.requireNonNull(name, "name");
        StringBuilder joined = new StringBuilder();
        boolean inRun = false;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (isAsciiLetterOrDigit(c)) {
                if (!inRun && joined.length() > 0) {
                    joined.append('_');
                }
                joined.append(c);
                inRun = true;
            } else {
                inRun = false;
            }
        }
        String namespace = toSnake(joined.toString());
        if (!namespace.isEmpty() && isDigit(namespace.charAt(0))) {
            namespace = "_" + namespace;
        }
        if (namespace.isEmpty()) {
            namespace = "stringempty";
        }
        if (RESERVED.contains(namespace.toUpperCase(Locale.ROOT))) {
            namespace = "_" + namespace;
        }
        return namespace.length() > MAX_LENGTH ? namespace.substring(0, MAX_LENGTH) : namespace;
    }

    /**
     * strcase's {@code ToScreamingDelimited(s, '_', 0, false)} (v0.2.0 and v0.3.0 agree on the letters, digits
     * and underscores it receives here): lower case, an underscore after a lower-case letter or digit that is
     * followed by a letter or digit of another kind, and before an upper-case letter that starts a new word after
     * an acronym.
     */
    private static String toSnake(String s) {
        StringBuilder n = new StringBuilder(s.length() + 2);
        for (int i = 0; i < s.length(); i++) {
            char v = s.charAt(i);
            boolean vIsCap = v >= 'A' && v <= 'Z';
            boolean vIsLow = v >= 'a' && v <= 'z';
            char lower = vIsCap ? (char) (v + ('a' - 'A')) : v;
            if (i + 1 < s.length()) {
                char next = s.charAt(i + 1);
                boolean vIsNum = isDigit(v);
                boolean nextIsCap = next >= 'A' && next <= 'Z';
                boolean nextIsLow = next >= 'a' && next <= 'z';
                boolean nextIsNum = isDigit(next);
                if ((vIsCap && (nextIsLow || nextIsNum)) || (vIsLow && (nextIsCap || nextIsNum))
                        || (vIsNum && (nextIsCap || nextIsLow))) {
                    if (vIsCap && nextIsLow && i > 0 && s.charAt(i - 1) >= 'A' && s.charAt(i - 1) <= 'Z') {
                        n.append('_');
                    }
                    n.append(lower);
                    if (vIsLow || vIsNum || nextIsNum) {
                        n.append('_');
                    }
                    continue;
                }
            }
            n.append(v == ' ' || v == '_' || v == '-' || v == '.' ? '_' : lower);
        }
        return n.toString();
    }

    private static boolean isAsciiLetterOrDigit(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || isDigit(c);
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
