package dev.rudderiam.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** Malformed catalog resources fail at load time, naming the resource and the problem. */
class CatalogReaderTest {
    @Test
    void aPlaceholderOfAnUndeclaredParameterIsRejected() {
        assertProblem("broken-placeholder-index.json",
                "catalog resource broken-placeholder.json: refers to parameter 'bucket', which it does not declare");
    }

    @Test
    void anUnknownParameterTypeIsRejected() {
        assertProblem("broken-type-index.json",
                "catalog resource broken-type.json: parameter 'bucketName' has unknown type 's3-bukket'");
    }

    @Test
    void aMissingResourceIsRejected() {
        assertProblem("broken-missing-index.json",
                "catalog resource no-such-template.json: resource is missing next to "
                        + CatalogReaderTest.class.getName());
    }

    @Test
    void anInvalidDefaultIsRejected() {
        assertProblem("broken-default-index.json",
                "catalog resource broken-default.json: default 'maybe' of parameter 'cleanup' breaks its rule");
    }

    @Test
    void aTemplateWithoutCallsIsRejected() {
        assertProblem("broken-nocalls-index.json", "catalog resource broken-nocalls.json: lists no calls: every"
                + " template records the calls RudderStack makes with it");
    }

    @Test
    void aCallOfRudderStackWithoutASessionIsRejected() {
        assertProblem("broken-session-index.json", "catalog resource broken-session.json: call GetObject needs a"
                + " session name exactly when RudderStack's credentials make it");
    }

    @Test
    void theBundledCatalogLoads() {
        assertEquals(17, CatalogReader.read(PolicyCatalog.class, "index.json").size());
    }

    private static void assertProblem(String index, String message) {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> CatalogReader.read(CatalogReaderTest.class, index));
        assertEquals(message, e.getMessage());
    }
}
