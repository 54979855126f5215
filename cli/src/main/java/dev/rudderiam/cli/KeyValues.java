package dev.rudderiam.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads repeatable {@code NAME=VALUE} options ({@code --param}, {@code --tag}, {@code --policy-document}) into a map,
 * refusing a name given twice: picocli's own map options keep the last value silently, so a second
 * {@code --param bucketName=...} would quietly replace the first.
 */
final class KeyValues {
    private KeyValues() {
    }

    /**
     * {@return the pairs of {@code values}, in the order given}
     *
     * @param option the option's name, for messages
     * @param owner what the options belong to, for messages (empty or ending with a space)
     * @throws IllegalArgumentException when a value has no {@code =} or a name is given twice
     */
    static Map<String, String> parse(String option, String owner, List<String> values) {
        Map<String, String> pairs = new LinkedHashMap<>();
        for (String value : values) {
            int eq = value.indexOf('=');
            if (eq <= 0) {
                throw new IllegalArgumentException(owner + option + " '" + value + "' is invalid: expected NAME=VALUE");
            }
            String name = value.substring(0, eq);
            String previous = pairs.putIfAbsent(name, value.substring(eq + 1));
            if (previous != null) {
                throw new IllegalArgumentException(owner + option + " '" + name + "' is given twice ('" + previous
                        + "' and '" + value.substring(eq + 1) + "'): give each once");
            }
        }
        return pairs;
    }
}
