package dev.rudderiam.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Laws of the one input reader, against the JDK's own strict decoder: valid UTF-8 of any length (across the reader's
 * 8 KiB buffers) reads back exactly; any other bytes fail at the offset of the first malformed sequence; batch lines
 * are the text split at line feeds.
 */
class InputsProperties {
    /** Text of any code points, with line breaks, long enough to cross buffer boundaries. */
    @Provide
    Arbitrary<String> text() {
        Arbitrary<Integer> anyCodePoint = Arbitraries.integers().between(0, Character.MAX_CODE_POINT)
                .filter(c -> c < Character.MIN_SURROGATE || c > Character.MAX_SURROGATE);
        Arbitrary<Integer> common = Arbitraries.of((int) 'a', (int) '\n', (int) '\r', (int) '{', 0xE9, 0x20AC, 0x1F600);
        return Arbitraries.oneOf(anyCodePoint, common).list().ofMaxSize(12_000)
                .map(cps -> new String(cps.stream().mapToInt(Integer::intValue).toArray(), 0, cps.size()))
                .filter(s -> !s.startsWith("\uFEFF"));
    }

    /** Mostly valid UTF-8 with some bytes changed, so malformed sequences fall anywhere, buffer edges included. */
    @Provide
    Arbitrary<byte[]> bytes() {
        return text().flatMap(s -> {
            byte[] valid = s.getBytes(StandardCharsets.UTF_8);
            return Arbitraries.integers().between(0, Math.max(0, valid.length - 1)).list().ofMaxSize(3)
                    .flatMap(positions -> Arbitraries.bytes().list().ofSize(positions.size()).map(values -> {
                        byte[] changed = Arrays.copyOf(valid, valid.length);
                        for (int i = 0; i < positions.size() && changed.length > 0; i++) {
                            changed[positions.get(i)] = values.get(i);
                        }
                        return changed;
                    }));
        });
    }

    @Property(tries = 150)
    void validUtf8ReadsBackExactly(@ForAll("text") String text) {
        assertEquals(text, fromStdin(text.getBytes(StandardCharsets.UTF_8), () -> Inputs.read("-")));
    }

    @Property(tries = 200)
    void anyBytesDecodeAsTheStrictDecoderDoesOrFailAtItsOffset(@ForAll("bytes") byte[] bytes) {
        long malformedAt = firstMalformedOffset(bytes);
        if (malformedAt < 0 && !(bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF)) {
            assertEquals(new String(bytes, StandardCharsets.UTF_8), fromStdin(bytes, () -> Inputs.read("-")));
        } else if (malformedAt >= 0) {
            Inputs.MalformedUtf8Exception e = assertThrows(Inputs.MalformedUtf8Exception.class,
                    () -> fromStdin(bytes, () -> Inputs.read("-")));
            assertTrue(e.getMessage().contains("the bytes at offset " + malformedAt + " do not decode"),
                    e.getMessage() + " expected offset " + malformedAt);
        }
    }

    @Property(tries = 150)
    void batchLinesAreTheTextSplitAtLineFeeds(@ForAll("text") String text) {
        List<String> expected = new ArrayList<>();
        for (String line : text.split("\n", -1)) {
            expected.add(line.endsWith("\r") ? line.substring(0, line.length() - 1) : line);
        }
        if (text.isEmpty() || text.endsWith("\n")) {
            expected.remove(expected.size() - 1);
        }
        List<String> lines = fromStdin(text.getBytes(StandardCharsets.UTF_8), () -> {
            List<String> read = new ArrayList<>();
            try (Inputs.Lines reader = Inputs.lines("-")) {
                for (String line = reader.next(); line != null; line = reader.next()) {
                    read.add(line);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return read;
        });
        assertEquals(expected, lines);
    }

    private static <T> T fromStdin(byte[] bytes, Supplier<T> read) {
        InputStream stdin = System.in;
        System.setIn(new ByteArrayInputStream(bytes));
        try {
            return read.get();
        } finally {
            System.setIn(stdin);
        }
    }

    /** {@return the offset of the first byte sequence the JDK's strict UTF-8 decoder rejects, or -1} */
    private static long firstMalformedOffset(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult result = decoder.decode(in, out, true);
        return result.isError() ? in.position() : -1;
    }
}
