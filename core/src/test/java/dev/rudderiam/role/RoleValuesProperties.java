package dev.rudderiam.role;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The attribute values accept exactly IAM's documented alphabet and lengths, and say why when they refuse. */
class RoleValuesProperties {
    private static final String NAME_CHARS =
            "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_+=,.@-";

    @Provide
    Arbitrary<String> validNames() {
        return Arbitraries.strings().withChars(NAME_CHARS).ofMinLength(1).ofMaxLength(64);
    }

    @Provide
    Arbitrary<String> validExternalIds() {
        return Arbitraries.strings().withChars(NAME_CHARS + ":/").ofMinLength(2).ofMaxLength(1224);
    }

    @Property
    void everyValidNameIsAccepted(@ForAll("validNames") String name) {
        assertEquals(name, RoleName.of(name).value());
        assertEquals(name, PolicyName.of(name).value());
    }

    @Property
    void aNameWithAnyOtherCharacterIsRefusedNamingTheRule(@ForAll("validNames") String name, @ForAll char other) {
        if (NAME_CHARS.indexOf(other) >= 0) {
            return;
        }
        String bad = name.substring(0, name.length() / 2) + other + name.substring(name.length() / 2);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> RoleName.of(bad));
        assertTrue(e.getMessage().startsWith("role name '"), e.getMessage());
        assertTrue(e.getMessage().contains("_+=,.@-"), e.getMessage());
    }

    @Property
    void everyValidExternalIdIsAcceptedAndMakesATrustPolicy(@ForAll("validExternalIds") String id) {
        assertEquals(id, ExternalId.of(id).value());
        RudderStack.trustPolicy(id);
    }
}
