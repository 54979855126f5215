/**
 * jqwik arbitraries of realistic IAM documents and plain-Java policy assertions, for users' tests.
 *
 * <p>Its API returns jqwik's {@code Arbitrary}, so jqwik is required transitively. It finds the catalog's service
 * reference, when the catalog is present, through {@link java.util.ServiceLoader}; the catalog is not required.
 */
module dev.rudderiam.testkit {
    requires transitive dev.rudderiam.core;
    requires transitive net.jqwik.api;

    exports dev.rudderiam.testkit;

    uses dev.rudderiam.reference.ServiceReferenceProvider;
}
