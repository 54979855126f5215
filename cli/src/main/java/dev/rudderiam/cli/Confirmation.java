package dev.rudderiam.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** Asks on standard input before a command changes something in AWS; only {@code yes} goes ahead. */
final class Confirmation {
    private Confirmation() {
    }

    static boolean ask(PrintWriter out, String question) throws IOException {
        out.print(question + " Type 'yes' to continue: ");
        out.flush();
        String answer = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
        return answer != null && answer.strip().toLowerCase(Locale.ROOT).equals("yes");
    }
}
