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
    };

    private Main() {
    }

    /** Runs the command line and exits with its code. */
    public static void main(String[] args) {
        System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** {@return the exit code of running {@code args}, printing to {@code out} and {@code err}} */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine commandLine = new CommandLine(new Main());
        for (Class<?> subcommand : SUBCOMMANDS) {
            commandLine.addSubcommand(subcommand);
        }
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setExitCodeExceptionMapper(e -> ExitCodes.BAD_INPUT);
        commandLine.setExecutionExceptionHandler((e, cmd, parseResult) -> {
            cmd.getErr().println("error: " + describe(e));
            cmd.getErr().flush();
            return ExitCodes.BAD_INPUT;
        });
        commandLine.setParameterExceptionHandler((e, args2) -> {
            CommandLine cmd = e.getCommandLine();
            cmd.getErr().println("error: " + e.getMessage());
            cmd.getErr().println("Try '" + cmd.getCommandSpec().qualifiedName() + " --help'.");
            cmd.getErr().flush();
            return ExitCodes.BAD_INPUT;
        });
        int code = commandLine.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    private static String describe(Exception e) {
        if (e instanceof PolicyParseException) {
            PolicyParseException parse = (PolicyParseException) e;
            return "invalid policy document at '" + parse.pointer() + "': " + parse.reason();
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
