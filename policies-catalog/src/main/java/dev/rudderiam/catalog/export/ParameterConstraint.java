package dev.rudderiam.catalog.export;

import dev.rudderiam.catalog.Parameter;
import dev.rudderiam.catalog.ParameterType;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The rule of a {@link ParameterType} as a deployment tool checks it before any IAM call: a regular expression
 * matched against the whole value, a length range, or a list of allowed values. A CloudFormation parameter carries
 * them as {@code AllowedPattern}, {@code MinLength}/{@code MaxLength} and {@code AllowedValues}; a Terraform
 * variable as a {@code validation} block with {@code can(regex(...))} and {@code length(...)}.
 *
 * <p>The patterns use only the syntax Java's {@code java.util.regex} and RE2 (the engine of Terraform's
 * {@code regex} function) read alike: character classes written out (no {@code \w}), groups, alternation and
 * counted repetition up to 1000 (RE2's limit; longer bounds are {@code MinLength}/{@code MaxLength}); no lookaround and
 * no backreference, which RE2 lacks. Each pattern is written with
 * {@code ^} and {@code $} so it matches the whole value in either engine.
 *
 * <p>A pattern either accepts exactly what the type accepts ({@link #narrowing()} empty) or, where the type's rule
 * is not one regular expression without lookaround, a documented subset of it ({@link #narrowing()} says which
 * values the type accepts and the pattern refuses). A pattern never accepts a value the type refuses.
 * {@code ParameterConstraintProperties} checks both against {@link ParameterType#accepts}.
 *
 * @param pattern the regular expression a whole value must match, or the empty string when {@code allowedValues}
 *     says it all
 * @param minLength the fewest characters, or 0 when the pattern bounds it
 * @param maxLength the most characters, or 0 when the pattern bounds it
 * @param allowedValues the only values allowed, or empty
 * @param narrowing which values the type accepts that this constraint refuses, or the empty string when none
 * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/parameters-section-structure.html">CloudFormation
 *     Parameters syntax</a>
 * @see <a href="https://developer.hashicorp.com/terraform/language/functions/regex">Terraform regex function
 *     (RE2 syntax)</a>
 */
public record ParameterConstraint(String pattern, int minLength, int maxLength, List<String> allowedValues,
        String narrowing) {
    private static final String LOWER = "abcdefghijklmnopqrstuvwxyz";
    private static final String DIGITS = "0123456789";
    private static final String WORD = "A-Za-z0-9_";
    private static final String REGION = "([abd-z][a-z]|c[a-mo-z])-[a-z]+-[1-9][0-9]?";
    private static final String ACCOUNT = "[0-9]{12}";
    private static final String UUID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

    /** Copies the list. */
    public ParameterConstraint {
        allowedValues = List.copyOf(allowedValues);
    }

    /** {@return whether the constraint accepts exactly the values its type accepts} */
    public boolean exact() {
        return narrowing.isEmpty();
    }

    /**
     * {@return the constraint of a single value of {@code parameter}: its type's, or its choices'; empty when the
     * type's rule has no pattern this library trusts (the value is then fixed in the template)}
     */
    public static Optional<ParameterConstraint> of(Parameter parameter) {
        if (parameter.type() == ParameterType.CHOICE) {
            return Optional.of(new ParameterConstraint("", 0, 0, parameter.choices(), ""));
        }
        return of(parameter.type());
    }

    /**
     * {@return the constraint of {@code type}; empty for {@link ParameterType#CHOICE}, whose values the parameter
     * lists, and for {@link ParameterType#GLUE_DATABASE}, whose rule (RudderStack's {@code ToSafeNamespace}
     * leaves the name unchanged, which excludes some 150 reserved words, several of them with underscores) this
     * library does not express as a pattern}
     */
    public static Optional<ParameterConstraint> of(ParameterType type) {
        switch (type) {
            case S3_BUCKET:
                return Optional.of(new ParameterConstraint("^" + bucket() + "$", 3, 63, List.of(),
                        "names that start with a digit, have a hyphen next to a dot or two hyphens in a row, whose"
                                + " first dot- or hyphen-separated part is sthree or amzn, or whose last part is"
                                + " s3alias or mrap (S3 allows some of them; the pattern keeps IP addresses and every"
                                + " reserved prefix and suffix out without lookaround)"));
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
                return Optional.of(new ParameterConstraint("", 0, 0, List.of("true", "false"),
                        "TRUE, False and other cases of true and false (the catalog folds them to lower case, a"
                                + " deployment tool compares values as written)"));
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
            case CHOICE:
            case GLUE_DATABASE:
            default:
                return Optional.empty();
        }
    }

    /** The constraint of an IAM role name: 1 to 64 letters, digits and {@code _+=,.@-}. */
    static ParameterConstraint roleName() {
        return new ParameterConstraint("^[" + WORD + "+=,.@-]{1,64}$", 0, 0, List.of(), "");
    }

    /**
     * {@return whether {@code value} satisfies the constraint, as {@link java.util.regex} and the length limits
     * judge it}
     */
    public boolean accepts(String value) {
        if (!allowedValues.isEmpty() && !allowedValues.contains(value)) {
            return false;
        }
        return (minLength == 0 || value.length() >= minLength) && (maxLength == 0 || value.length() <= maxLength)
                && (pattern.isEmpty() || java.util.regex.Pattern.compile(pattern).matcher(value).find());
    }

    private static Optional<ParameterConstraint> exact(String pattern, int minLength, int maxLength) {
        return Optional.of(new ParameterConstraint(pattern, minLength, maxLength, List.of(), ""));
    }

    /**
     * A bucket name as parts of lowercase letters and digits joined by single dots or hyphens, the first part
     * starting with a letter and not {@code sthree} or {@code amzn}, the last (of two or more) not {@code s3alias}
     * or {@code mrap}.
     *
     * @see <a href="https://docs.aws.amazon.com/AmazonS3/latest/userguide/bucketnamingrules.html">Bucket naming
     *     rules</a>
     */
    private static String bucket() {
        String part = "[a-z0-9]+";
        String first = wordExcept(LOWER, LOWER + DIGITS, List.of("sthree", "amzn"), "");
        String last = wordExcept(LOWER + DIGITS, LOWER + DIGITS, List.of("s3alias", "mrap"), "");
        return first + "(([.-]" + part + ")*[.-]" + last + ")?";
    }

    /**
     * {@return a pattern for a non-empty word whose first character is in {@code first} and the others in
     * {@code rest}, and which is none of {@code words}}: a walk down the words' shared prefixes, at each step
     * either leaving them with another character or following one of them (and stopping only where no word ends)
     */
    private static String wordExcept(String first, String rest, List<String> words, String prefix) {
        String allowed = prefix.isEmpty() ? first : rest;
        TreeSet<Character> next = new TreeSet<>();
        for (String word : words) {
            if (word.length() > prefix.length() && word.startsWith(prefix)) {
                next.add(word.charAt(prefix.length()));
            }
        }
        List<String> branches = new ArrayList<>();
        for (char c : next) {
            branches.add(c + wordExcept(first, rest, words, prefix + c));
        }
        StringBuilder others = new StringBuilder();
        for (char c : allowed.toCharArray()) {
            if (!next.contains(c)) {
                others.append(c);
            }
        }
        branches.add("[" + others + "][" + rest + "]*");
        String alternatives = "(" + String.join("|", branches) + ")";
        boolean mayEnd = !prefix.isEmpty() && !words.contains(prefix);
        return mayEnd ? alternatives + "?" : alternatives;
    }
}
