package dev.rudderiam.policy;

import java.util.Locale;
import java.util.Objects;

/**
 * A condition context key such as {@code sts:ExternalId} or {@code aws:PrincipalTag/team}. Held as written; IAM
 * matches key names case-insensitively.
 *
 * @param name the key as written
 * @see <a href="https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-keys.html">AWS global
 *     condition context keys</a>
 */
public record ConditionKey(String name) {
    /** The external id a caller passes to {@code sts:AssumeRole}. */
    public static final ConditionKey STS_EXTERNAL_ID = new ConditionKey("sts:ExternalId");
    /** Whether the caller signed in with MFA. */
    public static final ConditionKey MULTI_FACTOR_AUTH_PRESENT = new ConditionKey("aws:MultiFactorAuthPresent");
    /** Seconds since the caller's MFA sign-in. */
    public static final ConditionKey MULTI_FACTOR_AUTH_AGE = new ConditionKey("aws:MultiFactorAuthAge");

    /** Checks for null. */
    public ConditionKey {
        Objects.requireNonNull(name, "condition key");
    }

    /** {@return the key {@code name}} */
    public static ConditionKey of(String name) {
        return new ConditionKey(name);
    }

    /** {@return the service prefix before the first {@code :}, such as {@code aws} or {@code s3}} */
    public String service() {
        int colon = name.indexOf(':');
        return colon < 0 ? "" : name.substring(0, colon);
    }

    /** {@return the key in lower case, the form IAM compares} */
    public String normalized() {
        return name.toLowerCase(Locale.ROOT);
    }

    /** {@return whether {@code other} names the same key ignoring case, as IAM compares keys} */
    public boolean sameKeyAs(ConditionKey other) {
        return name.equalsIgnoreCase(other.name);
    }

    @Override
    public String toString() {
        return name;
    }
}
