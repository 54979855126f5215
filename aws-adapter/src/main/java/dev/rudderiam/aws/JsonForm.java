package dev.rudderiam.aws;

import dev.rudderiam.json.JsonValues;
import dev.rudderiam.role.RoleSpec;
import dev.rudderiam.role.Tag;
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
        return changes.stream().map(JsonForm::change).collect(Collectors.toList());
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

    private static Map<String, Object> change(Change change) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("operation", change.operation());
        if (change instanceof Change.CreateRole) {
            RoleSpec spec = ((Change.CreateRole) change).spec();
            json.put("path", spec.path().value());
            json.put("description", spec.description() == null ? JsonValues.NULL : spec.description().value());
            json.put("maxSessionDuration", spec.maxSessionDuration().seconds());
            json.put("permissionsBoundary", spec.permissionsBoundary() == null ? JsonValues.NULL
                    : spec.permissionsBoundary().toString());
            json.put("tags", tags(spec.tags()));
            json.put("trustPolicy", spec.trustPolicy());
        } else if (change instanceof Change.UpdateTrustPolicy) {
            json.put("trustPolicy", ((Change.UpdateTrustPolicy) change).document());
        } else if (change instanceof Change.UpdateRole) {
            Change.UpdateRole update = (Change.UpdateRole) change;
            json.put("description", update.description() == null ? JsonValues.NULL : update.description().value());
            json.put("maxSessionDuration", update.maxSessionDuration().seconds());
        } else if (change instanceof Change.PutBoundary) {
            json.put("permissionsBoundary", ((Change.PutBoundary) change).boundary().toString());
        } else if (change instanceof Change.DeleteBoundary) {
            json.put("permissionsBoundary", ((Change.DeleteBoundary) change).boundary());
        } else if (change instanceof Change.PutInlinePolicy) {
            json.put("policyName", ((Change.PutInlinePolicy) change).name().value());
            json.put("policyDocument", ((Change.PutInlinePolicy) change).document());
        } else if (change instanceof Change.DeleteInlinePolicy) {
            json.put("policyName", ((Change.DeleteInlinePolicy) change).name());
        } else if (change instanceof Change.AttachManagedPolicy) {
            json.put("policyArn", ((Change.AttachManagedPolicy) change).policyArn().toString());
        } else if (change instanceof Change.DetachManagedPolicy) {
            json.put("policyArn", ((Change.DetachManagedPolicy) change).policyArn());
        } else if (change instanceof Change.TagRole) {
            json.put("tags", tags(((Change.TagRole) change).tags()));
        } else if (change instanceof Change.UntagRole) {
            json.put("tagKeys", ((Change.UntagRole) change).keys());
        }
        return json;
    }

    private static Map<String, Object> tags(List<Tag> tags) {
        Map<String, Object> json = new LinkedHashMap<>();
        tags.forEach(tag -> json.put(tag.key(), tag.value()));
        return json;
    }

    private static Object orNull(@Nullable String value) {
        return value == null ? JsonValues.NULL : value;
    }
}
