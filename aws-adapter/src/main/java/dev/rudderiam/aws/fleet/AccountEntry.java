package dev.rudderiam.aws.fleet;

import dev.rudderiam.arn.AccountId;
import dev.rudderiam.arn.Arn;
import dev.rudderiam.role.ExternalId;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One account of a {@link FleetManifest}: where the role goes, how to reach the account, and the values that vary
 * per account. The shared defaults of the manifest are already merged in.
 *
 * <p>Credentials: a named {@code profile} of the shared AWS config and credentials files, or a {@code roleArn} to
 * assume (in this very account), or neither, for the SDK's default chain. How a client is built from them is the
 * caller's business ({@link FleetApply} takes a function from entry to client). A {@code roleArn} may carry the
 * {@code externalId} its trust policy asks for and a session {@code durationSeconds}, as STS {@code AssumeRole}
 * takes them (MFA is not offered: a fleet run has no one to type a code per account).
 *
 * @param accountId the 12-digit account the role goes into
 * @param profile the credentials profile, or null
 * @param roleArn the role to assume in {@code accountId}, or null
 * @param externalId the external id to pass when assuming {@code roleArn}, or null
 * @param durationSeconds the session duration to ask for when assuming {@code roleArn}, 900 to 43200, or 0 for
 *     STS's default (one hour)
 * @param workspaceId the RudderStack workspace id (the external id of the trust policy)
 * @param destinations destination id to its parameters, shared defaults overridden by this account's values
 */
public record AccountEntry(AccountId accountId, @Nullable String profile, @Nullable Arn roleArn,
        @Nullable ExternalId externalId, int durationSeconds, String workspaceId,
        Map<String, Map<String, String>> destinations) {
    /** The shortest session STS AssumeRole grants, in seconds. */
    public static final int MIN_DURATION_SECONDS = 900;
    /** The longest session STS AssumeRole grants, in seconds (a role's maximum session duration may be less). */
    public static final int MAX_DURATION_SECONDS = 43200;

    /** Checks the entry: one kind of credentials at most, and a role to assume in this account. */
    public AccountEntry {
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(workspaceId, "workspaceId");
        Objects.requireNonNull(destinations, "destinations");
        if (profile != null && roleArn != null) {
            throw new IllegalArgumentException("account " + accountId + ": profile '" + profile + "' and roleArn '"
                    + roleArn + "' are both given: give one (or neither, for the default credential chain)");
        }
        if (profile != null && profile.isBlank()) {
            throw new IllegalArgumentException("account " + accountId + ": profile is blank: name a profile of the"
                    + " shared AWS config files or leave it out");
        }
        if (roleArn != null && !(roleArn.service().equals("iam") && roleArn.resource().startsWith("role/"))) {
            throw new IllegalArgumentException("account " + accountId + ": roleArn '" + roleArn + "' is not an IAM"
                    + " role ARN (arn:PARTITION:iam::ACCOUNT:role/NAME)");
        }
        if (roleArn != null && !roleArn.account().equals(accountId.value())) {
            throw new IllegalArgumentException("account " + accountId + ": roleArn '" + roleArn + "' is in account "
                    + roleArn.account() + ": the role to assume must be in the account the entry names");
        }
        if (roleArn == null && (externalId != null || durationSeconds != 0)) {
            throw new IllegalArgumentException("account " + accountId + ": externalId and durationSeconds are options"
                    + " of assuming roleArn: give roleArn or leave them out");
        }
        if (durationSeconds != 0 && !validDuration(durationSeconds)) {
            throw new IllegalArgumentException("account " + accountId + ": durationSeconds " + durationSeconds
                    + " is out of range: " + DURATION_RULE);
        }
        if (workspaceId.isBlank()) {
            throw new IllegalArgumentException("account " + accountId + ": workspaceId is blank");
        }
        Map<String, Map<String, String>> copy = new LinkedHashMap<>();
        destinations.forEach((id, parameters) -> copy.put(Objects.requireNonNull(id, "destination id"),
                Collections.unmodifiableMap(new LinkedHashMap<>(Objects.requireNonNull(parameters, id)))));
        destinations = Collections.unmodifiableMap(copy);
    }

    /**
     * The range of {@code DurationSeconds}.
     *
     * @see <a href="https://docs.aws.amazon.com/STS/latest/APIReference/API_AssumeRole.html">AssumeRole:
     *     DurationSeconds</a>
     */
    static final String DURATION_RULE = "STS AssumeRole takes " + MIN_DURATION_SECONDS + " to " + MAX_DURATION_SECONDS
            + " seconds (and at most the role's maximum session duration, one hour when roles are chained)";

    static boolean validDuration(int seconds) {
        return seconds >= MIN_DURATION_SECONDS && seconds <= MAX_DURATION_SECONDS;
    }
}
