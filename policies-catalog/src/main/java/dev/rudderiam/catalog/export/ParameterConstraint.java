package dev.rudderiam.catalog.export;

import dev.rudderiam.catalog.Parameter;
import dev.rudderiam.catalog.ParameterType;
import dev.rudderiam.catalog.SafeNamespace;
import java.util.List;
import java.util.Optional;

/**
 * The rule of a {@link ParameterType} as a deployment tool checks it before any IAM call, accepting exactly the
 * values the type accepts: a regular expression the whole value must match, regular expressions no part of the
 * value may match, a length range, or a list of allowed values.
 *
 * <p>Terraform checks a variable with a {@code validation} block: {@code can(regex(pattern, var.x))}, then
 * {@code !can(regex(r, var.x))} for each refused {@code r}, then {@code length(...)}. Terraform's {@code regex} is
 * RE2, so {@link #pattern()} and {@link #refused()} use only the syntax Java's {@code java.util.regex} and RE2 read
 * alike: character classes written out (no {@code \w}), groups, alternation, anchors and counted repetition up to
 * 1000 (RE2's limit; longer bounds are {@code minLength}/{@code maxLength}); no lookaround and no backreference.
 *
 * <p>CloudFormation checks a parameter against one {@code AllowedPattern}, which "must match the entire parameter
 * value" and is a Java regular expression, plus {@code MinLength}/{@code MaxLength}/{@code AllowedValues}.
 * {@link #cloudFormationPattern(boolean)} folds the refused expressions in as negative lookaheads, which Java has.
 * {@code ParameterConstraintProperties} checks both forms against {@link ParameterType#accepts}.
 *
 * @param pattern the RE2/Java regular expression, anchored {@code ^...$}, a whole value must match, or the empty
 *     string when {@code allowedValues} says it all
 * @param refused RE2/Java regular expressions of which none may match anywhere in the value (each anchors itself
 *     where it means the start or end), such as {@code ^xn--} or {@code \.\.}
 * @param minLength the fewest characters, or 0 when the pattern bounds it
 * @param maxLength the most characters, or 0 when the pattern bounds it
 * @param allowedValues the only values allowed, or empty
 * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/parameters-section-structure.html">CloudFormation
 *     Parameters syntax</a>
 * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/cfn-regexes.html">Regular expressions
 *     in CloudFormation templates (Java syntax)</a>
 * @see <a href="https://developer.hashicorp.com/terraform/language/functions/regex">Terraform regex function
 *     (RE2 syntax)</a>
 */
