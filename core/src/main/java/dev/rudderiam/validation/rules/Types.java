package dev.rudderiam.validation.rules;

import dev.rudderiam.validation.PolicyType;
import java.util.EnumSet;
import java.util.Set;

/** The sets of policy types rules apply to. */
final class Types {
    static final Set<PolicyType> ALL = EnumSet.allOf(PolicyType.class);
    static final Set<PolicyType> PERMISSIONS = EnumSet.of(PolicyType.IDENTITY, PolicyType.BOUNDARY);
    static final Set<PolicyType> TRUST = EnumSet.of(PolicyType.TRUST);

    private Types() {
    }

    /** {@return the types as bits, by ordinal} */
    static int mask(Set<PolicyType> types) {
        int mask = 0;
        for (PolicyType type : types) {
            mask |= 1 << type.ordinal();
        }
        return mask;
    }
}
