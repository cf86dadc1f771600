package io.github.portfoliosdk.cli.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import java.util.logging.LogManager;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.HelpCommand;

/** Wires the commands to picocli with this project's error reporting and exit codes. */
public final class Cli {

    /** A property of our logging configuration, telling that it has been read already. */
    private static final String CONFIGURED = "io.github.portfoliosdk.cli.configured";

    /** The commands that do the work, in the order help lists them; help and completion need all of them. */
    private static final Map<String, Supplier<Object>> COMMANDS = new LinkedHashMap<>();

    static {
        COMMANDS.put("render", RenderCommand::new);
        COMMANDS.put("validate", ValidateCommand::new);
        COMMANDS.put("check", CheckCommand::new);
        COMMANDS.put("convert", ConvertCommand::new);
        COMMANDS.put("init", InitCommand::new);
        COMMANDS.put("readme", ReadmeCommand::new);
        COMMANDS.put("serve", ServeCommand::new);
    }

    private Cli() {
    }

    /** Runs the command line on the process's standard streams and returns the exit code. */
    public static int execute(String... args) {
        ValidatorWarmUp.startFor(args);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        try {
            return commandLine(System.out, err, args).execute(args);
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
    static synchronized void quietLibraryLogging() {
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

    /**
     * The command line for these arguments, with rendered output going to {@code out} and messages to {@code err}.
     * When the arguments name a command that does the work, only that command is built: picocli reads each
     * command's annotations when it is added, a large part of start-up for a one-off run. Anything else (top-level
     * options, {@code help}, a mistyped command, completion) gets every command.
     */
    static CommandLine commandLine(OutputStream out, PrintWriter err, String... args) {
        CommandLine commandLine = new CommandLine(new PortfolioCommand(new Terminal(out, err)));
        String first = args.length == 0 ? "" : args[0];
        if (COMMANDS.containsKey(first)) {
            commandLine.addSubcommand(COMMANDS.get(first).get());
        } else {
            COMMANDS.values().forEach(command -> commandLine.addSubcommand(command.get()));
            commandLine.addSubcommand(new AutoComplete.GenerateCompletion());
            commandLine.addSubcommand(new HelpCommand());
            commandLine.getSubcommands().get("generate-completion").getCommandSpec().usageMessage().hidden(false);
        }
        commandLine.setErr(err);
        commandLine.setParameterExceptionHandler(Failures::usageError);
        commandLine.setExecutionExceptionHandler(
                (exception, command, parseResult) -> Failures.report(exception, command.getErr()));
        return commandLine;
    }
}
