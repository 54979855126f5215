package dev.rudderiam.role;

import dev.rudderiam.arn.internal.ArnText;
import dev.rudderiam.policy.ConditionKey;
import dev.rudderiam.policy.ConditionOperator;
import dev.rudderiam.policy.ConditionValue;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The terms a trust statement is read by, in one place for the validation rules, the analyzer and the testkit's
 * trust assertions: whether a condition requires one external id exactly, and whether an {@code AWS} principal
 * lies in an account.
 *
 * @see <a href="https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_create_for-user_externalid.html">Access to
 *     AWS accounts owned by third parties: the external id</a>
 * @see <a href="https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_principal.html#principal-accounts">Principal:
 *     AWS account principals</a>
 */
public final class TrustChecks {
    private static final String EXTERNAL_ID = ConditionKey.STS_EXTERNAL_ID.name().toLowerCase(Locale.ROOT);

    private TrustChecks() {
    }

    /**
     * {@return whether a condition clause requires {@code sts:ExternalId} to be exactly {@code externalId}}: plain
     * {@code StringEquals} (no {@code IfExists}, which passes when the key is absent, and no set qualifier), on the
     * key {@code sts:ExternalId} (any case), with at least one value and every value equal to it
     */
    public static boolean requiresExternalId(ConditionOperator operator, ConditionKey key,
            List<ConditionValue> values, String externalId) {
        Objects.requireNonNull(externalId, "external id");
        if (!isExternalIdKey(key.name()) || !operator.baseName().equals("StringEquals")
                || operator.ifExists() || operator.qualifier() != ConditionOperator.SetQualifier.NONE
                || values.isEmpty()) {
            return false;
        }
        for (ConditionValue value : values) {
            if (!value.text().equals(externalId)) {
                return false;
            }
        }
        return true;
    }

    /**
     * {@return whether {@code name} in lower case ({@link Locale#ROOT}) is {@code sts:externalid}}, without building
     * the lower-case text: that text is ASCII, and the only character outside ASCII whose lower case is ASCII, the
     * Kelvin sign (lower case {@code k}), does not occur in it, so each character must be the key's own or its ASCII
     * capital
     */
    private static boolean isExternalIdKey(String name) {
        if (name.length() != EXTERNAL_ID.length()) {
            return false;
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            char lower = c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
            if (lower != EXTERNAL_ID.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /**
     * {@return whether the {@code AWS} principal {@code value} lies in {@code account}}: the bare account id, or an
     * ARN (its root, a role, a user, an assumed-role session) whose account is it; {@code "*"} is in no single
     * account
     */
    public static boolean inAccount(String value, String account) {
        Objects.requireNonNull(account, "account");
        if (value.equals(account)) {
            return true;
        }
        return ArnText.tryParse(value).map(arn -> arn.account().equals(account)).orElse(false);
    }
}
