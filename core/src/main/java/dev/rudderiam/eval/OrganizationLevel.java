package dev.rudderiam.eval;

import dev.rudderiam.policy.PolicyDocument;
import java.util.List;
import java.util.Objects;

/**
 * The organization policies (SCPs or RCPs) attached at one level of the path from the organization's root to an
 * account: the root, one OU, or the account itself. AWS applies the levels one after the other: every level must
 * allow a request, and a {@code Deny} at any level refuses it.
 *
 * @param name how the level is called in answers: {@code root}, an OU id such as {@code ou-ab12-34cd5678},
 *     {@code account}
 * @param policies the policies attached at that level, in order
 * @see <a href="https://docs.aws.amazon.com/organizations/latest/userguide/orgs_manage_policies_scps_evaluation.html">SCP
 *     evaluation</a>
 */
public record OrganizationLevel(String name, List<PolicyDocument> policies) {
    /** The most characters a level name may have: an OU id is at most 68 ({@code ou-} + 32 + {@code -} + 32). */
    public static final int MAX_NAME_CHARS = 68;

    /** Checks the name and copies the policies. */
    public OrganizationLevel {
        Objects.requireNonNull(name, "level name");
        if (name.isBlank() || name.length() > MAX_NAME_CHARS || !name.chars().allMatch(c -> c > 32 && c < 127)) {
            throw new IllegalArgumentException("organization level name '" + name + "' is invalid: expected 1 to "
                    + MAX_NAME_CHARS + " printable ASCII characters without spaces, such as root, an OU id or"
                    + " account");
        }
        policies = List.copyOf(policies);
    }

    /** {@return a level with these policies} */
    public static OrganizationLevel of(String name, PolicyDocument... policies) {
        return new OrganizationLevel(name, List.of(policies));
    }
}
