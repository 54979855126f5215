package dev.rudderiam.cli;

import dev.rudderiam.json.PolicyJson;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The one way the command line reads input: a policy document from a file or, for {@code -}, from standard input
 * ({@link #read}), and the lines of a {@code --batch} file ({@link #lines}). Reading is bounded by characters
 * actually read, never by what the file system says the size is: {@code /dev/zero}, a FIFO or {@code <(yes)} report
 * a size of 0 and never end. A document stops at {@value #MAX_CHARS} characters, the most the policy reader
 * accepts (IAM's own largest policy is far smaller); a batch line stops at the same cap.
 *
 * <p>Bytes are decoded as strict UTF-8 (RFC 8259 makes UTF-8 the encoding of JSON text exchanged between systems),
 * the same way from a file and from standard input: a byte sequence that is not UTF-8 is refused, never replaced
 * with U+FFFD. A leading byte order mark is refused too: IAM accepts in a policy document only tab, line feed,
 * carriage return and U+0020 to U+00FF, so a document starting with U+FEFF is one IAM would reject.
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc8259#section-8.1">RFC 8259, 8.1: Character encoding</a>
 * @see <a href="https://docs.aws.amazon.com/IAM/latest/APIReference/API_CreatePolicy.html">CreatePolicy:
 *     PolicyDocument, its pattern of accepted characters</a>
 */
final class Inputs {
    /** The longest document or batch line read, in characters: the policy reader's own cap. */
    static final int MAX_CHARS = PolicyJson.MAX_DOCUMENT_CHARS;
    /**
     * How many characters of a batch line over {@link #MAX_CHARS} are skipped looking for its end before the batch
     * gives up on the rest of its input.
     */
    static final int MAX_SKIPPED_CHARS = 16 * MAX_CHARS;

    private Inputs() {
    }

    /**
     * {@return the whole text of {@code fileOrDash}, a file name or {@code -} for standard input}
     *
     * @throws IllegalArgumentException when the input does not exist, is a directory, is longer than
     *     {@value #MAX_CHARS} characters, starts with a byte order mark or is not UTF-8
     */
    static String read(String fileOrDash) {
        try (Utf8Source source = open(fileOrDash)) {
            StringBuilder text = new StringBuilder();
            for (int c = source.next(); c >= 0; c = source.next()) {
                if (text.length() == MAX_CHARS) {
                    throw new IllegalArgumentException(source.name + " is longer than " + MAX_CHARS + " characters,"
                            + " the most a policy document may have here (IAM's largest policy quota is 131,072)");
                }
                text.append((char) c);
            }
            return text.toString();
        } catch (IOException e) {
            throw unreadable(fileOrDash, e);
        }
    }

    /** {@return the lines of {@code fileOrDash}, a file name or {@code -} for standard input, to read one by one} */
    static Lines lines(String fileOrDash) {
        return new Lines(open(fileOrDash));
    }

    private static Utf8Source open(String fileOrDash) {
        if (fileOrDash.equals("-")) {
            return new Utf8Source(System.in, "standard input", false);
        }
        String name = "file '" + fileOrDash + "'";
        try {
            Path path = Path.of(fileOrDash);
            if (Files.isDirectory(path)) {
                throw new IllegalArgumentException(name + " is a directory, not a policy document");
            }
            return new Utf8Source(Files.newInputStream(path), name, true);
        } catch (InvalidPathException e) {
            throw new IllegalArgumentException(name + " is not a valid file name: " + e.getReason(), e);
        } catch (NoSuchFileException e) {
            throw new IllegalArgumentException(name + " does not exist", e);
        } catch (AccessDeniedException e) {
            throw new IllegalArgumentException(name + " cannot be read: permission denied", e);
        } catch (IOException e) {
            throw unreadable(fileOrDash, e);
        }
    }

    private static UncheckedIOException unreadable(String fileOrDash, IOException e) {
        return new UncheckedIOException("cannot read " + (fileOrDash.equals("-") ? "standard input" : "file '"
                + fileOrDash + "'") + ": " + e.getMessage(), e);
    }

    /** Bytes that are not UTF-8, at a byte offset of the input. */
    static final class MalformedUtf8Exception extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;

        MalformedUtf8Exception(String name, long offset) {
            super(name + " is not valid UTF-8: the bytes at offset " + offset + " do not decode; a policy document"
                    + " is UTF-8 text (RFC 8259)");
        }
    }

    /** A batch line that cannot be used, with its number and whether the lines after it can still be read. */
    static final class BadLineException extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;
        private final int number;
        private final boolean more;

        BadLineException(int number, String problem, boolean more) {
            super(Objects.requireNonNull(problem, "problem"));
            this.number = number;
            this.more = more;
        }

        /** {@return the problem with the line} */
        @Override
        public String getMessage() {
            return Objects.requireNonNull(super.getMessage());
        }

        /** {@return the line's number, from 1} */
        int number() {
            return number;
        }

        /** {@return whether the lines after this one can still be read} */
        boolean more() {
            return more;
        }
    }

    /**
     * The lines of a batch input, each at most {@value #MAX_CHARS} characters, ended by a line feed (a carriage
     * return before it is dropped). A line that is too long or not UTF-8 is skipped to its end and reported with
     * its number; a line still not ended after a further {@value #MAX_SKIPPED_CHARS} characters ends the input.
     */
    static final class Lines implements Closeable {
        private final Utf8Source source;
        private int number;
        private boolean ended;

        private Lines(Utf8Source source) {
            this.source = source;
        }

        /**
         * {@return the next line, or null after the last}
         *
         * @throws BadLineException when the line is too long or not UTF-8 (the next call reads the line after it
         *     when {@link BadLineException#more()}), or the input starts with a byte order mark
         */
        @Nullable String next() {
            if (ended) {
                return null;
            }
            StringBuilder line = new StringBuilder();
            @Nullable String problem = null;
            long length = 0;
            boolean any = false;
            try {
                while (true) {
                    int c;
                    try {
                        c = source.next();
                    } catch (MalformedUtf8Exception e) {
                        problem = problem == null ? e.getMessage() : problem;
                        any = true;
                        continue;
                    } catch (IllegalArgumentException e) {
                        ended = true;
                        throw new BadLineException(++number,
                                Objects.requireNonNullElse(e.getMessage(), e.toString()), false);
                    }
                    if (c < 0) {
                        ended = true;
                        if (!any) {
                            return null;
                        }
                        break;
                    }
                    any = true;
                    if (c == '\n') {
                        break;
                    }
                    length++;
                    if (length > MAX_CHARS + (long) MAX_SKIPPED_CHARS) {
                        ended = true;
                        throw new BadLineException(++number, "line is longer than " + MAX_CHARS + " characters and"
                                + " does not end within " + MAX_SKIPPED_CHARS + " more; the rest of the input is"
                                + " not read", false);
                    }
                    if (length > MAX_CHARS) {
                        problem = problem == null ? "line is longer than " + MAX_CHARS + " characters, the most a"
                                + " request line may have" : problem;
                    } else if (problem == null) {
                        line.append((char) c);
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + source.name + ": " + e.getMessage(), e);
            }
            number++;
            if (problem != null) {
                throw new BadLineException(number, problem, !ended);
            }
            int end = line.length();
            return end > 0 && line.charAt(end - 1) == '\r' ? line.substring(0, end - 1) : line.toString();
        }

        /** {@return the number of the line last returned or reported, from 1} */
        int number() {
            return number;
        }

        @Override
        public void close() throws IOException {
            source.close();
        }
    }

    /**
     * Characters decoded one by one from a byte stream as strict UTF-8. After a malformed sequence the decoding
     * goes on with the bytes after it, so a line reader can skip to the end of a bad line.
     */
    private static final class Utf8Source implements Closeable {
        private static final char BYTE_ORDER_MARK = '\uFEFF';

        private final InputStream in;
        private final String name;
        private final boolean owned;
        private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        private final ByteBuffer bytes = ByteBuffer.allocate(8192).limit(0);
        private final CharBuffer chars = CharBuffer.allocate(8192).limit(0);
        /** Bytes dropped from the front of {@link #bytes} so far: the offset of its index 0 in the input. */
        private long dropped;
        /** Offset of a malformed sequence to report once the characters decoded before it are read, or -1. */
        private long malformedAt = -1;
        private boolean endOfBytes;
        private boolean flushed;
        private boolean started;

        Utf8Source(InputStream in, String name, boolean owned) {
            this.in = in;
            this.name = name;
            this.owned = owned;
        }

        /**
         * {@return the next character, or -1 at the end}
         *
         * @throws MalformedUtf8Exception at a byte sequence that is not UTF-8
         */
        int next() throws IOException {
            if (!chars.hasRemaining() && malformedAt < 0) {
                fill();
            }
            if (!chars.hasRemaining()) {
                if (malformedAt < 0) {
                    return -1;
                }
                long offset = malformedAt;
                malformedAt = -1;
                throw new MalformedUtf8Exception(name, offset);
            }
            char c = chars.get();
            if (!started) {
                started = true;
                if (c == BYTE_ORDER_MARK) {
                    throw new IllegalArgumentException(name + " starts with a byte order mark (U+FEFF), which IAM"
                            + " refuses: a policy document holds only tab, line feed, carriage return and U+0020 to"
                            + " U+00FF (CreatePolicy PolicyDocument); save it as UTF-8 without BOM");
                }
            }
            return c;
        }

        /** Decodes until there is a character, a malformed sequence, or the end of the input. */
        private void fill() throws IOException {
            chars.clear();
            while (chars.position() == 0 && malformedAt < 0 && !flushed) {
                CoderResult result = decoder.decode(bytes, chars, endOfBytes);
                if (result.isError()) {
                    malformedAt = dropped + bytes.position();
                    bytes.position(bytes.position() + result.length());
                } else if (result.isUnderflow()) {
                    if (endOfBytes) {
                        decoder.flush(chars);
                        flushed = true;
                    } else {
                        readBytes();
                    }
                }
            }
            chars.flip();
        }

        private void readBytes() throws IOException {
            dropped += bytes.position();
            bytes.compact();
            int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
            if (n < 0) {
                endOfBytes = true;
            } else {
                bytes.position(bytes.position() + n);
            }
            bytes.flip();
        }

        @Override
        public void close() throws IOException {
            if (owned) {
                in.close();
            }
        }
    }
}
