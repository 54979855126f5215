package dev.rudderiam.validation;

import java.util.Objects;

/**
 * One problem a rule found.
 *
 * @param severity how serious it is
 * @param code the issue code: Access Analyzer's where the check is the same ({@code INVALID_ACTION}), otherwise
 *     this library's own ({@code RUDDERSTACK_EXTERNAL_ID_MISMATCH})
 * @param path a JSON pointer into the canonical JSON of the document ({@code /Statement/0/Action/1}), the empty
 *     string for the whole document; in role-level validation prefixed with the document's place in the role
 *     ({@code /trustPolicy/Statement/0/Principal}, {@code /permissionPolicies/s3/Statement/1/Action/0}) or naming
 *     the role attribute ({@code /roleName})
 * @param message what is wrong, naming the offending value and the rule it breaks
 * @param link the AWS or RudderStack page that documents the rule
 */
public record Finding(Severity severity, String code, String path, String message, String link) {

    /** Checks for nulls and that the code is not empty. */
    public Finding {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(link, "link");
        if (code.isEmpty()) {
            throw new IllegalArgumentException("finding code '' is invalid: a finding needs an issue code");
        }
    }

    /** {@return this finding with {@code prefix} (a JSON pointer such as {@code /trustPolicy}) before its path} */
    public Finding under(String prefix) {
        return new Finding(severity, code, prefix + path, message, link);
    }
}
