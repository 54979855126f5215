package dev.rudderiam.catalog;

/**
 * A further party a template needs in the role's trust policy (such as a Snowflake storage integration's IAM
 * user), as placeholder strings for its principal ARN and external id, and the condition under which it applies.
 */
public record TrustTemplate(When when, String principal, String externalId) {
}
