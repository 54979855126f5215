package dev.rudderiam.policy;

/**
 * The value of a {@code Principal} or {@code NotPrincipal} element: either {@link AnyPrincipal} (the JSON string
 * {@code "*"}) or a {@link PrincipalSet} (the JSON object keyed by {@code AWS}, {@code Service}, {@code Federated},
 * {@code CanonicalUser}).
 *
 * @see <a href="https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_principal.html">IAM
 *     JSON policy elements: Principal</a>
 */
public sealed interface Principal permits AnyPrincipal, PrincipalSet {

    /** {@return the principal written {@code "*"}: everyone, including anonymous users} */
    static AnyPrincipal any() {
        return AnyPrincipal.INSTANCE;
    }

    /** {@return a principal set holding {@code ids}} */
    static PrincipalSet of(PrincipalId... ids) {
        PrincipalSet.Builder builder = PrincipalSet.builder();
        for (PrincipalId id : ids) {
            builder.add(id);
        }
        return builder.build();
    }
}
