package dev.rudderiam.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every command that reads a document answers hostile input with exit code 2 and one line, never a stack trace,
 * and stops reading at the cap: {@code /dev/zero}, a FIFO that keeps producing, a 50 MB file, a never-ending line on
 * standard input, and bytes that are not UTF-8. The timeout only guards against a hang (the old code read
 * {@code /dev/zero} until it ran out of memory); speed is not asserted here.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class InputBoundsTest {
    private static final String WORKSPACE = "2Nk4t3WkHTGYzbTvG2zLXJXKNoF";
    private static final String MANAGED = "arn:aws:iam::111122223333:policy/extra";
    private static final long FIFTY_MB = 50L << 20;

    @TempDir
    Path dir;

    private InputStream stdin;

    @BeforeEach
    void keepStdin() {
        stdin = System.in;
    }

    @AfterEach
    void restoreStdin() {
        System.setIn(stdin);
    }

    /** Each command that reads a document, given the name of its input. */
    static Stream<Arguments> commands() {
        return Stream.of(
                command("format", in -> new String[] {"format", in}),
                command("size", in -> new String[] {"size", in}),
                command("validate", in -> new String[] {"validate", "--type", "identity", in}),
                command("simulate", in -> new String[] {"simulate", "--policy", in, "--principal",
                    "arn:aws:iam::111122223333:role/r", "--action", "s3:GetObject", "--resource", "arn:aws:s3:::b/k"}),
                command("simulate --batch", in -> new String[] {"simulate", "--batch", in}),
                command("minimize", in -> new String[] {"minimize", in}),
                command("analyze", in -> new String[] {"analyze", "--workspace-id", WORKSPACE, "--name", "r",
                    "--managed-policy-arn", MANAGED, "--policy-document", MANAGED + "=" + in}));
    }

    private static Arguments command(String name, Function<String, String[]> args) {
        return Arguments.of(name, args);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("commands")
    void devZero(String name, Function<String, String[]> args) {
        Path zero = Path.of("/dev/zero");
        assumeTrue(Files.isReadable(zero), "no /dev/zero here");
        assertOneLineRefusal(name, CliRun.of(args.apply(zero.toString())), "longer than " + Inputs.MAX_CHARS);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("commands")
    void fifoThatKeepsProducing(String name, Function<String, String[]> args) throws Exception {
        Path fifo = dir.resolve("fifo");
        assumeTrue(mkfifo(fifo), "no mkfifo here");
        AtomicLong written = new AtomicLong();
        Thread writer = new Thread(() -> {
            byte[] chunk = "{\"Version\":\"2012-10-17\"".repeat(1000).getBytes(StandardCharsets.UTF_8);
            try (OutputStream out = Files.newOutputStream(fifo)) {
                while (true) {
                    out.write(chunk);
                    written.addAndGet(chunk.length);
                }
            } catch (IOException e) {
                // the reader closed the FIFO: what it read was enough
            }
        });
        writer.setDaemon(true);
        writer.start();
        assertOneLineRefusal(name, CliRun.of(args.apply(fifo.toString())), "longer than " + Inputs.MAX_CHARS);
        writer.join(TimeUnit.SECONDS.toMillis(10));
        assertFalse(writer.isAlive(), "the command did not close the FIFO");
        assertTrue(written.get() < 32L * Inputs.MAX_CHARS, "read " + written.get() + " bytes");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("commands")
    void fiftyMegabyteFile(String name, Function<String, String[]> args) throws IOException {
        Path big = dir.resolve("big.json");
        try (RandomAccessFile file = new RandomAccessFile(big.toFile(), "rw")) {
            file.write("{\"Version\":\"2012-10-17\",\"Statement\":[".getBytes(StandardCharsets.US_ASCII));
            file.setLength(FIFTY_MB);
        }
        assertEquals(FIFTY_MB, Files.size(big));
        assertOneLineRefusal(name, CliRun.of(args.apply(big.toString())), "longer than " + Inputs.MAX_CHARS);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("commands")
    void neverEndingLineOnStandardInput(String name, Function<String, String[]> args) {
        Endless endless = new Endless((byte) 'x');
        System.setIn(endless);
        assertOneLineRefusal(name, CliRun.of(args.apply("-")), "longer than " + Inputs.MAX_CHARS);
        assertTrue(endless.read < 32L * Inputs.MAX_CHARS, "read " + endless.read + " bytes");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("commands")
    void invalidUtf8FailsTheSameFromAFileAndStandardInput(String name, Function<String, String[]> args)
            throws IOException {
        byte[] bytes = {'{', '"', 'V', (byte) 0xC3, '"', ':', '1', '}', '\n'};
        Path file = Files.write(dir.resolve("latin1.json"), bytes);
        CliRun fromFile = CliRun.of(args.apply(file.toString()));
        assertOneLineRefusal(name, fromFile, "is not valid UTF-8: the bytes at offset 3 do not decode");
        System.setIn(new java.io.ByteArrayInputStream(bytes));
        CliRun fromStdin = CliRun.of(args.apply("-"));
        assertOneLineRefusal(name, fromStdin, "is not valid UTF-8: the bytes at offset 3 do not decode");
        assertEquals(fromFile.out() + fromFile.err(), (fromStdin.out() + fromStdin.err())
                .replace("standard input", "file '" + file + "'"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("commands")
    void leadingByteOrderMarkIsRefused(String name, Function<String, String[]> args) throws IOException {
        Path file = Files.writeString(dir.resolve("bom.json"), "\uFEFF{\"Version\":\"2012-10-17\",\"Statement\":[{"
                + "\"Effect\":\"Allow\",\"Action\":\"s3:GetObject\",\"Resource\":\"*\"}]}\n");
        assertOneLineRefusal(name, CliRun.of(args.apply(file.toString())), "starts with a byte order mark");
    }

    /**
     * A huge number and a date past {@link java.time.Instant#MAX}, given where a document is expected: a JSON value
     * that is no document is one line, without a billion digits written out or a date conversion thrown.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("commands")
    void aHugeNumberOrAnOverflowingDateIsNoDocument(String name, Function<String, String[]> args) throws IOException {
        for (String value : List.of("1e999999999", "99999999999999999")) {
            Path file = Files.writeString(dir.resolve("value.json"), value + "\n");
            String expected = name.endsWith("--batch") ? "a request line is a JSON object"
                    : "a policy document is a JSON object";
            assertOneLineRefusal(name, CliRun.of(args.apply(file.toString())), expected);
        }
    }

    /**
     * The same values inside a policy and a request's context are decided (they do not convert, so their clauses
     * are false), never thrown: the batch answers every line and the single request is denied.
     */
    @Test
    void aHugeNumberOrAnOverflowingDateInsideAPolicyOrContextIsDecided() throws IOException {
        Path policy = Files.writeString(dir.resolve("policy.json"), "{\"Version\":\"2012-10-17\",\"Statement\":[{"
                + "\"Effect\":\"Allow\",\"Action\":\"s3:GetObject\",\"Resource\":\"*\",\"Condition\":{"
                + "\"DateLessThan\":{\"aws:CurrentTime\":\"99999999999999999\"},"
                + "\"NumericLessThan\":{\"s3:max-keys\":1e999999999}}}]}");
        CliRun single = CliRun.of("simulate", "--policy", policy.toString(), "--principal",
                "arn:aws:iam::111122223333:role/r", "--action", "s3:GetObject", "--resource", "arn:aws:s3:::b/k",
                "--context", "aws:CurrentTime=99999999999999999", "--context", "s3:max-keys=1e999999999");
        assertEquals(0, single.exitCode(), single.err());
        assertTrue(single.out().startsWith("ImplicitlyDenied"), single.out());
        String request = "{\"policies\":[\"" + policy + "\"],\"principal\":\"arn:aws:iam::111122223333:role/r\","
                + "\"action\":\"s3:GetObject\",\"resource\":\"arn:aws:s3:::b/k\",\"context\":";
        Path batch = Files.writeString(dir.resolve("batch.jsonl"),
                request + "{\"aws:CurrentTime\":\"99999999999999999\"}}\n"
                + request + "{\"s3:max-keys\":1e999999999}}\n");
        CliRun run = CliRun.of("simulate", "--batch", batch.toString());
        String[] lines = run.out().split("\n");
        assertEquals(2, lines.length, run.out() + run.err());
        assertTrue(lines[0].contains("ImplicitlyDenied"), lines[0]);
        assertTrue(lines[1].startsWith("{\"error\":\"line 2: "), lines[1]);
        assertFalse((run.out() + run.err()).contains("Exception"), run.out() + run.err());
    }

    @Test
    void aDocumentOfExactlyTheCapIsReadAndOneMoreCharacterIsNot() throws IOException {
        String document = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"s3:GetObject\","
                + "\"Resource\":\"*\"}]}";
        Path atCap = Files.writeString(dir.resolve("cap.json"), document
                + " ".repeat(Inputs.MAX_CHARS - document.length()));
        CliRun read = CliRun.of("size", atCap.toString());
        assertEquals(0, read.exitCode(), read.err());
        Path overCap = Files.writeString(dir.resolve("over.json"), document
                + " ".repeat(Inputs.MAX_CHARS + 1 - document.length()));
        assertOneLineRefusal("size", CliRun.of("size", overCap.toString()), "longer than " + Inputs.MAX_CHARS);
    }

    @Test
    void aDirectoryIsRefusedInOneLine() {
        assertOneLineRefusal("format", CliRun.of("format", dir.toString()), "is a directory");
    }

    /** Exit 2, one line naming {@code expected}, on stderr (or, for a batch, as the one answer line on stdout). */
    static void assertOneLineRefusal(String name, CliRun run, String expected) {
        String all = run.out() + run.err();
        List<String> lines = new ArrayList<>(Arrays.asList(all.split("\n")));
        assertEquals(2, run.exitCode(), name + ": " + all);
        assertEquals(1, lines.size(), name + ": " + all);
        assertTrue(lines.get(0).contains(expected), name + ": " + lines.get(0));
        assertTrue(lines.get(0).startsWith(name.endsWith("--batch") ? "{\"error\":\"line 1: " : "error: "),
                name + ": " + lines.get(0));
        assertFalse(all.contains("Exception") || all.contains("\tat "), name + ": " + all);
    }

    static boolean mkfifo(Path path) {
        try {
            Process process = new ProcessBuilder("mkfifo", path.toString()).redirectErrorStream(true).start();
            return process.waitFor(10, TimeUnit.SECONDS) && process.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Standard input that never ends and has no line break, counting what was read. */
    static final class Endless extends InputStream {
        private final byte fill;
        long read;

        Endless(byte fill) {
            this.fill = fill;
        }

        @Override
        public int read() {
            read++;
            return fill;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            Arrays.fill(buffer, offset, offset + length, fill);
            read += length;
            return length;
        }
    }
}
