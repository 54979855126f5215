package dev.rudderiam.catalog;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/** Generators of template parameter values, valid and invalid, per {@link ParameterType}. */
public final class CatalogArbitraries {
    private static final String LOWER = "abcdefghijklmnopqrstuvwxyz";
    private static final String UPPER = LOWER.toUpperCase(java.util.Locale.ROOT);
    private static final String DIGITS = "0123456789";
    private static final String HEX = "0123456789abcdef";

    private CatalogArbitraries() {
    }

    /** {@return valid values of one parameter; a list parameter gets 1 to 4 comma-separated values} */
    public static Arbitrary<String> valid(Parameter parameter) {
        Arbitrary<String> one = parameter.type() == ParameterType.CHOICE ? Arbitraries.of(parameter.choices())
                : valid(parameter.type());
        return parameter.list() ? one.list().ofMinSize(1).ofMaxSize(4).map(l -> String.join(",", l)) : one;
    }

    public static Arbitrary<String> valid(ParameterType type) {
        switch (type) {
            case S3_BUCKET:
                return Combinators.combine(chars(LOWER + DIGITS, 1, 1), chars(LOWER + DIGITS + "-.", 1, 61),
                        chars(LOWER + DIGITS, 1, 1)).as((a, b, c) -> a + b + c).filter(type::accepts);
            case S3_PREFIX:
                return chars(LOWER + UPPER + DIGITS + "!_.'()-", 1, 12).list().ofMinSize(1).ofMaxSize(4)
                        .map(l -> String.join("/", l));
            case AWS_REGION:
                return region();
            case ACCOUNT_ID:
                return account();
            case KINESIS_STREAM:
                return chars(LOWER + UPPER + DIGITS + "_.-", 1, 128);
            case FIREHOSE_DELIVERY_STREAM:
                return chars(LOWER + UPPER + DIGITS + "_.-", 1, 64);
            case EVENT_BUS:
                return chars(LOWER + UPPER + DIGITS + "/._-", 1, 256);
            case LAMBDA_FUNCTION:
                return chars(LOWER + UPPER + DIGITS + "_-", 1, 64);
            case BOOLEAN:
                return Arbitraries.of("true", "false", "TRUE", "False");
            case KMS_KEY_ARN:
                return Combinators.combine(region(), account(), Arbitraries.oneOf(uuid(), chars(HEX, 32, 32)
                        .map(h -> "mrk-" + h))).as((r, a, k) -> "arn:aws:kms:" + r + ":" + a + ":key/" + k);
            case PERSONALIZE_DATASET_ARN:
                return Combinators.combine(region(), account(), chars(LOWER + UPPER + DIGITS + "_-", 1, 40),
                        Arbitraries.of("USERS", "ITEMS")).as((r, a, g, t) -> "arn:aws:personalize:" + r + ":" + a
                                + ":dataset/" + g + "/" + t);
            case REDSHIFT_CLUSTER:
                return Combinators.combine(chars(LOWER, 1, 1), chars(LOWER + DIGITS, 0, 62)).as((a, b) -> a + b);
            case REDSHIFT_DATABASE:
                return Combinators.combine(chars(LOWER + UPPER, 1, 1), chars(LOWER + UPPER + DIGITS + "_+.@-", 0, 63))
                        .as((a, b) -> a + b);
            case REDSHIFT_USER:
                return Combinators.combine(chars(LOWER + UPPER, 1, 1),
                        chars(LOWER + UPPER + DIGITS + "_+.@-", 0, 127)).as((a, b) -> a + b);
            case REDSHIFT_WORKGROUP_ID:
                return uuid();
            case GLUE_DATABASE:
                return glueDatabase();
            case IAM_USER_ARN:
                return Combinators.combine(account(), chars(LOWER + UPPER + DIGITS + "_+=,.@-", 1, 64))
                        .as((a, n) -> "arn:aws:iam::" + a + ":user/" + n);
            case EXTERNAL_ID:
                return chars(LOWER + UPPER + DIGITS + "_+=,.@:/-", 2, 1224);
            default:
                throw new IllegalArgumentException("no generator for " + type);
        }
    }

    /** {@return values that break {@code parameter}'s rule: typical mistakes and arbitrary strings} */
    static Arbitrary<String> invalid(Parameter parameter) {
        Arbitrary<String> mistakes = Arbitraries.of("", " ", "My_Bucket", "192.168.5.4", "xn--bucket", "cn-north-1",
                "us-gov-west-1", "12345678901", "arn:aws:kms:us-east-1:123456789012:alias/s3",
                "arn:aws-cn:iam::123456789012:user/x", "*", "${aws:username}", "a,,b", "yes", "PUTEVENTS",
                "-cluster", "a--b", "0f1e2d3c-4b5a-6978-8a9b-0C1D2E3F4A5B", "bucket/", "/prefix");
        return Arbitraries.oneOf(mistakes, Arbitraries.strings().ofMaxLength(80))
                .filter(value -> !isValid(parameter, value));
    }

