package dev.rudderiam.aws;

import dev.rudderiam.json.JsonStyle;
import dev.rudderiam.json.JsonValues;
import dev.rudderiam.policy.AnyPrincipal;
import dev.rudderiam.policy.Effect;
import dev.rudderiam.policy.PrincipalSet;
import dev.rudderiam.policy.PrincipalType;
import dev.rudderiam.policy.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What {@link RoleManager#delete} would remove, read before anything is removed, so that people see it before they
 * confirm: the role (or that there is none), the instance profiles that hold it, its inline and managed policies,
 * its boundary, and who its trust policy lets in.
 *
 * @param roleName the role name asked for
 * @param role the role as read, or empty when it does not exist
 * @param instanceProfiles the instance profiles the role is removed from
 * @param calls the read calls made
 */
public record DeletePlan(String roleName, Optional<RoleState> role, List<String> instanceProfiles, CallCounts calls) {
    /** Checks nulls and copies the list. */
    public DeletePlan {
        Objects.requireNonNull(roleName, "roleName");
        Objects.requireNonNull(role, "role");
        instanceProfiles = List.copyOf(instanceProfiles);
        Objects.requireNonNull(calls, "calls");
    }

    /**
     * {@return whether the trust policy allows {@code sts:AssumeRole} to a principal of {@code account}}: an
     * {@code Allow} statement whose actions cover {@code sts:AssumeRole} and whose {@code AWS} principals name the
     * account or an ARN in it, under whatever condition. False when the role does not exist.
     */
    public boolean trusts(String account) {
        Objects.requireNonNull(account, "account");
        return role.map(state -> state.trustPolicy().statements().stream()
                .anyMatch(statement -> statement.effect() == Effect.ALLOW && assumes(statement)
                        && names(statement, account)))
                .orElse(false);
    }

    private static boolean assumes(Statement statement) {
        return statement.actions().stream().map(action -> action.value().toLowerCase(Locale.ROOT))
                .anyMatch(action -> action.equals("sts:assumerole") || action.equals("sts:*") || action.equals("*"));
    }

    private static boolean names(Statement statement, String account) {
        if (statement.principal() instanceof AnyPrincipal) {
            return false;
        }
        if (!(statement.principal() instanceof PrincipalSet)) {
            return false;
        }
        return ((PrincipalSet) statement.principal()).ids(PrincipalType.AWS).stream()
                .anyMatch(id -> id.equals(account) || id.contains(":" + account + ":"));
    }

    /** {@return for people: what will be removed, one part per line} */
    public String toText() {
        String nl = System.lineSeparator();
        if (role.isEmpty()) {
            return "Role " + roleName + " does not exist: nothing to delete." + nl;
        }
        RoleState state = role.get();
        StringBuilder text = new StringBuilder("Role ").append(state.name()).append(" (").append(state.arn())
                .append(") will be deleted with:").append(nl);
        instanceProfiles.forEach(profile -> text.append("  - removed from instance profile ").append(profile)
                .append(nl));
        state.inlinePolicies().keySet().forEach(name -> text.append("  - inline policy ").append(name).append(nl));
        state.managedPolicyArns().forEach(arn -> text.append("  - managed policy attachment ").append(arn)
                .append(nl));
        if (state.permissionsBoundary() != null) {
            text.append("  - permissions boundary ").append(state.permissionsBoundary()).append(nl);
        }
        text.append("It trusts: ").append(dev.rudderiam.json.PolicyJson.write(state.trustPolicy())).append(nl);
        return text.toString();
    }

    /** {@return as JSON: {@code role}, {@code exists}, {@code state}, {@code instanceProfiles}, {@code calls}} */
    public String toJson(JsonStyle style) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("role", roleName);
        json.put("exists", role.isPresent());
        json.put("state", role.map(JsonForm::state).map(Object.class::cast).orElse(JsonValues.NULL));
        json.put("instanceProfiles", instanceProfiles);
        json.put("calls", JsonForm.calls(calls));
        return JsonValues.write(json, style);
    }
}
