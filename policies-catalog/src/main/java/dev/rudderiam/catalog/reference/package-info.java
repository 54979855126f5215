/**
 * The bundled snapshot of AWS's Service Authorization Reference, {@link
 * dev.rudderiam.catalog.reference.BundledServiceReference}, behind core's {@link
 * dev.rudderiam.reference.ServiceReference} interface.
 *
 * <p>To refresh the snapshot: fetch {@code https://servicereference.us-east-1.amazonaws.com/} (the list of services)
 * and each service's JSON; reshape them into the JSON format described in {@code
 * dev.rudderiam.catalog.reference.ServiceReferenceCompiler}; gzip it over {@code
 * policies-catalog/src/data/aws-service-reference.json.gz}; then run {@code ServiceReferenceCompiler} to rewrite
 * the shipped binary resource {@code aws-service-reference.bin}. A test fails while the two disagree.
 */
@NullMarked
package dev.rudderiam.catalog.reference;

import org.jspecify.annotations.NullMarked;
