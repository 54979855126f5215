package dev.rudderiam.validation.rules;

import dev.rudderiam.arn.internal.ArnText;
import dev.rudderiam.pattern.Glob;
import dev.rudderiam.policy.Resource;
import dev.rudderiam.policy.StatementElement;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One entry of a statement's {@code Resource} or {@code NotResource}, with its ARN parsed once; its JSON pointer is
 * built only when a finding needs it.
 */
final class ResourceEntry extends PatternEntry {

    private final String value;
    private final int statement;
    private final StatementElement element;
    private final int position;
    private final int size;
    private @Nullable ArnText arn;
    private boolean parsed;
    private @Nullable String pattern;
    private @Nullable Glob patternGlob;
    private @Nullable String witness;

    private ResourceEntry(String value, int statement, StatementElement element, int position, int size) {
        this.value = value;
        this.statement = statement;
        this.element = element;
        this.position = position;
        this.size = size;
    }

    static ResourceEntry[] of(int statement, StatementElement element, List<Resource> values) {
        ResourceEntry[] entries = new ResourceEntry[values.size()];
        for (int j = 0; j < entries.length; j++) {
            entries[j] = new ResourceEntry(values.get(j).value(), statement, element, j, entries.length);
        }
        return entries;
    }

    /** {@return the resource as written} */
    String value() {
        return value;
    }

    /** {@return how the entry reads: Resources compare case-sensitively; a policy variable is read as its text} */
    @Override
    Glob.Syntax syntax() {
        return Glob.Syntax.PATTERN_NO_VARIABLES;
    }

    @Override
    String text() {
        return value;
    }

    String path() {
        return Pointers.element(statement, element.json(), position, size);
    }

    /** {@return the value as a pattern, its policy variables turned into {@code *}} */
    String pattern() {
        if (pattern == null) {
            pattern = value.contains("${") ? variablesAsStars(value) : value;
        }
        return pattern;
    }

    /** {@return {@link #pattern()} compiled, once per run} */
    Glob patternGlob() {
        if (patternGlob == null) {
            // Without a variable the pattern is the value itself, already compiled as the entry's pattern.
            patternGlob = pattern().equals(value) ? glob() : Glob.of(pattern(), Glob.Syntax.PATTERN_NO_VARIABLES);
        }
        return patternGlob;
    }

    /**
     * {@return a text that {@link #pattern()} matches: the pattern with each {@code *} and {@code ?} as one
     * {@code x}}; when an ARN format matches it, the resource surely names a resource of that format's type
     */
    String witness() {
        if (witness == null) {
            witness = pattern().replace('*', 'x').replace('?', 'x');
        }
        return witness;
    }

    /** {@return the ARN when the value is one, else null} */
    @Nullable ArnText arn() {
        if (!parsed) {
            arn = Arns.parse(value);
            parsed = true;
        }
        return arn;
    }

    /** {@return whether the text is a pattern or holds a policy variable, so its parts need not be literal} */
    static boolean isDynamic(String part) {
        return Glob.hasWildcard(part) || part.contains("${");
    }

    /**
     * {@return {@code text} with each policy variable, {@code $} and opening brace up to the next closing brace,
     * replaced by {@code *}}: one pass, where a regular expression would rescan the rest of a text with many
     * unclosed variables from each of them
     */
    static String variablesAsStars(String text) {
        StringBuilder out = new StringBuilder(text.length());
        int i = 0;
        while (i < text.length()) {
            int start = text.indexOf("${", i);
            int close = start < 0 ? -1 : text.indexOf('}', start + 2);
            if (close < 0) {
                break;
            }
            out.append(text, i, start).append('*');
            i = close + 1;
        }
        return out.append(text, i, text.length()).toString();
    }
}
