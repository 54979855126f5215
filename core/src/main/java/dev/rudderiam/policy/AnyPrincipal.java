package dev.rudderiam.policy;

/**
 * The principal written as the bare string {@code "*"}: every principal, including anonymous ones. AWS documents
 * {@code "Principal": "*"} and {@code "Principal": {"AWS": "*"}} as equivalent.
 *
 * @see <a href="https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_principal.html#principal-anonymous">IAM
 *     JSON policy elements: All principals</a>
 */
public record AnyPrincipal() implements Principal {
    static final AnyPrincipal INSTANCE = new AnyPrincipal();

    @Override
    public String toString() {
        return "*";
    }
}
