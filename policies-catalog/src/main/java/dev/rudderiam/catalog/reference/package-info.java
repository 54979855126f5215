/**
 * The bundled snapshot of AWS's Service Authorization Reference, {@link
 * dev.rudderiam.catalog.reference.BundledServiceReference}, behind core's {@link
 * dev.rudderiam.reference.ServiceReference} interface.
 *
 * <p>To refresh the snapshot, fetch {@code https://servicereference.us-east-1.amazonaws.com/} (the list of
 * services) and each service's JSON, reshape them into this resource's format (see {@code
 * BundledServiceReference}), gzip it and replace {@code aws-service-reference.json.gz} in this package's resource
 * folder.
 */
@NullMarked
package dev.rudderiam.catalog.reference;

import org.jspecify.annotations.NullMarked;
