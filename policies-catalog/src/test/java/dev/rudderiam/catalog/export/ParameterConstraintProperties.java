package dev.rudderiam.catalog.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rudderiam.catalog.CatalogArbitraries;
import dev.rudderiam.catalog.ParameterType;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.Tuple.Tuple2;
import org.junit.jupiter.api.Test;

/**
 * The constraints a deployment tool checks accept exactly what the catalog's parameter types accept (or, where
 * documented, a subset), for values the type accepts and values it refuses.
 */
class ParameterConstraintProperties {
    private static final List<ParameterType> CONSTRAINED = Arrays.stream(ParameterType.values())
            .filter(type -> ParameterConstraint.of(type).isPresent()).collect(Collectors.toList());

    /**
     * The done-when of the fleet issue: the parameter declaration CloudFormation reads ({@code AllowedPattern} as
     * {@code java.util.regex} matching the whole value, {@code MinLength}, {@code MaxLength}, {@code AllowedValues})
     * and the Terraform variable's {@code validation} condition (evaluated with RE2's limits) accept exactly the
     * values the catalog type accepts, optional or not.
     */
    @Property(tries = 3000)
    void deploymentToolsAcceptExactlyWhatTheTypeAccepts(
            @ForAll("typedCandidates") Tuple2<ParameterType, String> candidate, @ForAll boolean optional) {
        assertDeploymentToolsAgreeWithTheType(candidate.get1(), candidate.get2(), optional);
    }

    /**
     * The Glue database (RudderStack's {@code ToSafeNamespace} fixed points): CloudFormation and Terraform accept
     * exactly what {@link ParameterType#GLUE_DATABASE} accepts, on fixed points and on the names around them:
     * reserved words without their underscore, upper case, leading digits, letters meeting digits, stray
     * underscores, 127 and 128 characters, and random edits.
     */
    @Property(tries = 2000)
    void glueDatabaseParametersAcceptExactlyTheNamesRudderStackKeeps(@ForAll("glueCandidates") String value,
            @ForAll boolean optional) {
        assertDeploymentToolsAgreeWithTheType(ParameterType.GLUE_DATABASE, value, optional);
    }

    @Provide
    Arbitrary<String> glueCandidates() {
        Arbitrary<String> valid = CatalogArbitraries.glueDatabase();
        Arbitrary<String> reserved = Arbitraries.of(dev.rudderiam.catalog.SafeNamespace.reservedWords());
        return Arbitraries.oneOf(valid, valid.flatMap(ParameterConstraintProperties::mutations),
                valid.flatMap(v -> boundaries(ParameterType.GLUE_DATABASE, v)),
                valid.map(v -> v.toUpperCase(java.util.Locale.ROOT)), valid.map(v -> v.replaceFirst("^_", "")),
                valid.map(v -> "_" + v), valid.map(v -> v + "_"), valid.map(v -> v.replace("_", "__")),
                valid.map(v -> "9" + v), valid.map(v -> v + "a9"), reserved, reserved.map(w -> "_" + w),
                reserved.map(w -> "__" + w), reserved.map(w -> w.toUpperCase(java.util.Locale.ROOT)),
                reserved.map(w -> "_" + w + "_x"), reserved.map(w -> w + "s"),
                Arbitraries.of("", "_", "a", "_a", "stringempty", "omega_v_2", "omegaV2", "_9_mega", "9mega",
                        "_9mega", "a".repeat(127), "a".repeat(128), "_" + "9".repeat(126), "_" + "9".repeat(127),
                        "a_", "a__b", "a-b", "a b", "a\n", "\u0131", "current_date", "_current_date",
                        "_current_date_x", "utc_timestamp", "cashe", "_cashe", "cache"),
                Arbitraries.strings().withChars("abz09AZ_- ").ofMaxLength(40));
    }

    /** Asserts that the CloudFormation declaration and the Terraform validation agree with the type. */
    private static void assertDeploymentToolsAgreeWithTheType(ParameterType type, String value, boolean optional) {
        ParameterConstraint constraint = ParameterConstraint.of(type).orElseThrow();
        boolean expected = type.accepts(value) || optional && value.isEmpty();
        Map<String, Object> declaration = StackSetTemplate.parameter("String", "d", "", constraint, "", optional);
        assertEquals(expected, CloudFormationResolver.allowed(declaration, value),
                () -> "CloudFormation " + declaration + " optional " + optional + " on '" + value + "'");
        Map<?, ?> validation = (Map<?, ?>) ((List<?>) TerraformModule.variable("string", "d", "", constraint, "x",
                optional, false).get("validation")).get(0);
        Object holds = new HclEvaluator(Map.of("x", value), Map.of())
                .evaluateJsonString((String) validation.get("condition"));
        assertEquals(expected, holds, () -> "Terraform " + validation.get("condition") + " optional " + optional
                + " on '" + value + "'");
    }

