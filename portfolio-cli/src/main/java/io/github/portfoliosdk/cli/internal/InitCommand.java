package io.github.portfoliosdk.cli.internal;

import io.github.portfoliosdk.cli.PortfolioCli;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code portfolio init}: a commented starter portfolio that validates as it is. */
@Command(name = "init",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "Writes a starter portfolio that validates as it is.",
            "",
            "The starter is in our YAML format, with the schema modeline for completion in editors. Fill it in, then "
                    + "run 'portfolio render'. Writes to standard output when no -o is given.",
            ""
        })
final class InitCommand implements Callable<Integer> {

    /** The starter file, a resource beside this class. */
    static final String STARTER = "starter.yaml";

    @ParentCommand
    private PortfolioCommand parent;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "The file to create, usually portfolio.yaml.")
    private Path output;

    @Option(names = "--force", description = "Replace FILE if it exists (by default an existing file is never touched).")
    private boolean force;

    @Override
    public Integer call() {
        Terminal terminal = parent.terminal();
        String starter = starter();
        if (output == null) {
            terminal.print(starter);
            return PortfolioCli.OK;
        }
        if (!force && Files.exists(output)) {
            throw new UncheckedIOException("cannot create " + output + ": already exists; use --force to replace it",
                    new FileAlreadyExistsException(output.toString()));
        }
        AtomicFiles.write(output, starter);
        terminal.message("wrote " + output + "; fill it in, then run: portfolio render " + output + " -f all -o site");
        return PortfolioCli.OK;
    }

    private static String starter() {
        try (InputStream in = InitCommand.class.getResourceAsStream(STARTER)) {
            if (in == null) {
                throw new IllegalStateException("the starter portfolio is missing from the jar: " + STARTER);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the starter portfolio: " + e.getMessage(), e);
        }
    }
}