    static boolean isValid(Parameter parameter, String raw) {
        List<String> parts = parameter.list() ? List.of(raw.split(",", -1)) : List.of(raw);
        return parts.stream().allMatch(part -> parameter.type() == ParameterType.CHOICE
                ? parameter.choices().contains(part) : parameter.type().accepts(part));
    }

    /**
     * {@return valid parameter maps for {@code template}: every required parameter, each optional one present or
     * not, and whatever a present parameter requires}
     */
    public static Arbitrary<Map<String, String>> validParameters(DestinationTemplate template) {
        List<Arbitrary<Map<String, String>>> parts = new ArrayList<>();
        for (Parameter parameter : template.parameters()) {
            Arbitrary<Map<String, String>> value = valid(parameter).map(v -> Map.of(parameter.name(), v));
            parts.add(parameter.required() ? value : Arbitraries.oneOf(value, Arbitraries.just(Map.of())));
        }
        Arbitrary<Map<String, String>> picked = Combinators.combine(parts).as(maps -> {
            Map<String, String> merged = new LinkedHashMap<>();
            maps.forEach(merged::putAll);
            return merged;
        });
        Arbitrary<Map<String, String>> fill = Combinators.combine(template.parameters().stream()
                .map(p -> valid(p).map(v -> Map.of(p.name(), v))).collect(Collectors.toList())).as(maps -> {
                    Map<String, String> all = new LinkedHashMap<>();
                    maps.forEach(all::putAll);
                    return all;
                });
        return Combinators.combine(picked, fill).as((chosen, all) -> closeRequires(template, chosen, all));
    }

    /** Adds, from {@code all}, every parameter that a chosen parameter requires. */
    static Map<String, String> closeRequires(DestinationTemplate template, Map<String, String> chosen,
            Map<String, String> all) {
        Map<String, String> closed = new LinkedHashMap<>(chosen);
        boolean changed = true;
        while (changed) {
            changed = false;
            for (Parameter parameter : template.parameters()) {
                if (closed.containsKey(parameter.name())) {
                    for (String other : parameter.requires()) {
                        if (!closed.containsKey(other) && template.parameter(other).orElseThrow().defaultValue() == null) {
                            closed.put(other, all.get(other));
                            changed = true;
                        }
                    }
                }
            }
        }
        return closed;
    }

    /**
     * {@return fixed points of RudderStack's {@code ToSafeNamespace}, built from their form (see
     * {@link SafeNamespace}) rather than filtered out of random names}: words of lowercase letters or digits joined
     * by single underscores with an underscore in front of a leading digit or of a whole reserved word, short ones,
     * ones of up to 127 characters, and every reserved word with its underscore
     */
    public static Arbitrary<String> glueDatabase() {
        Arbitrary<String> word = Arbitraries.oneOf(chars(LOWER, 1, 8), chars(DIGITS, 1, 4),
                Arbitraries.of(SafeNamespace.reservedWords()).map(w -> w.replace("_", "")));
        Arbitrary<String> joined = Arbitraries.oneOf(word.list().ofMinSize(1).ofMaxSize(5),
                word.list().ofMinSize(10).ofMaxSize(40)).map(words -> String.join("_", words))
                .map(name -> name.length() > 127 ? name.substring(0, 127).replaceAll("_+$", "") : name);
        Arbitrary<String> safe = joined.map(name -> Character.isDigit(name.charAt(0))
                || SafeNamespace.reservedWords().contains(name) ? "_" + name : name);
        Arbitrary<String> reserved = Arbitraries.of(SafeNamespace.reservedWords()).map(w -> "_" + w);
        return Arbitraries.frequencyOf(Tuple.of(6, safe), Tuple.of(1, reserved))
                .filter(name -> name.length() <= 127);
    }

    private static Arbitrary<String> region() {
        return Combinators.combine(Arbitraries.of("us", "eu", "ap", "sa", "ca", "me", "af", "il", "mx"),
                Arbitraries.of("east", "west", "north", "south", "central", "northeast", "southeast"),
                Arbitraries.integers().between(1, 9)).as((a, d, n) -> a + "-" + d + "-" + n);
    }

    private static Arbitrary<String> account() {
        return chars(DIGITS, 12, 12);
    }

    private static Arbitrary<String> uuid() {
        return Combinators.combine(chars(HEX, 8, 8), chars(HEX, 4, 4), chars(HEX, 4, 4), chars(HEX, 4, 4),
                chars(HEX, 12, 12)).as((a, b, c, d, e) -> a + "-" + b + "-" + c + "-" + d + "-" + e);
    }

    private static Arbitrary<String> chars(String alphabet, int min, int max) {
        return Arbitraries.strings().withChars(alphabet.toCharArray()).ofMinLength(min).ofMaxLength(max);
    }
}
