package dev.rudderiam.role;

import dev.rudderiam.arn.AccountId;
import dev.rudderiam.arn.Arn;
import dev.rudderiam.arn.Partition;
import dev.rudderiam.policy.PolicyDocument;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Everything that makes an IAM role: name, path, description, trust policy, named inline permission policies,
 * attached managed policy ARNs, permissions boundary, tags and maximum session duration. It is what the AWS adapter
 * applies and what the exports write.
 *
 * <p>Construction checks what IAM checks for the attributes alone: at most 50 tags with keys unique ignoring case,
 * managed policy ARNs and boundary are IAM policy ARNs ({@code arn:<partition>:iam::<account|aws>:policy/...}),
 * no ARN attached twice. Document content (grammar, sizes, RudderStack rules) is the validator's business.
 *
 * @see <a href="https://docs.aws.amazon.com/IAM/latest/APIReference/API_CreateRole.html">CreateRole</a>
 * @see <a href="https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_iam-quotas.html">IAM quotas</a>
 */
public final class RoleSpec {
    /** Tags per role (IAM quota). */
    public static final int MAX_TAGS = 50;
    /** The resource part of a managed policy ARN: {@code policy}, a path, and a policy name. */
    private static final Pattern POLICY_RESOURCE = Pattern.compile("policy/([\\u0021-\\u007E]*/)?[\\w+=,.@-]{1,128}");

    private final RoleName name;
    private final IamPath path;
    private final @Nullable RoleDescription description;
    private final PolicyDocument trustPolicy;
    private final Map<PolicyName, PolicyDocument> inlinePolicies;
    private final List<Arn> managedPolicyArns;
    private final @Nullable Arn permissionsBoundary;
    private final List<Tag> tags;
    private final MaxSessionDuration maxSessionDuration;

    private RoleSpec(Builder builder) {
        this.name = Objects.requireNonNull(builder.name, "role name is missing: a role needs a name");
        this.trustPolicy = Objects.requireNonNull(builder.trustPolicy,
                "trust policy is missing: a role needs a trust (assume role) policy");
        this.path = builder.path;
        this.description = builder.description;
        this.inlinePolicies = Collections.unmodifiableMap(new LinkedHashMap<>(builder.inlinePolicies));
        this.managedPolicyArns = List.copyOf(builder.managedPolicyArns);
        this.permissionsBoundary = builder.permissionsBoundary;
        this.tags = List.copyOf(builder.tags);
        this.maxSessionDuration = builder.maxSessionDuration;
        checkTags(tags);
        managedPolicyArns.forEach(arn -> checkPolicyArn("managed policy ARN", arn));
        if (managedPolicyArns.stream().distinct().count() != managedPolicyArns.size()) {
            throw new IllegalArgumentException("managed policy ARNs " + managedPolicyArns
                    + " are invalid: a managed policy is attached to a role at most once");
        }
        if (permissionsBoundary != null) {
            checkPolicyArn("permissions boundary", permissionsBoundary);
        }
    }

    private static void checkTags(List<Tag> tags) {
        if (tags.size() > MAX_TAGS) {
            throw new IllegalArgumentException("tags are invalid: " + tags.size() + " tags given; IAM allows at most "
                    + MAX_TAGS + " tags per role");
        }
        for (int j = 1; j < tags.size(); j++) {
            for (int i = 0; i < j; i++) {
                if (tags.get(i).sameKeyAs(tags.get(j))) {
                    throw new IllegalArgumentException("tag key '" + tags.get(j).key() + "' is invalid: it repeats '"
                            + tags.get(i).key() + "'; role tag keys are unique ignoring case");
                }
            }
        }
    }

