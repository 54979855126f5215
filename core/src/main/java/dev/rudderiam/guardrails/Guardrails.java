package dev.rudderiam.guardrails;

import dev.rudderiam.eval.OrganizationLevel;
import dev.rudderiam.policy.PolicyDocument;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The policies besides the role's own that decide RudderStack's requests in the customer's account: the
 * organization's SCPs and RCPs along the account's path (root first, then each OU, then the account), bucket
 * policies by bucket name, KMS key policies by key ARN, and the session policy. Each policy carries a name (such
 * as its file name) that results and fixes cite. Immutable; build with {@link #builder()}.
 *
 * <p>Not given means: no SCPs (the account is not in an organization, or only {@code FullAWSAccess} is attached),
 * only the implied {@code RCPFullAWSAccess}, no bucket policy, the default key policy (which delegates to IAM in
 * the key's account), no session policy.
 */
public final class Guardrails {
    /** A policy with the name results cite. */
    public record Named(String name, PolicyDocument document) {
        /** Checks for nulls. */
        public Named {
            Objects.requireNonNull(name, "policy name");
            Objects.requireNonNull(document, "policy document");
        }
    }

    /** An S3 bucket name, as the general purpose bucket naming rules allow. */
    private static final Pattern BUCKET = Pattern.compile("[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]");

    private final Map<String, List<Named>> scps;
    private final Map<String, List<Named>> rcps;
    private final Map<String, Named> bucketPolicies;
    private final Map<String, Named> keyPolicies;
    private final @Nullable Named sessionPolicy;
    private final boolean managementAccount;
    private final @Nullable String organizationId;

    private Guardrails(Builder b) {
        this.scps = copy(b.scps);
        this.rcps = copy(b.rcps);
        this.bucketPolicies = Collections.unmodifiableMap(new LinkedHashMap<>(b.bucketPolicies));
        this.keyPolicies = Collections.unmodifiableMap(new LinkedHashMap<>(b.keyPolicies));
        this.sessionPolicy = b.sessionPolicy;
        this.managementAccount = b.managementAccount;
        this.organizationId = b.organizationId;
    }

    private static Map<String, List<Named>> copy(Map<String, List<Named>> levels) {
        Map<String, List<Named>> out = new LinkedHashMap<>();
        levels.forEach((level, policies) -> out.put(level, List.copyOf(policies)));
        return Collections.unmodifiableMap(out);
    }

    /** {@return no guardrails} */
    public static Guardrails none() {
        return builder().build();
    }

    /** {@return a builder with no guardrails} */
    public static Builder builder() {
        return new Builder();
    }

    /** {@return the SCPs by level, root first} */
    public Map<String, List<Named>> scps() {
        return scps;
    }

    /** {@return the RCPs by level, root first} */
    public Map<String, List<Named>> rcps() {
        return rcps;
    }

    /** {@return the bucket policies by bucket name} */
    public Map<String, Named> bucketPolicies() {
        return bucketPolicies;
    }

    /** {@return the key policies by key ARN} */
    public Map<String, Named> keyPolicies() {
        return keyPolicies;
    }

    /** {@return the session policy, if one is given} */
    public Optional<Named> sessionPolicy() {
        return Optional.ofNullable(sessionPolicy);
    }

    /** {@return whether the account is the organization's management account, which SCPs and RCPs spare} */
    public boolean managementAccount() {
        return managementAccount;
    }

    /** {@return the id of the account's organization ({@code aws:PrincipalOrgID} of the role's sessions)} */
    public Optional<String> organizationId() {
        return Optional.ofNullable(organizationId);
    }

    /** {@return the SCPs as evaluator levels, root first} */
    public List<OrganizationLevel> scpLevels() {
        return levels(scps);
    }

    /** {@return the RCPs as evaluator levels, root first} */
    public List<OrganizationLevel> rcpLevels() {
        return levels(rcps);
    }

    private static List<OrganizationLevel> levels(Map<String, List<Named>> levels) {
        List<OrganizationLevel> out = new ArrayList<>();
        levels.forEach((level, policies) -> out.add(new OrganizationLevel(level,
                policies.stream().map(Named::document).toList())));
        return out;
    }

    /**
     * {@return the name of the SCP the evaluator counts as number {@code index} over {@link #scpLevels()}}
     *
     * @throws IllegalArgumentException when there is no such SCP
     */
    public String scpName(int index) {
        return organizationPolicyName(scps, index, false);
    }

    /**
     * {@return the name of the RCP the evaluator counts as number {@code index} over {@link #rcpLevels()}}: after
     * each level's own RCPs the evaluator counts the implied {@code RCPFullAWSAccess}
     *
     * @throws IllegalArgumentException when there is no such RCP
     */
    public String rcpName(int index) {
        return organizationPolicyName(rcps, index, true);
    }

    private static String organizationPolicyName(Map<String, List<Named>> levels, int index, boolean rcp) {
        int i = index;
        for (List<Named> policies : levels.values()) {
            if (i < policies.size()) {
                return policies.get(i).name();
            }
            if (rcp && i == policies.size()) {
                return "RCPFullAWSAccess";
            }
            i -= policies.size() + (rcp ? 1 : 0);
        }
        throw new IllegalArgumentException("organization policy index " + index + " is out of range");
    }

    /** Collects guardrails. Not thread-safe; {@link #build()} can be called again. */
    public static final class Builder {
        private final Map<String, List<Named>> scps = new LinkedHashMap<>();
        private final Map<String, List<Named>> rcps = new LinkedHashMap<>();
        private final Map<String, Named> bucketPolicies = new LinkedHashMap<>();
        private final Map<String, Named> keyPolicies = new LinkedHashMap<>();
        private @Nullable Named sessionPolicy;
        private boolean managementAccount;
        private @Nullable String organizationId;

        private Builder() {
        }

        /**
         * Sets the id of the organization the account belongs to, such as {@code o-a1b2c3d4e5}: the role's sessions
         * then carry it as {@code aws:PrincipalOrgID}, as AWS adds it for principals of member accounts
         * (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-keys.html#condition-keys-principalorgid).
         * RudderStack's own account is not in it. Null removes it.
         *
         * @throws IllegalArgumentException when the id is not {@code o-} and 10 to 32 lower-case letters or digits
         */
        public Builder organizationId(@Nullable String organizationId) {
            if (organizationId != null && !organizationId.matches("o-[a-z0-9]{10,32}")) {
                throw new IllegalArgumentException("organization id '" + organizationId + "' is invalid: expected o-"
                        + " and 10 to 32 lower-case letters or digits"
                        + " (https://docs.aws.amazon.com/organizations/latest/APIReference/API_Organization.html)");
            }
            this.organizationId = organizationId;
            return this;
        }

        /**
         * Adds an SCP attached at {@code level}. Levels keep the order of their first policy: give the root's
         * first, then each OU from the top, then the account's.
         */
        public Builder scp(String level, String name, PolicyDocument document) {
            scps.computeIfAbsent(Objects.requireNonNull(level, "SCP level"), k -> new ArrayList<>())
                    .add(new Named(name, document));
            return this;
        }

        /** Adds an RCP attached at {@code level}, in the same order as {@link #scp}. */
        public Builder rcp(String level, String name, PolicyDocument document) {
            rcps.computeIfAbsent(Objects.requireNonNull(level, "RCP level"), k -> new ArrayList<>())
                    .add(new Named(name, document));
            return this;
        }

        /**
         * Sets the bucket policy of {@code bucket} (its name, not its ARN).
         *
         * @throws IllegalArgumentException when the name is not a bucket name or the bucket already has one
         */
        public Builder bucketPolicy(String bucket, String name, PolicyDocument document) {
            if (bucket == null || !BUCKET.matcher(bucket).matches()) {
                throw new IllegalArgumentException("bucket name '" + bucket + "' is invalid: expected the bucket's"
                        + " name (3 to 63 lower-case letters, digits, dots and hyphens), not its ARN"
                        + " (https://docs.aws.amazon.com/AmazonS3/latest/userguide/bucketnamingrules.html)");
            }
            put(bucketPolicies, "bucket policy of bucket", bucket, new Named(name, document));
            return this;
        }

        /**
         * Sets the key policy of the KMS key {@code keyArn}.
         *
         * @throws IllegalArgumentException when the key already has one
         */
        public Builder keyPolicy(String keyArn, String name, PolicyDocument document) {
            put(keyPolicies, "key policy of key", keyArn, new Named(name, document));
            return this;
        }

        private static void put(Map<String, Named> map, String what, String key, Named policy) {
            Objects.requireNonNull(key, what);
            if (map.putIfAbsent(key, policy) != null) {
                throw new IllegalArgumentException(what + " '" + key + "' is given twice: a " + what.split(" of ")[0]
                        + " is one document");
            }
        }

        /** Sets the session policy RudderStack's sessions would carry; null removes it. */
        public Builder sessionPolicy(@Nullable String name, @Nullable PolicyDocument document) {
            this.sessionPolicy = document == null ? null : new Named(Objects.requireNonNull(name, "name"), document);
            return this;
        }

        /** Marks the account as the organization's management account, which SCPs and RCPs do not restrict. */
        public Builder managementAccount(boolean managementAccount) {
            this.managementAccount = managementAccount;
            return this;
        }

        /**
         * Adds every guardrail of {@code other}: its SCPs and RCPs level by level after those already here, its
         * bucket and key policies, and its session policy, organization id and management-account flag when it has
         * them (what it does not have leaves this builder's as it is). This is how guardrails from two sources, such
         * as policies read from AWS and files a user gives, become one.
         *
         * @throws IllegalArgumentException when a bucket or key has a policy both here and in {@code other}
         */
        public Builder add(Guardrails other) {
            other.scps.forEach((level, policies) -> policies.forEach(p -> scp(level, p.name(), p.document())));
            other.rcps.forEach((level, policies) -> policies.forEach(p -> rcp(level, p.name(), p.document())));
            other.bucketPolicies.forEach((bucket, p) -> bucketPolicy(bucket, p.name(), p.document()));
            other.keyPolicies.forEach((key, p) -> keyPolicy(key, p.name(), p.document()));
            if (other.sessionPolicy != null) {
                sessionPolicy(other.sessionPolicy.name(), other.sessionPolicy.document());
            }
            if (other.organizationId != null) {
                organizationId(other.organizationId);
            }
            if (other.managementAccount) {
                managementAccount(true);
            }
            return this;
        }

        /** {@return the guardrails} */
        public Guardrails build() {
            return new Guardrails(this);
        }
    }
}