    @Test
    void patternsUseOnlySyntaxJavaAndRe2ReadAlike() {
        Pattern unportable = Pattern.compile("\\(\\?|\\\\[0-9wWdDsSpPbBkQEuxAzZ]");
        for (ParameterType type : CONSTRAINED) {
            ParameterConstraint constraint = ParameterConstraint.of(type).orElseThrow();
            Pattern.compile(constraint.cloudFormationPattern(true));
            constraint.refused().forEach(refused -> assertFalse(unportable.matcher(refused).find(), refused));
            String pattern = constraint.pattern();
            assertFalse(unportable.matcher(pattern).find(), () -> type + ": " + pattern);
            java.util.regex.Matcher repeat = Pattern.compile("\\{(\\d+)(,(\\d*))?}").matcher(pattern);
            while (repeat.find()) {
                int bound = Integer.parseInt(repeat.group(3) == null || repeat.group(3).isEmpty() ? repeat.group(1)
                        : repeat.group(3));
                assertTrue(bound <= 1000, () -> type + ": RE2 allows repetition counts up to 1000: " + pattern);
            }
            assertTrue(pattern.isEmpty() || pattern.startsWith("^") && pattern.endsWith("$"), type::toString);
        }
    }

    /** Bucket names the earlier, narrower pattern refused, and names every rule of the S3 page refuses. */
    @Test
    void bucketConstraintFollowsEveryNamingRule() {
        ParameterConstraint bucket = ParameterConstraint.of(ParameterType.S3_BUCKET).orElseThrow();
        for (String name : List.of("1-bucket", "a-.b", "a.-b", "sthree.x", "amzn", "logs.s3alias", "x-mrap",
                "999.1.1.1.1", "1.2.3", "xn-a", "docexamplebucket1", "my.example.s3.bucket")) {
            assertTrue(ParameterType.S3_BUCKET.accepts(name), name);
            assertTrue(bucket.accepts(name), name);
        }
        for (String name : List.of("sthree-x", "amzn-s3-demo-x", "x-s3alias", "xn--a", "192.168.5.4", "999.1.1.1",
                "a..b", "x.mrap", "x--ol-s3", "x--x-s3", "x--table-s3", "ab", "a".repeat(64), "-ab", "ab-", "aB1",
                "a_b")) {
            assertFalse(ParameterType.S3_BUCKET.accepts(name), name);
            assertFalse(bucket.accepts(name), name);
        }
    }

    @Provide
    public Arbitrary<Tuple2<ParameterType, String>> typedCandidates() {
        return Arbitraries.of(CONSTRAINED).flatMap(type -> Arbitraries.oneOf(
                CatalogArbitraries.valid(type),
                CatalogArbitraries.valid(type).flatMap(ParameterConstraintProperties::mutations),
                CatalogArbitraries.valid(type).flatMap(v -> boundaries(type, v)),
                Arbitraries.of("1-bucket", "1.2.3.4", "1.2.3.4.5", "999.1.1.1", "1.2.3", "0.0.0.0a", "a-.b", "a.-b",
                        "sthree", "sthree.x", "amzn", "amzn-s3-demo", "amzn-s3-demo-", "logs.s3alias", "x-mrap",
                        "ab-s3alias", "ab--ol-s3", "ab--table-s3", "xn-a", "xn--", "x.mrap.a", "a\n", "true\n",
                        "TrUe", "FALSE", "fal\u017fe", "tru\u212a", "\u0130", "TRUE ", " false"),
                Arbitraries.of("", "a", "ab", "TRUE", "true", "xn--bucket", "192.168.5.4", "sthree-a", "amzn-s3-demo-a",
                        "a-s3alias", "a.mrap", "a--x-s3", "cn-north-1", "us-gov-west-1", "a..b", "-a", "a-", "a--b",
                        "arn:aws:kms:cn-north-1:123456789012:key/mrk-0123456789abcdef0123456789abcdef",
                        "arn:aws:iam::123456789012:user/a/b", "arn:aws:iam::123456789012:user/", "a/b/"),
                Arbitraries.strings().withChars("abz09AZ-._/:!'()@+=,*$ ").ofMaxLength(70))
                .map(value -> Tuple.of(type, value)));
    }

    /**
     * {@return a valid value stretched (by repeating its last character) to the constraint's length limits and one
     * past them, so the length bounds themselves are tested}
     */
    private static Arbitrary<String> boundaries(ParameterType type, String value) {
        ParameterConstraint constraint = ParameterConstraint.of(type).orElseThrow();
        List<String> stretched = new java.util.ArrayList<>(List.of(value));
        for (int length : List.of(constraint.maxLength(), constraint.maxLength() + 1, 1001, 1025)) {
            if (length > value.length() && constraint.maxLength() > 0 || length > 1000) {
                stretched.add(value + String.valueOf(value.charAt(value.length() - 1))
                        .repeat(Math.max(0, length - value.length())));
            }
        }
        if (constraint.minLength() > 1) {
            stretched.add(value.substring(0, Math.min(value.length(), constraint.minLength() - 1)));
        }
        return Arbitraries.of(stretched);
    }

    /** {@return small edits of a valid value: a character inserted, removed or replaced, or the value cut} */
    private static Arbitrary<String> mutations(String value) {
        Arbitrary<Character> character = Arbitraries.of('-', '.', '_', '/', ':', 'A', 'z', '0', '9', ' ', '*', ',',
                '!', '$');
        Arbitrary<Integer> at = Arbitraries.integers().between(0, value.length());
        return Combinators.combine(at, character, Arbitraries.integers().between(0, 3)).as((i, c, kind) -> {
            switch (kind) {
                case 0:
                    return value.substring(0, i) + c + value.substring(i);
                case 1:
                    return i < value.length() ? value.substring(0, i) + value.substring(i + 1) : value + value;
                case 2:
                    return i < value.length() ? value.substring(0, i) + c + value.substring(i + 1) : value + c;
                default:
                    return value.substring(0, i);
            }
        });
    }
}
