package dev.rudderiam.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rudderiam.policy.Quotas;
import java.util.List;
import org.junit.jupiter.api.Test;

class ValidationResultTest {
    private static Finding finding(Severity severity, String code) {
        return new Finding(severity, code, "/Statement/0", "message", "https://docs.aws.amazon.com/");
    }

    @Test
    void severitiesAreOrderedFromErrorToSuggestion() {
        assertTrue(Severity.ERROR.isAtLeast(Severity.SECURITY_WARNING));
        assertTrue(Severity.WARNING.isAtLeast(Severity.WARNING));
        assertFalse(Severity.SUGGESTION.isAtLeast(Severity.WARNING));
    }

    @Test
    void aResultPassesWithoutErrorsAndSecurityWarnings() {
        ValidationResult warnings = new ValidationResult(List.of(finding(Severity.WARNING, "A"),
                finding(Severity.SUGGESTION, "B")));
        assertTrue(warnings.passes());
        assertTrue(warnings.hasAtLeast(Severity.WARNING));
        assertFalse(warnings.hasAtLeast(Severity.SECURITY_WARNING));
        ValidationResult security = new ValidationResult(List.of(finding(Severity.SECURITY_WARNING, "C")));
        assertFalse(security.passes());
        assertTrue(ValidationResult.EMPTY.passes());
        assertEquals(List.of(finding(Severity.SUGGESTION, "B")), warnings.withCode("B"));
    }

    @Test
    void findingsArePrefixedForRoleLevelPaths() {
        assertEquals("/trustPolicy/Statement/0", finding(Severity.ERROR, "A").under("/trustPolicy").path());
    }

    @Test
    void badValuesAreRefusedWithTheFieldNamed() {
        IllegalArgumentException code = assertThrows(IllegalArgumentException.class,
                () -> finding(Severity.ERROR, ""));
        assertTrue(code.getMessage().contains("code"));
        IllegalArgumentException quota = assertThrows(IllegalArgumentException.class,
                () -> Quotas.DEFAULT.withTrustPolicy(0));
        assertTrue(quota.getMessage().contains("quota"));
    }

    @Test
    void standaloneDocumentsAreHeldToTheQuotaOfTheirType() {
        assertEquals(6144, PolicyType.IDENTITY.quota(Quotas.DEFAULT));
        assertEquals(6144, PolicyType.BOUNDARY.quota(Quotas.DEFAULT));
        assertEquals(2048, PolicyType.TRUST.quota(Quotas.DEFAULT));
        assertEquals(4096, PolicyType.TRUST.quota(Quotas.DEFAULT.withTrustPolicy(4096)));
        assertEquals(10240, Quotas.DEFAULT.roleInlinePolicies());
    }
}
