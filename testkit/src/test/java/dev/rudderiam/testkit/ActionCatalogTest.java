package dev.rudderiam.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rudderiam.catalog.reference.BundledServiceReference;
import dev.rudderiam.reference.ServiceReferenceProvider;
import java.io.IOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;

/**
 * The kit finds the service reference through {@link java.util.ServiceLoader}: the policies catalog (on this
 * module's test class path) registers its bundled snapshot; class loaders that hide or add registrations stand for
 * a project without the catalog, with a second provider, or with a broken registration.
 */
class ActionCatalogTest {
    private static final String REGISTRATION = "META-INF/services/" + ServiceReferenceProvider.class.getName();
    private static final ClassLoader CLASS_PATH = ActionCatalogTest.class.getClassLoader();

    @Test
    void withTheCatalogTheBundledReferenceIsFound() {
        assertSame(BundledServiceReference.bundled(), ActionCatalog.bundledReference().orElseThrow());
        assertSame(BundledServiceReference.bundled(), ActionCatalog.bundledReference(CLASS_PATH).orElseThrow());
    }

    @Test
    void withoutARegistrationThereIsNoReference() {
        assertTrue(ActionCatalog.bundledReference(registrations(List.of())).isEmpty());
    }

    @Test
    void theRegisteredProviderIsUsedWhicheverClassItIs() {
        ClassLoader onlySecond = registrations(List.of(testResource("second-provider")));
        assertEquals(List.of(), List.copyOf(ActionCatalog.bundledReference(onlySecond).orElseThrow().services()));
    }

    @Test
    void twoRegisteredProvidersAreAnErrorNamingBoth() throws IOException {
        List<URL> both = new ArrayList<>(Collections.list(CLASS_PATH.getResources(REGISTRATION)));
        both.add(testResource("second-provider"));
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> ActionCatalog.bundledReference(registrations(both)));
        assertTrue(e.getMessage().contains("dev.rudderiam.catalog.reference.BundledServiceReferenceProvider"),
                e.getMessage());
        assertTrue(e.getMessage().contains(EmptyServiceReferenceProvider.class.getName()), e.getMessage());
    }

    @Test
    void aBrokenRegistrationIsAnErrorNotAnAbsentCatalog() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> ActionCatalog.bundledReference(registrations(List.of(testResource("broken-provider")))));
        assertTrue(e.getMessage().contains("cannot be loaded"), e.getMessage());
        assertTrue(e.getMessage().contains("dev.rudderiam.testkit.NoSuchProvider"), e.getMessage());
    }

    private static URL testResource(String folder) {
        return Objects.requireNonNull(CLASS_PATH.getResource(folder + "/" + REGISTRATION), folder);
    }

    /** {@return a class loader of this class path whose provider registrations are exactly {@code urls}} */
    private static ClassLoader registrations(List<URL> urls) {
        return new ClassLoader(CLASS_PATH) {
            @Override
            public Enumeration<URL> getResources(String name) throws IOException {
                return name.equals(REGISTRATION) ? Collections.enumeration(urls) : super.getResources(name);
            }
        };
    }
}
