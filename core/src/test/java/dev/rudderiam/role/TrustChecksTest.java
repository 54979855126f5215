package dev.rudderiam.role;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rudderiam.policy.ConditionKey;
import dev.rudderiam.policy.ConditionOperator;
import dev.rudderiam.policy.ConditionValue;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The two questions the trust checks answer, each on both sides: whether a clause requires exactly one external
 * id, and whether a principal lies in an account.
 *
 * @see <a href="https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-keys.html#condition-keys-sts">sts:ExternalId</a>
 * @see <a href="https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_principal.html#principal-accounts">AWS
 *     account principals</a>
 */
class TrustChecksTest {
    private static boolean requires(String key) {
        return TrustChecks.requiresExternalId(ConditionOperator.STRING_EQUALS, ConditionKey.of(key),
                List.of(ConditionValue.of("ws-1")), "ws-1");
    }

    /** IAM compares condition key names ignoring case. */
    @Test
    void theExternalIdKeyIsReadInAnyCaseAndNoOtherKeyIs() {
        assertTrue(requires("sts:ExternalId"));
        assertTrue(requires("STS:EXTERNALID"));
        assertTrue(requires("sts:externalid"));
        assertFalse(requires("sts:ExternalIds"));
        assertFalse(requires("sts:ExternalI"));
        assertFalse(requires("sts:ExternalIc"));
        assertFalse(requires("xts:ExternalId"));
        assertTrue(requires("sts:ExternAlId"));
    }

    @Test
    void aPrincipalLiesInAnAccountByItsIdOrItsArnsAccount() {
        assertTrue(TrustChecks.inAccount("422074288268", "422074288268"));
        assertTrue(TrustChecks.inAccount("arn:aws:iam::422074288268:root", "422074288268"));
        assertTrue(TrustChecks.inAccount("arn:aws:sts::422074288268:assumed-role/r/s", "422074288268"));
        assertFalse(TrustChecks.inAccount("arn:aws:iam::123456789012:root", "422074288268"));
        assertFalse(TrustChecks.inAccount("123456789012", "422074288268"));
        assertFalse(TrustChecks.inAccount("*", "422074288268"));
        assertFalse(TrustChecks.inAccount("not an arn", "422074288268"));
    }

    @Test
    void aRoleEqualsItself() {
        RoleSpec role = RoleSpec.builder().name("r").trustPolicy(RudderStack.trustPolicy("ws-1")).build();
        assertTrue(role.equals(role));
    }
}
