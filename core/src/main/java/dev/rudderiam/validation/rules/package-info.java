/**
 * The validation rules, grouped into rule sets by {@link dev.rudderiam.validation.rules.RuleSets}: IAM grammar and
 * quotas, the AWS service reference, security, and RudderStack's requirements. Each rule is a small class holding
 * its issue code, severity and documentation link; rules are immutable, thread-safe, and report findings rather
 * than throw.
 *
 * @see <a href="https://docs.aws.amazon.com/IAM/latest/UserGuide/access-analyzer-reference-policy-checks.html">IAM
 *     policy validation check reference</a>
 */
@NullMarked
package dev.rudderiam.validation.rules;

import org.jspecify.annotations.NullMarked;
