package dev.rudderiam.aws;

import dev.rudderiam.json.JsonStyle;
import dev.rudderiam.json.JsonValues;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a delete did: whether a role was there, the calls that removed its parts and the role, and the IAM calls
 * spent.
 *
 * @param roleName the role name asked for
 * @param existed whether the role existed when the delete started
 * @param removed what was removed, one IAM operation and its target per entry, such as
 *     {@code DeleteRolePolicy s3-write}
 * @param calls the IAM calls made
 */
public record DeleteResult(String roleName, boolean existed, List<String> removed, CallCounts calls) {
    /** Checks nulls and copies the list. */
    public DeleteResult {
        Objects.requireNonNull(roleName, "roleName");
        removed = List.copyOf(removed);
        Objects.requireNonNull(calls, "calls");
    }

    /** {@return the result for people} */
    public String toText() {
        StringBuilder text = new StringBuilder("Role ").append(roleName)
                .append(existed ? " deleted." : " does not exist: nothing to delete.").append(System.lineSeparator());
        removed.forEach(line -> text.append("  ").append(line).append(System.lineSeparator()));
        return text.append(calls.reads()).append(" read and ").append(calls.writes()).append(" write calls.")
                .append(System.lineSeparator()).toString();
    }

    /** {@return the result as JSON: {@code role}, {@code existed}, {@code removed}, {@code calls}} */
    public String toJson(JsonStyle style) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("role", roleName);
        json.put("existed", existed);
        json.put("removed", removed);
        json.put("calls", JsonForm.calls(calls));
        return JsonValues.write(json, style);
    }
}