public record ParameterConstraint(String pattern, List<String> refused, int minLength, int maxLength,
        List<String> allowedValues) {
    private static final String WORD = "A-Za-z0-9_";
    private static final String REGION = "([abd-z][a-z]|c[a-mo-z])-[a-z]+-[1-9][0-9]?";
    private static final String ACCOUNT = "[0-9]{12}";
    private static final String UUID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

    /** Copies the lists. */
    public ParameterConstraint {
        refused = List.copyOf(refused);
        allowedValues = List.copyOf(allowedValues);
    }

    /** {@return the constraint of a single value of {@code parameter}: its type's, or its choices'} */
    public static ParameterConstraint of(Parameter parameter) {
        if (parameter.type() == ParameterType.CHOICE) {
            return new ParameterConstraint("", List.of(), 0, 0, parameter.choices());
        }
        return of(parameter.type()).orElseThrow();
    }

    /**
     * {@return the constraint of {@code type}; empty only for {@link ParameterType#CHOICE}, whose values the
     * parameter lists}
     */
    public static Optional<ParameterConstraint> of(ParameterType type) {
        switch (type) {
            case S3_BUCKET:
                return Optional.of(bucket());
            case S3_PREFIX:
                return exact("^[A-Za-z0-9!_.'()-]+(/[A-Za-z0-9!_.'()-]+)*$", 1, 1024);
            case AWS_REGION:
                return exact("^" + REGION + "$", 0, 0);
            case ACCOUNT_ID:
                return exact("^" + ACCOUNT + "$", 0, 0);
            case KINESIS_STREAM:
                return exact("^[a-zA-Z0-9_.-]{1,128}$", 0, 0);
            case FIREHOSE_DELIVERY_STREAM:
                return exact("^[a-zA-Z0-9_.-]{1,64}$", 0, 0);
            case EVENT_BUS:
                return exact("^[/.A-Za-z0-9_-]{1,256}$", 0, 0);
            case LAMBDA_FUNCTION:
                return exact("^[a-zA-Z0-9_-]{1,64}$", 0, 0);
            case BOOLEAN:
                // Any ASCII case, as the catalog takes it; the templates fold the case before comparing.
                return exact("^([Tt][Rr][Uu][Ee]|[Ff][Aa][Ll][Ss][Ee])$", 0, 0);
            case KMS_KEY_ARN:
                return exact("^arn:aws:kms:" + REGION + ":" + ACCOUNT + ":key/(" + UUID + "|mrk-[0-9a-f]{32})$", 0,
                        0);
            case PERSONALIZE_DATASET_ARN:
                return exact("^arn:aws:personalize:" + REGION + ":" + ACCOUNT + ":dataset/[a-zA-Z0-9_/-]+$", 0, 256);
            case REDSHIFT_CLUSTER:
                return exact("^[a-z](-?[a-z0-9])*$", 1, 63);
            case REDSHIFT_DATABASE:
                return exact("^[a-zA-Z][a-zA-Z0-9_+.@-]{0,63}$", 0, 0);
            case REDSHIFT_USER:
                return exact("^[a-zA-Z][a-zA-Z0-9_+.@-]{0,127}$", 0, 0);
            case REDSHIFT_WORKGROUP_ID:
                return exact("^" + UUID + "$", 0, 0);
            case IAM_USER_ARN:
                return exact("^arn:aws:iam::" + ACCOUNT + ":user/([!-~]*/)?[" + WORD + "+=,.@-]{1,64}$", 0, 0);
            case EXTERNAL_ID:
                return exact("^[" + WORD + "+=,.@:/-]+$", 2, 1224);
            case GLUE_DATABASE:
                return Optional.of(glueDatabase());
            case CHOICE:
            default:
                return Optional.empty();
        }
    }

    /** The constraint of an IAM role name: 1 to 64 letters, digits and {@code _+=,.@-}. */
    static ParameterConstraint roleName() {
        return new ParameterConstraint("^[" + WORD + "+=,.@-]{1,64}$", List.of(), 0, 0, List.of());
    }

    /**
     * {@return the {@code AllowedPattern} for CloudFormation, a Java regular expression that the whole value must
     * match: {@link #pattern()} with each {@link #refused()} expression as a negative lookahead; for an
     * {@code optional} parameter it also matches the empty string and carries {@link #minLength()} itself (as a
     * lookahead), since the declaration's {@code MinLength} would refuse the empty string}; the empty string when
     * the constraint has no pattern
     */
    public String cloudFormationPattern(boolean optional) {
        if (pattern.isEmpty()) {
            return "";
        }
        StringBuilder body = new StringBuilder();
        for (String expression : refused) {
            body.append("(?!.*(?:").append(expression).append("))");
        }
        if (optional && minLength > 1) {
            body.append("(?=.{").append(minLength).append("})");
        }
        body.append(pattern, 1, pattern.length() - 1);
        if (!optional && refused.isEmpty()) {
            return pattern;
        }
        return "^(?:" + body + ")" + (optional ? "?" : "") + "$";
    }

    /**
     * {@return whether {@code value} satisfies the constraint, as CloudFormation judges it: the whole value matches
     * {@link #cloudFormationPattern(boolean)} in {@code java.util.regex}, within the length limits and allowed
     * values}
     */
    public boolean accepts(String value) {
        if (!allowedValues.isEmpty() && !allowedValues.contains(value)) {
            return false;
        }
        return (minLength == 0 || value.length() >= minLength) && (maxLength == 0 || value.length() <= maxLength)
                && (pattern.isEmpty() || java.util.regex.Pattern.matches(cloudFormationPattern(false), value));
    }

    private static Optional<ParameterConstraint> exact(String pattern, int minLength, int maxLength) {
        return Optional.of(new ParameterConstraint(pattern, List.of(), minLength, maxLength, List.of()));
    }

    /**
     * An S3 Data Lake namespace RudderStack uses as it is: a fixed point of its {@code ToSafeNamespace} (see
     * {@link SafeNamespace}). The pattern is the three forms of such a name: words of lowercase letters or of digits
     * joined by single underscores and starting with a letter; the same starting with a digit, behind an
     * underscore; or a reserved word behind an underscore. The refused expression is a bare reserved word (which
     * RudderStack would prefix), and 127 characters is the most {@code ToSafeNamespace} returns.
     */
    private static ParameterConstraint glueDatabase() {
        String reserved = "(" + String.join("|", SafeNamespace.reservedWords()) + ")";
        String words = "(_([a-z]+|[0-9]+))*";
        return new ParameterConstraint("^(_" + reserved + "|_[0-9]+" + words + "|[a-z]+" + words + ")$",
                List.of("^" + reserved + "$"), 0, 127, List.of());
    }

    /**
     * A general purpose bucket name, every rule of the page: 3 to 63 characters (the lengths); lowercase letters,
     * digits, dots and hyphens, beginning and ending with a letter or digit (the pattern); no two adjacent dots,
     * not formatted as an IP address, none of the reserved prefixes and suffixes (the refused expressions).
     * "Formatted as an IP address" is read as four dot-separated groups of one to three digits, whether or not each
     * is below 256 (the safe reading: it refuses {@code 999.1.1.1} too).
     *
     * @see <a href="https://docs.aws.amazon.com/AmazonS3/latest/userguide/bucketnamingrules.html">General purpose
     *     bucket naming rules</a>
     */
    private static ParameterConstraint bucket() {
        return new ParameterConstraint("^[a-z0-9]([a-z0-9.-]*[a-z0-9])?$",
                List.of("\\.\\.", "^[0-9]{1,3}(\\.[0-9]{1,3}){3}$", "^xn--", "^sthree-", "^amzn-s3-demo-",
                        "-s3alias$", "--ol-s3$", "\\.mrap$", "--x-s3$", "--table-s3$"),
                3, 63, List.of());
    }
}
