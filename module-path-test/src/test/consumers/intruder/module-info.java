module dev.rudderiam.intruder {
    requires dev.rudderiam.core;
}
