package dev.rudderiam.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rudderiam.policy.Action;
import dev.rudderiam.policy.Condition;
import dev.rudderiam.policy.ConditionKey;
import dev.rudderiam.policy.ConditionOperator;
import dev.rudderiam.policy.ConditionValue;
import dev.rudderiam.policy.PolicyDocument;
import dev.rudderiam.policy.PrincipalSet;
import dev.rudderiam.policy.PrincipalType;
import dev.rudderiam.policy.Resource;
import dev.rudderiam.policy.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/**
 * The reader's shortcuts give the answers of the plain reading: principal and condition objects of one member (held
 * without a hash table) or more read as a plain ordered map would hold them, duplicates refused at the same place;
 * and white space of any run length and keys that are or nearly are known keys (the constants the cursor returns)
 * read as the compact document and as written, failures at the same character.
 */
class ReaderFastPathProperties {
    private static final List<String> KNOWN = List.of("Version", "Id", "Statement", "Sid", "Effect", "Principal",
            "Action", "NotResource", "Condition", "AWS", "StringEquals", "StringLike", "StringNotEquals",
            "ForAllValues:StringEquals", "sts:ExternalId", "aws:SourceArn", "aws:SourceAccount",
            "aws:ResourceTag/${aws:PrincipalTag/Project}", "aws:CalledVia");
    /** The values the cursor returns as constants. */
    private static final List<String> KNOWN_VALUES = List.of("Allow", "Deny", "2012-10-17", "2008-10-17", "*", "true",
            "false");

    @Property(tries = 500)
    void aDocumentWithAnyWhiteSpaceBetweenItsTokensReadsAsTheCompactOne(
            @ForAll @Size(21) List<@From("whiteSpaces") String> ws) {
        String[] tokens = {"{", "\"Version\"", ":", "\"2012-10-17\"", ",", "\"Statement\"", ":", "[", "{",
            "\"Effect\"", ":", "\"Allow\"", ",", "\"Action\"", ":", "[", "\"s3:GetObject\"", ",", "\"s3:Put*\"", "]",
            "}"};
        StringBuilder spaced = new StringBuilder();
        StringBuilder compact = new StringBuilder();
        for (int i = 0; i < tokens.length; i++) {
            spaced.append(ws.get(i)).append(tokens[i]);
            compact.append(tokens[i]);
        }
        assertEquals(PolicyJson.read(compact + "]}"), PolicyJson.read(spaced + "]}"));
        // a stray character after the white space is reported at its own offset
        String stray = spaced + ws.get(0) + "x";
        PolicyParseException e = assertThrows(PolicyParseException.class, () -> PolicyJson.read(stray));
        assertTrue(e.getMessage().endsWith("(character " + (stray.length() - 1) + ")"), e.getMessage());
    }

    @Property(tries = 500)
    void aKeyThatIsOrNearlyIsAKnownKeyReadsAsWritten(@ForAll("nearKnown") String key,
            @ForAll("whiteSpaces") String ws) {
        String text = "{\"Statement\":{\"Effect\":\"Allow\",\"Condition\":{\"" + key + "\"" + ws + ":{\"" + key
                + "\"" + ws + ":\"v\"}}}}";
        Condition condition = PolicyJson.read(text).statements().get(0).condition();
        assertEquals(Map.of(ConditionOperator.of(key), Map.of(ConditionKey.of(key), List.of(ConditionValue.of("v")))),
                condition.operators());
    }

    /**
     * A value that is, or nearly is, one the cursor returns as a constant reads as written wherever it stands: as
     * the version, a Sid, a resource, a condition value; as an effect it is the effect it names or is refused.
     */
    @Property(tries = 500)
    void aValueThatIsOrNearlyIsAKnownValueReadsAsWritten(@ForAll("nearKnownValues") String value,
            @ForAll boolean escaped) {
        String json = escaped && !value.isEmpty() ? "\\u" + String.format("%04x", (int) value.charAt(0))
                + value.substring(1) : value;
        PolicyDocument document = PolicyJson.read("{\"Version\":\"" + json + "\",\"Statement\":{\"Sid\":\"" + json
                + "\",\"Effect\":\"Allow\",\"Action\":\"" + json + "\",\"Resource\":[\"" + json + "\",\"" + json
                + "\"],\"Condition\":{\"Bool\":{\"k\":\"" + json + "\"}}}}");
        Statement statement = document.statements().get(0);
        assertEquals(value, document.version());
        assertEquals(value, statement.sid());
        assertEquals(List.of(Action.of(value)), statement.actions());
        assertEquals(List.of(Resource.of(value), Resource.of(value)), statement.resources());
        assertEquals(List.of(ConditionValue.of(value)), statement.condition().operators()
                .get(ConditionOperator.of("Bool")).get(ConditionKey.of("k")));
        String effect = "{\"Statement\":{\"Effect\":\"" + json + "\"}}";
        if (value.equals("Allow") || value.equals("Deny")) {
            assertEquals(value, PolicyJson.read(effect).statements().get(0).effect().json());
        } else {
            PolicyParseException e = assertThrows(PolicyParseException.class, () -> PolicyJson.read(effect));
            assertTrue(e.getMessage().contains("Effect '" + value + "' is invalid"), e.getMessage());
        }
    }

