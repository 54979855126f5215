package dev.rudderiam.catalog.export;

import dev.rudderiam.arn.Arn;
import dev.rudderiam.json.FindingsJson;
import dev.rudderiam.json.JsonValues;
import dev.rudderiam.role.RoleSpec;
import dev.rudderiam.validation.ValidationResult;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/** Writes {@link ExportFormat#JSON}. */
final class JsonBundle {
    private JsonBundle() {
    }

    static Map<String, Object> of(RoleSpec role, ValidationResult validation) {
        Map<String, Object> bundle = new LinkedHashMap<>();
        bundle.put("roleName", role.name().value());
        bundle.put("path", role.path().value());
        bundle.put("description", role.description() == null ? JsonValues.NULL : role.description().value());
        bundle.put("maxSessionDuration", role.maxSessionDuration().seconds());
        bundle.put("trustPolicy", role.trustPolicy());
        Map<String, Object> policies = new LinkedHashMap<>();
        role.inlinePolicies().forEach((name, document) -> policies.put(name.value(), document));
        bundle.put("permissionPolicies", policies);
        bundle.put("managedPolicyArns", role.managedPolicyArns().stream().map(Arn::toString)
                .collect(Collectors.toList()));
        Arn boundary = role.permissionsBoundary();
        bundle.put("permissionsBoundary", boundary == null ? JsonValues.NULL : boundary.toString());
        Map<String, Object> tags = new LinkedHashMap<>();
        role.tags().forEach(tag -> tags.put(tag.key(), tag.value()));
        bundle.put("tags", tags);
        bundle.put("findings", FindingsJson.values(validation.findings()));
        return bundle;
    }
}
