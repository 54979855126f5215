package dev.rudderiam.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import dev.rudderiam.policy.PolicyDocument;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Generic JSON as plain Java values, for the other modules' data files and exports (catalog templates, the service
 * reference, CloudFormation and Terraform documents), so that Jackson stays in this package.
 *
 * <p>Values map as: object to an insertion-ordered {@code Map<String, Object>}, array to {@code List<Object>},
 * string to {@code String}, number to {@code BigDecimal}, {@code true}/{@code false} to {@code Boolean}, and
 * {@code null} to {@link #NULL}. Reading rejects duplicate keys and trailing data, and bounds nesting depth and
 * size; every failure is a {@link PolicyParseException} with a JSON pointer.
 */
public final class JsonValues {
    /** The JSON {@code null} literal, which Java collections cannot hold as {@code null}. */
    public static final Object NULL = new Object() {
        @Override
        public String toString() {
            return "null";
        }
    };

    private static final int MAX_DEPTH = 64;

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxNestingDepth(MAX_DEPTH)
                    .maxNumberLength(100)
                    .build())
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    private JsonValues() {
    }

    /**
     * {@return the JSON value in {@code json}}
     *
     * @param maxChars the longest text accepted
     * @throws PolicyParseException when the text is not one JSON value within the bounds
     */
    public static Object read(String json, int maxChars) {
        Objects.requireNonNull(json, "json");
        if (json.length() > maxChars) {
            throw new PolicyParseException("", "document has " + json.length() + " characters; at most "
                    + maxChars + " are read", null);
        }
        try (JsonParser parser = FACTORY.createParser(json)) {
            return readRoot(parser);
        } catch (IOException e) {
            throw failure(e);
        }
    }

    /**
     * {@return the JSON value read from {@code in} (UTF-8), which the caller closes}
     *
     * @throws PolicyParseException when the stream is not one JSON value within the nesting bound
     */
    public static Object read(InputStream in) {
        Objects.requireNonNull(in, "in");
        try (JsonParser parser = FACTORY.createParser(in)) {
            return readRoot(parser);
        } catch (IOException e) {
            throw failure(e);
        }
    }

    private static Object readRoot(JsonParser parser) throws IOException {
        JsonToken first = parser.nextToken();
        if (first == null) {
            throw new PolicyParseException("", "empty input: expected a JSON value", null);
        }
        Object value = value(parser, first);
        if (parser.nextToken() != null) {
            throw new PolicyParseException("", "trailing data after the JSON value", null);
        }
        return value;
    }

    private static PolicyParseException failure(IOException e) {
        if (e instanceof StreamConstraintsException) {
            return new PolicyParseException("", "input exceeds a parsing limit: "
                    + ((StreamConstraintsException) e).getOriginalMessage(), e);
        }
        if (e instanceof JsonProcessingException) {
            JsonProcessingException jpe = (JsonProcessingException) e;
            String pointer = jpe.getProcessor() instanceof JsonParser
                    ? ((JsonParser) jpe.getProcessor()).getParsingContext().pathAsPointer().toString() : "";
            return new PolicyParseException(pointer, "malformed JSON: " + jpe.getOriginalMessage(), e);
        }
        return new PolicyParseException("", "unreadable input: " + e.getMessage(), e);
    }

    private static Object value(JsonParser parser, JsonToken token) throws IOException {
        switch (token) {
            case START_OBJECT:
                Map<String, Object> object = new LinkedHashMap<>();
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String name = parser.currentName();
                    object.put(name, value(parser, parser.nextToken()));
                }
                return Collections.unmodifiableMap(object);
            case START_ARRAY:
                List<Object> array = new ArrayList<>();
                for (JsonToken item = parser.nextToken(); item != JsonToken.END_ARRAY; item = parser.nextToken()) {
                    array.add(value(parser, item));
                }
                return Collections.unmodifiableList(array);
            case VALUE_STRING:
                return parser.getText();
            case VALUE_NUMBER_INT:
            case VALUE_NUMBER_FLOAT:
                return parser.getDecimalValue();
            case VALUE_TRUE:
                return Boolean.TRUE;
            case VALUE_FALSE:
                return Boolean.FALSE;
            case VALUE_NULL:
                return NULL;
            default:
                throw new PolicyParseException(parser.getParsingContext().pathAsPointer().toString(),
                        "unexpected token " + token, null);
        }
    }

    /**
     * {@return the canonical form of {@code document} as JSON values}: the same maps, lists, strings, numbers and
     * booleans that {@link #read(String, int)} gives for {@link PolicyJson#write(PolicyDocument)}, built straight from
     * the model (no text written and read back), for callers that edit or walk a document as generic JSON, such as
     * the CloudFormation and Terraform exports. The maps and lists are unmodifiable.
     */
    public static Object of(PolicyDocument document) {
        Objects.requireNonNull(document, "document");
        ValueSink sink = new ValueSink();
        PolicyWriter.write(document, sink);
        return sink.result();
    }

    /** {@return {@code value} as compact JSON}: {@link #write(Object, JsonStyle)} with {@link JsonStyle#COMPACT} */
    public static String write(Object value) {
        return write(value, JsonStyle.COMPACT);
    }

    /**
     * {@return {@code value} as JSON, keys in map order}: maps, iterables, strings, numbers, booleans and
     * {@link #NULL}; a {@code PolicyDocument} is written in its canonical form. Laid out in {@code style}.
     *
     * @throws IllegalArgumentException for a value of another type
     */
    public static String write(Object value, JsonStyle style) {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(style, "style");
        StringWriter text = new StringWriter();
        try (JsonGenerator generator = FACTORY.createGenerator(text)) {
            if (style.indents()) {
                generator.useDefaultPrettyPrinter();
            }
            write(generator, value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString();
    }

    private static void write(JsonGenerator generator, @Nullable Object value) throws IOException {
        if (value == null || value == NULL) {
            generator.writeNull();
        } else if (value instanceof Map) {
            generator.writeStartObject();
            for (Map.Entry<?, ?> entry : ((Map<?, ?>) value).entrySet()) {
                generator.writeFieldName(String.valueOf(entry.getKey()));
                write(generator, entry.getValue());
            }
            generator.writeEndObject();
        } else if (value instanceof Iterable) {
            generator.writeStartArray();
            for (Object item : (Iterable<?>) value) {
                write(generator, item);
            }
            generator.writeEndArray();
        } else if (value instanceof String) {
            generator.writeString((String) value);
        } else if (value instanceof BigDecimal) {
            generator.writeNumber((BigDecimal) value);
        } else if (value instanceof Integer || value instanceof Long) {
            generator.writeNumber(((Number) value).longValue());
        } else if (value instanceof Boolean) {
            generator.writeBoolean((Boolean) value);
        } else if (value instanceof PolicyDocument) {
            GeneratorSink sink = new GeneratorSink(generator);
            PolicyWriter.write((PolicyDocument) value, sink);
            sink.rethrow();
        } else {
            throw new IllegalArgumentException("value of type " + value.getClass().getName()
                    + " cannot be written as JSON: expected a map, iterable, string, number, boolean or JsonValues.NULL");
        }
    }

    /**
     * Sends a policy document's canonical form into the generator of the value it is nested in, so it takes that
     * value's layout (compact or pretty) and is never written out and read back. Numbers and booleans of conditions
     * are written as the generator writes the numbers and booleans of every other value.
     */
    /** Builds the values of one document: a stack of the objects and arrays being filled, keys waiting for values. */
    private static final class ValueSink extends PolicyWriter.Sink {
        private final List<Object> open = new ArrayList<>();
        private final List<String> keys = new ArrayList<>();
        private @Nullable Object result;

        @Override
        void startObject() {
            open.add(new LinkedHashMap<String, Object>());
        }

        @Override
        void key(String name) {
            keys.add(name);
        }

        @Override
        void endObject() {
            @SuppressWarnings("unchecked")
            Map<String, Object> object = (Map<String, Object>) open.remove(open.size() - 1);
            add(Collections.unmodifiableMap(object));
        }

        @Override
        void startArray() {
            open.add(new ArrayList<Object>());
        }

        @Override
        void endArray() {
            @SuppressWarnings("unchecked")
            List<Object> array = (List<Object>) open.remove(open.size() - 1);
            add(Collections.unmodifiableList(array));
        }

        @Override
        void string(String value) {
            add(value);
        }

        @Override
        void literal(String text) {
            add(text.equals("true") || text.equals("false") ? Boolean.valueOf(text) : new BigDecimal(text));
        }

        /** Puts a finished value into the object or array being filled, or makes it the result. */
        @SuppressWarnings("unchecked")
        private void add(Object value) {
            if (open.isEmpty()) {
                result = value;
            } else if (open.get(open.size() - 1) instanceof Map) {
                ((Map<String, Object>) open.get(open.size() - 1)).put(keys.remove(keys.size() - 1), value);
            } else {
                ((List<Object>) open.get(open.size() - 1)).add(value);
            }
        }

        Object result() {
            return Objects.requireNonNull(result, "a document is one value");
        }
    }

    private static final class GeneratorSink extends PolicyWriter.Sink {
        private final JsonGenerator generator;
        private @Nullable IOException failure;

        GeneratorSink(JsonGenerator generator) {
            this.generator = generator;
        }

        @Override
        void startObject() {
            run(generator::writeStartObject);
        }

        @Override
        void key(String name) {
            run(() -> generator.writeFieldName(name));
        }

        @Override
        void endObject() {
            run(generator::writeEndObject);
        }

        @Override
        void startArray() {
            run(generator::writeStartArray);
        }

        @Override
        void endArray() {
            run(generator::writeEndArray);
        }

        @Override
        void string(String value) {
            run(() -> generator.writeString(value));
        }

        @Override
        void literal(String text) {
            if (text.equals("true") || text.equals("false")) {
                run(() -> generator.writeBoolean(text.equals("true")));
            } else {
                run(() -> generator.writeNumber(new BigDecimal(text)));
            }
        }

        private void run(Write write) {
            if (failure == null) {
                try {
                    write.run();
                } catch (IOException e) {
                    failure = e;
                }
            }
        }

        /** Throws the first failure of the generator, if any, once the document is walked. */
        void rethrow() throws IOException {
            if (failure != null) {
                throw failure;
            }
        }
    }

    @FunctionalInterface
    private interface Write {
        void run() throws IOException;
    }
}
