package dev.rudderiam.testkit;

import dev.rudderiam.arn.AccountId;
import dev.rudderiam.arn.Arn;
import dev.rudderiam.arn.Partition;
import dev.rudderiam.policy.Action;
import dev.rudderiam.policy.Condition;
import dev.rudderiam.policy.ConditionKey;
import dev.rudderiam.policy.ConditionOperator;
import dev.rudderiam.policy.ConditionValue;
import dev.rudderiam.policy.Effect;
import dev.rudderiam.policy.PolicyDocument;
import dev.rudderiam.policy.PolicySize;
import dev.rudderiam.policy.Principal;
import dev.rudderiam.policy.PrincipalId;
import dev.rudderiam.policy.Quotas;
import dev.rudderiam.policy.Resource;
import dev.rudderiam.policy.Statement;
import dev.rudderiam.reference.ServiceReference;
import dev.rudderiam.role.ExternalId;
import dev.rudderiam.role.IamPath;
import dev.rudderiam.role.MaxSessionDuration;
import dev.rudderiam.role.PolicyName;
import dev.rudderiam.role.RoleDescription;
import dev.rudderiam.role.RoleName;
import dev.rudderiam.role.RoleSpec;
import dev.rudderiam.role.RudderStack;
import dev.rudderiam.role.Tag;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.jspecify.annotations.Nullable;

/**
 * jqwik arbitraries of realistic IAM values and documents. Every document arbitrary promises documents IAM accepts:
 * version {@code 2012-10-17}, unique alphanumeric Sids, actions that exist, resources whose ARNs fit the action's
 * resource types, condition values of the right type for their operator, and sizes within IAM's quotas. They shrink
 * toward one short statement with the shortest action.
 *
 * <pre>{@code
 * IamArbitraries iam = IamArbitraries.builder().services("s3", "kinesis").maxStatements(3).build();
 *
 * @Property
 * void myGeneratorKeepsActions(@ForAll("policies") PolicyDocument input) { ... }
 *
 * @Provide
 * Arbitrary<PolicyDocument> policies() { return iam.identityPolicies(); }
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe. {@link #defaults()} uses the bundled service reference when the
 * policies catalog is on the class path, with the services RudderStack destinations use.
 */
