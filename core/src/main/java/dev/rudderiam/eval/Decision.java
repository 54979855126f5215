package dev.rudderiam.eval;

/**
 * The outcome of evaluating a request.
 *
 * @see <a href="https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic_AccessPolicyLanguage_Interplay.html">The
 *     difference between explicit and implicit denies</a>
 */
public enum Decision {
    /** An applicable {@code Allow} statement grants the request and no {@code Deny} statement applies. */
    ALLOWED("Allowed"),
    /** An applicable {@code Deny} statement refuses the request; no {@code Allow} can override it. */
    EXPLICITLY_DENIED("ExplicitlyDenied"),
    /** Nothing allows the request (or not every policy type that must allow it does): denied by default. */
    IMPLICITLY_DENIED("ImplicitlyDenied");

    private final String label;

    Decision(String label) {
        this.label = label;
    }

    /** {@return the name AWS's policy simulator uses, such as {@code ImplicitlyDenied}} */
    public String label() {
        return label;
    }
}
