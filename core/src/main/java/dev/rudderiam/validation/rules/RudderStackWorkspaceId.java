package dev.rudderiam.validation.rules;

import dev.rudderiam.role.ExternalId;
import dev.rudderiam.validation.Finding;
import dev.rudderiam.validation.PolicyContext;
import dev.rudderiam.validation.Severity;
import java.util.List;
import java.util.regex.Pattern;

/**
 * {@code RUDDERSTACK_WORKSPACE_ID_SHAPE}: the workspace id the trust policy is checked against looks like a
 * RudderStack workspace id, 27 letters and digits (the KSUID form, such as {@code 2Nk4t3WkHTGYzbTvG2zLXJXKNoF}).
 * RudderStack passes its workspace id as {@code sts:ExternalId}, so a trust policy requiring another value (a typo,
 * a truncated copy, the workspace name) never lets it in. RudderStack does not document the shape, so another shape
 * is a warning, never refused; {@link ExternalId} keeps STS's generic limits for every other party.
 */
final class RudderStackWorkspaceId extends DocumentRule {
    /** 27 base62 characters: the KSUID form of the ids RudderStack's documentation and dashboard show. */
    private static final Pattern SHAPE = Pattern.compile("[0-9A-Za-z]{27}");

    private final ExternalId workspaceId;

    RudderStackWorkspaceId(ExternalId workspaceId) {
        super("RUDDERSTACK_WORKSPACE_ID_SHAPE", Severity.WARNING, RudderStackTrust.DOC, "The workspace id looks like"
                + " a RudderStack workspace id: 27 letters and digits.", Types.TRUST);
        this.workspaceId = workspaceId;
    }

    @Override
    void checkDocument(PolicyContext context, List<Finding> findings) {
        if (!SHAPE.matcher(workspaceId.value()).matches()) {
            findings.add(finding("/Statement", "The workspace id '" + workspaceId + "' does not look like a"
                    + " RudderStack workspace id, which is 27 letters and digits (such as 2Nk4t3WkHTGYzbTvG2zLXJXKNoF):"
                    + " RudderStack passes its workspace id as external id, so a trust policy requiring another"
                    + " value never lets it in. Copy the id from the RudderStack dashboard."));
        }
    }
}
