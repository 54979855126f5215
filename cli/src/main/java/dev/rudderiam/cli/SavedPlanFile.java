package dev.rudderiam.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes a reviewed plan to the file named by {@code --out}, for {@code plan} and {@code fleet plan}, and tells
 * the user on standard error how to apply exactly it.
 */
final class SavedPlanFile {
    private SavedPlanFile() {
    }

    /**
     * Writes {@code savedJson} and a line break to {@code file} as UTF-8, then prints "{@code What} saved to FILE;
     * apply it with: rudder-iam {@code applyCommand}" on {@code err}.
     *
     * @param what what is saved, such as {@code plan} or {@code fleet plan}
     * @param applyCommand the command that applies it, with the file in it
     * @throws UncheckedIOException naming the file when it cannot be written
     */
    static void save(Path file, String savedJson, String what, String applyCommand, PrintWriter err) {
        try {
            Files.writeString(file, savedJson + System.lineSeparator(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the " + what + " to '" + file + "': " + e.getMessage(), e);
        }
        err.println(Character.toUpperCase(what.charAt(0)) + what.substring(1) + " saved to " + file
                + "; apply it with: rudder-iam " + applyCommand);
    }
}
