package dev.rudderiam.aws.fleet;

import dev.rudderiam.arn.AccountId;
import dev.rudderiam.arn.Arn;
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
 * caller's business ({@link FleetApply} takes a function from entry to client).
 *
 * @param accountId the 12-digit account the role goes into
 * @param profile the credentials profile, or null
 * @param roleArn the role to assume in {@code accountId}, or null
 * @param workspaceId the RudderStack workspace id (the external id of the trust policy)
 * @param destinations destination id to its parameters, shared defaults overridden by this account's values
 */
public record AccountEntry(AccountId accountId, @Nullable String profile, @Nullable Arn roleArn, String workspaceId,
        Map<String, Map<String, String>> destinations) {
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
        if (workspaceId.isBlank()) {
            throw new IllegalArgumentException("account " + accountId + ": workspaceId is blank");
        }
        Map<String, Map<String, String>> copy = new LinkedHashMap<>();
        destinations.forEach((id, parameters) -> copy.put(Objects.requireNonNull(id, "destination id"),
                Collections.unmodifiableMap(new LinkedHashMap<>(Objects.requireNonNull(parameters, id)))));
        destinations = Collections.unmodifiableMap(copy);
    }
}
