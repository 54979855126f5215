package dev.rudderiam.catalog;

import dev.rudderiam.arn.Arn;
import dev.rudderiam.role.ExternalId;
import java.util.Objects;

/**
 * A party besides RudderStack that a destination needs in the role's trust policy, allowed to assume the role when
 * it passes its own external id; for example the IAM user of a Snowflake storage integration
 * ({@code STORAGE_AWS_IAM_USER_ARN}, {@code STORAGE_AWS_EXTERNAL_ID}).
 *
 * @param principal the IAM principal ARN
 * @param externalId the external id it passes
 * @see <a href="https://docs.snowflake.com/en/user-guide/data-load-s3-config-storage-integration">Snowflake:
 *     configuring a storage integration to access Amazon S3</a>
 */
public record TrustedParty(Arn principal, ExternalId externalId) {
    /** Checks for null. */
    public TrustedParty {
        Objects.requireNonNull(principal, "principal");
        Objects.requireNonNull(externalId, "external id");
    }
}
