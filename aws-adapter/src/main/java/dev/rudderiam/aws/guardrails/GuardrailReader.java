package dev.rudderiam.aws.guardrails;

import dev.rudderiam.arn.AccountId;
import dev.rudderiam.aws.guardrails.GuardrailReadException.Layer;
import dev.rudderiam.guardrails.Guardrails;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * Reads an account's guardrails live into a {@link Guardrails.Builder}: the policy and default SSE-KMS key of each
 * bucket ({@link BucketReader}), the policy of each KMS key ({@link KeyPolicyReader}), and the organization's SCPs
 * and RCPs along the account's path ({@link OrganizationReader}). Each reader wraps one optional SDK client; give
 * only those the read needs, so a caller without the S3, KMS or Organizations client never loads its reader.
 *
 * <pre>{@code
 * Guardrails.Builder guardrails = Guardrails.builder();
 * GuardrailReader.builder().account("111122223333")
 *     .s3(new BucketReader(s3)).buckets(access.buckets())
 *     .kms(new KeyPolicyReader(kms)).usedKeys(access.keys()).keys(access.keys())
 *     .organizations(new OrganizationReader(organizations)).serviceControlPolicies(true).resourceControlPolicies(true)
 *     .build()
 *     .read(guardrails);
 * }</pre>
 *
 * <p>What could not be read is never taken to be absent: {@link #read} throws {@link GuardrailReadException}
 * naming it, and adds nothing. Absent means what AWS answers as absent: {@code NoSuchBucketPolicy}, no default
 * encryption, {@code AWSOrganizationsNotInUseException}, a policy type not enabled in the root.
 */
public final class GuardrailReader {
    private final AccountId account;
    private final @Nullable BucketReader s3;
    private final @Nullable KeyPolicyReader kms;
    private final @Nullable OrganizationReader organizations;
    private final List<String> buckets;
    private final Set<String> usedKeys;
    private final List<String> keys;
    private final boolean scps;
    private final boolean rcps;

    private GuardrailReader(Builder b) {
        this.account = Objects.requireNonNull(b.account, "account");
        this.s3 = b.s3;
        this.kms = b.kms;
        this.organizations = b.organizations;
        this.buckets = List.copyOf(b.buckets);
        this.usedKeys = Set.copyOf(b.usedKeys);
        this.keys = List.copyOf(b.keys);
        this.scps = b.scps;
        this.rcps = b.rcps;
    }

    /** {@return a builder that reads nothing yet} */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Reads every guardrail asked for and adds them to {@code into}: bucket policies named
     * {@code s3:GetBucketPolicy <bucket>}, key policies {@code kms:GetKeyPolicy <key>}, SCPs and RCPs by level
     * (the root's, each OU's and the account's ids) named {@code <name> (<policy id>)}, the organization id and
     * whether the account is the management account.
     *
     * @return {@code into}
     * @throws GuardrailReadException when anything asked for could not be read, or a bucket's default SSE-KMS key
     *     is not one of the used keys (the requests would then be decided without the key S3 actually uses);
     *     {@code into} is then unchanged
     */
    public Guardrails.Builder read(Guardrails.Builder into) {
        Objects.requireNonNull(into, "guardrails");
        // What is read goes to a builder of its own; only once everything was read does it reach the caller's.
        Guardrails.Builder read = Guardrails.builder();
        for (String bucket : buckets) {
            BucketReader.Bucket settings = need(s3, Layer.BUCKET_POLICY, "S3", "the bucket policy of bucket '"
                    + bucket + "'").read(bucket, account.value());
            if (settings.defaultKmsKey() != null) {
                checkUsed(bucket, settings.defaultKmsKey());
            }
            if (settings.policy() != null) {
                read.bucketPolicy(settings.name(), "s3:GetBucketPolicy " + settings.name(), settings.policy());
            }
        }
        for (String key : keys) {
            read.keyPolicy(key, "kms:GetKeyPolicy " + key,
                    need(kms, Layer.KEY_POLICY, "KMS", "the key policy of key '" + key + "'").read(key));
        }
        if (scps || rcps) {
            OrganizationReader.Organization found = need(organizations, Layer.ORGANIZATION, "Organizations",
                    "the SCPs and RCPs of account " + account.value()).read(account.value(), scps, rcps, read);
            read.organizationId(found.organizationId()).managementAccount(found.managementAccount());
        }
        return into.add(read.build());
    }

    /** Refuses a bucket whose default SSE-KMS key no request uses: S3 would use that key with the role's identity. */
    private void checkUsed(String bucket, String defaultKey) {
        String keyArn = defaultKey.startsWith("arn:") && defaultKey.contains(":key/") ? defaultKey
                : need(kms, Layer.BUCKET_ENCRYPTION, "KMS", "the ARN of key '" + defaultKey + "', the default"
                        + " encryption key of bucket '" + bucket + "'").keyArn(defaultKey);
        if (!usedKeys.contains(keyArn)) {
            throw new GuardrailReadException(Layer.BUCKET_ENCRYPTION, "bucket '" + bucket + "' encrypts new objects"
                    + " with SSE-KMS key " + keyArn + " by default (GetBucketEncryption), which no request uses"
                    + (usedKeys.isEmpty() ? "" : " (they use " + String.join(", ", new TreeSet<>(usedKeys))
                    + ")") + ": name that key in the destination's parameters, so the role is granted it and its key"
                    + " policy is checked", null);
        }
    }

    private static <T> T need(@Nullable T reader, Layer layer, String service, String what) {
        if (reader == null) {
            throw new GuardrailReadException(layer, "could not read " + what + ": no " + service + " client given",
                    null);
        }
        return reader;
    }

    /** Collects the readers and what to read. Not thread-safe; {@link #build()} can be called again. */
    public static final class Builder {
        private @Nullable AccountId account;
        private @Nullable BucketReader s3;
        private @Nullable KeyPolicyReader kms;
        private @Nullable OrganizationReader organizations;
        private final Set<String> buckets = new LinkedHashSet<>();
        private final Set<String> usedKeys = new LinkedHashSet<>();
        private final Set<String> keys = new LinkedHashSet<>();
        private boolean scps;
        private boolean rcps;

        private Builder() {
        }

        /** Sets the account whose guardrails are read: the buckets' expected owner, the path's start. Required. */
        public Builder account(String account) {
            this.account = AccountId.of(account);
            return this;
        }

        /** Sets the reader of bucket policies and default encryption. */
        public Builder s3(BucketReader s3) {
            this.s3 = Objects.requireNonNull(s3, "bucket reader");
            return this;
        }

        /** Sets the reader of key policies (and of the key ARN behind a bucket's default key id or alias). */
        public Builder kms(KeyPolicyReader kms) {
            this.kms = Objects.requireNonNull(kms, "key policy reader");
            return this;
        }

        /** Sets the reader of the organization's SCPs and RCPs. */
        public Builder organizations(OrganizationReader organizations) {
            this.organizations = Objects.requireNonNull(organizations, "organization reader");
            return this;
        }

        /** Sets the buckets whose policy and default encryption to read (by name). */
        public Builder buckets(Collection<String> buckets) {
            replace(this.buckets, buckets, "bucket");
            return this;
        }

        /**
         * Sets the ARNs of the KMS keys the requests use, policies read or not: a bucket whose default SSE-KMS key is
         * not among them is refused.
         */
        public Builder usedKeys(Collection<String> keys) {
            replace(this.usedKeys, keys, "key");
            return this;
        }

        /** Sets the ARNs of the KMS keys whose key policies to read. */
        public Builder keys(Collection<String> keys) {
            replace(this.keys, keys, "key");
            return this;
        }

        private static void replace(Set<String> target, Collection<String> values, String what) {
            List<String> copy = new ArrayList<>(values);
            copy.forEach(v -> Objects.requireNonNull(v, what));
            target.clear();
            target.addAll(copy);
        }

        /** Sets whether to read the SCPs along the account's path (default no). */
        public Builder serviceControlPolicies(boolean read) {
            this.scps = read;
            return this;
        }

        /** Sets whether to read the RCPs along the account's path (default no). */
        public Builder resourceControlPolicies(boolean read) {
            this.rcps = read;
            return this;
        }

        /**
         * {@return the reader}
         *
         * @throws NullPointerException when the account is missing
         */
        public GuardrailReader build() {
            return new GuardrailReader(this);
        }
    }
}
