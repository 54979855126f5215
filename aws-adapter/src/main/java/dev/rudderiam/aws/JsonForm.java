package dev.rudderiam.aws;

import dev.rudderiam.json.JsonValues;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/** The plain values ({@link JsonValues#write}) that plans and results print as JSON. */
final class JsonForm {
    private JsonForm() {
    }

    static Map<String, Object> calls(CallCounts calls) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("read", calls.reads());
        json.put("write", calls.writes());
        return json;
    }

    static List<Map<String, Object>> changes(List<Change> changes) {
        return changes.stream().map(Change::toJsonValues).collect(Collectors.toList());
    }

    static Map<String, Object> state(RoleState state) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("name", state.name());
        json.put("path", state.path());
        json.put("arn", state.arn());
        json.put("roleId", state.roleId());
        json.put("description", orNull(state.description()));
        json.put("maxSessionDuration", state.maxSessionDurationSeconds());
        json.put("permissionsBoundary", orNull(state.permissionsBoundary()));
        json.put("tags", state.tags());
        json.put("trustPolicy", state.trustPolicy());
        json.put("inlinePolicies", state.inlinePolicies());
        json.put("managedPolicyArns", state.managedPolicyArns());
        return json;
    }

    private static Object orNull(@Nullable String value) {
        return value == null ? JsonValues.NULL : value;
    }
}
