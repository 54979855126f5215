package dev.rudderiam.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Reads a command's input document from a file or, for {@code -}, from standard input. */
final class Inputs {
    /** Longer inputs are refused before reading them whole; far above any policy IAM accepts. */
    static final long MAX_INPUT_BYTES = 4L << 20;

    private Inputs() {
    }

    static String read(String fileOrDash) {
        try {
            if (fileOrDash.equals("-")) {
                return readBounded(System.in, "standard input");
            }
            Path path = Path.of(fileOrDash);
            if (Files.size(path) > MAX_INPUT_BYTES) {
                throw new IllegalArgumentException("file '" + fileOrDash + "' is larger than " + MAX_INPUT_BYTES
                        + " bytes; policy documents are far smaller");
            }
            return Files.readString(path, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new IllegalArgumentException("file '" + fileOrDash + "' does not exist", e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read '" + fileOrDash + "': " + e.getMessage(), e);
        }
    }

    private static String readBounded(InputStream in, String name) throws IOException {
        byte[] bytes = in.readNBytes((int) MAX_INPUT_BYTES + 1);
        if (bytes.length > MAX_INPUT_BYTES) {
            throw new IllegalArgumentException(name + " is larger than " + MAX_INPUT_BYTES
                    + " bytes; policy documents are far smaller");
        }
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
