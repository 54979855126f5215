package dev.rudderiam.reference;

/**
 * A source of a {@link ServiceReference}, found through {@link java.util.ServiceLoader}: a module that ships a
 * reference (the {@code policies-catalog} module ships AWS's bundled snapshot) registers an implementation in
 * {@code META-INF/services/dev.rudderiam.reference.ServiceReferenceProvider}, and code that can use a reference when
 * one is present, such as the testkit's arbitraries and assertions, asks the service loader instead of naming a
 * class. An implementation has a public no-argument constructor and is cheap to create: the reference itself is
 * loaded by {@link #serviceReference()}.
 */
public interface ServiceReferenceProvider {

    /** {@return the service reference this provider ships, loaded on first call and shared} */
    ServiceReference serviceReference();
}
