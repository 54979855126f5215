package dev.rudderiam.catalog;

import dev.rudderiam.arn.AccountId;
import dev.rudderiam.arn.Arn;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * The kind of value a template parameter takes, with the rule a value must satisfy and the AWS page that states it.
 * Values are checked as written (no trimming, no case folding) except {@link #BOOLEAN}, which accepts {@code true}
 * and {@code false} in any ASCII case and normalizes to lower case. (Not {@code equalsIgnoreCase}: that also takes
 * {@code fal\u017Fe}, whose long s upper-cases to {@code S}, and lower-cases to itself, so it would be neither true
 * nor false.)
 */
public enum ParameterType {
    /** A general purpose S3 bucket name. */
    S3_BUCKET("s3-bucket",
            "an S3 bucket name is 3 to 63 lowercase letters, digits, dots and hyphens, begins and ends with a letter"
                    + " or digit, has no two adjacent dots, is not an IP address, does not start with xn--, sthree-"
                    + " or amzn-s3-demo- and does not end with -s3alias, --ol-s3, .mrap, --x-s3 or --table-s3",
            "https://docs.aws.amazon.com/AmazonS3/latest/userguide/bucketnamingrules.html",
            ParameterType::isBucketName),
    /** A key prefix inside a bucket, without leading or trailing slash and without wildcards. */
    S3_PREFIX("s3-prefix",
            "a key prefix is 1 to 1024 characters of S3's safe key characters (letters, digits and !-_.'()) in"
                    + " segments separated by single slashes, without a leading or trailing slash; wildcards and"
                    + " policy variables are not allowed",
            "https://docs.aws.amazon.com/AmazonS3/latest/userguide/object-keys.html",
            regex("[A-Za-z0-9!_.'()-]+(/[A-Za-z0-9!_.'()-]+)*").and(value -> value.length() <= 1024)),
    /** A region code of the commercial {@code aws} partition, the only one RudderStack Cloud reaches. */
    AWS_REGION("aws-region",
            "an AWS region code of the aws partition such as us-east-1 (area-direction-number); China (cn-*),"
                    + " GovCloud (us-gov-*) and isolated regions are other partitions, which RudderStack cannot reach",
            "https://docs.aws.amazon.com/global-infrastructure/latest/regions/aws-regions.html",
            regex("[a-z]{2}-[a-z]+-[1-9][0-9]?").and(value -> !value.startsWith("cn-"))),
    /** A 12-digit AWS account id. */
    ACCOUNT_ID("account-id", "an AWS account id is exactly 12 digits",
            "https://docs.aws.amazon.com/accounts/latest/reference/manage-acct-identifiers.html",
            AccountId::isValid),
    /** A Kinesis data stream name. */
    KINESIS_STREAM("kinesis-stream", "a Kinesis stream name is 1 to 128 letters, digits and _.-",
            "https://docs.aws.amazon.com/kinesis/latest/APIReference/API_CreateStream.html",
            regex("[a-zA-Z0-9_.-]{1,128}")),
    /** A Firehose delivery stream name. */
    FIREHOSE_DELIVERY_STREAM("firehose-delivery-stream",
            "a Firehose delivery stream name is 1 to 64 letters, digits and _.-",
            "https://docs.aws.amazon.com/firehose/latest/APIReference/API_CreateDeliveryStream.html",
            regex("[a-zA-Z0-9_.-]{1,64}")),
    /** An EventBridge event bus name ({@code default} for the account's default bus). */
    EVENT_BUS("event-bus", "an event bus name is 1 to 256 letters, digits and /._-",
            "https://docs.aws.amazon.com/eventbridge/latest/APIReference/API_CreateEventBus.html",
            regex("[/.\\-_A-Za-z0-9]{1,256}")),
    /** A Lambda function name, without qualifier or ARN. */
    LAMBDA_FUNCTION("lambda-function",
            "a Lambda function name is 1 to 64 letters, digits, hyphens and underscores (the bare name, without"
                    + " :alias or ARN)",
            "https://docs.aws.amazon.com/lambda/latest/api/API_CreateFunction.html",
            regex("[a-zA-Z0-9_-]{1,64}")),
    /** One of the values the parameter lists. */
    CHOICE("choice", "the value is one of the parameter's listed values", "", value -> true),
    /** {@code true} or {@code false}. */
    BOOLEAN("boolean", "the value is true or false, in any ASCII case", "",
            regex("[Tt][Rr][Uu][Ee]|[Ff][Aa][Ll][Ss][Ee]")),
    /** The ARN of a KMS key (not an alias) in the {@code aws} partition. */
    KMS_KEY_ARN("kms-key-arn",
            "a KMS key ARN is arn:aws:kms:<region>:<12-digit account>:key/<key id>, the key id a UUID or mrk-"
                    + " followed by 32 hex digits; an alias ARN does not grant use of the key",
            "https://docs.aws.amazon.com/kms/latest/developerguide/cmm-authorization.html",
            arn("kms", true, "key/([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|mrk-[0-9a-f]{32})")),
    /** The ARN of a Personalize dataset. */
    PERSONALIZE_DATASET_ARN("personalize-dataset-arn",
            "a Personalize dataset ARN is arn:aws:personalize:<region>:<12-digit account>:dataset/<name>, at most"
                    + " 256 characters",
            "https://docs.aws.amazon.com/personalize/latest/dg/API_UBS_PutUsers.html",
            arn("personalize", true, "dataset/[a-zA-Z0-9_/-]+").and(value -> value.length() <= 256)),
    /** A provisioned Redshift cluster identifier. */
    REDSHIFT_CLUSTER("redshift-cluster",
            "a Redshift cluster identifier is 1 to 63 lowercase letters, digits and hyphens, starts with a letter,"
                    + " has no two consecutive hyphens and does not end with a hyphen",
            "https://docs.aws.amazon.com/redshift/latest/APIReference/API_CreateCluster.html",
            regex("[a-z]([a-z0-9]|-(?!-)){0,62}").and(value -> !value.endsWith("-"))),
    /** A Redshift database name as GetClusterCredentials accepts it. */
    REDSHIFT_DATABASE("redshift-database",
            "a Redshift database name is 1 to 64 letters, digits and _+.@-, starting with a letter",
            "https://docs.aws.amazon.com/redshift/latest/APIReference/API_GetClusterCredentials.html",
            regex("[a-zA-Z][a-zA-Z0-9_+.@-]{0,63}")),
    /** A Redshift database user name as GetClusterCredentials accepts it. */
    REDSHIFT_USER("redshift-user",
            "a Redshift database user name is 1 to 128 letters, digits and _+.@-, starting with a letter",
            "https://docs.aws.amazon.com/redshift/latest/APIReference/API_GetClusterCredentials.html",
            regex("[a-zA-Z][a-zA-Z0-9_+.@-]{0,127}")),
    /** A Redshift Serverless workgroup id (a UUID, not the workgroup name). */
    REDSHIFT_WORKGROUP_ID("redshift-workgroup-id",
            "a Redshift Serverless workgroup id is a lowercase UUID such as 0f1e2d3c-4b5a-6978-8a9b-0c1d2e3f4a5b"
                    + " (the id, not the name; redshift-serverless get-workgroup returns it)",
            "https://docs.aws.amazon.com/redshift-serverless/latest/APIReference/API_Workgroup.html",
            regex("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")),
    /**
     * An S3 Data Lake namespace as RudderStack names its Glue database: a name RudderStack's
     * {@code ToSafeNamespace} leaves unchanged (see {@link SafeNamespace}); a name it would rewrite is refused
     * with the rewritten one, so a narrowed policy never names a database RudderStack does not use.
     */
    GLUE_DATABASE("glue-database",
            "the namespace must be the Glue database name RudderStack uses, which RudderStack's ToSafeNamespace"
                    + " leaves unchanged: lowercase letters and digits in words joined by single underscores, an"
                    + " underscore between letters and digits, an underscore in front of a leading digit or a"
                    + " reserved word, at most 127 characters",
            "https://docs.aws.amazon.com/glue/latest/dg/define-database.html",
            value -> SafeNamespace.of(value).equals(value)),
    /** The ARN of an IAM user in the {@code aws} partition. */
    IAM_USER_ARN("iam-user-arn", "an IAM user ARN is arn:aws:iam::<12-digit account>:user/<path><name>",
            "https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_identifiers.html",
            arn("iam", false, "user/([\\u0021-\\u007E]*/)?[\\w+=,.@-]{1,64}")),
    /** An STS external id. */
    EXTERNAL_ID("external-id", "an external id is 2 to 1224 letters, digits and _+=,.@:/-",
            "https://docs.aws.amazon.com/STS/latest/APIReference/API_AssumeRole.html",
            regex("[\\w+=,.@:/-]{2,1224}"));

    private static final Pattern BUCKET = Pattern.compile("[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]");
    private static final Pattern IPV4 = Pattern.compile("[0-9]{1,3}(\\.[0-9]{1,3}){3}");

    private final String id;
    private final String rule;
    private final String docs;
    private final Predicate<String> valid;

    ParameterType(String id, String rule, String docs, Predicate<String> valid) {
        this.id = id;
        this.rule = rule;
        this.docs = docs;
        this.valid = valid;
    }

    /** {@return the name templates and the CLI use for this type, such as {@code s3-bucket}} */
    public String id() {
        return id;
    }

    /** {@return the rule a value must satisfy, as a sentence fragment} */
    public String rule() {
        return rule;
    }

    /** {@return the AWS page stating the rule, or the empty string when the rule is this library's own} */
    public String docs() {
        return docs;
    }

    /** {@return whether {@code value} satisfies this type's rule} */
    public boolean accepts(String value) {
        return valid.test(value);
    }

    /** {@return {@code value} in canonical form; only {@link #BOOLEAN} changes it, to lower case} */
    String normalize(String value) {
        return this == BOOLEAN ? value.toLowerCase(Locale.ROOT) : value;
    }

    /**
     * {@return what to give instead of the refused {@code value}, when this type knows it: for
     * {@link #GLUE_DATABASE} the name RudderStack would use}
     */
    Optional<String> suggestion(String value) {
        return this == GLUE_DATABASE && !accepts(value)
                ? Optional.of("RudderStack would use '" + SafeNamespace.of(value) + "'") : Optional.empty();
    }

    /** {@return the type whose {@link #id()} is {@code id}} */
    static Optional<ParameterType> byId(String id) {
        return Arrays.stream(values()).filter(type -> type.id.equals(id)).findFirst();
    }

    /** {@return a test of whether a whole value matches {@code regex}, compiled once} */
    private static Predicate<String> regex(String regex) {
        Pattern pattern = Pattern.compile(regex);
        return value -> pattern.matcher(value).matches();
    }

    private static boolean isBucketName(String name) {
        return BUCKET.matcher(name).matches()
                && !name.contains("..")
                && !IPV4.matcher(name).matches()
                && !name.startsWith("xn--") && !name.startsWith("sthree-") && !name.startsWith("amzn-s3-demo-")
                && !name.endsWith("-s3alias") && !name.endsWith("--ol-s3") && !name.endsWith(".mrap")
                && !name.endsWith("--x-s3") && !name.endsWith("--table-s3");
    }

    /** {@return a test for an ARN of {@code service} in partition {@code aws} whose resource part matches} */
    private static Predicate<String> arn(String service, boolean regional, String resource) {
        Predicate<String> resourcePart = regex(resource);
        return value -> arnMatches(value, service, regional, resourcePart);
    }

    private static boolean arnMatches(String value, String service, boolean regional, Predicate<String> resource) {
        Optional<Arn> arn = Arn.tryParse(value);
        if (arn.isEmpty()) {
            return false;
        }
        Arn parsed = arn.get();
        boolean region = regional ? AWS_REGION.accepts(parsed.region()) : parsed.region().isEmpty();
        return parsed.partition().equals("aws") && parsed.service().equals(service) && region
                && AccountId.isValid(parsed.account()) && resource.test(parsed.resource());
    }
}