    /**
     * A managed policy (or boundary) is named by one IAM policy ARN; AWS managed policies have account "aws". The
     * ARN names exactly one policy: IAM takes no pattern here ({@code CreateRole}'s {@code PermissionsBoundary} and
     * {@code AttachRolePolicy}'s {@code PolicyArn} are an ARN), policy names are 1 to 128 characters of
     * {@code [\w+=,.@-]} and IAM paths hold no {@code *}. So {@code *} and {@code ?} are refused, never read as
     * wildcards.
     *
     * @see <a href="https://docs.aws.amazon.com/IAM/latest/APIReference/API_CreateRole.html">CreateRole:
     *     PermissionsBoundary</a>
     * @see <a href="https://docs.aws.amazon.com/IAM/latest/APIReference/API_CreatePolicy.html">CreatePolicy:
     *     PolicyName and Path</a>
     */
    private static void checkPolicyArn(String field, Arn arn) {
        boolean account = arn.account().equals("aws") || arn.accountId().isPresent();
        if (!arn.service().equals("iam") || !arn.region().isEmpty() || !account
                || !arn.resource().startsWith("policy/") || arn.partitionOrEmpty().isEmpty()) {
            throw new IllegalArgumentException(field + " '" + arn + "' is invalid: expected a managed policy ARN"
                    + " arn:<partition>:iam::<account id or aws>:policy/<path><name>");
        }
        if (arn.resource().contains("*") || arn.resource().contains("?")) {
            throw new IllegalArgumentException(field + " '" + arn + "' is invalid: it is one managed policy ARN, never"
                    + " a pattern; IAM names a policy by its exact ARN and no policy name or path holds '*' or '?'"
                    + " (CreateRole PermissionsBoundary, AttachRolePolicy PolicyArn:"
                    + " https://docs.aws.amazon.com/IAM/latest/APIReference/API_CreateRole.html)");
        }
        if (!POLICY_RESOURCE.matcher(arn.resource()).matches()) {
            throw new IllegalArgumentException(field + " '" + arn + "' is invalid: expected policy/<path><name>, the"
                    + " path '/' or '/.../' of U+0021 to U+007E and the name 1 to 128 letters, digits and _+=,.@-"
                    + " (CreateRole PermissionsBoundary:"
                    + " https://docs.aws.amazon.com/IAM/latest/APIReference/API_CreateRole.html)");
        }
    }

    /** {@return a builder; the path defaults to {@code /} and the maximum session to one hour} */
    public static Builder builder() {
        return new Builder();
    }

    /** {@return a builder holding this spec's attributes} */
    public Builder toBuilder() {
        Builder builder = new Builder().name(name).path(path).description(description).trustPolicy(trustPolicy)
                .managedPolicyArns(managedPolicyArns).permissionsBoundary(permissionsBoundary).tags(tags)
                .maxSessionDuration(maxSessionDuration);
        inlinePolicies.forEach(builder::inlinePolicy);
        return builder;
    }

    /** {@return the role's ARN in {@code account} of {@code partition}: {@code arn:..:iam::account:role/path/name}} */
    public Arn arn(Partition partition, AccountId account) {
        return new Arn(partition.id(), "iam", "", account.value(),
                "role" + path.value() + name.value());
    }

    /** {@return the role name} */
    public RoleName name() {
        return name;
    }

    /** {@return the path} */
    public IamPath path() {
        return path;
    }

    /** {@return the description, or null when none} */
    public @Nullable RoleDescription description() {
        return description;
    }

    /** {@return the trust (assume role) policy} */
    public PolicyDocument trustPolicy() {
        return trustPolicy;
    }

    /** {@return the inline permission policies by name, in the order added} */
    public Map<PolicyName, PolicyDocument> inlinePolicies() {
        return inlinePolicies;
    }

    /** {@return the ARNs of the managed policies to attach} */
    public List<Arn> managedPolicyArns() {
        return managedPolicyArns;
    }

    /** {@return the permissions boundary's managed policy ARN, or null when none} */
    public @Nullable Arn permissionsBoundary() {
        return permissionsBoundary;
    }

    /** {@return the tags} */
    public List<Tag> tags() {
        return tags;
    }

