package dev.rudderiam.catalog;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One statement of a template: an IAM statement as JSON values whose strings may hold {@code ${parameter}}
 * placeholders, and the condition under which it applies.
 */
public record StatementTemplate(When when, Map<String, Object> statement) {
    public StatementTemplate {
        statement = Collections.unmodifiableMap(new LinkedHashMap<>(statement));
    }
}
