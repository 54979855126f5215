package dev.rudderiam.role;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.rudderiam.policy.ConditionKey;
import dev.rudderiam.policy.ConditionOperator;
import dev.rudderiam.policy.ConditionValue;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * {@link TrustChecks#requiresExternalId} reads the key {@code sts:ExternalId} in any case, as its lower case
 * ({@link Locale#ROOT}) is compared: generated spellings mix each letter's cases with the characters whose case
 * mappings reach ASCII letters from outside ASCII (dotless and dotted i, long s, Kelvin sign), so a faster reading
 * of the key can be no looser and no stricter than the lower-case text.
 */
class TrustChecksProperties {
    private static final String KEY = "sts:ExternalId";

    @Property(tries = 500)
    void theKeyIsReadAsItsLowerCaseText(@ForAll("spellings") String name) {
        boolean expected = name.toLowerCase(Locale.ROOT).equals("sts:externalid");
        assertEquals(expected, TrustChecks.requiresExternalId(ConditionOperator.STRING_EQUALS, ConditionKey.of(name),
                List.of(ConditionValue.of("ws")), "ws"), name);
    }

    @Provide
    Arbitrary<String> spellings() {
        return Arbitraries.integers().between(0, KEY.length() - 1).list().ofMaxSize(4)
                .flatMap(positions -> Arbitraries.of('\u0131', '\u0130', '\u017F', '\u212A', 'x')
                        .list().ofSize(positions.size())
                        .flatMap(replacements -> Arbitraries.of(true, false).list().ofSize(KEY.length())
                                .map(upper -> {
                                    StringBuilder out = new StringBuilder();
                                    for (int i = 0; i < KEY.length(); i++) {
                                        char c = KEY.charAt(i);
                                        out.append(upper.get(i) ? Character.toUpperCase(c) : Character.toLowerCase(c));
                                    }
                                    for (int k = 0; k < positions.size(); k++) {
                                        out.setCharAt(positions.get(k), replacements.get(k));
                                    }
                                    return out.toString();
                                })));
    }
}
