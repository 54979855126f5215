package dev.rudderiam.analysis;

import java.util.List;
import java.util.Objects;

/**
 * The result of a custom access check, in the spirit of IAM Access Analyzer's {@code CheckNoNewAccess} and
 * {@code CheckAccessNotGranted}: {@code PASS} when the property is proven, {@code FAIL} with reasons otherwise
 * (including when it cannot be proven, as Access Analyzer does).
 *
 * @param passed whether the check passed
 * @param reasons why it failed, one line each; empty when it passed
 * @see <a href="https://docs.aws.amazon.com/access-analyzer/latest/APIReference/API_CheckNoNewAccess.html">CheckNoNewAccess</a>
 * @see <a href="https://docs.aws.amazon.com/access-analyzer/latest/APIReference/API_CheckAccessNotGranted.html">CheckAccessNotGranted</a>
 */
public record AccessCheck(boolean passed, List<String> reasons) {
    /** Copies the list. */
    public AccessCheck {
        reasons = List.copyOf(Objects.requireNonNull(reasons, "reasons"));
    }

    static AccessCheck of(List<String> reasons) {
        return new AccessCheck(reasons.isEmpty(), reasons);
    }
}
