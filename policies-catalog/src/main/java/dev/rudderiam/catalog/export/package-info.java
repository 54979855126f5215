/**
 * Exports of a core {@code RoleSpec} as JSON text: this library's JSON bundle, an AWS CloudFormation template and a
 * Terraform JSON configuration ({@link dev.rudderiam.catalog.export.ExportFormat}). JSON is written through core's
 * {@code JsonValues}.
 */
@NullMarked
package dev.rudderiam.catalog.export;

import org.jspecify.annotations.NullMarked;
