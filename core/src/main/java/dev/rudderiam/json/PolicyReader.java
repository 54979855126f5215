package dev.rudderiam.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import dev.rudderiam.policy.Action;
import dev.rudderiam.policy.Condition;
import dev.rudderiam.policy.ConditionKey;
import dev.rudderiam.policy.ConditionOperator;
import dev.rudderiam.policy.ConditionValue;
import dev.rudderiam.policy.Effect;
import dev.rudderiam.policy.PolicyDocument;
import dev.rudderiam.policy.Principal;
import dev.rudderiam.policy.PrincipalSet;
import dev.rudderiam.policy.PrincipalType;
import dev.rudderiam.policy.Resource;
import dev.rudderiam.policy.Statement;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Reads one policy document from text over Jackson's streaming parser, following IAM's grammar: every element
 * may be a scalar or an array where IAM allows it, and anything else is a {@link PolicyParseException}.
 *
 * <p>The JSON pointer of a failure is taken from the parser's own context when the failure happens, so reading
 * a valid document builds no path strings; duplicate keys are detected here, per object, for the same reason.
 *
 * @see <a href="https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_grammar.html">IAM JSON policy
 *     grammar</a>
 */
final class PolicyReader {
    /**
     * Longest text read, in characters. IAM's API takes at most 131,072 characters per document; the margin lets
     * pretty-printed copies of large documents through while a 100 MB input fails before any parsing.
     */
    static final int MAX_DOCUMENT_CHARS = 1 << 20;
    /** Deepest nesting read; IAM's grammar needs 4 levels (document, statement, condition operator, values). */
    static final int MAX_DEPTH = 16;

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxNestingDepth(MAX_DEPTH)
                    .maxStringLength(MAX_DOCUMENT_CHARS)
                    .maxNumberLength(64)
                    .build())
            .build();

    private static final String[] STATEMENT_ELEMENTS = {"Sid", "Effect", "Principal", "NotPrincipal", "Action",
        "NotAction", "Resource", "NotResource", "Condition"};

    private final JsonParser parser;

    private PolicyReader(JsonParser parser) {
        this.parser = parser;
    }

    static PolicyDocument read(String text) {
        if (text.length() > MAX_DOCUMENT_CHARS) {
            throw new PolicyParseException("", "document has " + text.length() + " characters; at most "
                    + MAX_DOCUMENT_CHARS + " are read (IAM accepts at most 131072)", null);
        }
        try (JsonParser parser = FACTORY.createParser(text)) {
            PolicyReader reader = new PolicyReader(parser);
            PolicyDocument document = reader.document();
            if (parser.nextToken() != null) {
                throw new PolicyParseException("", "trailing data after the document's closing brace", null);
            }
            return document;
        } catch (StreamConstraintsException e) {
            throw new PolicyParseException("", "input exceeds a parsing limit: " + e.getOriginalMessage(), e);
        } catch (JsonProcessingException e) {
            throw new PolicyParseException(pointerOf(e), "malformed JSON: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new PolicyParseException("", "unreadable input: " + e.getMessage(), e);
        }
    }

    private static String pointerOf(JsonProcessingException e) {
        Object processor = e.getProcessor();
        if (processor instanceof JsonParser) {
            return ((JsonParser) processor).getParsingContext().pathAsPointer().toString();
        }
        return "";
    }

    private PolicyDocument document() throws IOException {
        JsonToken first = parser.nextToken();
        if (first == null) {
            throw new PolicyParseException("", "empty input: a policy document is a JSON object", null);
        }
        expect(first, JsonToken.START_OBJECT, "a policy document is a JSON object");
        PolicyDocument.Builder document = PolicyDocument.builder().version(null);
        int seen = 0;
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            int bit;
            switch (name) {
                case "Version": bit = 1; break;
                case "Id": bit = 2; break;
                case "Statement": bit = 4; break;
                default:
                    throw error("unknown top-level element '" + name
                            + "'; a policy document has Version, Id and Statement");
            }
            seen = markOnce(seen, bit, name);
            JsonToken token = parser.nextToken();
            if (bit == 1) {
                document.version(string(token));
            } else if (bit == 2) {
                document.id(string(token));
            } else {
                document.statements(statements(token));
            }
        }
        return document.build();
    }

    private List<Statement> statements(JsonToken token) throws IOException {
        if (token == JsonToken.START_OBJECT) {
            return List.of(statement());
        }
        expect(token, JsonToken.START_ARRAY, "Statement is a statement object or an array of them");
        List<Statement> statements = new ArrayList<>();
        for (JsonToken item = parser.nextToken(); item != JsonToken.END_ARRAY; item = parser.nextToken()) {
            expect(item, JsonToken.START_OBJECT, "a statement is a JSON object");
            statements.add(statement());
        }
        return statements;
    }

    private Statement statement() throws IOException {
        Statement.Builder statement = Statement.builder();
        int seen = 0;
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            int index = elementIndex(name);
            seen = markOnce(seen, 1 << index, name);
            JsonToken token = parser.nextToken();
            switch (index) {
                case 0: statement.sid(string(token)); break;
                case 1: statement.effect(effect(token)); break;
                case 2: statement.principal(principal(token)); break;
                case 3: statement.notPrincipal(principal(token)); break;
                case 4: statement.actions(strings(token, Action::new)); break;
                case 5: statement.notActions(strings(token, Action::new)); break;
                case 6: statement.resources(strings(token, Resource::new)); break;
                case 7: statement.notResources(strings(token, Resource::new)); break;
                default: statement.condition(condition(token)); break;
            }
        }
        if ((seen & 2) == 0) {
            throw error("Effect is missing; every statement needs \"Allow\" or \"Deny\"");
        }
        rejectPair(seen, 2, 3);
        rejectPair(seen, 4, 5);
        rejectPair(seen, 6, 7);
        return statement.build();
    }

    private int elementIndex(String name) {
        for (int i = 0; i < STATEMENT_ELEMENTS.length; i++) {
            if (STATEMENT_ELEMENTS[i].equals(name)) {
                return i;
            }
        }
        throw error("unknown statement element '" + name + "'; a statement has Sid, Effect, Principal,"
                + " NotPrincipal, Action, NotAction, Resource, NotResource and Condition");
    }

    private int markOnce(int seen, int bit, String name) {
        if ((seen & bit) != 0) {
            throw error("malformed JSON: Duplicate field '" + name + "'");
        }
        return seen | bit;
    }

    private void rejectPair(int seen, int one, int other) {
        if ((seen & (1 << one)) != 0 && (seen & (1 << other)) != 0) {
            String pointer = pointer() + "/" + STATEMENT_ELEMENTS[other];
            throw new PolicyParseException(pointer, "a statement has " + STATEMENT_ELEMENTS[one] + " or "
                    + STATEMENT_ELEMENTS[other] + ", not both", null);
        }
    }

    private Effect effect(JsonToken token) throws IOException {
        String effect = string(token);
        return Effect.fromJson(effect).orElseThrow(
                () -> error("Effect '" + effect + "' is invalid; it is \"Allow\" or \"Deny\""));
    }

    private Principal principal(JsonToken token) throws IOException {
        if (token == JsonToken.VALUE_STRING) {
            if (!parser.getText().equals("*")) {
                throw error("a principal string must be \"*\"; name principals in an object such as"
                        + " {\"AWS\": \"arn:aws:iam::123456789012:root\"}");
            }
            return Principal.any();
        }
        expect(token, JsonToken.START_OBJECT,
                "a principal is \"*\" or an object keyed by AWS, Service, Federated or CanonicalUser");
        PrincipalSet.Builder principal = PrincipalSet.builder();
        Set<String> types = new HashSet<>(4);
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String type = parser.currentName();
            if (!types.add(type)) {
                throw error("malformed JSON: Duplicate field '" + type + "'");
            }
            principal.group(new PrincipalType(type), scalarsOrArray(parser.nextToken(), this::principalId));
        }
        return principal.build();
    }

    private String principalId(JsonToken token) throws IOException {
        if (token == JsonToken.VALUE_STRING || token == JsonToken.VALUE_NUMBER_INT
                || token == JsonToken.VALUE_NUMBER_FLOAT || token == JsonToken.VALUE_TRUE
                || token == JsonToken.VALUE_FALSE) {
            return parser.getText();
        }
        throw shape("a principal id is a string");
    }

    private Condition condition(JsonToken token) throws IOException {
        expect(token, JsonToken.START_OBJECT, "Condition is an object keyed by condition operators");
        Map<ConditionOperator, Map<ConditionKey, List<ConditionValue>>> operators = new LinkedHashMap<>();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String operatorName = parser.currentName();
            if (operatorName.isEmpty()) {
                throw error("a condition operator name is not empty");
            }
            Map<ConditionKey, List<ConditionValue>> keys = new LinkedHashMap<>();
            if (operators.put(ConditionOperator.of(operatorName), keys) != null) {
                throw error("malformed JSON: Duplicate field '" + operatorName + "'");
            }
            expect(parser.nextToken(), JsonToken.START_OBJECT, "a condition operator maps condition keys to values");
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                ConditionKey key = ConditionKey.of(parser.currentName());
                if (keys.containsKey(key)) {
                    throw error("malformed JSON: Duplicate field '" + key.name() + "'");
                }
                keys.put(key, scalarsOrArray(parser.nextToken(), this::conditionValue));
            }
        }
        return new Condition(operators);
    }

    private ConditionValue conditionValue(JsonToken token) throws IOException {
        switch (token) {
            case VALUE_STRING:
                return ConditionValue.of(parser.getText());
            case VALUE_TRUE:
                return ConditionValue.of(true);
            case VALUE_FALSE:
                return ConditionValue.of(false);
            case VALUE_NUMBER_INT:
            case VALUE_NUMBER_FLOAT:
                return ConditionValue.number(parser.getText());
            default:
                throw shape("a condition value is a string, number or boolean");
        }
    }

    private <T> List<T> strings(JsonToken token, Function<String, T> wrap) throws IOException {
        return scalarsOrArray(token, item -> wrap.apply(string(item)));
    }

    private <T> List<T> scalarsOrArray(JsonToken token, ValueReader<T> reader) throws IOException {
        if (token != JsonToken.START_ARRAY) {
            return List.of(reader.read(token));
        }
        List<T> values = new ArrayList<>();
        for (JsonToken item = parser.nextToken(); item != JsonToken.END_ARRAY; item = parser.nextToken()) {
            values.add(reader.read(item));
        }
        return values;
    }

    private String string(JsonToken token) throws IOException {
        if (token != JsonToken.VALUE_STRING) {
            throw shape("expected a string");
        }
        return parser.getText();
    }

    private void expect(@Nullable JsonToken token, JsonToken expected, String rule) {
        if (token != expected) {
            throw shape(rule);
        }
    }

    private PolicyParseException shape(String rule) {
        return error("wrong value shape: " + rule);
    }

    private PolicyParseException error(String reason) {
        return new PolicyParseException(pointer(), reason, null);
    }

    /**
     * The JSON pointer of the parser's current place: the value just read, or the object or array just opened.
     * Jackson escapes {@code ~} and {@code /} in keys as RFC 6901 requires.
     */
    private String pointer() {
        return parser.getParsingContext().pathAsPointer().toString();
    }

    @FunctionalInterface
    private interface ValueReader<T> {
        T read(JsonToken token) throws IOException;
    }
}