    @Property(tries = 300)
    void aKeyEndingTheTextIsRefusedWhereTheTextEnds(@ForAll("nearKnown") String key, @ForAll boolean closed) {
        String text = "{\"Statement\":{\"Effect\":\"Allow\",\"Condition\":{\"" + key + (closed ? "\"" : "");
        PolicyParseException e = assertThrows(PolicyParseException.class, () -> PolicyJson.read(text));
        assertEquals(closed ? "malformed JSON: unexpected end of input, expected ':' (character " + text.length()
                + ")" : "malformed JSON: unexpected end of input in a string (character " + text.length() + ")",
                e.getMessage().substring(e.getMessage().indexOf("malformed")));
    }

    @Property(tries = 500)
    void conditionObjectsOfAnyMembersReadAsAnOrderedMapHoldsThem(
            @ForAll("operators") List<Map.Entry<String, List<String>>> written) {
        StringBuilder text = new StringBuilder("{\"Statement\":{\"Effect\":\"Allow\",\"Condition\":{");
        for (int i = 0; i < written.size(); i++) {
            text.append(i == 0 ? "" : ",").append('"').append(written.get(i).getKey()).append("\":{");
            List<String> keys = written.get(i).getValue();
            for (int k = 0; k < keys.size(); k++) {
                text.append(k == 0 ? "" : ",").append('"').append(keys.get(k)).append("\":\"").append(k).append('"');
            }
            text.append('}');
        }
        String json = text.append("}}}").toString();
        // the plain reading: one ordered map per object, the first repeated name refused where it is written
        Map<ConditionOperator, Map<ConditionKey, List<ConditionValue>>> expected = new LinkedHashMap<>();
        String duplicate = null;
        for (Map.Entry<String, List<String>> operator : written) {
            if (expected.containsKey(ConditionOperator.of(operator.getKey()))) {
                duplicate = "/Statement/Condition/" + operator.getKey() + " " + operator.getKey();
                break;
            }
            Map<ConditionKey, List<ConditionValue>> keys = new LinkedHashMap<>();
            expected.put(ConditionOperator.of(operator.getKey()), keys);
            for (int k = 0; k < operator.getValue().size() && duplicate == null; k++) {
                String key = operator.getValue().get(k);
                if (keys.put(ConditionKey.of(key), List.of(ConditionValue.of(Integer.toString(k)))) != null) {
                    duplicate = "/Statement/Condition/" + operator.getKey() + "/" + key + " " + key;
                }
            }
            if (duplicate != null) {
                break;
            }
        }
        if (duplicate == null) {
            Condition read = PolicyJson.read(json).statements().get(0).condition();
            assertEquals(new Condition(expected), read);
            assertEquals(new ArrayList<>(expected.keySet()), new ArrayList<>(read.operators().keySet()));
            expected.forEach((operator, keys) -> assertEquals(new ArrayList<>(keys.keySet()),
                    new ArrayList<>(read.operators().get(operator).keySet())));
        } else {
            PolicyParseException e = assertThrows(PolicyParseException.class, () -> PolicyJson.read(json));
            assertEquals(duplicate, e.pointer() + " " + e.getMessage().substring(
                    e.getMessage().indexOf("Duplicate field '") + 17, e.getMessage().length() - 1));
        }
    }

