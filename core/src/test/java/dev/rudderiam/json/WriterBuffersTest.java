package dev.rudderiam.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.rudderiam.policy.ConditionKey;
import dev.rudderiam.policy.ConditionOperator;
import dev.rudderiam.policy.ConditionValue;
import dev.rudderiam.policy.Effect;
import dev.rudderiam.policy.PolicyDocument;
import dev.rudderiam.policy.PrincipalType;
import dev.rudderiam.policy.Statement;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * The writer's buffers grow at every token: a thread's first write starts with small buffers (a new thread has
 * none to reuse), and a write whose tokens cross the end of the buffer at any place gives the text a write with room
 * to spare gives. Expected texts of single strings are written by hand.
 */
class WriterBuffersTest {
    /** {@return what {@code write} returns on a new thread, which starts with fresh buffers} */
    private static String onNewThread(Supplier<String> write) throws InterruptedException {
        AtomicReference<Object> result = new AtomicReference<>();
        Thread thread = new Thread(() -> {
            try {
                result.set(write.get());
            } catch (RuntimeException | Error e) {
                result.set(e);
            }
        });
        thread.start();
        thread.join();
        if (result.get() instanceof Throwable) {
            throw new AssertionError("write failed on a new thread", (Throwable) result.get());
        }
        return (String) result.get();
    }

    /** A statement with every kind of token: keys, strings, arrays, objects, numbers and booleans. */
    private static PolicyDocument everyToken(int sidLength) {
        return PolicyDocument.builder().addStatement(Statement.builder()
                .sid("s".repeat(sidLength))
                .effect(Effect.ALLOW)
                .addPrincipal(PrincipalType.AWS, "arn:aws:iam::123456789012:root")
                .addPrincipal(PrincipalType.SERVICE, "a.amazonaws.com")
                .addPrincipal(PrincipalType.SERVICE, "b.amazonaws.com")
                .addAction("s3:GetObject").addAction("s3:PutObject")
                .addResource("*")
                .addCondition(ConditionOperator.NUMERIC_LESS_THAN, ConditionKey.of("k"), ConditionValue.of(1),
                        ConditionValue.of(22))
                .addCondition(ConditionOperator.BOOL, ConditionKey.of("aws:SecureTransport"), ConditionValue.of(true))
                .build()).build();
    }

    @Test
    void everyTokenMayCrossTheEndOfAFreshBuffer() throws InterruptedException {
        PolicyDocument large = everyToken(70_000);
        String warm = PolicyJson.write(large); // this thread's buffer now has room for every document below
        assertEquals(warm, onNewThread(() -> PolicyJson.write(large)));
        for (int sidLength = 700; sidLength <= 1050; sidLength++) {
            PolicyDocument document = everyToken(sidLength);
            for (JsonStyle style : JsonStyle.values()) {
                String expected = PolicyJson.write(document, style);
                assertEquals(expected, onNewThread(() -> PolicyJson.write(document, style)),
                        sidLength + " " + style);
            }
        }
    }

    @Test
    void aStringLongerThanEveryFreshBufferIsWrittenWhole() throws InterruptedException {
        for (int length : new int[] {255, 256, 257, 1020, 1021, 1024, 3000}) {
            String resource = "r".repeat(length);
            PolicyDocument document = PolicyDocument.builder()
                    .addStatement(s -> s.effect(Effect.ALLOW).addAction("s3:GetObject").addResource(resource))
                    .build();
            assertEquals("{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"s3:GetObject\","
                    + "\"Resource\":\"" + resource + "\"}]}", onNewThread(() -> PolicyJson.write(document)),
                    "length " + length);
        }
    }

    @Test
    void escapesThatOutgrowAFreshBufferAreWrittenWhole() throws InterruptedException {
        for (int count : new int[] {1, 170, 171, 200, 400}) {
            String sid = "\u0001".repeat(count) + "\b\f" + "\u0100".repeat(count);
            PolicyDocument document = PolicyDocument.builder()
                    .addStatement(s -> s.sid(sid).effect(Effect.DENY).addAction("*").addResource("*")).build();
            assertEquals("{\"Version\":\"2012-10-17\",\"Statement\":[{\"Sid\":\"" + "\\u0001".repeat(count)
                    + "\\b\\f" + "\\u0100".repeat(count)
                    + "\",\"Effect\":\"Deny\",\"Action\":\"*\",\"Resource\":\"*\"}]}",
                    onNewThread(() -> PolicyJson.write(document)), "count " + count);
        }
    }

    @Test
    void jsonValuesWriteNullsAndIntegersAsJson() {
        assertEquals("[null,null,1,2,true,\"a\"]",
                JsonValues.write(Arrays.asList(null, JsonValues.NULL, 1, 2L, true, "a")));
        assertEquals("null", String.valueOf(JsonValues.NULL));
    }

    @Test
    void aDocumentTheGeneratorCannotNestFailsTheWholeWrite() {
        PolicyDocument document = everyToken(1);
        Object nested = document;
        List<Object> outer = null;
        for (int depth = 0; depth < 1000; depth++) {
            outer = new ArrayList<>(List.of(nested));
            nested = outer;
        }
        List<Object> lists = outer;
        // the lists alone are within the generator's nesting limit; the document's object is one level too deep
        JsonValues.write(replaceInnermost(lists, "x"));
        assertThrows(UncheckedIOException.class, () -> JsonValues.write(lists));
    }

    /** {@return a copy of the nested one-element lists {@code lists} with the innermost element {@code value}} */
    private static Object replaceInnermost(Object lists, Object value) {
        if (!(lists instanceof List)) {
            return value;
        }
        return new ArrayList<>(List.of(replaceInnermost(((List<?>) lists).get(0), value)));
    }

    @Test
    void malformedValuesAreReportedWithTheirPlace() {
        PolicyParseException duplicate = assertThrows(PolicyParseException.class,
                () -> JsonValues.read("{\"a\":1,\"a\":2}", 100));
        assertEquals("/a", duplicate.pointer());
        assertEquals(true, duplicate.getMessage().contains("malformed JSON: Duplicate field 'a'"),
                duplicate.getMessage());
        PolicyParseException tooLong = assertThrows(PolicyParseException.class,
                () -> JsonValues.read("[" + "1".repeat(101) + "]", 1000));
        assertEquals(true, tooLong.getMessage().contains("input exceeds a parsing limit: Number value length (101)"
                + " exceeds the maximum allowed (100"), tooLong.getMessage());
        assertEquals(List.of(new java.math.BigDecimal("1")), JsonValues.read("[1]", 3));
        assertThrows(PolicyParseException.class, () -> JsonValues.read("[1]", 2));
    }
}
