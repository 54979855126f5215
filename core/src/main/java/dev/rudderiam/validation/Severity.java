package dev.rudderiam.validation;

/**
 * How serious a finding is: the four levels IAM Access Analyzer uses, most serious first.
 *
 * @see <a href="https://docs.aws.amazon.com/IAM/latest/UserGuide/access-analyzer-policy-validation.html">Access
 *     Analyzer policy validation: finding types</a>
 */
public enum Severity {
    /** The document or role will be refused by IAM, or will not do its job. */
    ERROR,
    /** The document grants more than is safe. */
    SECURITY_WARNING,
    /** The document works but does not follow IAM's recommendations. */
    WARNING,
    /** The document can be simplified. */
    SUGGESTION;

    /** {@return whether this level is as serious as {@code other} or more} */
    public boolean isAtLeast(Severity other) {
        return ordinal() <= other.ordinal();
    }
}