    /** {@return the maximum session duration} */
    public MaxSessionDuration maxSessionDuration() {
        return maxSessionDuration;
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof RoleSpec)) {
            return false;
        }
        RoleSpec that = (RoleSpec) other;
        return name.equals(that.name) && path.equals(that.path) && Objects.equals(description, that.description)
                && trustPolicy.equals(that.trustPolicy) && inlinePolicies.equals(that.inlinePolicies)
                && managedPolicyArns.equals(that.managedPolicyArns)
                && Objects.equals(permissionsBoundary, that.permissionsBoundary) && tags.equals(that.tags)
                && maxSessionDuration.equals(that.maxSessionDuration);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, path, description, trustPolicy, inlinePolicies, managedPolicyArns,
                permissionsBoundary, tags, maxSessionDuration);
    }

    @Override
    public String toString() {
        return "RoleSpec{name=" + name + ", path=" + path + ", inlinePolicies=" + inlinePolicies.keySet()
                + ", managedPolicyArns=" + managedPolicyArns + ", permissionsBoundary=" + permissionsBoundary
                + ", tags=" + tags + ", maxSessionDuration=" + maxSessionDuration.seconds() + "}";
    }

    /** Collects a role's attributes. Not thread-safe; {@link #build()} can be called again. */
    public static final class Builder {
        private @Nullable RoleName name;
        private IamPath path = IamPath.ROOT;
        private @Nullable RoleDescription description;
        private @Nullable PolicyDocument trustPolicy;
        private final Map<PolicyName, PolicyDocument> inlinePolicies = new LinkedHashMap<>();
        private final List<Arn> managedPolicyArns = new ArrayList<>();
        private @Nullable Arn permissionsBoundary;
        private final List<Tag> tags = new ArrayList<>();
        private MaxSessionDuration maxSessionDuration = MaxSessionDuration.DEFAULT;

        private Builder() {
        }

        /** Sets the role name. */
        public Builder name(RoleName name) {
            this.name = Objects.requireNonNull(name, "role name");
            return this;
        }

        /** Sets the role name. */
        public Builder name(String name) {
            return name(RoleName.of(name));
        }

        /** Sets the path. */
        public Builder path(IamPath path) {
            this.path = Objects.requireNonNull(path, "path");
            return this;
        }

        /** Sets the description; null removes it. */
        public Builder description(@Nullable RoleDescription description) {
            this.description = description;
            return this;
        }

        /** Sets the trust policy. */
        public Builder trustPolicy(PolicyDocument trustPolicy) {
            this.trustPolicy = Objects.requireNonNull(trustPolicy, "trust policy");
            return this;
        }

        /** Adds or replaces the inline policy named {@code name}. */
        public Builder inlinePolicy(PolicyName name, PolicyDocument document) {
            inlinePolicies.put(Objects.requireNonNull(name, "policy name"),
                    Objects.requireNonNull(document, "policy document"));
            return this;
        }

        /** Replaces the inline policies. */
        public Builder inlinePolicies(Map<PolicyName, PolicyDocument> policies) {
            Map<PolicyName, PolicyDocument> copy = new LinkedHashMap<>(policies);
            inlinePolicies.clear();
            copy.forEach(this::inlinePolicy);
            return this;
        }

        /** Replaces the managed policy ARNs. */
        public Builder managedPolicyArns(Collection<Arn> arns) {
            List<Arn> copy = new ArrayList<>(arns);
            copy.forEach(arn -> Objects.requireNonNull(arn, "managed policy ARN"));
            managedPolicyArns.clear();
            managedPolicyArns.addAll(copy);
            return this;
        }

        /** Appends a managed policy ARN. */
        public Builder addManagedPolicyArn(Arn arn) {
            managedPolicyArns.add(Objects.requireNonNull(arn, "managed policy ARN"));
            return this;
        }

        /** Sets the permissions boundary's managed policy ARN; null removes it. */
        public Builder permissionsBoundary(@Nullable Arn boundary) {
            this.permissionsBoundary = boundary;
            return this;
        }

        /** Replaces the tags. */
        public Builder tags(Collection<Tag> tags) {
            List<Tag> copy = new ArrayList<>(tags);
            copy.forEach(tag -> Objects.requireNonNull(tag, "tag"));
            this.tags.clear();
            this.tags.addAll(copy);
            return this;
        }

        /** Appends a tag. */
        public Builder tag(Tag tag) {
            tags.add(Objects.requireNonNull(tag, "tag"));
            return this;
        }

        /** Sets the maximum session duration. */
        public Builder maxSessionDuration(MaxSessionDuration duration) {
            this.maxSessionDuration = Objects.requireNonNull(duration, "max session duration");
            return this;
        }

        /**
         * {@return the role spec}
         *
         * @throws NullPointerException when the name or trust policy is missing
         * @throws IllegalArgumentException when tags or policy ARNs break IAM's rules
         */
        public RoleSpec build() {
            return new RoleSpec(this);
        }
    }
}
