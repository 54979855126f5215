package dev.rudderiam.validation.rules;

import dev.rudderiam.arn.Arn;
import dev.rudderiam.policy.Resource;
import dev.rudderiam.policy.StatementElement;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One entry of a statement's {@code Resource} or {@code NotResource}, with its ARN parsed once; its JSON pointer is
 * built only when a finding needs it.
 */
final class ResourceEntry {
    private final String value;
    private final int statement;
    private final StatementElement element;
    private final int position;
    private final int size;
    private @Nullable Arn arn;
    private boolean parsed;

    private ResourceEntry(String value, int statement, StatementElement element, int position, int size) {
        this.value = value;
        this.statement = statement;
        this.element = element;
        this.position = position;
        this.size = size;
    }

    static List<ResourceEntry> of(int statement, StatementElement element, List<Resource> values) {
        List<ResourceEntry> entries = new ArrayList<>(values.size());
        for (int j = 0; j < values.size(); j++) {
            entries.add(new ResourceEntry(values.get(j).value(), statement, element, j, values.size()));
        }
        return entries;
    }

    /** {@return the resource as written} */
    String value() {
        return value;
    }

    String path() {
        return Pointers.element(statement, element.json(), position, size);
    }

    /** {@return the ARN when the value is one, else null} */
    @Nullable Arn arn() {
        if (!parsed) {
            arn = Arns.parse(value);
            parsed = true;
        }
        return arn;
    }

    /** {@return whether the text is a pattern or holds a policy variable, so its parts need not be literal} */
    static boolean isDynamic(String part) {
        return Wildcards.hasWildcard(part) || part.contains("${");
    }
}
