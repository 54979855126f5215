module dev.rudderiam.consumer {
    requires dev.rudderiam.core;
    requires dev.rudderiam.catalog;

    uses dev.rudderiam.reference.ServiceReferenceProvider;
}
