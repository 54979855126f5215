package dev.rudderiam.catalog;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One entry of a template's {@code calls}: a {@link RudderStackCall} whose resources and context values may hold
 * {@code ${parameter}} placeholders, and the condition under which RudderStack makes it.
 */
record CallTemplate(When when, String operation, String action, List<String> resources, Map<String, String> context,
        Map<String, String> request, RudderStackCall.Caller caller, @Nullable String session, String source,
        String note) {
    CallTemplate {
        resources = List.copyOf(resources);
        context = Map.copyOf(context);
        request = Map.copyOf(request);
    }
}
