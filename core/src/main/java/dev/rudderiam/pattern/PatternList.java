package dev.rudderiam.pattern;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * One list of a statement (its actions or its resources) indexed to answer "does some entry cover this pattern?"
 * without comparing all entries: literal entries by their text, the others by their literal prefix
 * ({@link PrefixIndex}), since only a pattern whose text before its first wildcard is a prefix of another's can
 * cover it.
 */
final class PatternList {
    private final Set<String> literals = new HashSet<>();
    private final List<Glob> patterns = new ArrayList<>();
    private final PrefixIndex index = PrefixIndex.create();

    PatternList(Glob[] entries) {
        for (Glob glob : entries) {
            if (glob.isLiteral()) {
                literals.add(glob.literalPrefix());
            } else {
                index.add(glob.literalPrefix(), patterns.size());
                patterns.add(glob);
            }
        }
    }

    /** {@return whether some entry is proven to cover {@code glob} within {@code effort}} */
    boolean covers(Glob glob, Budget effort) {
        if (glob.isLiteral() && literals.contains(glob.literalPrefix())) {
            return true;
        }
        boolean[] found = {false};
        boolean[] spent = {false};
        index.visitPrefixesOf(glob.literalPrefix(), j -> {
            Glob wide = patterns.get(j);
            spent[0] = !effort.spend(1) || !effort.compare(wide, glob);
            found[0] = !spent[0] && wide.covers(glob);
            return !found[0] && !spent[0];
        });
        return found[0];
    }

    /** {@return whether every one of {@code narrow} is covered by an entry} */
    boolean coversAll(Glob[] narrow, Budget effort) {
        for (Glob glob : narrow) {
            if (!covers(glob, effort)) {
                return false;
            }
        }
        return true;
    }
}
