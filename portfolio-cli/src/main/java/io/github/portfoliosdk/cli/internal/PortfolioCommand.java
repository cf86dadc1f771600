package io.github.portfoliosdk.cli.internal;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code portfolio}: the top command, which only holds the subcommands (added by {@link Cli}) and the shared streams. */
@Command(name = "portfolio",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Renders one portfolio file as an HTML page, a GitHub profile README and a JSON Resume document.",
        commandListHeading = "%nCommands:%n",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:success",
            "1:invalid input: each problem on its own line as file:line:column: path: message; nothing written",
            "2:usage error: unknown option, missing argument or bad value",
            "3:I/O error: a file could not be read or written; existing outputs are unchanged"
        },
        footer = {"", "Run 'portfolio COMMAND --help' for a command's options."})
final class PortfolioCommand implements Runnable {

    @Spec
    private CommandSpec spec;

    private final Terminal terminal;

    PortfolioCommand(Terminal terminal) {
        this.terminal = terminal;
    }

    /** The streams the subcommands read and write. */
    Terminal terminal() {
        return terminal;
    }

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "Missing a command: render, validate, check, convert, init, readme or serve");
    }
}