public final class IamArbitraries {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Za-z0-9]+)}");
    private static final List<String> REGIONS = List.of("us-east-1", "eu-west-1", "ap-southeast-2", "us-west-2");
    private static final List<String> CN_REGIONS = List.of("cn-north-1", "cn-northwest-1");
    private static final List<String> GOV_REGIONS = List.of("us-gov-west-1", "us-gov-east-1");

    private final List<ActionTemplate> actions;
    private final List<Partition> partitions;
    private final int maxStatements;
    private final int maxValues;
    private final boolean conditions;

    private IamArbitraries(Builder builder) {
        this.actions = builder.actions();
        this.partitions = List.copyOf(builder.partitions);
        this.maxStatements = builder.maxStatements;
        this.maxValues = builder.maxValues;
        this.conditions = builder.conditions;
    }

    /** {@return arbitraries with the default configuration} */
    public static IamArbitraries defaults() {
        return builder().build();
    }

    /** {@return a builder to configure the arbitraries} */
    public static Builder builder() {
        return new Builder();
    }

    /** {@return 12-digit account ids} */
    public Arbitrary<AccountId> accountIds() {
        return Arbitraries.strings().numeric().ofLength(12).map(AccountId::of);
    }

    /** {@return the configured partitions} */
    public Arbitrary<Partition> partitions() {
        return Arbitraries.of(partitions);
    }

    /** {@return workspace ids shaped like RudderStack's (27 letters and digits)} */
    public Arbitrary<String> workspaceIds() {
        return Arbitraries.strings().alpha().numeric().ofLength(27);
    }

    /** {@return actions of the configured services, shortest names first} */
    public Arbitrary<Action> actions() {
        return Arbitraries.of(actions).map(ActionTemplate::action);
    }

    /** {@return resource ARNs of the configured services' resource types, in the configured partitions} */
    public Arbitrary<Arn> arns() {
        List<String> templates = new ArrayList<>();
        actions.forEach(t -> templates.addAll(t.arnTemplates()));
        if (templates.isEmpty()) {
            templates.add("arn:${Partition}:s3:::${BucketName}");
        }
        return Combinators.combine(Arbitraries.of(new ArrayList<>(new TreeSet<>(templates))), partitions(),
                accountIds(), names()).as(IamArbitraries::fill).map(Arn::parse);
    }

    /** {@return resources: ARNs of the configured services, or {@code "*"}} */
    public Arbitrary<Resource> resources() {
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(1, Arbitraries.just(Resource.ALL)),
                net.jqwik.api.Tuple.of(4, arns().map(arn -> Resource.of(arn.toString()))));
    }

    /**
     * {@return principals of every kind: an account as root ARN or bare id, IAM roles and users, an assumed-role
     * session, an AWS service, a web-identity provider, a canonical user}
     */
    public Arbitrary<Principal> principals() {
        Arbitrary<PrincipalId> aws = Combinators.combine(accountIds(), partitions(), names(),
                Arbitraries.integers().between(0, 4)).as((account, partition, name, kind) -> {
                    switch (kind) {
                        case 0: return PrincipalId.account(account, partition);
                        case 1: return PrincipalId.aws(account.value());
                        case 2: return PrincipalId.aws("arn:" + partition + ":iam::" + account + ":role/" + name);
                        case 3: return PrincipalId.aws("arn:" + partition + ":iam::" + account + ":user/" + name);
                        default: return PrincipalId.aws(
                                "arn:" + partition + ":sts::" + account + ":assumed-role/" + name + "/session");
                    }
                });
        Arbitrary<PrincipalId> service = Arbitraries.of("lambda.amazonaws.com", "ec2.amazonaws.com",
                "firehose.amazonaws.com", "redshift.amazonaws.com").map(PrincipalId::service);
        Arbitrary<PrincipalId> federated = Arbitraries.of("cognito-identity.amazonaws.com",
                "accounts.google.com").map(PrincipalId::federated);
        Arbitrary<PrincipalId> canonical = Arbitraries.strings().withChars("0123456789abcdef").ofLength(64)
                .map(PrincipalId::canonicalUser);
        return Arbitraries.oneOf(aws, service, federated, canonical).list().ofMinSize(1).ofMaxSize(maxValues)
                .uniqueElements().map(ids -> Principal.of(ids.toArray(new PrincipalId[0])));
    }

    /**
     * {@return conditions whose values have the type their operator compares: IP ranges for {@code IpAddress},
     * booleans for {@code Bool}, ISO dates, account ids, ARNs, numbers, and qualified operators for multivalued
     * keys}
     */
    public Arbitrary<Condition> conditions() {
        Arbitrary<Condition.Builder> clause = Arbitraries.oneOf(List.of(
                cidrs().map(v -> clause(ConditionOperator.IP_ADDRESS, "aws:SourceIp", v)),
                Arbitraries.of(true, false).map(b -> clause(ConditionOperator.BOOL, "aws:SecureTransport",
                        ConditionValue.of(b))),
                Arbitraries.of("2026-01-01T00:00:00Z", "2027-06-30T12:00:00Z").map(d ->
                        clause(ConditionOperator.DATE_LESS_THAN, "aws:CurrentTime", ConditionValue.of(d))),
                accountIds().map(a -> clause(ConditionOperator.STRING_EQUALS, "aws:ResourceAccount",
                        ConditionValue.of(a.value()))),
                Arbitraries.of(REGIONS).map(r -> clause(ConditionOperator.STRING_EQUALS, "aws:RequestedRegion",
                        ConditionValue.of(r))),
                names().map(n -> clause(ConditionOperator.STRING_LIKE, "aws:PrincipalTag/team",
                        ConditionValue.of(n + "*"))),
                names().map(n -> clause(ConditionOperator.of("ForAllValues:StringEquals"), "aws:TagKeys",
                        ConditionValue.of(n))),
                Arbitraries.integers().between(1, 86400).map(n -> clause(ConditionOperator.NUMERIC_LESS_THAN,
                        "aws:MultiFactorAuthAge", ConditionValue.of(n))),
                arns().map(a -> clause(ConditionOperator.of("ArnLikeIfExists"), "aws:SourceArn",
                        ConditionValue.of(a.toString())))));
        return clause.list().ofMinSize(1).ofMaxSize(3).map(builders -> {
            Condition.Builder merged = Condition.builder();
            for (Condition.Builder b : builders) {
                b.build().clauses().forEach(c -> merged.add(c.operator(), c.key(), c.values()));
            }
            return merged.build();
        });
    }

    /** {@return Allow or Deny statements of an identity policy: actions with resources that fit them} */
    public Arbitrary<Statement> identityStatements() {
        Arbitrary<Statement.Builder> grants = Arbitraries.of(actions).flatMap(template ->
                resourcesFor(template).list().ofMinSize(1).ofMaxSize(maxValues).uniqueElements()
                        .map(resources -> Statement.builder().addAction(template.action()).resources(resources)));
        Arbitrary<Effect> effect = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(5, Arbitraries.just(Effect.ALLOW)),
                net.jqwik.api.Tuple.of(1, Arbitraries.just(Effect.DENY)));
        // NullAway's standard mode reads jqwik's just(T) as taking a non-null value; null is the absent condition.
        @SuppressWarnings("NullAway")
        Arbitrary<@Nullable Condition> condition = conditions
                ? conditions().injectNull(0.6) : Arbitraries.just(null);
        return Combinators.combine(grants, effect, condition).as((b, e, c) -> {
            b.effect(e);
            if (c != null) {
                b.condition(c);
            }
            return b.build();
        });
    }

    /** {@return identity (permission) policies within the 6,144-character managed policy quota} */
    public Arbitrary<PolicyDocument> identityPolicies() {
        return documents(identityStatements(), Quotas.DEFAULT.managedPolicy());
    }

    /**
     * {@return role trust policies: AWS account or role principals allowed {@code sts:AssumeRole}, each statement
     * requiring its own external id, within the default 2,048-character quota}
     */
    public Arbitrary<PolicyDocument> trustPolicies() {
        Arbitrary<Statement> statement = Combinators.combine(accountIds(), names(), externalIds(),
                Arbitraries.of(true, false)).as((account, name, externalId, wholeAccount) -> Statement.builder()
                        .effect(Effect.ALLOW)
                        .principal(Principal.of(wholeAccount ? PrincipalId.account(account, Partition.AWS)
                                : PrincipalId.aws("arn:aws:iam::" + account + ":role/" + name)))
                        .addAction("sts:AssumeRole")
                        .condition(Condition.builder().add(ConditionOperator.STRING_EQUALS,
                                ConditionKey.STS_EXTERNAL_ID, ConditionValue.of(externalId.value())).build())
                        .build());
        return documents(statement, Quotas.DEFAULT.trustPolicy());
    }

    /** {@return RudderStack trust policies ({@link RudderStack#trustPolicy}) for random workspace ids} */
    public Arbitrary<PolicyDocument> rudderStackTrustPolicies() {
        return workspaceIds().map(RudderStack::trustPolicy);
    }

    /**
     * {@return RudderStack role specs within IAM's limits: valid names and paths, the RudderStack trust policy,
     * up to three inline policies of at most 10,240 characters together, up to five tags with distinct keys,
     * sometimes a description, a permissions boundary and managed policies}
     */
    public Arbitrary<RoleSpec> roleSpecs() {
        Arbitrary<RoleName> name = Arbitraries.strings().withChars("abcdefghijklmnopqrstuvwxyz0123456789-_")
                .ofMinLength(1).ofMaxLength(20).map(n -> RoleName.of("Rudder" + n));
        Arbitrary<IamPath> path = Arbitraries.of("/", "/rudderstack/", "/saas/rudder/").map(IamPath::of);
        Arbitrary<Map<PolicyName, PolicyDocument>> inline = identityPolicies().list().ofMaxSize(3).map(docs -> {
            Map<PolicyName, PolicyDocument> named = new LinkedHashMap<>();
            for (int i = 0; i < docs.size(); i++) {
                named.put(PolicyName.of("rudderstack-" + i), docs.get(i));
            }
            return named;
        }).filter(docs -> docs.values().stream().mapToInt(PolicySize::of).sum()
                <= Quotas.DEFAULT.roleInlinePolicies());
        Arbitrary<List<Tag>> tags = Combinators.combine(names(), names()).as(Tag::of).list().ofMaxSize(5)
                .uniqueElements(tag -> tag.key().toLowerCase(java.util.Locale.ROOT));
        Arbitrary<@Nullable Arn> boundary = Arbitraries.of(
                "arn:aws:iam::aws:policy/PowerUserAccess", "arn:aws:iam::123456789012:policy/boundaries/Rudder")
                .map(Arn::parse).injectNull(0.6);
        Arbitrary<List<Arn>> managed = Arbitraries.of("arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess",
                "arn:aws:iam::123456789012:policy/rudder-extra").map(Arn::parse).list().ofMaxSize(2).uniqueElements();
        Arbitrary<@Nullable RoleDescription> description = Arbitraries.strings().alpha().withChars(' ')
                .ofMaxLength(40).map(RoleDescription::of).injectNull(0.5);
        Arbitrary<MaxSessionDuration> session = Arbitraries.integers().between(3600, 43200)
                .map(MaxSessionDuration::ofSeconds);
        return Combinators.combine(name, path, rudderStackTrustPolicies(), inline, tags, boundary, managed,
                description).as((n, p, trust, policies, t, b, m, d) -> RoleSpec.builder().name(n).path(p)
                        .trustPolicy(trust).inlinePolicies(policies).tags(t).permissionsBoundary(b)
                        .managedPolicyArns(m).description(d))
                .flatMap(builder -> session.map(s -> builder.maxSessionDuration(s).build()));
    }

    private Arbitrary<PolicyDocument> documents(Arbitrary<Statement> statements, int quota) {
        return statements.list().ofMinSize(1).ofMaxSize(maxStatements).map(list -> {
            PolicyDocument.Builder document = PolicyDocument.builder();
            for (int i = 0; i < list.size(); i++) {
                document.addStatement(list.get(i).toBuilder().sid(list.size() > 1 ? "S" + i : null).build());
            }
            return document.build();
        }).filter(document -> PolicySize.of(document) <= quota);
    }

    private Arbitrary<Resource> resourcesFor(ActionTemplate template) {
        if (template.arnTemplates().isEmpty()) {
            return Arbitraries.just(Resource.ALL);
        }
        return Combinators.combine(Arbitraries.of(template.arnTemplates()), partitions(), accountIds(), names())
                .as(IamArbitraries::fill).map(Resource::of);
    }

    private Arbitrary<ExternalId> externalIds() {
        return Arbitraries.strings().alpha().numeric().withChars('-', '_', '=').ofMinLength(2).ofMaxLength(40)
                .map(ExternalId::of);
    }

    /** Short lower-case names, valid in every ARN placeholder; they shrink toward {@code a}. */
    private static Arbitrary<String> names() {
        return Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(10);
    }

    private static Arbitrary<ConditionValue> cidrs() {
        return Combinators.combine(Arbitraries.integers().between(1, 223), Arbitraries.integers().between(0, 255),
                Arbitraries.of(8, 16, 24, 32)).as((a, b, bits) -> ConditionValue.of(a + "." + b + ".0.0/" + bits));
    }

    private static Condition.Builder clause(ConditionOperator operator, String key, ConditionValue value) {
        return Condition.builder().add(operator, ConditionKey.of(key), value);
    }

    /** Fills an ARN template's placeholders: partition, a region of it, the account, and a name for the rest. */
    private static String fill(String template, Partition partition, AccountId account, String name) {
        List<String> regions = partition.equals(Partition.AWS_CN) ? CN_REGIONS
                : partition.equals(Partition.AWS_US_GOV) ? GOV_REGIONS : REGIONS;
        Matcher placeholder = PLACEHOLDER.matcher(template);
        StringBuilder arn = new StringBuilder();
        while (placeholder.find()) {
            String value;
            switch (placeholder.group(1)) {
                case "Partition": value = partition.id(); break;
                case "Region": value = regions.get(Math.floorMod(name.hashCode(), regions.size())); break;
                case "Account": value = account.value(); break;
                default: value = name;
            }
            placeholder.appendReplacement(arn, Matcher.quoteReplacement(value));
        }
        placeholder.appendTail(arn);
        return arn.toString();
    }

    /** Configures {@link IamArbitraries}. Not thread-safe; {@link #build()} can be called again. */
    public static final class Builder {
        private @Nullable ServiceReference reference;
        private boolean referenceSet;
        private Set<String> services = new TreeSet<>(ActionCatalog.DEFAULT_SERVICES);
        private List<Partition> partitions = List.of(Partition.AWS, Partition.AWS_CN, Partition.AWS_US_GOV);
        private int maxStatements = 4;
        private int maxValues = 3;
        private boolean conditions = true;

        private Builder() {
        }

        /** Draws actions from {@code reference} instead of the bundled one; null means the built-in set. */
        public Builder serviceReference(@Nullable ServiceReference reference) {
            this.reference = reference;
            this.referenceSet = true;
            return this;
        }

        /** Draws actions from these service prefixes (needs a service reference; default: RudderStack's). */
        public Builder services(String... services) {
            TreeSet<String> chosen = new TreeSet<>();
            for (String service : services) {
                chosen.add(Objects.requireNonNull(service, "service"));
            }
            if (chosen.isEmpty()) {
                throw new IllegalArgumentException("services is empty: name at least one service prefix");
            }
            this.services = chosen;
            return this;
        }

        /** Sets the partitions ARNs are drawn in (default: aws, aws-cn, aws-us-gov). */
        public Builder partitions(Partition... partitions) {
            if (partitions.length == 0) {
                throw new IllegalArgumentException("partitions is empty: name at least one partition");
            }
            this.partitions = List.of(partitions);
            return this;
        }

        /** Sets the most statements per document (default 4, at least 1). */
        public Builder maxStatements(int maxStatements) {
            if (maxStatements < 1) {
                throw new IllegalArgumentException("maxStatements " + maxStatements + " is invalid: at least 1");
            }
            this.maxStatements = maxStatements;
            return this;
        }

        /** Sets the most values per element: resources, principals (default 3, at least 1). */
        public Builder maxValues(int maxValues) {
            if (maxValues < 1) {
                throw new IllegalArgumentException("maxValues " + maxValues + " is invalid: at least 1");
            }
            this.maxValues = maxValues;
            return this;
        }

        /** Sets whether identity statements may carry conditions (default true). */
        public Builder conditions(boolean conditions) {
            this.conditions = conditions;
            return this;
        }

        /** {@return the configured arbitraries} */
        public IamArbitraries build() {
            return new IamArbitraries(this);
        }

        private List<ActionTemplate> actions() {
            ServiceReference chosen = referenceSet ? reference : ActionCatalog.bundledReference().orElse(null);
            if (chosen == null) {
                return ActionCatalog.builtIn();
            }
            return ActionCatalog.fromReference(chosen, services);
        }
    }
}
