package io.github.portfoliosdk.cli.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.logging.LogManager;
import picocli.CommandLine;

/** Wires the commands to picocli with this project's error reporting and exit codes. */
public final class Cli {

    /** A property of our logging configuration, telling that it has been read already. */
    private static final String CONFIGURED = "io.github.portfoliosdk.cli.configured";

    private Cli() {
    }

    /** Runs the command line on the process's standard streams and returns the exit code. */
    public static int execute(String... args) {
        ValidatorWarmUp.startFor(args);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        try {
            return commandLine(System.out, err).execute(args);
        } catch (Error e) {
            err.println("portfolio: internal error, please report it with the stack trace below");
            e.printStackTrace(err);
            err.flush();
            return Failures.INTERNAL_ERROR;
        }
    }

    /**
     * Limits the libraries' logging (java.util.logging) to severe messages, so that standard error holds only what
     * the user needs to act on. Called before the first portfolio is read, so that commands that read none
     * ({@code --help}, {@code init}) do not pay for starting java.util.logging.
     */
    static void quietLibraryLogging() {
        LogManager logging = LogManager.getLogManager();
        if (System.getProperty("java.util.logging.config.file") != null || logging.getProperty(CONFIGURED) != null) {
            return;
        }
        try (InputStream config = Cli.class.getResourceAsStream("logging.properties")) {
            if (config != null) {
                logging.readConfiguration(config);
            }
        } catch (IOException e) {
            // logging keeps the JDK's defaults
        }
    }

    /** The command line, with rendered output going to {@code out} and messages to {@code err}. */
    static CommandLine commandLine(OutputStream out, PrintWriter err) {
        CommandLine commandLine = new CommandLine(new PortfolioCommand(new Terminal(out, err)));
        commandLine.setErr(err);
        commandLine.setParameterExceptionHandler(Failures::usageError);
        commandLine.setExecutionExceptionHandler(
                (exception, command, parseResult) -> Failures.report(exception, command.getErr()));
        CommandLine completion = commandLine.getSubcommands().get("generate-completion");
        completion.getCommandSpec().usageMessage().hidden(false);
        return commandLine;
    }
}
