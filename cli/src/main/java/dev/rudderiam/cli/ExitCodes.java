package dev.rudderiam.cli;

/** The exit codes every subcommand uses. */
public final class ExitCodes {
    /** The command did what was asked. */
    public static final int OK = 0;
    /** The command ran, and what it checked failed (for example findings at error level). */
    public static final int FAILED_CHECK = 1;
    /** The input was unreadable or invalid; the reason is on stderr. */
    public static final int BAD_INPUT = 2;

    private ExitCodes() {
    }
}
