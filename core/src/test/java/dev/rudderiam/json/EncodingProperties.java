package dev.rudderiam.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.rudderiam.eval.Decision;
import dev.rudderiam.eval.Evaluator;
import dev.rudderiam.eval.Request;
import dev.rudderiam.policy.PolicyDocument;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Encodings never change a decision: for generated policy texts whose strings hold hostile characters (lone
 * surrogates, control characters, NUL, U+FFFD, a BOM, non-BMP characters, Latin-1), written raw or as JSON
 * escapes, whatever the reader accepts decides every generated request the same way after a write and read, and
 * after the written text has been through UTF-8 bytes, as it is on its way to a file or to AWS.
 */
class EncodingProperties {
    /** Characters that are fine, and characters that an encoding could change or that IAM may not accept. */
    private static final List<String> PIECES = List.of("a", "b", "/", "*", "?", "\uD800", "\uDBFF", "\uDC00",
            "\uD83D\uDE00", "\u0000", "\u0001", "\u001F", "\t", "\n", "\u007F", "\u0085", "\u00E9", "\u00FF",
            "\u0100", "\u2028", "\uFFFD", "\uFEFF", "\uFFFF");
    private static final String PRINCIPAL = "arn:aws:iam::111122223333:user/alice";

    @Provide
    Arbitrary<String> hostile() {
        return Arbitraries.of(PIECES).list().ofMinSize(1).ofMaxSize(4).map(pieces -> String.join("", pieces));
    }

    /** A string written into JSON raw (controls escaped, as JSON requires) or with every non-ASCII char escaped. */
    private static String json(String value, boolean escapeAll) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : value.toCharArray()) {
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20 || escapeAll && c > 0x7e) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.append('"').toString();
    }

    @Provide
    Arbitrary<String> policies() {
        Arbitrary<String> statement = Combinators.combine(Arbitraries.of("Allow", "Deny"), hostile(), hostile(),
                hostile(), Arbitraries.of(true, false), Arbitraries.of(0, 1, 2)).as((effect, action, resource, value,
                escapeAll, condition) -> "{\"Effect\":\"" + effect + "\",\"Action\":" + json("s3:Get" + action, escapeAll)
                        + ",\"Resource\":" + json("arn:aws:s3:::b" + resource + "/*", escapeAll)
                        + (condition == 0 ? "" : ",\"Condition\":{\"" + (condition == 1 ? "StringEquals" : "StringLike")
                                + "\":{\"s3:prefix\":" + json("p" + value, escapeAll) + "}}")
                        + "}");
        return statement.list().ofMinSize(1).ofMaxSize(3).map(statements ->
                "{\"Version\":\"2012-10-17\",\"Statement\":[" + String.join(",", statements) + "]}");
    }

    @Property(tries = 400)
    void whatTheReaderAcceptsKeepsItsDecisionsThroughWriteAndUtf8(@ForAll("policies") String text) {
        PolicyDocument read;
        try {
            read = PolicyJson.read(text);
        } catch (PolicyParseException refused) {
            return;
        }
        String written = PolicyJson.write(read);
        PolicyDocument again = PolicyJson.read(written);
        PolicyDocument throughUtf8 = PolicyJson.read(
                new String(written.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8));
        Evaluator original = Evaluator.builder().identityPolicy(read).build();
        Evaluator reread = Evaluator.builder().identityPolicy(again).build();
        Evaluator utf8 = Evaluator.builder().identityPolicy(throughUtf8).build();
        for (Request request : requests(read)) {
            Decision expected = original.evaluate(request).decision();
            assertEquals(expected, reread.evaluate(request).decision(), () -> "read(write(p)) on " + request);
            assertEquals(expected, utf8.evaluate(request).decision(), () -> "read(utf8(write(p))) on " + request);
        }
    }

    /** Requests built from the policy's own strings, and from what an encoder could turn them into. */
    private static List<Request> requests(PolicyDocument policy) {
        Set<String> actions = new LinkedHashSet<>();
        Set<String> resources = new LinkedHashSet<>();
        Set<String> prefixes = new LinkedHashSet<>();
        policy.statements().forEach(s -> {
            s.actions().forEach(a -> actions.addAll(variants(a.value().replace("*", "Object"))));
            s.resources().forEach(r -> resources.addAll(variants(r.value().replace("*", "key"))));
            s.condition().operators().values().forEach(keys -> keys.values().forEach(values ->
                    values.forEach(v -> prefixes.addAll(variants(v.text().replace("*", "x"))))));
        });
        prefixes.add("p");
        List<Request> requests = new ArrayList<>();
        for (String action : actions) {
            for (String resource : resources) {
                for (String prefix : prefixes) {
                    requests.add(Request.builder().principal(PRINCIPAL).action(action).resource(resource)
                            .context("s3:prefix", prefix).build());
                }
            }
        }
        return requests;
    }

    /** The text, the text through UTF-8, and the text with every character outside ASCII letters as 'x' or '?'. */
    private static List<String> variants(String text) {
        return List.of(text, new String(text.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8),
                text.replaceAll("[^\\x20-\\x7e]", "x"), text.replaceAll("[^\\x20-\\x7e]", "?"));
    }
}
