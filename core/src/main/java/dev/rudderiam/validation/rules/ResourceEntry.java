package dev.rudderiam.validation.rules;

import dev.rudderiam.policy.Resource;
import dev.rudderiam.policy.Statement;
import dev.rudderiam.policy.StatementElement;
import java.util.ArrayList;
import java.util.List;

/**
 * One entry of a statement's {@code Resource} or {@code NotResource}, with its JSON pointer.
 *
 * @param value the resource as written
 * @param path its JSON pointer
 */
record ResourceEntry(String value, String path) {

    /** {@return the entries of {@code Resource} and then {@code NotResource}} */
    static List<ResourceEntry> of(int index, Statement statement) {
        List<ResourceEntry> entries = new ArrayList<>();
        add(entries, index, StatementElement.RESOURCE, statement.resources());
        add(entries, index, StatementElement.NOT_RESOURCE, statement.notResources());
        return entries;
    }

    private static void add(List<ResourceEntry> entries, int index, StatementElement element, List<Resource> values) {
        for (int j = 0; j < values.size(); j++) {
            entries.add(new ResourceEntry(values.get(j).value(),
                    Pointers.element(index, element.json(), j, values.size())));
        }
    }

    /** {@return whether the text is a pattern or holds a policy variable, so its parts need not be literal} */
    static boolean isDynamic(String part) {
        return Wildcards.hasWildcard(part) || part.contains("${");
    }
}
