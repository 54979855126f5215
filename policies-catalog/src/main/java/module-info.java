/**
 * RudderStack's destination policy templates, role blueprints, exports (CloudFormation, Terraform) and the bundled
 * AWS service authorization reference and managed policies.
 *
 * <p>The bundled service reference is offered to other modules (the testkit) as a
 * {@link dev.rudderiam.reference.ServiceReferenceProvider} service. The catalog's data files live in its own
 * packages and are read by its own classes, so no package is opened.
 */
module dev.rudderiam.catalog {
    requires transitive dev.rudderiam.core;

    exports dev.rudderiam.catalog;
    exports dev.rudderiam.catalog.access;
    exports dev.rudderiam.catalog.blueprint;
    exports dev.rudderiam.catalog.export;
    exports dev.rudderiam.catalog.reference;

    provides dev.rudderiam.reference.ServiceReferenceProvider
            with dev.rudderiam.catalog.reference.BundledServiceReferenceProvider;
}
