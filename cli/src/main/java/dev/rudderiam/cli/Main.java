package dev.rudderiam.cli;

import dev.rudderiam.json.PolicyParseException;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * Entry point of {@code rudder-iam.jar}. Subcommands are listed in {@link #SUBCOMMANDS}; each is a picocli command
 * returning an exit code from {@link ExitCodes}.
 */
@Command(name = "rudder-iam", mixinStandardHelpOptions = true, version = "rudder-iam 0.1.0",
        description = "Designs, checks and creates the AWS IAM role RudderStack assumes.")
public final class Main {
    private static final Class<?>[] SUBCOMMANDS = {
        TrustPolicyCommand.class,
        FormatCommand.class,
        SizeCommand.class,
        ValidateCommand.class,
        DestinationsCommand.class,
        PolicyCommand.class,
        RoleCommand.class,
        PlanCommand.class,
        ApplyCommand.class,
        DriftCommand.class,
        DeleteCommand.class,
        SimulateCommand.class,
        MinimizeCommand.class,
        AnalyzeCommand.class,
        PreflightCommand.class,
        FleetCommand.class,
    };

    /** Some picocli messages start with this, which the command line's own "error: " already says. */
    private static final String PICOCLI_PREFIX = "Error: ";

    private Main() {
    }

    /** Runs the command line and exits with its code. */
    public static void main(String[] args) {
        System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /**
     * {@return the exit code of running {@code args}, printing to {@code out} and {@code err}}
     *
     * <p>Arguments are taken literally: picocli's {@code @file} expansion (an argument {@code @name} replaced by the
     * lines of file {@code name}) is off for every command, so no option reads a file it does not document. Every
     * error is printed as one line through {@link Messages#printable}; a usage error is followed by one line
     * pointing at {@code --help}.
     */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine commandLine = new CommandLine(new Main());
        for (Class<?> subcommand : SUBCOMMANDS) {
            commandLine.addSubcommand(subcommand);
        }
        commandLine.setExpandAtFiles(false);
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setExitCodeExceptionMapper(e -> ExitCodes.BAD_INPUT);
        commandLine.setExecutionExceptionHandler((e, cmd, parseResult) -> {
            cmd.getErr().println("error: " + Messages.printable(describe(e)));
            cmd.getErr().flush();
            return ExitCodes.BAD_INPUT;
        });
        commandLine.setParameterExceptionHandler((e, args2) -> {
            CommandLine cmd = e.getCommandLine();
            String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            cmd.getErr().println("error: " + Messages.printable(message.startsWith(PICOCLI_PREFIX)
                    ? message.substring(PICOCLI_PREFIX.length()) : message));
            cmd.getErr().println("Try '" + cmd.getCommandSpec().qualifiedName() + " --help'.");
            cmd.getErr().flush();
            return ExitCodes.BAD_INPUT;
        });
        int code = commandLine.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    /** {@return the message of {@code e} as the command line prints it, before {@link Messages#printable}} */
    static String describe(Exception e) {
        if (e instanceof PolicyParseException) {
            PolicyParseException parse = (PolicyParseException) e;
            return "invalid policy document at '" + parse.pointer() + "': " + parse.reason();
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
