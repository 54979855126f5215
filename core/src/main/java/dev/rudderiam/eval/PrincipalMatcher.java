package dev.rudderiam.eval;

import dev.rudderiam.arn.AccountId;
import dev.rudderiam.arn.Arn;
import dev.rudderiam.policy.AnyPrincipal;
import dev.rudderiam.policy.Principal;
import dev.rudderiam.policy.PrincipalId;
import dev.rudderiam.policy.PrincipalSet;
import dev.rudderiam.policy.PrincipalType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Matches a request principal against a compiled {@code Principal} or {@code NotPrincipal} element.
 *
 * @see <a href="https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_principal.html">Principal</a>
 * @see <a href="https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_notprincipal.html">NotPrincipal</a>
 */
final class PrincipalMatcher {

    /** How a principal element named the request's principal. */
    enum Match {
        /** Not named. */
        NONE,
        /**
         * Named through its account ({@code 123456789012} or {@code arn:aws:iam::123456789012:root}): the account
         * delegates to its identity policies, which must allow too
         * (<a href="https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_principal.html#principal-accounts">AWS account principals</a>).
         */
        ACCOUNT,
        /** Named as a role whose session makes the request: a permissions boundary still limits it. */
        ROLE,
        /** Named directly: the exact ARN, a service, or everyone ({@code "*"}). */
        DIRECT
    }

    /** The principal of a request, split into what principal elements can name. */
    record Caller(String principal, String principalLowerCase, @Nullable String account,
            @Nullable String partition, @Nullable String roleName, List<String> chain) {

        static Caller of(String principal, @Nullable String account) {
            Optional<Arn> parsed = Arn.tryParse(principal);
            if (parsed.isEmpty()) {
                return new Caller(principal, principal.toLowerCase(Locale.ROOT), account, null, null,
                        List.of(principal));
            }
            Arn arn = parsed.get();
            String roleName = null;
            List<String> chain = new ArrayList<>();
            if (account != null) {
                chain.add("arn:" + arn.partition() + ":iam::" + account + ":root");
            }
            if (arn.service().equals("sts") && arn.resource().startsWith("assumed-role/")) {
                String[] parts = arn.resource().split("/");
                roleName = parts.length > 1 ? parts[1] : null;
                chain.add("arn:" + arn.partition() + ":iam::" + arn.account() + ":role/" + roleName);
            }
            if (!arn.isAccountRoot()) {
                chain.add(principal);
            }
            return new Caller(principal, principal.toLowerCase(Locale.ROOT), account, arn.partition(), roleName,
                    List.copyOf(chain));
        }
    }

    private final boolean any;
    private final List<String> accounts = new ArrayList<>();
    private final List<String> arns = new ArrayList<>();
    /** Role ARNs with their path removed, which a session ARN names by role name only. */
    private final List<String> rolesWithoutPath = new ArrayList<>();
    private final List<String> others = new ArrayList<>();

    PrincipalMatcher(Principal principal) {
        boolean everyone = principal instanceof AnyPrincipal;
        if (principal instanceof PrincipalSet) {
            for (PrincipalId id : ((PrincipalSet) principal).ids()) {
                if (id.type().equals(PrincipalType.AWS)) {
                    everyone |= id.value().equals("*");
                    addAws(id.value());
                } else if (id.type().equals(PrincipalType.SERVICE)) {
                    others.add(id.value().toLowerCase(Locale.ROOT));
                } else {
                    others.add(id.value());
                }
            }
        }
        this.any = everyone;
    }

    private void addAws(String value) {
        if (AccountId.isValid(value)) {
            accounts.add(value);
            return;
        }
        Optional<Arn> arn = Arn.tryParse(value);
        if (arn.isPresent() && arn.get().isAccountRoot()) {
            accounts.add(arn.get().account());
        } else if (arn.isPresent() && arn.get().service().equals("iam") && arn.get().resource().startsWith("role/")) {
            String resource = arn.get().resource();
            arns.add(value);
            rolesWithoutPath.add("arn:" + arn.get().partition() + ":iam::" + arn.get().account() + ":role/"
                    + resource.substring(resource.lastIndexOf('/') + 1));
        } else {
            arns.add(value);
        }
    }

    /** {@return how this {@code Principal} element names {@code caller}} */
    Match match(Caller caller) {
        if (any) {
            return Match.DIRECT;
        }
        if (arns.contains(caller.principal()) || others.contains(caller.principal())
                || others.contains(caller.principalLowerCase())) {
            return Match.DIRECT;
        }
        if (caller.roleName() != null && caller.chain().size() >= 2
                && rolesWithoutPath.contains(caller.chain().get(caller.chain().size() - 2))) {
            // A role ARN in a resource-based policy names that role's sessions
            // (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_principal.html#principal-roles).
            return Match.ROLE;
        }
        if (caller.account() != null && accounts.contains(caller.account())) {
            return Match.ACCOUNT;
        }
        return Match.NONE;
    }

    /**
     * {@return whether a {@code NotPrincipal} element exempts {@code caller}}: only when it lists every link of the
     * caller's chain, the account, then the role, then the session or user, as the NotPrincipal page requires
     * ("you must also specify the account ARN of the not-denied principal").
     */
    boolean exempts(Caller caller) {
        if (any) {
            return true;
        }
        for (String link : caller.chain()) {
            boolean listed = arns.contains(link) || others.contains(link) || rolesWithoutPath.contains(link)
                    || link.endsWith(":root") && accounts.contains(Arn.parse(link).account());
            if (!listed) {
                return false;
            }
        }
        return true;
    }
}
