/**
 * What a role spec means for access: {@link dev.rudderiam.analysis.RoleAnalyzer} says who can assume the role
 * ({@link dev.rudderiam.analysis.TrustRule}), what its policies grant ({@link dev.rudderiam.analysis.ActionGrant},
 * using a {@link dev.rudderiam.reference.ServiceReference}) and runs Access Analyzer-style custom checks
 * ({@link dev.rudderiam.analysis.AccessCheck}).
 */
@NullMarked
package dev.rudderiam.analysis;

import org.jspecify.annotations.NullMarked;
