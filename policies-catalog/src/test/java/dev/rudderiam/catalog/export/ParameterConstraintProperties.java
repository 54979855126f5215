package dev.rudderiam.catalog.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rudderiam.catalog.CatalogArbitraries;
import dev.rudderiam.catalog.ParameterType;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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

    @Property(tries = 3000)
    void constraintAgreesWithTheType(@ForAll("typedCandidates") Tuple2<ParameterType, String> candidate) {
        ParameterType type = candidate.get1();
        String value = candidate.get2();
        ParameterConstraint constraint = ParameterConstraint.of(type).orElseThrow();
        boolean accepted = constraint.accepts(value);
        if (accepted) {
            assertTrue(type.accepts(value), () -> type + " constraint accepts '" + value + "', the type refuses it");
        }
        if (constraint.exact()) {
            assertEquals(type.accepts(value), accepted, () -> type + " '" + value + "'");
        }
        Map<String, Object> declaration = Map.of("AllowedPattern", constraint.pattern().isEmpty() ? "^.*$"
                : StackSetTemplate.optional(constraint.pattern()));
        assertEquals(accepted || value.isEmpty(), CloudFormationResolver.allowed(declaration, value)
                && constraint.accepts(value) || value.isEmpty(), () -> "optional " + type + " '" + value + "'");
    }

    @Property(tries = 1000)
    void everyValueTheTypeAcceptsPassesAnExactConstraint(@ForAll("typedValid") Tuple2<ParameterType, String> valid) {
        ParameterConstraint constraint = ParameterConstraint.of(valid.get1()).orElseThrow();
        if (constraint.exact()) {
            assertTrue(constraint.accepts(valid.get2()), () -> valid.get1() + " refuses '" + valid.get2() + "'");
        }
    }

    @Test
    void patternsUseOnlySyntaxJavaAndRe2ReadAlike() {
        Pattern unportable = Pattern.compile("\\(\\?|\\\\[0-9wWdDsSpPbBkQEuxAzZ]");
        for (ParameterType type : CONSTRAINED) {
            String pattern = ParameterConstraint.of(type).orElseThrow().pattern();
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

    @Test
    void narrowerConstraintsSayWhatTheyRefuse() {
        ParameterConstraint bucket = ParameterConstraint.of(ParameterType.S3_BUCKET).orElseThrow();
        for (String name : List.of("1-bucket", "a-.b", "sthree.x", "amzn", "logs.s3alias", "x-mrap")) {
            assertTrue(ParameterType.S3_BUCKET.accepts(name), name);
            assertFalse(bucket.accepts(name), name);
        }
        for (String name : List.of("sthree-x", "amzn-s3-demo-x", "x-s3alias", "xn--a", "192.168.5.4", "a..b",
                "x.mrap", "x--ol-s3", "x--x-s3", "x--table-s3")) {
            assertFalse(bucket.accepts(name), name);
        }
        assertFalse(bucket.exact());
        assertFalse(ParameterConstraint.of(ParameterType.BOOLEAN).orElseThrow().accepts("TRUE"));
        assertEquals(Optional.empty(), ParameterConstraint.of(ParameterType.GLUE_DATABASE));
    }

    @Provide
    Arbitrary<Tuple2<ParameterType, String>> typedValid() {
        return Arbitraries.of(CONSTRAINED).flatMap(type -> CatalogArbitraries.valid(type).map(v -> Tuple.of(type, v)));
    }

    @Provide
    public Arbitrary<Tuple2<ParameterType, String>> typedCandidates() {
        return Arbitraries.of(CONSTRAINED).flatMap(type -> Arbitraries.oneOf(
                CatalogArbitraries.valid(type),
                CatalogArbitraries.valid(type).flatMap(ParameterConstraintProperties::mutations),
                CatalogArbitraries.valid(type).flatMap(v -> boundaries(type, v)),
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
