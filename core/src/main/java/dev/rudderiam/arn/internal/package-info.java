/**
 * Not API (not exported by the module): {@code ArnText}, an ARN read in place, each part cut out of the text only
 * when asked for, which the validation rules use instead of building an {@link dev.rudderiam.arn.Arn} per ARN.
 */
@NullMarked
package dev.rudderiam.arn.internal;

import org.jspecify.annotations.NullMarked;
