package dev.rudderiam.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.rudderiam.json.PolicyJson;
import dev.rudderiam.role.RudderStack;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The RudderStack trust policy lets a principal of account 422074288268 assume the role exactly when it passes
 * the workspace id, unchanged and in the same case, as external id; any other account, a missing external id or
 * a different one is denied. RudderStack's own identity policies are assumed to allow {@code sts:AssumeRole}, so
 * the trust policy alone decides.
 */
class RudderStackTrustProperties {
    private static final String ROLE = "arn:aws:iam::111122223333:role/rudderstack";
    private static final String EXTERNAL_ID_CHARS =
            "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_+=,.@:/-";

    record Attempt(String principal, String externalId, boolean sendsExternalId) {
    }

    @Provide
    Arbitrary<String> workspaceIds() {
        return Arbitraries.strings().withChars(EXTERNAL_ID_CHARS).ofMinLength(2).ofMaxLength(40);
    }

    @Provide
    Arbitrary<String> principals() {
        Arbitrary<String> account = Arbitraries.oneOf(Arbitraries.just(RudderStack.ACCOUNT),
                Arbitraries.strings().numeric().ofLength(12));
        Arbitrary<String> kind = Arbitraries.of("root", "user/worker", "role/dataplane",
                "assumed-role/dataplane/session");
        return Combinators.combine(account, kind).as((a, k) ->
                "arn:aws:" + (k.startsWith("assumed-role") ? "sts" : "iam") + "::" + a + ":" + k);
    }

    @Property
    void allowsExactlyRudderStackWithTheWorkspaceId(@ForAll("workspaceIds") String workspaceId,
            @ForAll("principals") String principal, @ForAll("workspaceIds") String otherId,
            @ForAll int variant) {
        Evaluator evaluator = Evaluator.builder()
                .identityPolicy(PolicyJson.read("{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\","
                        + "\"Action\":\"sts:AssumeRole\",\"Resource\":\"*\"}]}"))
                .trustPolicy(RudderStack.trustPolicy(workspaceId))
                .build();
        String sent;
        switch (Math.floorMod(variant, 4)) {
            case 0: sent = workspaceId; break;
            case 1: sent = flipCase(workspaceId); break;
            case 2: sent = otherId; break;
            default: sent = null;
        }
        Request.Builder request = Request.builder().principal(principal).action("sts:AssumeRole").resource(ROLE);
        if (sent != null) {
            request.context("sts:ExternalId", sent);
        }
        boolean fromRudderStack = principal.contains("::" + RudderStack.ACCOUNT + ":");
        boolean expected = fromRudderStack && workspaceId.equals(sent);
        assertEquals(expected ? Decision.ALLOWED : Decision.IMPLICITLY_DENIED,
                evaluator.evaluate(request.build()).decision(), () -> "sent " + sent + " as " + principal);
    }

    private static String flipCase(String text) {
        StringBuilder out = new StringBuilder();
        for (char c : text.toCharArray()) {
            out.append(Character.isUpperCase(c) ? Character.toLowerCase(c) : Character.toUpperCase(c));
        }
        return out.toString();
    }
}
