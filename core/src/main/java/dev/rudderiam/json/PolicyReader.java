package dev.rudderiam.json;

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
import dev.rudderiam.policy.Quotas;
import dev.rudderiam.policy.Resource;
import dev.rudderiam.policy.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Reads one policy document from text following IAM's grammar: every element may be a scalar or an array where
 * IAM allows it, and anything else is a {@link PolicyParseException} with the JSON pointer of the offending place.
 *
 * <p>It reads straight from the text with a {@link JsonCursor} into the model, descending only where the grammar
 * does, so nesting is bounded by the grammar (a document, statements, condition operators, keys, values) and a
 * deeply nested input fails at its first unexpected bracket.
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

    private static final String[] STATEMENT_ELEMENTS = {"Sid", "Effect", "Principal", "NotPrincipal", "Action",
        "NotAction", "Resource", "NotResource", "Condition"};

    private final JsonInput in;
    /**
     * The values of the list being read (actions, resources, principal ids or condition values; never nested), kept
     * for every list of the document: a list is copied once into the immutable list the model keeps (which then
     * keeps it without copying), instead of growing its own array and being copied twice more.
     */
    private Object[] values = new Object[16];

    private PolicyReader(JsonInput in) {
        this.in = in;
    }

    static PolicyDocument read(String text) {
        if (text.length() > MAX_DOCUMENT_CHARS) {
            throw new PolicyParseException("", "document has " + text.length() + " characters; at most "
                    + MAX_DOCUMENT_CHARS + " are read (IAM accepts at most " + Quotas.MAX_DOCUMENT_CHARS + ")", null);
        }
        JsonCursor in = new JsonCursor(text);
        if (in.atEnd()) {
            throw new PolicyParseException("", "empty input: a policy document is a JSON object", null);
        }
        PolicyDocument document = new PolicyReader(in).document();
        if (!in.atEnd()) {
            throw new PolicyParseException("", "trailing data after the document's closing brace", null);
        }
        return document;
    }

    /** {@return the document held by the JSON values {@code value}}, as {@link ValueCursor} reads them */
    static PolicyDocument read(Object value) {
        return new PolicyReader(new ValueCursor(value)).document();
    }

    private PolicyDocument document() {
        expect(JsonInput.Kind.OBJECT, "a policy document is a JSON object");
        in.beginObject();
        PolicyDocument.Builder document = PolicyDocument.builder().version(null);
        int seen = 0;
        for (String name = in.nextKey(true); name != null; name = in.nextKey(false)) {
            in.enter(name);
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
            if (bit == 1) {
                document.version(string());
            } else if (bit == 2) {
                document.id(string());
            } else {
                document.statements(statements());
            }
            in.leave();
        }
        return document.build();
    }

    private List<Statement> statements() {
        if (in.peek() == JsonInput.Kind.OBJECT) {
            return List.of(statement());
        }
        expect(JsonInput.Kind.ARRAY, "Statement is a statement object or an array of them");
        in.beginArray();
        List<Statement> statements = new ArrayList<>();
        for (boolean first = true; in.nextElement(first); first = false) {
            in.enter(statements.size());
            expect(JsonInput.Kind.OBJECT, "a statement is a JSON object");
            statements.add(statement());
            in.leave();
        }
        return statements;
    }

    private Statement statement() {
        in.beginObject();
        Statement.Builder statement = Statement.builder();
        int seen = 0;
        for (String name = in.nextKey(true); name != null; name = in.nextKey(false)) {
            in.enter(name);
            int index = elementIndex(name);
            seen = markOnce(seen, 1 << index, name);
            switch (index) {
                case 0: statement.sid(string()); break;
                case 1: statement.effect(effect()); break;
                case 2: statement.principal(principal()); break;
                case 3: statement.notPrincipal(principal()); break;
                case 4: statement.actions(strings(Action::new)); break;
                case 5: statement.notActions(strings(Action::new)); break;
                case 6: statement.resources(strings(Resource::new)); break;
                case 7: statement.notResources(strings(Resource::new)); break;
                default: statement.condition(condition()); break;
            }
            in.leave();
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
            in.enter(STATEMENT_ELEMENTS[other]);
            throw error("a statement has " + STATEMENT_ELEMENTS[one] + " or " + STATEMENT_ELEMENTS[other]
                    + ", not both");
        }
    }

    private Effect effect() {
        String effect = string();
        if (effect.equals("Allow")) {
            return Effect.ALLOW;
        }
        if (effect.equals("Deny")) {
            return Effect.DENY;
        }
        throw error("Effect '" + effect + "' is invalid; it is \"Allow\" or \"Deny\"");
    }

    private Principal principal() {
        JsonInput.Kind kind = in.peek();
        if (kind == JsonInput.Kind.STRING) {
            if (!in.string().equals("*")) {
                throw error("a principal string must be \"*\"; name principals in an object such as"
                        + " {\"AWS\": \"arn:aws:iam::123456789012:root\"}");
            }
            return Principal.any();
        }
        expect(JsonInput.Kind.OBJECT,
                "a principal is \"*\" or an object keyed by AWS, Service, Federated or CanonicalUser");
        in.beginObject();
        Members<PrincipalType, List<String>> byType = new Members<>();
        for (String type = in.nextKey(true); type != null; type = in.nextKey(false)) {
            in.enter(type);
            PrincipalType principalType = new PrincipalType(type);
            if (byType.contains(principalType)) {
                throw error("malformed JSON: Duplicate field '" + type + "'");
            }
            byType.put(principalType, scalarsOrArray(this::principalId));
            in.leave();
        }
        return new PrincipalSet(byType.map());
    }

    private String principalId() {
        switch (in.peek()) {
            case STRING: return in.string();
            case NUMBER: return in.number();
            case TRUE: in.literal("true"); return "true";
            case FALSE: in.literal("false"); return "false";
            default: throw shape("a principal id is a string");
        }
    }

    private Condition condition() {
        expect(JsonInput.Kind.OBJECT, "Condition is an object keyed by condition operators");
        in.beginObject();
        Members<ConditionOperator, Map<ConditionKey, List<ConditionValue>>> operators = new Members<>();
        for (String operatorName = in.nextKey(true); operatorName != null; operatorName = in.nextKey(false)) {
            in.enter(operatorName);
            if (operatorName.isEmpty()) {
                throw error("a condition operator name is not empty");
            }
            ConditionOperator operator = ConditionOperator.of(operatorName);
            if (operators.contains(operator)) {
                throw error("malformed JSON: Duplicate field '" + operatorName + "'");
            }
            expect(JsonInput.Kind.OBJECT, "a condition operator maps condition keys to values");
            in.beginObject();
            Members<ConditionKey, List<ConditionValue>> keys = new Members<>();
            for (String keyName = in.nextKey(true); keyName != null; keyName = in.nextKey(false)) {
                in.enter(keyName);
                ConditionKey key = ConditionKey.of(keyName);
                if (keys.contains(key)) {
                    throw error("malformed JSON: Duplicate field '" + keyName + "'");
                }
                keys.put(key, scalarsOrArray(this::conditionValue));
                in.leave();
            }
            operators.put(operator, keys.map());
            in.leave();
        }
        return new Condition(operators.map());
    }

    private ConditionValue conditionValue() {
        switch (in.peek()) {
            case STRING: return ConditionValue.of(in.string());
            case NUMBER: return ConditionValue.parseNumber(in.number());
            case TRUE: in.literal("true"); return ConditionValue.of(true);
            case FALSE: in.literal("false"); return ConditionValue.of(false);
            default: throw shape("a condition value is a string, number or boolean");
        }
    }

    /**
     * {@return the action or resource strings at the cursor, each wrapped}: most of a policy's values, read by their
     * own loop rather than through {@link #scalarsOrArray}, whose reader call sees every kind of value and is not
     * inlined; {@code wrap} is one of two constructors, which the compiler inlines
     */
    private <T> List<T> strings(Function<String, T> wrap) {
        if (in.peek() != JsonInput.Kind.ARRAY) {
            return List.of(wrap.apply(string()));
        }
        in.beginArray();
        int n = 0;
        for (boolean first = true; in.nextElement(first); first = false) {
            in.enter(n);
            n = keep(n, wrap.apply(string()));
            in.leave();
        }
        return immutable(n);
    }

    private <T> List<T> scalarsOrArray(ValueReader<T> reader) {
        if (in.peek() != JsonInput.Kind.ARRAY) {
            return List.of(reader.read());
        }
        in.beginArray();
        int n = 0;
        for (boolean first = true; in.nextElement(first); first = false) {
            in.enter(n);
            n = keep(n, reader.read());
            in.leave();
        }
        return immutable(n);
    }

    /** Keeps {@code value} as the list's {@code n}th; {@return the list's new size} */
    private int keep(int n, Object value) {
        if (n == values.length) {
            values = Arrays.copyOf(values, n * 2);
        }
        values[n] = value;
        return n + 1;
    }

    /**
     * {@return the first {@code n} values kept, as an immutable list}: up to ten through {@link List#of}'s fixed
     * arities, which keep the array they are called with, where the array form copies the copy it is given
     */
    @SuppressWarnings("unchecked")
    private <T> List<T> immutable(int n) {
        Object[] v = values;
        switch (n) {
            case 0: return List.of();
            case 1: return List.of((T) v[0]);
            case 2: return List.of((T) v[0], (T) v[1]);
            case 3: return List.of((T) v[0], (T) v[1], (T) v[2]);
            case 4: return List.of((T) v[0], (T) v[1], (T) v[2], (T) v[3]);
            case 5: return List.of((T) v[0], (T) v[1], (T) v[2], (T) v[3], (T) v[4]);
            case 6: return List.of((T) v[0], (T) v[1], (T) v[2], (T) v[3], (T) v[4], (T) v[5]);
            case 7: return List.of((T) v[0], (T) v[1], (T) v[2], (T) v[3], (T) v[4], (T) v[5], (T) v[6]);
            case 8: return List.of((T) v[0], (T) v[1], (T) v[2], (T) v[3], (T) v[4], (T) v[5], (T) v[6], (T) v[7]);
            case 9: return List.of((T) v[0], (T) v[1], (T) v[2], (T) v[3], (T) v[4], (T) v[5], (T) v[6], (T) v[7],
                    (T) v[8]);
            case 10: return List.of((T) v[0], (T) v[1], (T) v[2], (T) v[3], (T) v[4], (T) v[5], (T) v[6],
                    (T) v[7], (T) v[8], (T) v[9]);
            default: return (List<T>) List.of(Arrays.copyOf(v, n));
        }
    }

    private String string() {
        if (in.peek() != JsonInput.Kind.STRING) {
            throw shape("expected a string");
        }
        return in.string();
    }

    private void expect(JsonInput.Kind expected, String rule) {
        if (in.peek() != expected) {
            throw shape(rule);
        }
    }

    private PolicyParseException shape(String rule) {
        return error("wrong value shape: " + rule);
    }

    private PolicyParseException error(String reason) {
        return new PolicyParseException(in.pointer(), reason, null);
    }

    /**
     * The members of a principal or condition object, in the order read, for the model's constructor to copy. Most
     * such objects have one member (one principal type, one operator, one key), which is held in two fields and
     * handed over as a one-entry {@link Map#of}: no hash table is built and no key hashed, where the constructor
     * would copy the table into a one-entry map anyway. From the second member on they go in a
     * {@link LinkedHashMap}, so a hostile object of many members is still read in linear time.
     */
    private static final class Members<K, V> {
        private @Nullable K firstKey;
        private @Nullable V firstValue;
        private @Nullable Map<K, V> all;

        boolean contains(K key) {
            return all != null ? all.containsKey(key) : key.equals(firstKey);
        }

        /** Adds a member whose key is not yet {@link #contains contained}. */
        void put(K key, V value) {
            if (firstKey == null) {
                firstKey = key;
                firstValue = value;
                return;
            }
            if (all == null) {
                all = new LinkedHashMap<>();
                all.put(firstKey, Objects.requireNonNull(firstValue));
            }
            all.put(key, value);
        }

        Map<K, V> map() {
            if (all != null) {
                return all;
            }
            return firstKey == null ? Map.of() : Map.of(firstKey, Objects.requireNonNull(firstValue));
        }
    }

    @FunctionalInterface
    private interface ValueReader<T> {
        T read();
    }
}
