package dev.rudderiam.validation;

import java.util.List;
import java.util.Objects;

/**
 * The findings of one validation run. The order is stable: for a role, the trust policy's findings, then each
 * permission policy's in the role's order, then the role's own; within a document, rule by rule in the order the
 * rule sets list them, and each rule's findings in document order.
 *
 * @param findings the findings, empty when nothing was found
 */
public record ValidationResult(List<Finding> findings) {
    /** A result without findings. */
    public static final ValidationResult EMPTY = new ValidationResult(List.of());

    /** Copies the list. */
    public ValidationResult {
        findings = findings.isEmpty() ? List.of() : List.copyOf(findings);
    }

    /** {@return whether there are no findings at all} */
    public boolean isEmpty() {
        return findings.isEmpty();
    }

    /** {@return whether some finding is as serious as {@code severity} or more} */
    public boolean hasAtLeast(Severity severity) {
        Objects.requireNonNull(severity, "severity");
        for (Finding finding : findings) {
            if (finding.severity().isAtLeast(severity)) {
                return true;
            }
        }
        return false;
    }

    /** {@return whether there is no {@link Severity#ERROR} and no {@link Severity#SECURITY_WARNING}} */
    public boolean passes() {
        return !hasAtLeast(Severity.SECURITY_WARNING);
    }

    /** {@return the findings with issue code {@code code}, in order} */
    public List<Finding> withCode(String code) {
        Objects.requireNonNull(code, "code");
        return findings.stream().filter(f -> f.code().equals(code)).toList();
    }
}
