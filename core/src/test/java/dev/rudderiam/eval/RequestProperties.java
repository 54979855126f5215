package dev.rudderiam.eval;

import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * A request finds a condition's key by identity ({@link Request#internedValue}): exactly the value its context
 * holds under that key ignoring case, for given and derived keys, keys that differ only in case, and keys whose
 * lower case is another character (the Kelvin sign, the dotted capital I, the long s); and for a request of more
 * keys than it scans, by hash.
 */
class RequestProperties {

    @Provide
    Arbitrary<List<String>> keys() {
        return Arbitraries.strings().withChars("aAkK\u212a\u0130i\u017fs:/").ofMinLength(1).ofMaxLength(4)
                .flatMap(key -> Arbitraries.of(key, "aws:" + key, "aws:PrincipalArn", "AWS:principalaccount",
                        "aws:username"))
                .list().ofMaxSize(24); // past the identity scan's 16 keys, to the look-up by hash
    }

    @Property(tries = 300)
    void theInternedLookUpFindsTheContextsValueForTheKey(@ForAll("keys") List<String> given,
            @ForAll("keys") List<String> probes) {
        Request.Builder b = Request.builder().principal("arn:aws:iam::111122223333:user/alice")
                .action("s3:GetObject").resource("arn:aws:s3:::b/k");
        for (int i = 0; i < given.size(); i++) {
            b.context(given.get(i), "v" + i);
        }
        Request request = b.build();
        Map<String, ContextValue> context = request.context();
        for (String probe : probes) {
            String lower = probe.toLowerCase(Locale.ROOT);
            ContextValue expected = null;
            for (Map.Entry<String, ContextValue> entry : context.entrySet()) {
                if (entry.getKey().toLowerCase(Locale.ROOT).equals(lower)) {
                    expected = entry.getValue();
                }
            }
            // A copy, as a clause's key is another string than the request's until interned.
            assertSame(expected, request.internedValue(new String(lower).intern()), probe + " in " + context);
        }
    }
}
