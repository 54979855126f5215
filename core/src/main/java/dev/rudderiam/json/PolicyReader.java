package dev.rudderiam.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
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
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Reads one policy document from text over Jackson's streaming parser, following IAM's grammar: every element
 * may be a scalar or an array where IAM allows it, and anything else is a {@link PolicyParseException}.
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
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

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
        expect(first, JsonToken.START_OBJECT, "", "a policy document is a JSON object");
        PolicyDocument.Builder document = PolicyDocument.builder().version(null);
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            String at = "/" + escape(name);
            JsonToken token = parser.nextToken();
            switch (name) {
                case "Version":
                    document.version(string(token, at));
                    break;
                case "Id":
                    document.id(string(token, at));
                    break;
                case "Statement":
                    document.statements(statements(token, at));
                    break;
                default:
                    throw new PolicyParseException(at, "unknown top-level element '" + name
                            + "'; a policy document has Version, Id and Statement", null);
            }
        }
        return document.build();
    }

    private List<Statement> statements(JsonToken token, String at) throws IOException {
        if (token == JsonToken.START_OBJECT) {
            return List.of(statement(at));
        }
        expect(token, JsonToken.START_ARRAY, at, "Statement is a statement object or an array of them");
        List<Statement> statements = new ArrayList<>();
        for (JsonToken item = parser.nextToken(); item != JsonToken.END_ARRAY; item = parser.nextToken()) {
            String itemAt = at + "/" + statements.size();
            expect(item, JsonToken.START_OBJECT, itemAt, "a statement is a JSON object");
            statements.add(statement(itemAt));
        }
        return statements;
    }

    private Statement statement(String at) throws IOException {
        Statement.Builder statement = Statement.builder();
        boolean hasEffect = false;
        List<String> seen = new ArrayList<>();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            String elementAt = at + "/" + escape(name);
            JsonToken token = parser.nextToken();
            seen.add(name);
            switch (name) {
                case "Sid":
                    statement.sid(string(token, elementAt));
                    break;
                case "Effect":
                    String effect = string(token, elementAt);
                    statement.effect(Effect.fromJson(effect).orElseThrow(() -> new PolicyParseException(elementAt,
                            "Effect '" + effect + "' is invalid; it is \"Allow\" or \"Deny\"", null)));
                    hasEffect = true;
                    break;
                case "Principal":
                    statement.principal(principal(token, elementAt));
                    break;
                case "NotPrincipal":
                    statement.notPrincipal(principal(token, elementAt));
                    break;
                case "Action":
                    statement.actions(strings(token, elementAt, Action::new));
                    break;
                case "NotAction":
                    statement.notActions(strings(token, elementAt, Action::new));
                    break;
                case "Resource":
                    statement.resources(strings(token, elementAt, Resource::new));
                    break;
                case "NotResource":
                    statement.notResources(strings(token, elementAt, Resource::new));
                    break;
                case "Condition":
                    statement.condition(condition(token, elementAt));
                    break;
                default:
                    throw new PolicyParseException(elementAt, "unknown statement element '" + name + "'; a statement"
                            + " has Sid, Effect, Principal, NotPrincipal, Action, NotAction, Resource, NotResource"
                            + " and Condition", null);
            }
        }
        if (!hasEffect) {
            throw new PolicyParseException(at, "Effect is missing; every statement needs \"Allow\" or \"Deny\"",
                    null);
        }
        rejectPair(seen, "Principal", "NotPrincipal", at);
        rejectPair(seen, "Action", "NotAction", at);
        rejectPair(seen, "Resource", "NotResource", at);
        return statement.build();
    }

    private static void rejectPair(List<String> seen, String one, String other, String at) {
        if (seen.contains(one) && seen.contains(other)) {
            throw new PolicyParseException(at + "/" + other, "a statement has " + one + " or " + other
                    + ", not both", null);
        }
    }

    private Principal principal(JsonToken token, String at) throws IOException {
        if (token == JsonToken.VALUE_STRING) {
            if (!parser.getText().equals("*")) {
                throw new PolicyParseException(at, "a principal string must be \"*\"; name principals in an"
                        + " object such as {\"AWS\": \"arn:aws:iam::123456789012:root\"}", null);
            }
            return Principal.any();
        }
        expect(token, JsonToken.START_OBJECT, at, "a principal is \"*\" or an object keyed by AWS, Service,"
                + " Federated or CanonicalUser");
        PrincipalSet.Builder principal = PrincipalSet.builder();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String type = parser.currentName();
            String typeAt = at + "/" + escape(type);
            principal.group(new PrincipalType(type), scalarsOrArray(parser.nextToken(), typeAt,
                    this::principalId));
        }
        return principal.build();
    }

    private String principalId(JsonToken token, String at) throws IOException {
        if (token == JsonToken.VALUE_STRING || token == JsonToken.VALUE_NUMBER_INT
                || token == JsonToken.VALUE_NUMBER_FLOAT || token == JsonToken.VALUE_TRUE
                || token == JsonToken.VALUE_FALSE) {
            return parser.getText();
        }
        throw shape(at, "a principal id is a string");
    }

    private Condition condition(JsonToken token, String at) throws IOException {
        expect(token, JsonToken.START_OBJECT, at, "Condition is an object keyed by condition operators");
        Condition.Builder condition = Condition.builder();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String operatorName = parser.currentName();
            String operatorAt = at + "/" + escape(operatorName);
            if (operatorName.isEmpty()) {
                throw new PolicyParseException(operatorAt, "a condition operator name is not empty", null);
            }
            ConditionOperator operator = ConditionOperator.of(operatorName);
            expect(parser.nextToken(), JsonToken.START_OBJECT, operatorAt,
                    "a condition operator maps condition keys to values");
            condition.operator(operator);
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String key = parser.currentName();
                String keyAt = operatorAt + "/" + escape(key);
                condition.put(operator, ConditionKey.of(key),
                        scalarsOrArray(parser.nextToken(), keyAt, this::conditionValue));
            }
        }
        return condition.build();
    }

    private ConditionValue conditionValue(JsonToken token, String at) throws IOException {
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
                throw shape(at, "a condition value is a string, number or boolean");
        }
    }

    private <T> List<T> strings(JsonToken token, String at, Function<String, T> wrap) throws IOException {
        return scalarsOrArray(token, at, (item, itemAt) -> wrap.apply(string(item, itemAt)));
    }

    private <T> List<T> scalarsOrArray(JsonToken token, String at, ValueReader<T> reader) throws IOException {
        if (token != JsonToken.START_ARRAY) {
            return List.of(reader.read(token, at));
        }
        List<T> values = new ArrayList<>();
        for (JsonToken item = parser.nextToken(); item != JsonToken.END_ARRAY; item = parser.nextToken()) {
            values.add(reader.read(item, at + "/" + values.size()));
        }
        return values;
    }

    private String string(JsonToken token, String at) throws IOException {
        if (token != JsonToken.VALUE_STRING) {
            throw shape(at, "expected a string");
        }
        return parser.getText();
    }

    private void expect(@Nullable JsonToken token, JsonToken expected, String at, String rule) {
        if (token != expected) {
            throw shape(at, rule);
        }
    }

    private static PolicyParseException shape(String at, String rule) {
        return new PolicyParseException(at, "wrong value shape: " + rule, null);
    }

    /** Escapes a key for a JSON pointer (RFC 6901). */
    private static String escape(String key) {
        return key.indexOf('~') < 0 && key.indexOf('/') < 0 ? key : key.replace("~", "~0").replace("/", "~1");
    }

    @FunctionalInterface
    private interface ValueReader<T> {
        T read(JsonToken token, String at) throws IOException;
    }
}
