package dev.rudderiam.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * {@link SafeNamespace} names the Glue database as RudderStack's {@code ToSafeNamespace} does, and the catalog
 * refuses a namespace RudderStack would rewrite.
 */
class SafeNamespaceProperties {
    /**
     * The table of {@code TestToSafeNamespace} in {@code rudderlabs/rudder-server:warehouse/utils/utils_test.go}
     * (provider unset there, so no reserved words apply; none of these inputs is one), and reserved words of
     * {@code S3_DATALAKE} from {@code warehouse/utils/reservedkeywords.go}.
     */
    private static final Map<String, String> RUDDER_SERVER_EXAMPLES = Map.ofEntries(
            Map.entry("omega", "omega"),
            Map.entry("omega v2 ", "omega_v_2"),
            Map.entry("9mega", "_9_mega"),
            Map.entry("mega&", "mega"),
            Map.entry("ome$ga", "ome_ga"),
            Map.entry("omega$", "omega"),
            Map.entry("ome_ ga", "ome_ga"),
            Map.entry("9mega________-________90", "_9_mega_90"),
            Map.entry("Cízǔ", "c_z"),
            Map.entry("Rudderstack", "rudderstack"),
            Map.entry("___", "stringempty"),
            Map.entry("table", "_table"),
            Map.entry("Group", "_group"),
            Map.entry("9abc", "_9_abc"));

    @Test
    void namesTheDatabaseAsRudderServersTestsExpect() {
        RUDDER_SERVER_EXAMPLES.forEach((name, expected) -> assertEquals(expected, SafeNamespace.of(name), name));
    }

    @Test
    void aNamespaceRudderStackWouldRewriteIsRefusedWithTheNameItWouldUse() {
        DestinationTemplate datalake = PolicyCatalog.bundled().template("S3_DATALAKE");
        DestinationParameterException e = org.junit.jupiter.api.Assertions.assertThrows(
                DestinationParameterException.class, () -> datalake.render(Map.of("bucketName", "lake",
                        "useGlue", "true", "region", "eu-west-1", "accountId", "123456789012", "namespace", "9abc")));
        assertEquals("namespace", e.parameter());
        assertTrue(e.getMessage().endsWith("; RudderStack would use '_9_abc'"), e.getMessage());
        assertFalse(ParameterType.GLUE_DATABASE.accepts("web-app"));
        assertTrue(ParameterType.GLUE_DATABASE.accepts("web_app"));
        assertTrue(ParameterType.GLUE_DATABASE.accepts("_9_abc"));
    }

    @Property(tries = 500)
    void theNameIsLowerCaseLettersDigitsAndUnderscoresOfAtMost127(@ForAll("names") String name) {
        String safe = SafeNamespace.of(name);
        assertTrue(safe.matches("[a-z0-9_]{1," + SafeNamespace.MAX_LENGTH + "}"), name + " -> " + safe);
        assertFalse(safe.contains("__"), name + " -> " + safe);
    }

    @Property(tries = 500)
    void aNameRudderStackProducedIsKeptAndAccepted(@ForAll("names") String name) {
        String safe = SafeNamespace.of(name);
        Assume.that(safe.length() < SafeNamespace.MAX_LENGTH);
        assertEquals(safe, SafeNamespace.of(safe), name);
        assertTrue(ParameterType.GLUE_DATABASE.accepts(safe), safe);
    }

    /** The generator the export properties use builds fixed points from their documented form, and only those. */
    @Property(tries = 500)
    void theGeneratedGlueDatabasesAreNamesRudderStackKeeps(@ForAll("glueDatabases") String name) {
        assertEquals(name, SafeNamespace.of(name));
        assertTrue(ParameterType.GLUE_DATABASE.accepts(name), name);
    }

    @Provide
    Arbitrary<String> glueDatabases() {
        return CatalogArbitraries.glueDatabase();
    }

    @Property(tries = 500)
    void theTypeAcceptsExactlyTheNamesRudderStackKeeps(@ForAll("names") String name) {
        assertEquals(SafeNamespace.of(name).equals(name), ParameterType.GLUE_DATABASE.accepts(name), name);
    }

    @Provide
    Arbitrary<String> names() {
        return Arbitraries.oneOf(
                Arbitraries.strings().withChars("abcXYZ019_ -$.é").ofMinLength(0).ofMaxLength(40),
                Arbitraries.strings().alpha().numeric().withChars('_').ofMinLength(100).ofMaxLength(200),
                Arbitraries.of("table", "TABLE", "group", "date", "select_1", "web_app", "webApp", "WEBApp2x"),
                Arbitraries.strings().all().ofMaxLength(20));
    }
}
