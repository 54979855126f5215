package dev.rudderiam.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Asks on standard input before a command changes something in AWS; only {@code yes} goes ahead.
 *
 * <p>The answer is read byte by byte up to the end of its line, and at most {@link #LONGEST_ANSWER} bytes of it:
 * a longer line (even one that never ends, such as {@code yes | tr -d '\n'}) is not {@code yes}, and reading
 * stops there, so the question costs bounded time and memory whatever standard input holds.
 */
final class Confirmation {
    /** The longest answer read, in bytes; a longer one is a no. */
    static final int LONGEST_ANSWER = 16;

    private Confirmation() {
    }

    static boolean ask(PrintWriter out, String question) throws IOException {
        out.print(question + " Type 'yes' to continue: ");
        out.flush();
        return isYes(System.in);
    }

    /** {@return whether the first line of {@code in} is {@code yes}, ignoring case and surrounding blanks} */
    static boolean isYes(InputStream in) throws IOException {
        byte[] answer = new byte[LONGEST_ANSWER];
        int length = 0;
        for (int b = in.read(); b != -1 && b != '\n'; b = in.read()) {
            if (length == LONGEST_ANSWER) {
                return false;
            }
            answer[length++] = (byte) b;
        }
        return new String(answer, 0, length, StandardCharsets.UTF_8).strip().toLowerCase(Locale.ROOT).equals("yes");
    }
}
