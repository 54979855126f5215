/**
 * The {@code rudder-iam} command. It exports nothing: it is run, not linked against. picocli reads and fills the
 * command classes reflectively, so their package is open to it. The command's jar is shaded into one class-path
 * jar, which leaves this descriptor out.
 */
// The AWS SDK v2 jars have no module-info, only Automatic-Module-Name: requiring them is the only way, not a slip.
@SuppressWarnings("requires-automatic")
module dev.rudderiam.cli {
    requires dev.rudderiam.aws;
    requires dev.rudderiam.catalog;
    requires dev.rudderiam.core;
    requires info.picocli;
    requires static org.jspecify;
    requires software.amazon.awssdk.auth;
    requires software.amazon.awssdk.awscore;
    requires software.amazon.awssdk.core;
    requires software.amazon.awssdk.regions;
    requires software.amazon.awssdk.retries;
    requires software.amazon.awssdk.retries.api;
    requires software.amazon.awssdk.services.iam;
    requires software.amazon.awssdk.services.kms;
    requires software.amazon.awssdk.services.organizations;
    requires software.amazon.awssdk.services.s3;
    requires software.amazon.awssdk.services.sts;
    requires software.amazon.awssdk.utils;

    opens dev.rudderiam.cli to info.picocli;
}