    @Property(tries = 300)
    void principalObjectsOfAnyMembersReadAsAnOrderedMapHoldsThem(
            @ForAll @Size(max = 5) List<@IntRange(max = 3) Integer> typeIndexes) {
        List<String> types = typeIndexes.stream().map(i -> List.of("AWS", "Service", "Federated", "aws").get(i))
                .toList();
        StringBuilder text = new StringBuilder("{\"Statement\":{\"Effect\":\"Allow\",\"Principal\":{");
        Map<PrincipalType, List<String>> expected = new LinkedHashMap<>();
        Set<String> seen = new HashSet<>();
        String duplicate = null;
        for (int i = 0; i < types.size(); i++) {
            text.append(i == 0 ? "" : ",").append('"').append(types.get(i)).append("\":[\"id").append(i).append("\"]");
            if (duplicate == null && !seen.add(types.get(i))) {
                duplicate = "/Statement/Principal/" + types.get(i);
            }
            expected.putIfAbsent(PrincipalType.of(types.get(i)), List.of("id" + i));
        }
        String json = text.append("}}}").toString();
        if (duplicate == null) {
            PolicyDocument read = PolicyJson.read(json);
            PrincipalSet principal = (PrincipalSet) read.statements().get(0).principal();
            assertEquals(new PrincipalSet(expected), principal);
            assertEquals(new ArrayList<>(expected.keySet()), new ArrayList<>(principal.byType().keySet()));
        } else {
            PolicyParseException e = assertThrows(PolicyParseException.class, () -> PolicyJson.read(json));
            assertEquals(duplicate, e.pointer());
        }
    }

    /**
     * Lists of every length the reader builds in its own way (empty, one to ten through {@code List.of}'s fixed
     * forms, more through an array) read as their values in order: actions, resources, principal ids and condition
     * values.
     */
    @Property(tries = 200)
    void aListOfAnyLengthReadsAsItsValuesInOrder(@ForAll @IntRange(max = 14) int n) {
        List<String> values = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            values.add("v" + i);
        }
        String array = values.stream().map(v -> '"' + v + '"').collect(Collectors.joining(",", "[", "]"));
        Statement statement = PolicyJson.read("{\"Statement\":{\"Effect\":\"Allow\",\"Principal\":{\"AWS\":" + array
                + "},\"Action\":" + array + ",\"Resource\":" + array + ",\"Condition\":{\"StringEquals\":{\"k\":"
                + array + "}}}}").statements().get(0);
        assertEquals(values, statement.actions().stream().map(Action::value).toList());
        assertEquals(values, statement.resources().stream().map(Resource::value).toList());
        assertEquals(values, ((PrincipalSet) statement.principal()).byType().get(PrincipalType.AWS));
        assertEquals(values, statement.condition().operators().get(ConditionOperator.of("StringEquals"))
                .get(ConditionKey.of("k")).stream().map(ConditionValue::text).toList());
    }

    @Provide
    Arbitrary<String> whiteSpaces() {
        Arbitrary<String> indentation = Arbitraries.integers().between(0, 40)
                .flatMap(n -> Arbitraries.of("\n", " ", "\r\n", "\n\t").map(start -> start + " ".repeat(n)));
        Arbitrary<String> mixed = Arbitraries.strings().withChars(' ', '\n', '\t', '\r').ofMaxLength(30);
        return Arbitraries.oneOf(indentation, mixed, Arbitraries.just(""));
    }

    @Provide
    Arbitrary<String> nearKnown() {
        return near(KNOWN);
    }

    @Provide
    Arbitrary<String> nearKnownValues() {
        return near(KNOWN_VALUES);
    }

    /** {@return texts of {@code list}, and texts one character longer, shorter or different} */
    private static Arbitrary<String> near(List<String> list) {
        Arbitrary<String> known = Arbitraries.of(list);
        Arbitrary<String> suffixed = Combinators.combine(known, Arbitraries.of("a", "s", " ", "/", "\u00e9"))
                .as((key, suffix) -> key + suffix);
        Arbitrary<String> shortened = known.map(key -> key.substring(0, key.length() - 1)).filter(k -> !k.isEmpty());
        Arbitrary<String> changed = Combinators.combine(known, Arbitraries.integers().between(0, 100),
                Arbitraries.of('x', 'S', ':', '\u00ff')).as((key, at, c) -> {
                    int i = at % key.length();
                    return key.substring(0, i) + c + key.substring(i + 1);
                });
        return Arbitraries.oneOf(known, suffixed, shortened, changed);
    }

    @Provide
    Arbitrary<List<Map.Entry<String, List<String>>>> operators() {
        Arbitrary<String> operator = Arbitraries.of("StringEquals", "StringLike", "Bool", "stringequals");
        Arbitrary<List<String>> keys = Arbitraries.of("aws:SourceArn", "sts:ExternalId", "aws:sourcearn", "k")
                .list().ofMaxSize(4);
        return Combinators.combine(operator, keys).as(Map::entry).list().ofMaxSize(4);
    }
}
