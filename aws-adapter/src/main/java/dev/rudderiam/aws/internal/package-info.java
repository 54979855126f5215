/**
 * Translation between the adapter's model and the AWS SDK for Java v2 IAM requests and responses: reading a role,
 * executing one change, counting and re-trying calls. Not part of the public API.
 */
@NullMarked
package dev.rudderiam.aws.internal;

import org.jspecify.annotations.NullMarked;
